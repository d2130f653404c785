#include "composer/requestcomposer.h"

#include "net/secretmasker.h"
#include "shell/appearance.h"
#include "widgets/retranslate.h"
#include "widgets/scrollpage.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace opc::ui {

namespace {
// Paints a credential header's value masked while presentation mode is on;
// the editor (opened on purpose) still shows the real value.
class CredentialMaskingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString name = index.siblingAtColumn(0).data().toString();
        option->text = Presentation::instance()->maskHeaderValue(name.toUtf8(), option->text);
    }
};
} // namespace

RequestComposer::RequestComposer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestComposer"));

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItems({ QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                         QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                         QStringLiteral("HEAD"), QStringLiteral("OPTIONS") });

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    retranslate(m_url, [this] {
        m_url->setPlaceholderText(tr("/accounts/v3/accounts or https://… ({{variables}} allowed)"));
    });
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestComposer::sendRequested);

    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    retranslate(m_send, [this] {
        // Send, or Cancel while a request is on its way (setBusy()).
        m_send->setText(m_busy ? tr("Cancel") : tr("Send"));
        m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_busy) {
            Q_EMIT cancelRequested();
        } else {
            Q_EMIT sendRequested();
        }
    });

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sendSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont small = m_summary->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_summary->setFont(small);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    retranslate(m_headers, [this] { m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") }); });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    auto *addHeader = new QToolButton(this);
    retranslate(addHeader, [addHeader] { addHeader->setText(tr("Add header")); });
    connect(addHeader, &QToolButton::clicked, this, [this] { addHeaderRow({}, {}); });
    auto *headersPage = new QWidget(this);
    headersPage->setObjectName(QStringLiteral("headersPage"));
    auto *headersLayout = new QVBoxLayout(headersPage);
    headersLayout->setContentsMargins(0, 0, 0, 0);
    headersLayout->addWidget(m_headers);
    headersLayout->addWidget(addHeader, 0, Qt::AlignLeft);
    auto *automatic = new QLabel(headersPage);
    retranslate(automatic, [automatic] {
        automatic->setText(tr("Added at send time: x-api-key, x-session-id, x-request-id, the token header and, "
                              "for Restricted APIs, x-hmac-signature."));
    });
    automatic->setWordWrap(true);
    automatic->setEnabled(false);
    headersLayout->addWidget(automatic);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    Appearance::useFixedFont(m_body);
    retranslate(m_body, [this] { m_body->setPlaceholderText(tr("Request body (JSON)")); });
    // In presentation mode a body holding a secret is shown masked, read
    // only; the real body stays in the editor behind it.
    m_bodyMasked = new QPlainTextEdit(this);
    m_bodyMasked->setObjectName(QStringLiteral("maskedBodyView"));
    m_bodyMasked->setFont(m_body->font());
    m_bodyMasked->setReadOnly(true);
    retranslate(m_bodyMasked, [this] {
        m_bodyMasked->setToolTip(
            tr("Presentation mode: secrets in the body are hidden; turn the mode off to edit it."));
    });
    m_bodyStack = new QStackedWidget(this);
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_bodyMasked);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("composerTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollPage(headersPage), QString());
    m_tabs->addTab(m_bodyStack, QString());
    retranslate(this, [this] {
        m_tabs->setTabText(0, tr("Headers"));
        m_tabs->setTabText(1, tr("Body"));
    });

    m_requestTabs = new QTabBar(this);
    m_requestTabs->setObjectName(QStringLiteral("requestTabs"));
    m_requestTabs->setDocumentMode(true);
    m_requestTabs->setTabsClosable(true);
    m_requestTabs->setMovable(true);
    m_requestTabs->setExpanding(false);
    m_requestTabs->setElideMode(Qt::ElideMiddle);

    // Every edit is announced once, whatever field it was in.
    const auto announce = [this] {
        if (!m_loading) {
            Q_EMIT edited();
        }
    };
    connect(m_method, &QComboBox::currentTextChanged, this, announce);
    connect(m_url, &QLineEdit::textEdited, this, announce);
    connect(m_body, &QPlainTextEdit::textChanged, this, announce);
    connect(m_headers, &QTableWidget::itemChanged, this, announce);
    m_headers->setItemDelegateForColumn(1, new CredentialMaskingDelegate(m_headers));
    connect(Presentation::instance(), &Presentation::changed, m_headers->viewport(),
            qOverload<>(&QWidget::update));
    connect(Presentation::instance(), &Presentation::changed, this, &RequestComposer::refreshBodyMask);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestComposer::refreshBodyMask);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_requestTabs);
    layout->addLayout(line);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
}

