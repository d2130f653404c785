#include "apps/applicationstore.h"

#include "environments/environmentstore.h"

#include "common/atomicfile.h"
#include "security/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace opc {

namespace {
constexpr auto kApiKeyKind = "api-key";
constexpr auto kApiSecretKind = "api-secret";
} // namespace

ApplicationStore::ApplicationStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

ApplicationStore::~ApplicationStore() = default;

void ApplicationStore::setSecretStore(SecretStore *vault)
{
    m_vault = vault;
}

SecretStore *ApplicationStore::secretStore() const
{
    return m_vault.data();
}

void ApplicationStore::setCatalog(const QList<ApiProduct> &products)
{
    m_catalog = products;
}

Status ApplicationStore::load()
{
    Q_EMIT aboutToReset();
    m_apps.clear();
    m_keyHints.clear();
    m_readOnly = false;
    auto finish = [this](Status status) {
        Q_EMIT reset();
        return status;
    };
    if (!QFile::exists(m_path)) {
        return finish({});
    }
    const Result<QByteArray> bytes = AtomicFile::read(m_path, 16 * 1024 * 1024);
    if (!bytes) {
        return finish(Status::failure(bytes.errorMessage(), u"unreadable"_s));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    const QJsonObject root = doc.object();
    const QJsonValue list = root.value("applications"_L1);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !list.isArray()) {
        const Result<QString> moved = AtomicFile::quarantine(m_path);
        if (!moved) {
            // Not moved: keep it read-only so that nothing overwrites it.
            m_readOnly = true;
            return finish(Status::failure(
                    tr("The applications file %1 is damaged and could not be moved aside: %2")
                            .arg(QDir::toNativeSeparators(m_path), moved.errorMessage()),
                    u"corrupt"_s));
        }
        return finish(Status::failure(tr("The applications file was damaged; it was kept as %1 and the "
                                         "list starts empty.")
                                              .arg(QDir::toNativeSeparators(*moved)),
                                      u"corrupt"_s));
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        Application app = Application::fromJson(o);
        if (app.id.isEmpty() || app.name.isEmpty()) {
            continue;
        }
        // Older or hand-edited files might carry a key; it is never kept in memory
        // from the file, only from the vault.
        app.apiKey.clear();
        if (app.secretRef.isEmpty()) {
            app.secretRef = Application::defaultSecretRef(app.id);
        }
        m_keyHints.insert(app.id, o.value("apiKeyHint"_L1).toString());
        m_apps.append(app);
    }
    if (root.value("schemaVersion"_L1).toInt(1) > kSchemaVersion) {
        m_readOnly = true;
        return finish(Status::failure(tr("The applications file was written by a newer version of the "
                                         "console; it is shown but not changed."),
                                      u"newer-version"_s));
    }
    return finish({});
}

Status ApplicationStore::save()
{
    if (m_readOnly) {
        return Status::failure(tr("The applications file is read-only here (see the earlier message)."),
                               u"read-only"_s);
    }
    QJsonArray list;
    for (const Application &app : std::as_const(m_apps)) {
        QJsonObject o = app.toJson();
        // The key identifies the application to OP and counts against its
        // quota: it is kept in the vault like the secret (SEC-01).
        o.remove("apiKey"_L1);
        o.insert(u"apiKeyHint"_s, m_keyHints.value(app.id));
        list.append(o);
    }
    const QJsonObject root { { u"schemaVersion"_s, kSchemaVersion }, { u"applications"_s, list } };
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                             AtomicFile::Privacy::Private);
}

int ApplicationStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

int ApplicationStore::indexOfName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_apps.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return int(i);
        }
    }
    return -1;
}

const Application *ApplicationStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_apps.at(i);
}

const Application *ApplicationStore::findByName(const QString &name) const
{
    const int i = indexOfName(name);
    return i < 0 ? nullptr : &m_apps.at(i);
}

Status ApplicationStore::validateName(const QString &name, const QString &exceptId) const
{
    if (name.trimmed().isEmpty()) {
        return Status::failure(tr("An application needs a name."), u"invalid-name"_s);
    }
    const int other = indexOfName(name);
    if (other >= 0 && m_apps.at(other).id != exceptId) {
        return Status::failure(tr("An application named \"%1\" exists already.").arg(name.trimmed()),
                               u"duplicate-name"_s);
    }
    return {};
}

Status ApplicationStore::requireVault() const
{
    if (!m_vault || !m_vault->isUnlocked()) {
        return Status::failure(tr("Unlock the secret vault first: API keys and secrets are kept only there."),
                               u"vault-locked"_s);
    }
    return {};
}

