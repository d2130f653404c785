#include "settings/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace opc {

namespace {
constexpr qint64 kDefaultMaxResponse = 100LL * 1024 * 1024;
}

Settings::Settings(const QString &dataDir)
    : m_dataDir(dataDir.isEmpty() ? defaultDataDir() : dataDir)
{
    QDir().mkpath(m_dataDir);
    m_store = std::make_unique<QSettings>(path(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

Settings::~Settings() = default;

QString Settings::defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("OPC_DATA_DIR");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Settings::path(const QString &fileName) const
{
    return QDir(m_dataDir).filePath(fileName);
}

qint64 Settings::maxResponseBytes() const
{
    return m_store->value(QStringLiteral("network/maxResponseBytes"), kDefaultMaxResponse).toLongLong();
}

void Settings::setMaxResponseBytes(qint64 bytes)
{
    m_store->setValue(QStringLiteral("network/maxResponseBytes"), bytes);
}

int Settings::connectTimeoutMs() const
{
    return m_store->value(QStringLiteral("network/connectTimeoutMs"), 15000).toInt();
}

int Settings::totalTimeoutMs() const
{
    return m_store->value(QStringLiteral("network/totalTimeoutMs"), 120000).toInt();
}

void Settings::setTotalTimeoutMs(int ms)
{
    m_store->setValue(QStringLiteral("network/totalTimeoutMs"), ms);
}

int Settings::vaultIdleLockMinutes() const
{
    return m_store->value(QStringLiteral("vault/idleLockMinutes"), 15).toInt();
}

void Settings::setVaultIdleLockMinutes(int minutes)
{
    m_store->setValue(QStringLiteral("vault/idleLockMinutes"), minutes);
}

bool Settings::presentationMode() const
{
    return m_store->value(QStringLiteral("ui/presentationMode"), false).toBool();
}

void Settings::setPresentationMode(bool on)
{
    m_store->setValue(QStringLiteral("ui/presentationMode"), on);
}

QString Settings::proxyUrl() const
{
    return m_store->value(QStringLiteral("network/proxyUrl")).toString();
}

void Settings::setProxyUrl(const QString &url)
{
    m_store->setValue(QStringLiteral("network/proxyUrl"), url);
}

QString Settings::proxyUser() const
{
    return m_store->value(QStringLiteral("network/proxyUser")).toString();
}

void Settings::setProxyUser(const QString &user)
{
    m_store->setValue(QStringLiteral("network/proxyUser"), user);
}

QString Settings::colorScheme() const
{
    return m_store->value(QStringLiteral("ui/colorScheme"), QStringLiteral("system")).toString();
}

void Settings::setColorScheme(const QString &scheme)
{
    m_store->setValue(QStringLiteral("ui/colorScheme"), scheme);
}

QString Settings::language() const
{
    return m_store->value(QStringLiteral("ui/language")).toString();
}

void Settings::setLanguage(const QString &code)
{
    m_store->setValue(QStringLiteral("ui/language"), code);
}

int Settings::zoomStep() const
{
    return m_store->value(QStringLiteral("ui/zoomStep"), 0).toInt();
}

void Settings::setZoomStep(int step)
{
    m_store->setValue(QStringLiteral("ui/zoomStep"), step);
}

QString Settings::activeEnvironmentId() const
{
    return m_store->value(QStringLiteral("session/environment"), QStringLiteral("local")).toString();
}

void Settings::setActiveEnvironmentId(const QString &id)
{
    m_store->setValue(QStringLiteral("session/environment"), id);
}

QString Settings::activeApplicationId() const
{
    return m_store->value(QStringLiteral("session/application")).toString();
}

void Settings::setActiveApplicationId(const QString &id)
{
    m_store->setValue(QStringLiteral("session/application"), id);
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace opc
