#pragma once

#include "common/result.h"
#include "model/environment.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace opc {

class SecretStore;

/// The environments a request can go to: the three built-in ones (local
/// simulator, OP sandbox, production) and the user's own, with their
/// variables. Plain variables live in environments.json; secret variables
/// live in the vault, bound to the environment's host, and the file only
/// names them. Requests use them as {{name}} and {{secret:name}}.
class EnvironmentStore
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit EnvironmentStore(const QString &path);

    /// Reads the file. A missing file gives the built-ins; a file that does
    /// not parse is moved aside, the built-ins are used and problem() says
    /// what happened. A file from a newer version is left untouched and the
    /// store becomes read-only.
    Status load();
    QString problem() const { return m_problem; }
    bool isReadOnly() const { return m_readOnly; }
    Status save() const;

    QList<Environment> environments() const { return m_environments; }
    const Environment *find(const QString &id) const;
    /// The environment a request with @p id goes to, ready to send: the
    /// only place an environment id becomes an address. Fails for an
    /// unknown id and for the local simulator while it is not running.
    Result<Environment> resolve(const QString &id) const;
    /// Where an application of environment @p id may send its key and
    /// secret (Environment::credentialHosts); empty for an unknown id.
    QStringList hostsFor(const QString &id) const;

    /// Adds a user-defined environment; its id is made from the name and
    /// kept unique. Built-in kinds cannot be added twice.
    Result<Environment> add(Environment environment);
    /// Replaces the environment with the same id (its kind stays).
    Status update(const Environment &environment);
    /// Removes a user-defined environment and its secret variables.
    Status remove(const QString &id, SecretStore *vault = nullptr);

    /// The local simulator's address is chosen at start-up; it is set here
    /// and never written to the file.
    void setLocalSimulator(const QString &baseUrl, const QString &caPath, const QString &mtlsBaseUrl = {});

    QStringList secretNames(const QString &id) const { return m_secretNames.value(id); }
    Status setSecret(SecretStore *vault, const QString &id, const QString &name, const QByteArray &value);
    Status removeSecret(SecretStore *vault, const QString &id, const QString &name);
    static QString secretRef(const QString &environmentId, const QString &name);

    /// The built-in environments' names in the language now in force (they
    /// are the console's words, not the user's; the user's keep theirs).
    void retranslateBuiltIns();

    /// Production asks before anything that can change data is sent.
    static bool needsConfirmation(const Environment &environment, const QByteArray &method);

private:
    void resetToBuiltIns();

    QString m_path;
    QList<Environment> m_environments;
    QMap<QString, QStringList> m_secretNames;
    QString m_problem;
    bool m_readOnly = false;
};

} // namespace opc
