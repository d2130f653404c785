#pragma once

#include "common/result.h"
#include "model/apiproduct.h"
#include "model/application.h"
#include "security/secretstore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace opc {

class EnvironmentStore;

class SecretStore;

/// An application's credentials as read from the vault.
struct ApplicationCredentials
{
    QString apiKey;
    QByteArray apiSecret;
};

/// The user's applications, kept in applications.json in the data folder.
/// The file holds names, environments, products, certificate ids and notes
/// only: the API key and the API secret live in the vault (records
/// "app.<id>.apiKey" and Application::secretRef), bound to the hosts of the
/// application's environment, so a shared or backed-up data folder carries
/// no credential. Every change is saved at once, atomically.
class ApplicationStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSchemaVersion = 1;

    /// @p path is the applications.json to read and write.
    explicit ApplicationStore(const QString &path, QObject *parent = nullptr);
    ~ApplicationStore() override;

    QString path() const { return m_path; }

    /// The vault for keys and secrets; may be null (or locked) until the
    /// user unlocks it: the list still loads, credentials then fail clearly.
    void setSecretStore(SecretStore *vault);
    SecretStore *secretStore() const;

    /// The catalogue the derived security level is computed from.
    void setCatalog(const QList<ApiProduct> &products);
    const QList<ApiProduct> &catalog() const { return m_catalog; }

    /// Reads the file (a missing file is an empty list). A damaged file is
    /// moved aside, the list starts empty and the error (code "corrupt")
    /// names where the file went. A file from a newer version is read but
    /// never overwritten (code "newer-version").
    Status load();
    bool isReadOnly() const { return m_readOnly; }
    Status save();

    const QList<Application> &applications() const { return m_apps; }
    int count() const { return int(m_apps.size()); }
    int indexOf(const QString &id) const;
    /// Case-insensitive; -1 when no application has that name.
    int indexOfName(const QString &name) const;
    const Application *find(const QString &id) const;
    const Application *findByName(const QString &name) const;

    /// Adds @p app with a new id (when it has none) and its secret
    /// reference. The name must be unique. Non-empty credentials go to the
    /// vault, which must then be unlocked.
    Result<Application> add(Application app, const ApplicationCredentials &credentials = {});
    /// As add(), at @p row (undo puts an application back where it was).
    Result<Application> insert(int row, Application app, const ApplicationCredentials &credentials = {});
    /// Replaces the stored fields of the application with @p app's id; the
    /// derived security level is recomputed.
    Status update(const Application &app);
    /// Stores the key and secret in the vault, bound to the hosts of the
    /// application's environment. An empty secret removes it.
    Status setCredentials(const QString &id, const ApplicationCredentials &credentials);
    /// The stored key and secret. With @p host set, refuses when the
    /// credentials are bound to other hosts.
    Result<ApplicationCredentials> credentials(const QString &id, const QString &host = {});
    /// A copy named "<name> (copy)" with its own id and its own copy of the
    /// credentials (when the vault is unlocked).
    Result<Application> duplicate(const QString &id);
    /// Removes the application and its vault records.
    Status remove(const QString &id);

    /// @p base, or "@p base 2", "@p base 3"... whichever is free.
    QString uniqueName(const QString &base) const;
    /// The highest security level of @p productIds in the catalogue (Basic
    /// when none is known).
    SecurityLevel derivedLevel(const QStringList &productIds) const;
    static SecurityLevel highestLevel(const QStringList &productIds, const QList<ApiProduct> &catalog);

    /// The environments applications belong to (not owned; may be null):
    /// they say which hosts an application's key and secret may go to.
    void setEnvironmentStore(const EnvironmentStore *environments) { m_environments = environments; }
    /// Hosts the credentials of an application of @p environmentId may be
    /// sent to: the environment's own (EnvironmentStore::hostsFor), else the
    /// built-in rule.
    QStringList hostsFor(const QString &environmentId) const;
    /// The built-in rule: the OP sandbox's and production's hosts, loopback
    /// for the local simulator.
    static QStringList builtInHostsFor(const QString &environmentId);
    static QString apiKeyRef(const QString &appId);
    /// The key shortened for lists ("…wxyz"), kept in the file.
    static QString keyHint(const QString &apiKey);
    QString apiKeyHint(const QString &id) const;

Q_SIGNALS:
    void aboutToInsert(int row);
    void inserted(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void updated(int row);
    void aboutToReset();
    void reset();

private:
    Status requireVault() const;
    Status storeCredentials(const Application &app, const ApplicationCredentials &credentials);
    void removeCredentials(const Application &app);
    Status validateName(const QString &name, const QString &exceptId) const;

    QString m_path;
    QPointer<SecretStore> m_vault;
    const EnvironmentStore *m_environments = nullptr;
    QList<ApiProduct> m_catalog;
    QList<Application> m_apps;
    QHash<QString, QString> m_keyHints;
    bool m_readOnly = false;
};

} // namespace opc
