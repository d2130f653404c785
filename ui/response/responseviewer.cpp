#include "response/responseviewer.h"

#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "bodyview/bodyview.h"
#include "model/exchange.h"
#include "response/errorspanel.h"
#include "response/syntaxrepository.h"


#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace opc::ui {

namespace {
QString statusColor(int status, bool dark)
{
    if (status >= 200 && status < 300) {
        return dark ? QStringLiteral("#7bd88f") : QStringLiteral("#1a7f37");
    }
    if (status >= 300 && status < 400) {
        return dark ? QStringLiteral("#79c0ff") : QStringLiteral("#0550ae");
    }
    if (status >= 400 && status < 500) {
        return dark ? QStringLiteral("#f0b72f") : QStringLiteral("#9a6700");
    }
    return dark ? QStringLiteral("#ff7b72") : QStringLiteral("#cf222e");
}
} // namespace

ResponseViewer::ResponseViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("responseViewer"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_status->setFont(big);
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(QStringLiteral("meaningLabel"));
    m_meaning->setWordWrap(true);
    m_meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics = new QLabel(this);
    m_metrics->setObjectName(QStringLiteral("metricsLabel"));

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_meaning, 1);
    statusRow->addWidget(m_metrics);

    // Highlighting, pretty-printing and find run lazily or in workers, so a
    // 100 MB body does not stall the window.
    m_body = new BodyView(this);

    m_pretty = new QToolButton(this);
    m_pretty->setObjectName(QStringLiteral("prettyToggle"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setCheckable(true);
    m_pretty->setChecked(true);
    connect(m_pretty, &QToolButton::toggled, m_body, &BodyView::setPretty);

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_pretty, 0, Qt::AlignLeft);
    bodyLayout->addWidget(m_body, 1);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSortingEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyPage, tr("Body"));
    m_errors = new ErrorsPanel(this);
    m_tabs->addTab(m_errors, tr("Errors"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("timingDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_details, tr("Timing && TLS"));
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("rawExchange"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_raw, tr("Raw"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);

    clear();
}

void ResponseViewer::clear()
{
    m_status->setText(tr("No response yet"));
    m_status->setStyleSheet({});
    m_meaning->setText(tr("Compose a request and press Send."));
    m_metrics->clear();
    m_rawBody.clear();
    m_bodyFile.clear();
    m_contentType.clear();
    m_body->clear();
    m_headers->setRowCount(0);
    if (m_errors) {
        m_errors->clear();
        m_details->clear();
        m_raw->clear();
        m_tabs->setTabText(1, tr("Errors"));
    }
}

void ResponseViewer::showFailure(const QString &sentence)
{
    clear();
    m_status->setText(tr("No response"));
    m_status->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColor(599, isDarkPalette(palette()))));
    m_meaning->setText(sentence);
}

void ResponseViewer::showResponse(int status, const QString &meaning, const HeaderList &headers,
                                  const QByteArray &body, qint64 elapsedMs)
{
    m_status->setText(QString::number(status));
    m_status->setStyleSheet(
        QStringLiteral("color: %1").arg(statusColor(status, isDarkPalette(palette()))));
    m_meaning->setText(meaning);
    m_metrics->setText(tr("%1 ms · %2").arg(elapsedMs).arg(QLocale().formattedDataSize(body.size())));

    fillHeaders(headers);
    m_rawBody = body;
    renderBody();
}

void ResponseViewer::fillHeaders(const HeaderList &headers)
{
    m_headers->setSortingEnabled(false);
    m_headers->setRowCount(0);
    m_contentType.clear();
    for (const auto &[name, value] : headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(name)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(value)));
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            m_contentType = QString::fromLatin1(value.split(';').first().trimmed());
        }
    }
    m_headers->setSortingEnabled(true);
}

