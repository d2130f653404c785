#include "sandboxserver.h"

namespace opc::sandbox {

class SandboxServer::Private
{
};

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }
SandboxServer::~SandboxServer() = default;
Status SandboxServer::start(const SandboxOptions &)
{
    return Status::failure(QStringLiteral("The simulator is not built yet."));
}
void SandboxServer::stop() { }
bool SandboxServer::isRunning() const { return false; }
quint16 SandboxServer::httpsPort() const { return 0; }
quint16 SandboxServer::mtlsPort() const { return 0; }
quint16 SandboxServer::adminPort() const { return 0; }
QString SandboxServer::httpsBaseUrl() const { return {}; }
QString SandboxServer::mtlsBaseUrl() const { return {}; }
QString SandboxServer::caCertificatePath() const { return {}; }
QSslCertificate SandboxServer::caCertificate() const { return QSslCertificate(); }
QJsonObject SandboxServer::catalog() const { return {}; }
AppCredentials SandboxServer::registerApplication(const QString &, const QStringList &) { return {}; }
Result<QByteArray> SandboxServer::issueClientCertificate(const QString &, const QString &)
{
    return Result<QByteArray>::failure(QStringLiteral("The simulator is not built yet."));
}
void SandboxServer::setClock(std::function<QDateTime()>) { }
Status SandboxServer::saveState() { return {}; }

} // namespace opc::sandbox
