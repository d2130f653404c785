#pragma once

#include <QAbstractListModel>
#include <QPointer>

namespace opc {

class ApplicationStore;
class QuotaTracker;

/// The applications as a list: name, environment, products, derived
/// security level, the shortened key and, when a quota tracker is given,
/// each application's quota for today. Follows the store's changes.
class ApplicationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EnvironmentRole,
        ProductsRole,
        SecurityLevelRole,
        ApiKeyHintRole,
        QuotaTextRole,
        ActiveRole,
        CertificateRole,
    };

    explicit ApplicationListModel(ApplicationStore *store, QObject *parent = nullptr);

    void setQuotaTracker(QuotaTracker *tracker);
    /// The application the next request uses (shown in bold, marked).
    void setActiveId(const QString &id);
    QString activeId() const { return m_activeId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    /// "412 of 1000 left today" (or "1000 a day" before any response).
    QString quotaText(int row) const;
    static QString environmentName(const QString &environmentId);

private:
    QPointer<ApplicationStore> m_store;
    QPointer<QuotaTracker> m_quota;
    QString m_activeId;
};

} // namespace opc
