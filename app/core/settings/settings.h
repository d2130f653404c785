#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace opc {

/// The console's preferences with typed getters over one storage
/// (settings.ini in the data folder). It never holds a secret: credentials
/// live in the vault and are referenced by name.
class Settings
{
public:
    /// @p dataDir empty = Settings::defaultDataDir().
    explicit Settings(const QString &dataDir = {});
    ~Settings();

    /// OPC_DATA_DIR when set (tests, portable use), else the per-user
    /// application data folder.
    static QString defaultDataDir();

    QString dataDir() const { return m_dataDir; }
    QString path(const QString &fileName) const;

    qint64 maxResponseBytes() const;
    void setMaxResponseBytes(qint64 bytes);
    int connectTimeoutMs() const;
    int totalTimeoutMs() const;
    void setTotalTimeoutMs(int ms);
    int vaultIdleLockMinutes() const;
    void setVaultIdleLockMinutes(int minutes);
    bool presentationMode() const;
    void setPresentationMode(bool on);
    /// The HTTP proxy as "http://host:port" (empty: none) and its user; the
    /// password is a vault record, kProxyPasswordRef.
    QString proxyUrl() const;
    void setProxyUrl(const QString &url);
    QString proxyUser() const;
    void setProxyUser(const QString &user);
    static constexpr const char *kProxyPasswordRef = "network.proxyPassword";
    /// "system", "light" or "dark".
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);
    /// The user interface's language ("en", "fi", "sv"); empty: the system's.
    QString language() const;
    void setLanguage(const QString &code);
    /// View › Zoom, in steps of 10 % from the system's font size (0).
    int zoomStep() const;
    void setZoomStep(int step);
    QString activeEnvironmentId() const;
    void setActiveEnvironmentId(const QString &id);
    QString activeApplicationId() const;
    void setActiveApplicationId(const QString &id);

    void sync();

private:
    QString m_dataDir;
    std::unique_ptr<QSettings> m_store;
};

} // namespace opc