QString RequestComposer::method() const
{
    return m_method->currentText();
}

void RequestComposer::setMethod(const QString &method)
{
    m_method->setCurrentText(method.toUpper());
}

QString RequestComposer::url() const
{
    return m_url->text().trimmed();
}

void RequestComposer::setUrl(const QString &url)
{
    m_url->setText(url);
}

RequestComposer::HeaderList RequestComposer::headers() const
{
    HeaderList result;
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const auto *name = m_headers->item(row, 0);
        const auto *value = m_headers->item(row, 1);
        if (name && !name->text().trimmed().isEmpty()) {
            result.append({ name->text().trimmed(), value ? value->text() : QString() });
        }
    }
    return result;
}

void RequestComposer::setHeaders(const HeaderList &headers)
{
    m_headers->setRowCount(0);
    for (const auto &[name, value] : headers) {
        addHeaderRow(name, value);
    }
}

QByteArray RequestComposer::body() const
{
    return m_body->toPlainText().toUtf8();
}

void RequestComposer::setBody(const QByteArray &body)
{
    m_body->setPlainText(QString::fromUtf8(body));
}

void RequestComposer::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(scrollPage(page), title);
}

void RequestComposer::setPageTitle(QWidget *page, const QString &title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *tab = m_tabs->widget(i);
        const auto *area = qobject_cast<QScrollArea *>(tab);
        if (tab == page || (area && area->widget() == page)) {
            m_tabs->setTabText(i, title);
            return;
        }
    }
}

void RequestComposer::showPage(QWidget *page)
{
    showTabPage(m_tabs, page);
}

RequestSpec RequestComposer::spec(const RequestSpec &base) const
{
    RequestSpec s = base;
    s.method = method();
    s.url = url();
    s.query.clear();
    s.headers.clear();
    for (const auto &[name, value] : headers()) {
        s.headers.append({ name, value, true });
    }
    s.body = body();
    return s;
}

void RequestComposer::setSpec(const RequestSpec &spec)
{
    m_loading = true;
    setMethod(spec.method);
    QString url = spec.url;
    QStringList query;
    for (const KeyValue &row : spec.query) {
        if (row.enabled) {
            query.append(row.value.isEmpty() ? row.name : row.name + QLatin1Char('=') + row.value);
        }
    }
    if (!query.isEmpty()) {
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query.join(QLatin1Char('&'));
    }
    setUrl(url);
    HeaderList rows;
    for (const KeyValue &row : spec.headers) {
        if (row.enabled) {
            rows.append({ row.name, row.value });
        }
    }
    setHeaders(rows);
    setBody(spec.body);
    m_loading = false;
}

void RequestComposer::refreshBodyMask()
{
    const QString body = m_body->toPlainText();
    const QString shown = Presentation::instance()->mask(body);
    if (shown == body) {
        m_bodyStack->setCurrentWidget(m_body);
        m_bodyMasked->clear();
        return;
    }
    m_bodyMasked->setPlainText(shown);
    m_bodyStack->setCurrentWidget(m_bodyMasked);
}

void RequestComposer::setSendSummary(const QString &summary)
{
    m_summary->setText(summary);
}

void RequestComposer::setBusy(bool busy)
{
    const bool changed = busy != m_busy;
    m_busy = busy;
    m_send->setText(busy ? tr("Cancel") : tr("Send"));
    if (changed) {
        Q_EMIT busyChanged(busy);
    }
}

void RequestComposer::focusUrl()
{
    m_url->setFocus(Qt::ShortcutFocusReason);
    m_url->selectAll();
}

void RequestComposer::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, 0, new QTableWidgetItem(name));
    m_headers->setItem(row, 1, new QTableWidgetItem(value));
}

} // namespace opc::ui
