#include "history/historytablemodel.h"

#include "response/levelstyle.h"
#include "widgets/retranslate.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace opc::ui {

HistoryTableModel::HistoryTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    // The headers, and the rows' "failed" and "… ms", are worded in data():
    // the views ask again.
    retranslate(this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
    });
}

void HistoryTableModel::reset(const Fetcher &fetcher, int pageSize)
{
    beginResetModel();
    m_fetcher = fetcher;
    m_pageSize = std::max(1, pageSize);
    m_rows = m_fetcher ? m_fetcher(0, m_pageSize) : QList<HistoryEntry>();
    m_more = m_rows.size() == m_pageSize;
    endResetModel();
}

void HistoryTableModel::prepend(const HistoryEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(entry);
    endInsertRows();
}

void HistoryTableModel::removeId(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void HistoryTableModel::trimTo(int count)
{
    if (count < 0 || m_rows.size() <= count)
        return;
    beginRemoveRows({}, count, int(m_rows.size()) - 1);
    m_rows.resize(count);
    endRemoveRows();
    m_more = false;
}

int HistoryTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    const QDateTime local = e.startedAt.toLocalTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            // Today's rows need only the time; older ones the date too.
            return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                        : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Method:
            return e.method;
        case Url:
            return e.url;
        case Status:
            return e.status > 0 ? QString::number(e.status) : tr("failed");
        case Level:
            return e.level == ErrorLevel::Unknown ? QString() : errorLevelName(e.level);
        case Duration:
            return e.durationMs >= 0 ? tr("%1 ms").arg(QLocale().toString(e.durationMs)) : QString();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Level && e.level != ErrorLevel::Unknown)
            return LevelStyle::forLevel(e.level, QApplication::palette()).icon;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return local.toString(Qt::ISODateWithMs);
        case Url:
            return e.url;
        case Status:
            return e.error.isEmpty() ? QVariant() : QVariant(e.error);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Status)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Level:
        return tr("Level");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

bool HistoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_fetcher;
}

void HistoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryEntry> page = m_fetcher(int(m_rows.size()), m_pageSize);
    m_more = page.size() == m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

} // namespace opc::ui