Status ApplicationStore::storeCredentials(const Application &app, const ApplicationCredentials &credentials)
{
    if (credentials.apiKey.isEmpty() && credentials.apiSecret.isEmpty()) {
        return {};
    }
    if (const Status ok = requireVault(); !ok) {
        return ok;
    }
    const QStringList hosts = hostsFor(app.environmentId);
    if (!credentials.apiKey.isEmpty()) {
        if (const Status put = m_vault->put(apiKeyRef(app.id), QString::fromLatin1(kApiKeyKind),
                                            credentials.apiKey.toUtf8(), hosts);
            !put) {
            return put;
        }
        m_keyHints.insert(app.id, keyHint(credentials.apiKey));
    }
    if (!credentials.apiSecret.isEmpty()) {
        if (const Status put = m_vault->put(app.secretRef, QString::fromLatin1(kApiSecretKind),
                                            credentials.apiSecret, hosts);
            !put) {
            return put;
        }
    }
    return {};
}

void ApplicationStore::removeCredentials(const Application &app)
{
    if (!m_vault || !m_vault->isUnlocked()) {
        return;
    }
    const QStringList ids = m_vault->ids();
    for (const QString &ref : { apiKeyRef(app.id), app.secretRef }) {
        if (ids.contains(ref)) {
            (void)m_vault->remove(ref);
        }
    }
}

Result<Application> ApplicationStore::add(Application app, const ApplicationCredentials &credentials)
{
    return insert(count(), std::move(app), credentials);
}

Result<Application> ApplicationStore::insert(int row, Application app, const ApplicationCredentials &credentials)
{
    using R = Result<Application>;
    if (m_readOnly) {
        return R::failure(tr("The applications file is read-only here (see the earlier message)."),
                          u"read-only"_s);
    }
    app.name = app.name.trimmed();
    if (app.id.isEmpty()) {
        app.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        while (indexOf(app.id) >= 0) {
            app.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        }
    } else if (indexOf(app.id) >= 0) {
        return R::failure(tr("An application with the id %1 exists already.").arg(app.id), u"duplicate-id"_s);
    }
    if (const Status valid = validateName(app.name, app.id); !valid) {
        return valid.error();
    }
    if (app.environmentId.isEmpty()) {
        app.environmentId = u"local"_s;
    }
    if (app.secretRef.isEmpty()) {
        app.secretRef = Application::defaultSecretRef(app.id);
    }
    if (!app.apiKey.isEmpty() && credentials.apiKey.isEmpty()) {
        // A key set on the struct is treated as a credential too.
        ApplicationCredentials c = credentials;
        c.apiKey = app.apiKey;
        app.apiKey.clear();
        return insert(row, app, c);
    }
    app.apiKey.clear();
    app.securityLevel = derivedLevel(app.productIds);
    if (const Status stored = storeCredentials(app, credentials); !stored) {
        return stored.error();
    }
    row = qBound(0, row, count());
    Q_EMIT aboutToInsert(row);
    m_apps.insert(row, app);
    Q_EMIT inserted(row);
    if (const Status saved = save(); !saved) {
        Q_EMIT aboutToRemove(row);
        m_apps.removeAt(row);
        Q_EMIT removed(row);
        removeCredentials(app);
        return saved.error();
    }
    return app;
}

Status ApplicationStore::update(const Application &changed)
{
    const int row = indexOf(changed.id);
    if (row < 0) {
        return Status::failure(tr("No application has the id %1.").arg(changed.id));
    }
    if (const Status valid = validateName(changed.name, changed.id); !valid) {
        return valid;
    }
    const Application before = m_apps.at(row);
    Application app = changed;
    app.name = app.name.trimmed();
    app.apiKey.clear();
    app.secretRef = before.secretRef;
    app.securityLevel = derivedLevel(app.productIds);
    m_apps[row] = app;
    if (const Status saved = save(); !saved) {
        m_apps[row] = before;
        return saved;
    }
    // Moving to another environment moves the credentials' host binding too.
    if (before.environmentId != app.environmentId && m_vault && m_vault->isUnlocked()) {
        auto current = credentials(app.id);
        if (current) {
            (void)storeCredentials(app, *current);
        }
    }
    Q_EMIT updated(row);
    return {};
}

Status ApplicationStore::setCredentials(const QString &id, const ApplicationCredentials &credentials)
{
    const int row = indexOf(id);
    if (row < 0) {
        return Status::failure(tr("No application has the id %1.").arg(id));
    }
    if (const Status ok = requireVault(); !ok) {
        return ok;
    }
    const Application &app = m_apps.at(row);
    if (credentials.apiSecret.isEmpty() && m_vault->ids().contains(app.secretRef)) {
        (void)m_vault->remove(app.secretRef);
    }
    if (credentials.apiKey.isEmpty()) {
        if (m_vault->ids().contains(apiKeyRef(id))) {
            (void)m_vault->remove(apiKeyRef(id));
        }
        m_keyHints.remove(id);
    }
    if (const Status stored = storeCredentials(app, credentials); !stored) {
        return stored;
    }
    if (const Status saved = save(); !saved) {
        return saved;
    }
    Q_EMIT updated(row);
    return {};
}

