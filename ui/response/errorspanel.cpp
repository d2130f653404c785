#include "response/errorspanel.h"

#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "response/levelstyle.h"
#include "widgets/retranslate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace opc::ui {

namespace {
enum Column { LevelColumn, TypeColumn, MessageColumn, CodeColumn, IdColumn, ColumnCount };
}

ErrorsPanel::ErrorsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("errorsPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("errorsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("errorsTree"));
    m_tree->setColumnCount(ColumnCount);
    retranslate(m_tree, [this] { m_tree->setHeaderLabels({ tr("Level"), tr("Type"), tr("Message"), tr("Code"), tr("Id") }); });
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    clear();
    // The summary and the tooltips are worded when a payload is shown: it is
    // shown again (as for a palette change), or the empty panel said again.
    retranslate(this, [this] {
        if (m_status == 0 && m_payload.isEmpty())
            clear();
        else
            showPayload(m_status, ErrorPayload(m_payload));
    });
}

void ErrorsPanel::clear()
{
    m_status = 0;
    m_payload = {};
    m_tree->clear();
    m_summary->setText(tr("No errors."));
}

void ErrorsPanel::showPayload(int status, const ErrorPayload &payload)
{
    m_status = status;
    m_payload = payload;
    m_tree->clear();
    const auto &entries = payload.entries();
    for (const ErrorEntry &entry : entries) {
        const LevelStyle style = LevelStyle::forLevel(entry.level, palette());
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(LevelColumn, style.icon);
        item->setText(LevelColumn, entry.levelText.isEmpty() ? style.text : entry.levelText);
        item->setForeground(LevelColumn, style.foreground);
        item->setBackground(LevelColumn, style.background);
        QFont bold = item->font(LevelColumn);
        bold.setBold(true);
        item->setFont(LevelColumn, bold);
        item->setToolTip(LevelColumn, StatusSemantics::levelMeaning(entry.level));
        item->setText(TypeColumn, entry.type);
        item->setText(MessageColumn, entry.message);
        item->setToolTip(MessageColumn, entry.message);
        item->setText(CodeColumn, entry.code);
        item->setText(IdColumn, entry.id);
        item->setToolTip(IdColumn, tr("Quote this id to OP's API support"));
        for (const ConstraintViolation &violation : entry.violations) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(TypeColumn, violation.field);
            child->setText(MessageColumn, violation.message);
        }
        item->setExpanded(true);
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != MessageColumn) {
            m_tree->resizeColumnToContents(c);
        }
    }

    const bool success = status >= 200 && status < 400;
    const ErrorLevel highest = payload.highestLevel();
    if (entries.isEmpty()) {
        m_summary->setText(success ? tr("No errors.") : tr("The response carries no error payload."));
    } else if (success && (highest == ErrorLevel::Warn || highest == ErrorLevel::Unknown)) {
        m_summary->setText(tr("Succeeded with warnings. %1")
                               .arg(StatusSemantics::levelMeaning(ErrorLevel::Warn)));
    } else if (success) {
        // The same words as the advice under the status line, so the two never disagree.
        m_summary->setText(
            tr("Succeeded, but the most severe entry is %1. %2")
                .arg(errorLevelName(highest), StatusSemantics::levelAdvice(status, highest)));
    } else if (highest == ErrorLevel::Unknown) {
        m_summary->setText(tr("Failed. %1").arg(StatusSemantics::levelAdvice(status, highest)));
    } else {
        m_summary->setText(
            tr("Failed: the most severe entry is %1. %2")
                .arg(errorLevelName(highest), StatusSemantics::levelAdvice(status, highest)));
    }
}

void ErrorsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The badge colours were picked for the old palette (light or dark).
    if (event->type() == QEvent::PaletteChange && !m_payload.isEmpty())
        showPayload(m_status, ErrorPayload(m_payload));
}

QString ErrorsPanel::summaryText() const
{
    return m_summary->text();
}

} // namespace opc::ui
