#include "environments/environmentstore.h"

#include "common/atomicfile.h"
#include "security/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc {

namespace {

bool isBuiltIn(Environment::Kind kind)
{
    return kind != Environment::Kind::Custom;
}

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
} // namespace

EnvironmentStore::EnvironmentStore(const QString &path)
    : m_path(path)
{
    resetToBuiltIns();
}

void EnvironmentStore::resetToBuiltIns()
{
    Environment local = Environment::localSimulator({}, {});
    m_environments = { local, Environment::opSandbox(), Environment::production() };
    m_secretNames.clear();
}

void EnvironmentStore::retranslateBuiltIns()
{
    const Environment names[] = { Environment::localSimulator({}, {}), Environment::opSandbox(),
                                  Environment::production() };
    for (Environment &e : m_environments) {
        for (const Environment &builtIn : names) {
            if (e.kind == builtIn.kind && isBuiltIn(e.kind)) {
                e.name = builtIn.name;
            }
        }
    }
}

Status EnvironmentStore::load()
{
    m_problem.clear();
    m_readOnly = false;
    // The simulator's addresses are the running one's, never the file's.
    const Environment local = find(u"local"_s) ? *find(u"local"_s) : Environment();
    resetToBuiltIns();
    setLocalSimulator(local.baseUrl, local.extraCaPath, local.mtlsBaseUrl);
    if (!QFileInfo::exists(m_path)) {
        return {};
    }
    const Result<QByteArray> bytes = AtomicFile::read(m_path, kMaxFileBytes);
    if (!bytes) {
        m_problem = bytes.errorMessage();
        m_readOnly = true; // an unreadable file must not be replaced by a save
        return Status::failure(m_problem);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const Result<QString> aside = AtomicFile::quarantine(m_path);
        const QString reason = error.error != QJsonParseError::NoError
            ? QCoreApplication::translate("opc::EnvironmentStore", "%1 at offset %2").arg(error.errorString()).arg(error.offset)
            : QCoreApplication::translate("opc::EnvironmentStore", "not a JSON object");
        m_problem = QCoreApplication::translate("opc::EnvironmentStore", "%1 could not be read (%2); it was moved to %3 and the built-in environments are used.")
                        .arg(QDir::toNativeSeparators(m_path), reason,
                             aside ? QDir::toNativeSeparators(*aside) : QCoreApplication::translate("opc::EnvironmentStore", "(could not be moved)"));
        return Status::failure(m_problem, u"corrupt"_s);
    }
    const QJsonObject root = doc.object();
    const int version = root.value("schemaVersion"_L1).toInt(0);
    if (version > kSchemaVersion) {
        m_readOnly = true;
        m_problem = QCoreApplication::translate("opc::EnvironmentStore", "%1 was written by a newer version of the console (schema %2); it is shown "
                       "read-only and will not be changed.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(version);
    }
    const QJsonArray list = root.value("environments"_L1).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        Environment e = Environment::fromJson(object);
        if (e.id.isEmpty()) {
            continue;
        }
        QStringList secrets;
        for (const QJsonValue &name : object.value("secretVariables"_L1).toArray()) {
            secrets.append(name.toString());
        }
        if (!secrets.isEmpty()) {
            m_secretNames.insert(e.id, secrets);
        }
        if (isBuiltIn(e.kind)) {
            // Built-ins keep their address; the file adds variables and a CRL.
            for (Environment &builtIn : m_environments) {
                if (builtIn.kind == e.kind) {
                    builtIn.variables = e.variables;
                    builtIn.crlPath = e.crlPath;
                }
            }
            continue;
        }
        if (!find(e.id)) {
            m_environments.append(e);
        }
    }
    return {};
}

Status EnvironmentStore::save() const
{
    if (m_readOnly) {
        return Status::failure(m_problem.isEmpty() ? QCoreApplication::translate("opc::EnvironmentStore", "The environments file is read-only.") : m_problem,
                               u"read-only"_s);
    }
    QJsonArray list;
    for (const Environment &e : m_environments) {
        QJsonObject object = e.toJson();
        if (e.kind == Environment::Kind::LocalSimulator) {
            // Ports and the CA path change with every start.
            object.remove("baseUrl"_L1);
            object.remove("extraCaPath"_L1);
            object.remove("mtlsBaseUrl"_L1);
        }
        const QStringList secrets = m_secretNames.value(e.id);
        if (!secrets.isEmpty()) {
            object.insert("secretVariables"_L1, QJsonArray::fromStringList(secrets));
        }
        list.append(object);
    }
    const QJsonObject root { { "schemaVersion"_L1, kSchemaVersion }, { "environments"_L1, list } };
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

const Environment *EnvironmentStore::find(const QString &id) const
{
    for (const Environment &e : m_environments) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

Result<Environment> EnvironmentStore::add(Environment environment)
{
    if (isBuiltIn(environment.kind)) {
        return Result<Environment>::failure(QCoreApplication::translate("opc::EnvironmentStore", "The %1 environment exists already.").arg(environment.name));
    }
    if (environment.name.trimmed().isEmpty()) {
        return Result<Environment>::failure(QCoreApplication::translate("opc::EnvironmentStore", "An environment needs a name."));
    }
    const QUrl url(environment.baseUrl);
    if (!environment.baseUrl.isEmpty() && (!url.isValid() || url.host().isEmpty()
                                           || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1))) {
        return Result<Environment>::failure(
            QCoreApplication::translate("opc::EnvironmentStore", "\"%1\" is not an http(s) base URL.").arg(environment.baseUrl));
    }
    QString base = environment.name.toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base = base.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
    if (base.isEmpty()) {
        base = u"environment"_s;
    }
    QString id = base;
    for (int n = 2; find(id); ++n) {
        id = u"%1-%2"_s.arg(base).arg(n);
    }
    environment.id = id;
    m_environments.append(environment);
    return environment;
}

Status EnvironmentStore::update(const Environment &environment)
{
    for (Environment &e : m_environments) {
        if (e.id != environment.id) {
            continue;
        }
        if (isBuiltIn(e.kind)) {
            e.variables = environment.variables;
            e.crlPath = environment.crlPath;
        } else {
            const Environment::Kind kind = e.kind;
            e = environment;
            e.kind = kind;
        }
        return {};
    }
    return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "There is no environment \"%1\".").arg(environment.id));
}