Result<ApplicationCredentials> ApplicationStore::credentials(const QString &id, const QString &host)
{
    using R = Result<ApplicationCredentials>;
    const Application *app = find(id);
    if (!app) {
        return R::failure(tr("No application has the id %1.").arg(id));
    }
    if (const Status ok = requireVault(); !ok) {
        return ok.error();
    }
    ApplicationCredentials out;
    const QStringList ids = m_vault->ids();
    if (ids.contains(apiKeyRef(id))) {
        auto key = host.isEmpty() ? m_vault->get(apiKeyRef(id)) : m_vault->resolveForHost(apiKeyRef(id), host);
        if (!key) {
            return key.error();
        }
        out.apiKey = QString::fromUtf8(*key);
    }
    if (ids.contains(app->secretRef)) {
        auto secret = host.isEmpty() ? m_vault->get(app->secretRef)
                                     : m_vault->resolveForHost(app->secretRef, host);
        if (!secret) {
            return secret.error();
        }
        out.apiSecret = *secret;
    }
    return out;
}

Result<Application> ApplicationStore::duplicate(const QString &id)
{
    using R = Result<Application>;
    const Application *source = find(id);
    if (!source) {
        return R::failure(tr("No application has the id %1.").arg(id));
    }
    Application copy = *source;
    copy.id.clear();
    copy.secretRef.clear();
    copy.name = uniqueName(tr("%1 (copy)").arg(source->name));
    ApplicationCredentials c;
    if (m_vault && m_vault->isUnlocked()) {
        auto read = credentials(id);
        if (read) {
            c = *read;
        }
    }
    return insert(indexOf(id) + 1, copy, c);
}

Status ApplicationStore::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0) {
        return Status::failure(tr("No application has the id %1.").arg(id));
    }
    if (m_readOnly) {
        return save();
    }
    const Application app = m_apps.at(row);
    Q_EMIT aboutToRemove(row);
    m_apps.removeAt(row);
    Q_EMIT removed(row);
    if (const Status saved = save(); !saved) {
        Q_EMIT aboutToInsert(row);
        m_apps.insert(row, app);
        Q_EMIT inserted(row);
        return saved;
    }
    removeCredentials(app);
    m_keyHints.remove(id);
    return {};
}

QString ApplicationStore::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed();
    if (indexOfName(trimmed) < 0) {
        return trimmed;
    }
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 %2"_s.arg(trimmed).arg(n);
        if (indexOfName(candidate) < 0) {
            return candidate;
        }
    }
}

SecurityLevel ApplicationStore::derivedLevel(const QStringList &productIds) const
{
    return highestLevel(productIds, m_catalog);
}

SecurityLevel ApplicationStore::highestLevel(const QStringList &productIds, const QList<ApiProduct> &catalog)
{
    SecurityLevel level = SecurityLevel::Basic;
    bool any = false;
    for (const ApiProduct &p : catalog) {
        if (!productIds.contains(p.id)) {
            continue;
        }
        if (!any || int(p.securityLevel) > int(level)) {
            level = p.securityLevel;
        }
        any = true;
    }
    return level;
}

QStringList ApplicationStore::hostsFor(const QString &environmentId) const
{
    if (m_environments) {
        if (const QStringList hosts = m_environments->hostsFor(environmentId); !hosts.isEmpty()) {
            return hosts;
        }
    }
    return builtInHostsFor(environmentId);
}

QStringList ApplicationStore::builtInHostsFor(const QString &environmentId)
{
    if (environmentId == "sandbox"_L1) {
        return { u"sandbox.apis.op.fi"_s };
    }
    if (environmentId == "production"_L1) {
        return { u"apis.op.fi"_s };
    }
    // The local simulator listens on loopback only.
    return { u"127.0.0.1"_s, u"localhost"_s, u"::1"_s };
}

QString ApplicationStore::apiKeyRef(const QString &appId)
{
    return u"app.%1.apiKey"_s.arg(appId);
}

QString ApplicationStore::keyHint(const QString &apiKey)
{
    // Four characters tell keys apart in a list without giving much away.
    if (apiKey.size() < 12) {
        return QString(4, QChar(0x2022));
    }
    return QChar(0x2026) + apiKey.right(4);
}

QString ApplicationStore::apiKeyHint(const QString &id) const
{
    return m_keyHints.value(id);
}

} // namespace opc
