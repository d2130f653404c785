#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace opc::ui {

/// The rows of the history list (newest first): a page of HistoryEntry
/// summaries read from the store, more pages fetched as the view scrolls.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Method, Url, Status, Level, Duration, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    /// Reads the page of rows after the first @p offset, at most @p limit.
    using Fetcher = std::function<QList<HistoryEntry>(int offset, int limit)>;

    explicit HistoryTableModel(QObject *parent = nullptr);

    /// Replaces every row with the first page @p fetcher gives.
    void reset(const Fetcher &fetcher, int pageSize = 500);
    /// Adds a row at the top (a new exchange that matches the filters).
    void prepend(const HistoryEntry &entry);
    void removeId(qint64 id);
    /// Drops rows beyond @p count from the bottom (after the store pruned).
    void trimTo(int count);

    HistoryEntry entryAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<HistoryEntry> m_rows;
    Fetcher m_fetcher;
    int m_pageSize = 500;
    bool m_more = false;
};

} // namespace opc::ui