Status EnvironmentStore::remove(const QString &id, SecretStore *vault)
{
    for (qsizetype i = 0; i < m_environments.size(); ++i) {
        if (m_environments.at(i).id != id) {
            continue;
        }
        if (isBuiltIn(m_environments.at(i).kind)) {
            return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "The built-in environment \"%1\" cannot be removed.")
                                       .arg(m_environments.at(i).name));
        }
        if (vault && vault->isUnlocked()) {
            for (const QString &name : m_secretNames.value(id)) {
                (void)vault->remove(secretRef(id, name));
            }
        }
        m_secretNames.remove(id);
        m_environments.removeAt(i);
        return {};
    }
    return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "There is no environment \"%1\".").arg(id));
}

Result<Environment> EnvironmentStore::resolve(const QString &id) const
{
    const Environment *e = find(id);
    if (!e) {
        return Result<Environment>::failure(
            QCoreApplication::translate("opc::EnvironmentStore", "There is no environment \"%1\" any more: choose another one for the application.").arg(id),
            u"no-environment"_s);
    }
    if (e->baseUrl.isEmpty()) {
        return Result<Environment>::failure(e->kind == Environment::Kind::LocalSimulator
                                                ? QCoreApplication::translate("opc::EnvironmentStore", "The embedded simulator is not running.")
                                                : QCoreApplication::translate("opc::EnvironmentStore", "The environment %1 has no base URL.").arg(e->name),
                                            u"no-base-url"_s);
    }
    return *e;
}

QStringList EnvironmentStore::hostsFor(const QString &id) const
{
    if (const Environment *e = find(id)) {
        return e->credentialHosts();
    }
    return {};
}

void EnvironmentStore::setLocalSimulator(const QString &baseUrl, const QString &caPath, const QString &mtlsBaseUrl)
{
    for (Environment &e : m_environments) {
        if (e.kind == Environment::Kind::LocalSimulator) {
            e.baseUrl = baseUrl;
            e.extraCaPath = caPath;
            e.mtlsBaseUrl = mtlsBaseUrl;
        }
    }
}

QString EnvironmentStore::secretRef(const QString &environmentId, const QString &name)
{
    return u"env.%1.%2"_s.arg(environmentId, name);
}

Status EnvironmentStore::setSecret(SecretStore *vault, const QString &id, const QString &name,
                                   const QByteArray &value)
{
    const Environment *e = find(id);
    if (!e) {
        return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "There is no environment \"%1\".").arg(id));
    }
    if (!vault || !vault->isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "Unlock the vault to store a secret variable."), u"locked"_s);
    }
    static const QRegularExpression validName(u"^[A-Za-z_][A-Za-z0-9_.-]*$"_s);
    if (!validName.match(name).hasMatch()) {
        return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "\"%1\" is not a valid variable name.").arg(name));
    }
    // Bound to the environment's host: a request elsewhere cannot use it.
    const QStringList hosts = e->host().isEmpty() ? QStringList() : QStringList { e->host() };
    if (const Status put = vault->put(secretRef(id, name), u"environment-variable"_s, value, hosts); !put) {
        return put;
    }
    QStringList &names = m_secretNames[id];
    if (!names.contains(name)) {
        names.append(name);
    }
    return {};
}

Status EnvironmentStore::removeSecret(SecretStore *vault, const QString &id, const QString &name)
{
    if (!vault || !vault->isUnlocked()) {
        return Status::failure(QCoreApplication::translate("opc::EnvironmentStore", "Unlock the vault to remove a secret variable."), u"locked"_s);
    }
    (void)vault->remove(secretRef(id, name));
    m_secretNames[id].removeAll(name);
    return {};
}

bool EnvironmentStore::needsConfirmation(const Environment &environment, const QByteArray &method)
{
    if (environment.kind != Environment::Kind::Production) {
        return false;
    }
    const QByteArray m = method.toUpper();
    return m != "GET" && m != "HEAD" && m != "OPTIONS";
}

} // namespace opc
