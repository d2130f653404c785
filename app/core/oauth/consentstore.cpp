#include "oauth/consentstore.h"

#include "common/atomicfile.h"
#include "security/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {

ConsentStore::ConsentStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

void ConsentStore::setSecretStore(SecretStore *vault)
{
    m_vault = vault;
}

SecretStore *ConsentStore::secretStore() const
{
    return m_vault.data();
}

QString ConsentStore::accessRef(const QString &id)
{
    return u"consent.%1.access"_s.arg(id);
}

QString ConsentStore::refreshRef(const QString &id)
{
    return u"consent.%1.refresh"_s.arg(id);
}

Status ConsentStore::load()
{
    m_consents.clear();
    m_readOnly = false;
    if (!QFile::exists(m_path)) {
        Q_EMIT changed();
        return {};
    }
    const Result<QByteArray> bytes = AtomicFile::read(m_path, 16 * 1024 * 1024);
    if (!bytes) {
        return Status::failure(bytes.errorMessage(), u"unreadable"_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    const QJsonValue list = doc.object().value("consents"_L1);
    if (error.error != QJsonParseError::NoError || !list.isArray()) {
        const Result<QString> moved = AtomicFile::quarantine(m_path);
        Q_EMIT changed();
        return Status::failure(tr("The consent list was damaged; it was kept as %1 and the list starts empty.")
                                       .arg(QDir::toNativeSeparators(moved ? *moved : m_path)),
                               u"corrupt"_s);
    }
    for (const QJsonValue &v : list.toArray()) {
        const Consent c = Consent::fromJson(v.toObject());
        if (!c.id.isEmpty() && !c.applicationId.isEmpty()) {
            m_consents.append(c);
        }
    }
    Q_EMIT changed();
    if (doc.object().value("schemaVersion"_L1).toInt() > kSchemaVersion) {
        m_readOnly = true;
        return Status::failure(tr("%1 was written by a newer version of the console: it is read but not changed.")
                                       .arg(QDir::toNativeSeparators(m_path)),
                               u"newer-version"_s);
    }
    return {};
}

Status ConsentStore::save()
{
    if (m_readOnly) {
        return Status::failure(tr("%1 was written by a newer version of the console and is not changed.")
                                       .arg(QDir::toNativeSeparators(m_path)),
                               u"newer-version"_s);
    }
    QJsonArray list;
    for (const Consent &c : std::as_const(m_consents)) {
        list.append(c.toJson());
    }
    const QJsonObject root { { u"schemaVersion"_s, kSchemaVersion }, { u"consents"_s, list } };
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                             AtomicFile::Privacy::Private);
}

const Consent *ConsentStore::find(const QString &id) const
{
    for (const Consent &c : m_consents) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

QList<Consent> ConsentStore::forApplication(const QString &applicationId) const
{
    QList<Consent> out;
    for (const Consent &c : m_consents) {
        if (c.applicationId == applicationId) {
            out.append(c);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Consent &a, const Consent &b) { return a.created > b.created; });
    return out;
}

const Consent *ConsentStore::usable(const QString &applicationId, ConsentKind kind, const QDateTime &now) const
{
    const Consent *best = nullptr;
    for (const Consent &c : m_consents) {
        if (c.applicationId == applicationId && c.kind == kind && c.isUsable(now)
            && (!best || c.created > best->created)) {
            best = &c;
        }
    }
    return best;
}

Status ConsentStore::put(const Consent &consent)
{
    const auto it = std::find_if(m_consents.begin(), m_consents.end(),
                                 [&](const Consent &c) { return c.id == consent.id; });
    std::optional<Consent> before;
    if (it != m_consents.end()) {
        before = *it;
        *it = consent;
    } else {
        m_consents.append(consent);
    }
    if (const Status saved = save(); !saved) {
        if (before) {
            *std::find_if(m_consents.begin(), m_consents.end(), [&](const Consent &c) { return c.id == consent.id; })
                    = *before;
        } else {
            m_consents.removeLast();
        }
        return saved;
    }
    Q_EMIT changed();
    return {};
}

Status ConsentStore::putTokens(const QString &id, const QByteArray &accessToken, const QByteArray &refreshToken,
                               const QStringList &allowedHosts)
{
    if (!m_vault || !m_vault->isUnlocked()) {
        return Status::failure(tr("Unlock the secret vault first: consent tokens are kept only there."),
                               u"vault-locked"_s);
    }
    if (const Status put = m_vault->put(accessRef(id), u"token"_s, accessToken, allowedHosts); !put) {
        return put;
    }
    if (!refreshToken.isEmpty()) {
        return m_vault->put(refreshRef(id), u"token"_s, refreshToken, allowedHosts);
    }
    return {};
}

Result<QByteArray> ConsentStore::accessToken(const QString &id) const
{
    if (!m_vault || !m_vault->isUnlocked()) {
        return Result<QByteArray>::failure(tr("Unlock the secret vault to use the consent's token."),
                                           u"vault-locked"_s);
    }
    if (!m_vault->ids().contains(accessRef(id))) {
        return Result<QByteArray>::failure(tr("The consent %1 has no access token.").arg(id), u"no-token"_s);
    }
    return m_vault->get(accessRef(id));
}

void ConsentStore::dropTokens(const QString &id)
{
    if (!m_vault || !m_vault->isUnlocked()) {
        return;
    }
    for (const QString &ref : { accessRef(id), refreshRef(id) }) {
        if (m_vault->ids().contains(ref)) {
            (void)m_vault->remove(ref);
        }
    }
}

Status ConsentStore::remove(const QString &id)
{
    const auto it = std::find_if(m_consents.begin(), m_consents.end(), [&](const Consent &c) { return c.id == id; });
    if (it == m_consents.end()) {
        return Status::failure(tr("No consent has the id %1.").arg(id), u"not-found"_s);
    }
    const qsizetype row = it - m_consents.begin();
    const Consent removed = m_consents.takeAt(row);
    if (const Status saved = save(); !saved) {
        m_consents.insert(row, removed);
        return saved;
    }
    dropTokens(id);
    Q_EMIT changed();
    return {};
}

} // namespace opc
