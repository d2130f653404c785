#include "apps/customtokenstore.h"

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

CustomTokenStore::CustomTokenStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

void CustomTokenStore::setSecretStore(SecretStore *vault)
{
    m_vault = vault;
}

SecretStore *CustomTokenStore::secretStore() const
{
    return m_vault.data();
}

QString CustomTokenStore::valueRef(const QString &id)
{
    return u"token.%1.value"_s.arg(id);
}

Status CustomTokenStore::load()
{
    m_tokens.clear();
    if (!QFile::exists(m_path)) {
        Q_EMIT changed();
        return {};
    }
    const Result<QByteArray> bytes = AtomicFile::read(m_path, 4 * 1024 * 1024);
    if (!bytes) {
        return Status::failure(bytes.errorMessage(), u"unreadable"_s);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    const QJsonValue list = doc.object().value("tokens"_L1);
    if (error.error != QJsonParseError::NoError || !list.isArray()) {
        const Result<QString> moved = AtomicFile::quarantine(m_path);
        Q_EMIT changed();
        return Status::failure(tr("The custom token list was damaged; it was kept as %1 and the list starts "
                                  "empty.")
                                       .arg(QDir::toNativeSeparators(moved ? *moved : m_path)),
                               u"corrupt"_s);
    }
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        CustomToken t { o.value("id"_L1).toString(), o.value("name"_L1).toString(),
                        QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODate) };
        if (!t.id.isEmpty() && !t.name.isEmpty()) {
            m_tokens.append(t);
        }
    }
    Q_EMIT changed();
    return {};
}

Status CustomTokenStore::save()
{
    QJsonArray list;
    for (const CustomToken &t : std::as_const(m_tokens)) {
        list.append(QJsonObject { { u"id"_s, t.id },
                                  { u"name"_s, t.name },
                                  { u"created"_s, t.created.toUTC().toString(Qt::ISODate) } });
    }
    const QJsonObject root { { u"schemaVersion"_s, kSchemaVersion }, { u"tokens"_s, list } };
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented),
                             AtomicFile::Privacy::Private);
}

int CustomTokenStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

int CustomTokenStore::indexOfName(const QString &name) const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return int(i);
        }
    }
    return -1;
}

Result<CustomToken> CustomTokenStore::add(const QString &name, const QByteArray &value)
{
    using R = Result<CustomToken>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return R::failure(tr("A custom token needs a name."), u"invalid-name"_s);
    }
    if (value.trimmed().isEmpty()) {
        return R::failure(tr("The token \"%1\" has no value.").arg(trimmed), u"empty-value"_s);
    }
    if (indexOfName(trimmed) >= 0) {
        return R::failure(tr("A custom token named \"%1\" exists already.").arg(trimmed), u"duplicate-name"_s);
    }
    if (!m_vault || !m_vault->isUnlocked()) {
        return R::failure(tr("Unlock the secret vault first: token values are kept only there."),
                          u"vault-locked"_s);
    }
    CustomToken t { QUuid::createUuid().toString(QUuid::WithoutBraces).left(8), trimmed,
                    QDateTime::currentDateTimeUtc() };
    if (const Status put = m_vault->put(valueRef(t.id), u"token"_s, value.trimmed()); !put) {
        return put.error();
    }
    m_tokens.append(t);
    if (const Status saved = save(); !saved) {
        m_tokens.removeLast();
        (void)m_vault->remove(valueRef(t.id));
        return saved.error();
    }
    Q_EMIT changed();
    return t;
}

Status CustomTokenStore::remove(const QString &idOrName)
{
    int row = indexOf(idOrName);
    if (row < 0) {
        row = indexOfName(idOrName);
    }
    if (row < 0) {
        return Status::failure(tr("No custom token is named \"%1\".").arg(idOrName), u"not-found"_s);
    }
    const CustomToken t = m_tokens.takeAt(row);
    if (const Status saved = save(); !saved) {
        m_tokens.insert(row, t);
        return saved;
    }
    if (m_vault && m_vault->isUnlocked() && m_vault->ids().contains(valueRef(t.id))) {
        (void)m_vault->remove(valueRef(t.id));
    }
    Q_EMIT changed();
    return {};
}

Result<QByteArray> CustomTokenStore::value(const QString &id)
{
    if (indexOf(id) < 0) {
        return Result<QByteArray>::failure(tr("No custom token has the id %1.").arg(id), u"not-found"_s);
    }
    if (!m_vault || !m_vault->isUnlocked()) {
        return Result<QByteArray>::failure(tr("Unlock the secret vault to use custom tokens."), u"vault-locked"_s);
    }
    return m_vault->get(valueRef(id));
}

Result<Token> CustomTokenStore::token(const QString &id)
{
    const Result<QByteArray> v = value(id);
    if (!v) {
        return v.error();
    }
    return Token::custom(QString::fromUtf8(*v), m_tokens.at(indexOf(id)).name);
}

} // namespace opc