void ResponseViewer::showExchange(const Exchange &exchange)
{
    clear();
    if (!exchange.hasResponse()) {
        showFailure(exchange.error.isEmpty() ? tr("No response.") : exchange.error);
    } else {
        const StatusInfo info = StatusSemantics::describe(exchange.status);
        const ErrorPayload payload = ErrorPayload::parse(exchange.body);
        m_status->setText(QStringLiteral("%1 %2").arg(exchange.status).arg(info.message));
        m_status->setStyleSheet(QStringLiteral("color: %1")
                                    .arg(statusColor(exchange.status, isDarkPalette(palette()))));
        QString meaning = info.description;
        const QString advice = StatusSemantics::advice(exchange.status, payload);
        if (!advice.isEmpty()) {
            meaning += QLatin1Char('\n') + advice;
        }
        if (!exchange.error.isEmpty()) {
            meaning = exchange.error + QLatin1Char('\n') + meaning;
        }
        m_meaning->setText(meaning);
        QString size = QLocale().formattedDataSize(exchange.bodySize);
        if (exchange.truncated) {
            size = tr("%1, truncated").arg(size);
        }
        m_metrics->setText(tr("%1 ms · %2 · %3")
                               .arg(exchange.timings.finished)
                               .arg(size, exchange.tls.http2 ? QStringLiteral("HTTP/2")
                                                             : QStringLiteral("HTTP/1.1")));
        fillHeaders(exchange.responseHeaders);
        m_rawBody = exchange.body;
        m_bodyFile = exchange.bodyFile;
        renderBody();
        m_errors->showPayload(exchange.status, payload);
        m_tabs->setTabText(1, payload.isEmpty() ? tr("Errors")
                                                : tr("Errors (%1)").arg(payload.entries().size()));
        if (!payload.isEmpty() && exchange.status >= 400) {
            m_tabs->setCurrentIndex(1);
        }
    }

    const auto ms = [](qint64 v) { return v < 0 ? QStringLiteral("–") : QStringLiteral("%1 ms").arg(v); };
    QString details;
    details += tr("Connect started   %1\n").arg(ms(exchange.timings.connectStarted));
    details += tr("TLS established   %1\n").arg(ms(exchange.timings.encrypted));
    details += tr("Request sent      %1\n").arg(ms(exchange.timings.requestSent));
    details += tr("First byte        %1\n").arg(ms(exchange.timings.firstByte));
    details += tr("Finished          %1\n\n").arg(ms(exchange.timings.finished));
    if (exchange.tls.used) {
        details += tr("Protocol          %1\n").arg(exchange.tls.protocol);
        details += tr("Cipher            %1\n").arg(exchange.tls.cipher);
        details += tr("Server chain      %1\n").arg(exchange.tls.peerChain.join(QStringLiteral(" ← ")));
        details += tr("Client certificate %1\n")
                       .arg(exchange.tls.clientCertificate.isEmpty() ? tr("none presented")
                                                                     : exchange.tls.clientCertificate);
    }
    if (!exchange.redirectChain.isEmpty()) {
        details += tr("\nRedirects\n  %1\n").arg(exchange.redirectChain.join(QStringLiteral("\n  ")));
    }
    m_details->setPlainText(details);

    QString raw = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(exchange.method), exchange.url);
    for (const auto &[name, value] : exchange.requestHeaders) {
        raw += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(name), QString::fromLatin1(value));
    }
    raw += tr("(request body: %1 bytes)\n\n").arg(exchange.requestBodySize);
    if (exchange.hasResponse()) {
        raw += QStringLiteral("HTTP %1 %2\n").arg(exchange.status).arg(QString::fromLatin1(exchange.reason));
        for (const auto &[name, value] : exchange.responseHeaders) {
            raw += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(name), QString::fromLatin1(value));
        }
    }
    m_raw->setPlainText(raw);
}

QString ResponseViewer::meaningText() const
{
    return m_meaning->text();
}

QString ResponseViewer::statusText() const
{
    return m_status->text();
}

QString ResponseViewer::bodyText() const
{
    return QString::fromUtf8(m_body->text());
}

void ResponseViewer::renderBody()
{
    // Structured-syntax suffixes (RFC 6839): application/hal+json is JSON.
    QString mimeType = m_contentType;
    if (mimeType.endsWith(QLatin1String("+json")) || mimeType.endsWith(QLatin1String("/json"))) {
        mimeType = QStringLiteral("application/json");
    } else if (mimeType.endsWith(QLatin1String("+xml"))) {
        mimeType = QStringLiteral("application/xml");
    }
    m_body->setPretty(m_pretty->isChecked());
    if (!m_bodyFile.isEmpty() && m_body->setBodyFile(m_bodyFile, mimeType)) {
        return;
    }
    m_body->setBody(m_rawBody, mimeType);
}

} // namespace opc::ui
