#include "apps/applicationlistmodel.h"

#include "apps/applicationstore.h"
#include "quota/quotatracker.h"

using namespace Qt::StringLiterals;

namespace opc {

ApplicationListModel::ApplicationListModel(ApplicationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &ApplicationStore::aboutToInsert, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &ApplicationStore::inserted, this, [this](int) { endInsertRows(); });
    connect(store, &ApplicationStore::aboutToRemove, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &ApplicationStore::removed, this, [this](int) { endRemoveRows(); });
    connect(store, &ApplicationStore::updated, this, [this](int row) {
        Q_EMIT dataChanged(index(row), index(row));
    });
    connect(store, &ApplicationStore::aboutToReset, this, [this] { beginResetModel(); });
    connect(store, &ApplicationStore::reset, this, [this] { endResetModel(); });
}

void ApplicationListModel::setQuotaTracker(QuotaTracker *tracker)
{
    if (m_quota) {
        disconnect(m_quota, nullptr, this, nullptr);
    }
    m_quota = tracker;
    if (tracker) {
        connect(tracker, &QuotaTracker::changed, this, [this](const QString &, const QString &appId) {
            const int row = rowOf(appId);
            if (row >= 0) {
                Q_EMIT dataChanged(index(row), index(row), { QuotaTextRole, Qt::DisplayRole, Qt::ToolTipRole });
            }
        });
    }
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    }
}

void ApplicationListModel::setActiveId(const QString &id)
{
    if (id == m_activeId) {
        return;
    }
    const int before = rowOf(m_activeId);
    m_activeId = id;
    const int after = rowOf(id);
    for (int row : { before, after }) {
        if (row >= 0) {
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->count();
}

QString ApplicationListModel::idAt(int row) const
{
    return m_store && row >= 0 && row < m_store->count() ? m_store->applications().at(row).id : QString();
}

int ApplicationListModel::rowOf(const QString &id) const
{
    return m_store && !id.isEmpty() ? m_store->indexOf(id) : -1;
}

QString ApplicationListModel::environmentName(const QString &environmentId)
{
    if (environmentId == "sandbox"_L1) {
        return tr("OP sandbox");
    }
    if (environmentId == "production"_L1) {
        return tr("Production");
    }
    return tr("Local simulator");
}

QString ApplicationListModel::quotaText(int row) const
{
    if (!m_quota || !m_store || row < 0 || row >= m_store->count()) {
        return {};
    }
    const Application &app = m_store->applications().at(row);
    const QuotaSnapshot s = m_quota->snapshot(app.environmentId, app.id);
    if (!s.valid || s.limit < 0) {
        return tr("quota not seen yet");
    }
    return tr("%1 of %2 left today").arg(s.remaining).arg(s.limit);
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store) {
        return {};
    }
    const Application &app = m_store->applications().at(index.row());
    const bool active = app.id == m_activeId;
    switch (role) {
    case Qt::DisplayRole: {
        const qsizetype n = app.productIds.size();
        const QString products = n == 0 ? tr("no products") : n == 1 ? tr("1 product") : tr("%1 products").arg(n);
        QString line = tr("%1\n%2 · %3 · %4")
                               .arg(active ? tr("%1 (active)").arg(app.name) : app.name,
                                    environmentName(app.environmentId), securityLevelName(app.securityLevel),
                                    products);
        const QString quota = quotaText(index.row());
        if (!quota.isEmpty()) {
            line += u" · "_s + quota;
        }
        return line;
    }
    case Qt::ToolTipRole:
        return tr("%1: key %2, products %3")
                .arg(app.name, m_store->apiKeyHint(app.id).isEmpty() ? tr("not set") : m_store->apiKeyHint(app.id),
                     app.productIds.isEmpty() ? tr("none") : app.productIds.join(u", "_s));
    case Qt::AccessibleTextRole:
        return active ? tr("%1, active application").arg(app.name) : app.name;
    case IdRole:
        return app.id;
    case NameRole:
        return app.name;
    case EnvironmentRole:
        return app.environmentId;
    case ProductsRole:
        return app.productIds;
    case SecurityLevelRole:
        return securityLevelName(app.securityLevel);
    case ApiKeyHintRole:
        return m_store->apiKeyHint(app.id);
    case QuotaTextRole:
        return quotaText(index.row());
    case ActiveRole:
        return active;
    case CertificateRole:
        return app.certificateId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ApplicationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(NameRole, "name");
    names.insert(EnvironmentRole, "environment");
    names.insert(ProductsRole, "products");
    names.insert(SecurityLevelRole, "securityLevel");
    names.insert(ApiKeyHintRole, "apiKeyHint");
    names.insert(QuotaTextRole, "quota");
    names.insert(ActiveRole, "active");
    names.insert(CertificateRole, "certificateId");
    return names;
}

} // namespace opc
