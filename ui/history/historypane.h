#pragma once

#include "history/historystore.h"
#include "model/exchange.h"

#include <QByteArray>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace opc::ui {

class HistoryTableModel;

/// The History tab: every exchange of the console from the SQLite history,
/// newest first, with a URL search, status, level and period filters. A
/// click (or Enter) opens the exchange in the viewer; Re-send sends its
/// request again. When the database cannot be used the pane keeps this
/// run's exchanges in memory and says why in a banner.
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    /// Opens (or creates) the history at @p databasePath, e.g.
    /// HistoryStore::defaultPath(settings.dataDir()).
    explicit HistoryPane(const QString &databasePath, const HistoryLimits &limits = {}, QWidget *parent = nullptr);
    ~HistoryPane() override;

    HistoryStore *store() const { return m_store.get(); }
    HistoryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *levelFilter() const { return m_level; }
    QComboBox *periodFilter() const { return m_period; }
    /// The banner text: a damaged file moved aside, an upgrade, session-only history.
    QString notice() const;

    /// The filters as they stand.
    HistoryQuery currentQuery() const;
    /// Values to mask wherever they appear in stored exchanges (vault secrets).
    void setKnownSecrets(const QList<QByteArray> &secrets);

public Q_SLOTS:
    /// Records @p exchange (with the request body as sent, which the
    /// Exchange does not carry) and shows it at the top when the filters let it.
    void addExchange(const opc::Exchange &exchange, const QByteArray &requestBody = {});
    /// Shows the row @p historyId that was just recorded in store().
    void showRecorded(qint64 historyId);
    /// Re-reads the list with the current filters.
    void refresh();
    void openRow(int row);
    void resendRow(int row);
    void removeRow(int row);
    /// Deletes every stored exchange (the caller asks first).
    void clearHistory();

Q_SIGNALS:
    void exchangeOpened(const opc::Exchange &exchange);
    /// The request of a stored exchange, to send again. Credential headers
    /// are masked in the history, so the sender adds the current credentials.
    void resendRequested(const opc::Exchange &exchange, const QByteArray &requestBody);
    /// A sentence for the status bar when something about the history failed.
    void problem(const QString &message);

private:
    void showNotice(const QString &text);
    void updateCount();
    void showContextMenu(const QPoint &pos);
    void updateButtons();

    std::unique_ptr<HistoryStore> m_store;
    HistoryTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_resend = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace opc::ui
