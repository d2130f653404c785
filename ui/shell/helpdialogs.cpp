#include "shell/helpdialogs.h"

#include "shell/consoleactions.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSslSocket>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

QString plainText(const QAction *action)
{
    return ConsoleActions::plainText(action->text());
}

} // namespace

QString aboutText()
{
    const QString tls = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString()
                                                  : QCoreApplication::translate("opc::ui::About", "not available");
    return QCoreApplication::translate(
                   "opc::ui::About",
                   "<h3>OP Developer Console %1</h3>"
                   "<p>A desktop console for OP Financial Group's developer APIs, with an embedded "
                   "simulator of the sandbox.</p>"
                   "<table>"
                   "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
                   "<tr><td>TLS</td><td>%4</td></tr>"
                   "<tr><td>KSyntaxHighlighting</td><td>%5</td></tr>"
                   "</table>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()),
                 QStringLiteral(QT_VERSION_STR), tls.toHtmlEscaped(),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("opc::ui::About", "About OP Developer Console"),
                       aboutText());
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({ tr("Command"), tr("Shortcut") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const QAction *a = actions.at(row);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            keys << k.toString(QKeySequence::NativeText);
        }
        auto *name = new QTableWidgetItem(a->icon(), plainText(a));
        name->setToolTip(a->toolTip());
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 480);
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(const QWidget *window)
{
    QList<QAction *> out;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (!a->shortcuts().isEmpty() && !a->isSeparator() && !a->text().isEmpty() && !out.contains(a)) {
            out.append(a);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QAction *a, const QAction *b) { return plainText(a).localeAwareCompare(plainText(b)) < 0; });
    return out;
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool match = text.isEmpty() || m_table->item(row, 0)->text().contains(text, Qt::CaseInsensitive)
                || m_table->item(row, 1)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

} // namespace opc::ui
