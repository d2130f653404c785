#include "response/responseviewer.h"

#include "shell/appearance.h"
#include "widgets/retranslate.h"
#include "widgets/scrollpage.h"

#include "bodyview/bodyview.h"
#include "errors/errorpayload.h"
#include "errors/statussemantics.h"
#include "errors/supportbundle.h"
#include "model/exchange.h"
#include "net/curlcommand.h"
#include "net/secretmasker.h"
#include "response/errorspanel.h"
#include "response/syntaxrepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollArea>
#include <QStackedWidget>
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

// A hex dump of more than this is not read by anyone; the Raw view has the rest.
constexpr qsizetype kHexBytes = 2 * 1024 * 1024;
// Images larger than this are not decoded on the GUI thread.
constexpr qint64 kImageBytes = 32 * 1024 * 1024;
// Echoed secrets are masked in bodies up to this size (echo bodies are small).
constexpr qsizetype kMaskBodyBytes = 8 * 1024 * 1024;
// A quota notice is raised when less than this share is left.
constexpr double kLowQuotaShare = 0.10;

enum BodyPage { TextPage, HexPage, ImagePage };

/// "00000010  7b 22 69 64 22 3a 31 2c  22 6e 61 6d 65 22 3a 22  |{"id":1,"name":"|"
QByteArray hexDump(const QByteArray &bytes, qsizetype limit)
{
    const qsizetype n = std::min(bytes.size(), limit);
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    out.reserve((n / 16 + 1) * 78);
    for (qsizetype at = 0; at < n; at += 16) {
        out += QByteArray::number(at, 16).rightJustified(8, '0');
        out += "  ";
        for (int i = 0; i < 16; ++i) {
            if (at + i < n) {
                const auto c = static_cast<unsigned char>(bytes.at(at + i));
                out += digits[c >> 4];
                out += digits[c & 0xF];
                out += ' ';
            } else {
                out += "   ";
            }
            if (i == 7)
                out += ' ';
        }
        out += " |";
        for (int i = 0; i < 16 && at + i < n; ++i) {
            const char c = bytes.at(at + i);
            out += (c >= 0x20 && c < 0x7f) ? c : '.';
        }
        out += "|\n";
    }
    return out;
}

/// The Raw tab: every hop as it went on the wire (credentials masked by the
/// engine), then the status line and headers that answered it.
QString rawExchangeText(const Exchange &exchange)
{
    const auto headerLines = [](const Exchange::Headers &headers) {
        QString out;
        for (const auto &[name, value] : headers) {
            out += QStringLiteral("%1: %2\n")
                       .arg(QString::fromLatin1(name), Exchange::headerText(value));
        }
        return out;
    };
    QString raw;
    const QList<ExchangeHop> hops = exchange.allHops();
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const ExchangeHop &hop = hops.at(i);
        if (i > 0) {
            raw += QLatin1Char('\n');
        }
        raw += QStringLiteral("#%1 %2 %3\n")
                   .arg(i + 1)
                   .arg(QString::fromLatin1(hop.method), hop.url);
        raw += headerLines(hop.requestHeaders);
        raw += ResponseViewer::tr("(request body: %1 bytes)\n\n").arg(hop.requestBodySize);
        if (hop.status > 0) {
            raw += QStringLiteral("HTTP %1 %2\n")
                       .arg(hop.status)
                       .arg(QString::fromLatin1(hop.reason));
            raw += headerLines(hop.responseHeaders);
        } else {
            raw += ResponseViewer::tr("(no response)\n");
        }
    }
    return raw;
}

/// The image preview's tooltip.
QString pixelsText(const QSize &size)
{
    return ResponseViewer::tr("%1 × %2 pixels").arg(size.width()).arg(size.height());
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
    retranslate(m_pretty, [this] { m_pretty->setText(tr("Pretty")); });
    m_pretty->setCheckable(true);
    m_pretty->setChecked(true);
    connect(m_pretty, &QToolButton::toggled, m_body, &BodyView::setPretty);
    connect(m_body, &BodyView::prettyReady, this, [this](bool ok) {
        // Only a body that claims to be JSON is worth an error: a text body
        // simply stays as it is.
        const bool json = m_contentType.endsWith(QLatin1String("json"));
        m_bodyNotice->setVisible(!ok && json);
        if (!ok && json) {
            m_bodyNoticeText = [error = m_body->prettyError()] {
                return tr("⚠ The body is labelled JSON but is not valid JSON. %1. Showing it as received.").arg(error);
            };
            m_bodyNotice->setText(m_bodyNoticeText());
        }
    });

    m_hex = new QToolButton(this);
    m_hex->setObjectName(QStringLiteral("hexToggle"));
    retranslate(m_hex, [this] {
        m_hex->setText(tr("Hex"));
        m_hex->setToolTip(tr("Show the body's bytes as a hex dump"));
    });
    m_hex->setCheckable(true);
    connect(m_hex, &QToolButton::toggled, this, &ResponseViewer::setHexView);

    m_copyCurl = new QToolButton(this);
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setPopupMode(QToolButton::MenuButtonPopup);
    connect(m_copyCurl, &QToolButton::clicked, this, [this] { copyCurl(false); });
    auto *curlMenu = new QMenu(m_copyCurl);
    QAction *masked = curlMenu->addAction(QString());
    masked->setObjectName(QStringLiteral("copyCurlAction"));
    connect(masked, &QAction::triggered, this, [this] { copyCurl(false); });
    m_revealCurl = curlMenu->addAction(QString());
    m_revealCurl->setObjectName(QStringLiteral("copyCurlRevealAction"));
    connect(m_revealCurl, &QAction::triggered, this, [this] { copyCurl(true); });
    m_copyCurl->setMenu(curlMenu);
    retranslate(m_copyCurl, [this, masked] {
        m_copyCurl->setText(tr("Copy as curl"));
        m_copyCurl->setToolTip(tr("Copy the request as a curl command; credentials are masked"));
        masked->setText(tr("Copy as curl (credentials masked)"));
        m_revealCurl->setText(tr("Copy as curl with credentials revealed"));
        m_revealCurl->setToolTip(tr("The command will contain your credentials: do not paste it into tickets or chats"));
    });

    m_bundle = new QToolButton(this);
    m_bundle->setObjectName(QStringLiteral("supportBundleButton"));
    retranslate(m_bundle, [this] {
        m_bundle->setText(tr("Support bundle"));
        m_bundle->setToolTip(tr("Copy a redacted summary (time, URL, request and session ids, status, error ids) for OP's API support"));
    });
    connect(m_bundle, &QToolButton::clicked, this, &ResponseViewer::copySupportBundle);

    m_hexView = new BodyView(this);
    m_hexView->setObjectName(QStringLiteral("bodyHexView"));
    m_image = new QLabel(this);
    m_image->setObjectName(QStringLiteral("bodyImageLabel"));
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("bodyImage"));
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_bodyStack = new QStackedWidget(this);
    m_bodyStack->setObjectName(QStringLiteral("bodyStack"));
    m_bodyStack->insertWidget(TextPage, m_body);
    m_bodyStack->insertWidget(HexPage, m_hexView);
    m_bodyStack->insertWidget(ImagePage, m_imageArea);

    m_bodyNotice = new QLabel(this);
    m_bodyNotice->setObjectName(QStringLiteral("bodyNotice"));
    m_bodyNotice->setWordWrap(true);
    m_bodyNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bodyNotice->setAutoFillBackground(true);
    m_bodyNotice->setContentsMargins(6, 2, 6, 2);
    m_bodyNotice->hide();

    auto *bodyTools = new QHBoxLayout;
    bodyTools->setContentsMargins(0, 0, 0, 0);
    bodyTools->addWidget(m_pretty);
    bodyTools->addWidget(m_hex);
    bodyTools->addStretch(1);
    bodyTools->addWidget(m_copyCurl);
    bodyTools->addWidget(m_bundle);

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(bodyTools);
    bodyLayout->addWidget(m_bodyNotice);
    bodyLayout->addWidget(m_bodyStack, 1);

    m_headers = new QTableWidget(0, 2, this);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    retranslate(m_headers, [this] { m_headers->setHorizontalHeaderLabels({ tr("Header"), tr("Value") }); });
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSortingEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(bodyPage, QString());
    m_errors = new ErrorsPanel(this);
    // Its title counts the errors shown: updateErrorsTab().
    m_tabs->addTab(scrollPage(m_errors), QString());
    m_tabs->addTab(m_headers, QString());
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("timingDetails"));
    m_details->setReadOnly(true);
    Appearance::useFixedFont(m_details);
    m_tabs->addTab(m_details, QString());
    m_raw = new QPlainTextEdit(this);
    m_raw->setObjectName(QStringLiteral("rawExchange"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    Appearance::useFixedFont(m_raw);
    m_tabs->addTab(m_raw, QString());
    retranslate(m_tabs, [this] {
        m_tabs->setTabText(0, tr("Body"));
        m_tabs->setTabText(2, tr("Headers"));
        m_tabs->setTabText(3, tr("Timing && TLS"));
        m_tabs->setTabText(4, tr("Raw"));
    });

    // The quota notice is in the window, not a tray pop-up: it is about
    // the response the user is looking at, and it stays until dismissed.
    m_quotaBar = new QWidget(this);
    m_quotaBar->setObjectName(QStringLiteral("quotaNotice"));
    m_quotaBar->setAutoFillBackground(true);
    m_quotaText = new QLabel(m_quotaBar);
    m_quotaText->setObjectName(QStringLiteral("quotaNoticeText"));
    m_quotaText->setWordWrap(true);
    auto *dismiss = new QToolButton(m_quotaBar);
    dismiss->setObjectName(QStringLiteral("quotaNoticeDismiss"));
    retranslate(dismiss, [dismiss] { dismiss->setText(tr("Dismiss")); });
    connect(dismiss, &QToolButton::clicked, m_quotaBar, &QWidget::hide);
    auto *quotaRow = new QHBoxLayout(m_quotaBar);
    quotaRow->setContentsMargins(6, 2, 6, 2);
    quotaRow->addWidget(m_quotaText, 1);
    quotaRow->addWidget(dismiss);
    m_quotaBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_quotaBar);
    layout->addWidget(m_tabs, 1);

    applyStatusColour();
    clear();
    retranslate(this, [this] { retranslateShown(); });
}

ResponseViewer::~ResponseViewer() = default;

void ResponseViewer::clear()
{
    m_shown = Shown::Nothing;
    describeStatus();
    m_statusCode = 0;
    applyStatusColour();
    m_metrics->clear();
    m_rawBody.clear();
    m_bodyFile.clear();
    m_contentType.clear();
    m_statusCode = 0;
    m_body->clear();
    m_hexView->clear();
    m_image->clear();
    m_bodyNotice->hide();
    m_bodyStack->setCurrentIndex(m_hex->isChecked() ? HexPage : TextPage);
    m_exchange.reset();
    m_request.reset();
    m_copyCurl->setEnabled(false);
    m_bundle->setEnabled(false);
    m_headers->setRowCount(0);
    m_payload = {};
    if (m_errors) {
        m_errors->clear();
        m_details->clear();
        m_raw->clear();
        updateErrorsTab();
    }
}

void ResponseViewer::showFailure(const QString &sentence)
{
    clear();
    m_shown = Shown::Failure;
    describeStatus();
    m_statusCode = 599;
    applyStatusColour();
    m_meaning->setText(Presentation::instance()->mask(sentence));
}

void ResponseViewer::showResponse(int status, const QString &meaning, const HeaderList &headers,
                                  const QByteArray &body, qint64 elapsedMs)
{
    m_shown = Shown::Response;
    m_elapsedMs = elapsedMs;
    m_status->setText(QString::number(status));
    m_statusCode = status;
    applyStatusColour();
    m_meaning->setText(meaning);
    m_rawBody = body;
    describeStatus(); // the metrics

    fillHeaders(headers);
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
        m_headers->setItem(row, 1, new QTableWidgetItem(
                                       Presentation::instance()->maskHeaderValue(name, Exchange::headerText(value))));
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            m_contentType = QString::fromLatin1(value.split(';').first().trimmed());
        }
    }
    m_headers->setSortingEnabled(true);
}

void ResponseViewer::showExchange(const Exchange &exchange, const PreparedRequest *request)
{
    clear();
    m_exchange = std::make_unique<Exchange>(exchange);
    if (request)
        m_request = *request;
    m_copyCurl->setEnabled(true);
    m_bundle->setEnabled(true);
    m_revealCurl->setEnabled(m_request.has_value());
    observeQuota(exchange);
    if (!exchange.hasResponse()) {
        showFailure(exchange.error.isEmpty() ? tr("No response.") : exchange.error);
        // showFailure cleared what was kept: the request is still copyable.
        m_exchange = std::make_unique<Exchange>(exchange);
        if (request)
            m_request = *request;
        m_copyCurl->setEnabled(true);
        m_bundle->setEnabled(true);
        m_revealCurl->setEnabled(m_request.has_value());
        m_shown = Shown::Exchange;
    } else {
        m_payload = ErrorPayload::parse(exchange.body);
        m_shown = Shown::Exchange;
        describeStatus();
        m_statusCode = exchange.status;
        applyStatusColour();
        fillHeaders(exchange.responseHeaders);
        m_rawBody = exchange.body;
        m_bodyFile = exchange.bodyFile;
        if (m_bodyFile.isEmpty() && m_rawBody.size() <= kMaskBodyBytes) {
            // An echo endpoint sends the credentials back: the secrets this
            // run knows are masked in the body as everywhere else; in
            // presentation mode whatever looks like a credential too (an
            // access token just issued), by the same policy as the history.
            Redactor redactor = Presentation::instance()->redactor();
            if (m_request) {
                for (const QByteArray &secret : m_request->secrets) {
                    redactor.addKnownSecret(secret);
                }
                for (const auto &[name, value] : m_request->headers) {
                    if (SecretMasker::isCredentialHeader(name) && value.size() >= 8) {
                        redactor.addKnownSecret(value);
                    }
                }
            }
            m_rawBody = Presentation::instance()->isOn() ? redactor.redact(m_rawBody) : redactor.redactKnown(m_rawBody);
        }
        renderBody();
        m_errors->showPayload(exchange.status, m_payload);
        updateErrorsTab();
        if (!m_payload.isEmpty() && exchange.status >= 400) {
            m_tabs->setCurrentIndex(1);
        }
    }

    describeTimings();
}

void ResponseViewer::describeStatus()
{
    switch (m_shown) {
    case Shown::Nothing:
        m_status->setText(tr("No response yet"));
        m_meaning->setText(tr("Compose a request and press Send."));
        return;
    case Shown::Failure:
        // The sentence under it is the caller's, in the language it came in.
        m_status->setText(tr("No response"));
        return;
    case Shown::Response:
        m_metrics->setText(tr("%1 ms · %2").arg(m_elapsedMs).arg(QLocale().formattedDataSize(m_rawBody.size())));
        return;
    case Shown::Exchange:
        break;
    }
    const Exchange &exchange = *m_exchange;
    if (!exchange.hasResponse()) {
        // As showExchange() had showFailure() put it.
        m_status->setText(tr("No response"));
        m_meaning->setText(Presentation::instance()->mask(exchange.error.isEmpty() ? tr("No response.") : exchange.error));
        return;
    }
    const StatusInfo info = StatusSemantics::describe(exchange.status);
    m_status->setText(QStringLiteral("%1 %2").arg(exchange.status).arg(info.message));
    QString meaning = info.description;
    const QString advice = StatusSemantics::advice(exchange.status, m_payload);
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
}

void ResponseViewer::updateErrorsTab()
{
    m_tabs->setTabText(1, m_payload.isEmpty() ? tr("Errors")
                                              : tr("Errors (%1)").arg(m_payload.entries().size()));
}

void ResponseViewer::describeTimings()
{
    const Exchange &exchange = *m_exchange;
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

    m_raw->setPlainText(Presentation::instance()->mask(rawExchangeText(exchange)));
}

void ResponseViewer::retranslateShown()
{
    describeStatus();
    updateErrorsTab();
    if (m_shown == Shown::Exchange)
        describeTimings();
    if (m_bodyNoticeText)
        m_bodyNotice->setText(m_bodyNoticeText());
    if (!m_image->pixmap().isNull())
        m_image->setToolTip(pixelsText(m_image->pixmap().size()));
    // Only a dump cut short ends in a sentence.
    const qint64 bytes = m_bodyFile.isEmpty() ? m_rawBody.size() : QFileInfo(m_bodyFile).size();
    if (isHexView() && bytes > kHexBytes)
        setHexView(true);
    if (m_quotaNoticeText)
        m_quotaText->setText(m_quotaNoticeText());
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
    m_bodyNotice->hide();
    if (m_contentType.startsWith(QLatin1String("image/"))) {
        showImage();
        if (!m_image->pixmap().isNull())
            return;
    }
    if (!m_bodyFile.isEmpty() && m_body->setBodyFile(m_bodyFile, mimeType)) {
        if (m_hex->isChecked())
            setHexView(true);
        return;
    }
    m_body->setBody(m_rawBody, mimeType);
    if (m_hex->isChecked())
        setHexView(true);
}

void ResponseViewer::showImage()
{
    QByteArray bytes = m_rawBody;
    if (!m_bodyFile.isEmpty()) {
        QFile file(m_bodyFile);
        if (file.size() <= kImageBytes && file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    QImage image;
    if (bytes.size() <= kImageBytes)
        image.loadFromData(bytes);
    if (image.isNull()) {
        m_image->clear();
        m_bodyNoticeText = [contentType = m_contentType] {
            return tr("⚠ The body is labelled %1 but could not be decoded as an image.").arg(contentType);
        };
        m_bodyNotice->setText(m_bodyNoticeText());
        m_bodyNotice->show();
        m_bodyStack->setCurrentIndex(m_hex->isChecked() ? HexPage : TextPage);
        return;
    }
    m_image->setPixmap(QPixmap::fromImage(image));
    m_image->setToolTip(pixelsText(image.size()));
    m_body->clear();
    if (!m_hex->isChecked())
        m_bodyStack->setCurrentIndex(ImagePage);
    else
        setHexView(true);
}

void ResponseViewer::setHexView(bool hex)
{
    if (m_hex->isChecked() != hex) {
        m_hex->setChecked(hex); // comes back here through toggled()
        return;
    }
    if (!hex) {
        m_hexView->clear();
        m_bodyStack->setCurrentIndex(m_image->pixmap().isNull() ? TextPage : ImagePage);
        return;
    }
    QByteArray bytes = m_rawBody;
    qint64 total = bytes.size();
    if (!m_bodyFile.isEmpty()) {
        QFile file(m_bodyFile);
        if (file.open(QIODevice::ReadOnly)) {
            total = file.size();
            bytes = file.read(kHexBytes);
        }
    }
    QByteArray dump = hexDump(bytes, kHexBytes);
    if (total > kHexBytes) {
        dump += tr("… %1 more bytes not shown in hex; switch Hex off to see the whole body.\n")
                    .arg(total - kHexBytes)
                    .toUtf8();
    }
    m_hexView->setPretty(false);
    m_hexView->setBody(dump, QStringLiteral("text/plain"));
    m_bodyStack->setCurrentIndex(HexPage);
}

bool ResponseViewer::isHexView() const
{
    return m_bodyStack->currentIndex() == HexPage;
}

QString ResponseViewer::hexText() const
{
    return QString::fromUtf8(m_hexView->text());
}

QSize ResponseViewer::imageSize() const
{
    return m_image->pixmap().isNull() ? QSize() : m_image->pixmap().size();
}

bool ResponseViewer::isShowingImage() const
{
    return m_bodyStack->currentIndex() == ImagePage;
}

QString ResponseViewer::bodyNotice() const
{
    return m_bodyNotice->isHidden() ? QString() : m_bodyNotice->text();
}

QString ResponseViewer::curlCommand(bool reveal) const
{
    if (m_request)
        return CurlCommand::fromRequest(*m_request, { reveal, true });
    if (m_exchange)
        return CurlCommand::fromExchange(*m_exchange);
    return {};
}

QString ResponseViewer::supportBundle() const
{
    if (!m_exchange)
        return {};
    return SupportBundle::build(*m_exchange, m_request ? m_request->secrets : QList<QByteArray>{});
}

void ResponseViewer::copyCurl(bool reveal)
{
    const QString command = curlCommand(reveal);
    if (!command.isEmpty())
        QGuiApplication::clipboard()->setText(command);
}

void ResponseViewer::copySupportBundle()
{
    const QString bundle = supportBundle();
    if (!bundle.isEmpty())
        QGuiApplication::clipboard()->setText(bundle);
}

void ResponseViewer::setApplicationName(const QString &name)
{
    m_appName = name;
}

void ResponseViewer::observeQuota(const Exchange &exchange)
{
    // A notice belongs to the response that raised it: the next one shown
    // (perhaps another application's) starts without it.
    m_quotaBar->hide();
    // Kept by the name as given, not as worded: a language change does not
    // make an unnamed application cross the line again.
    const QString app = m_appName;
    const auto appText = [app] { return app.isEmpty() ? tr("this application") : app; };
    if (exchange.status == 429) {
        const QByteArray retry = exchange.responseHeader("retry-after").trimmed();
        bool ok = false;
        const qint64 seconds = retry.toLongLong(&ok);
        const bool wait = ok && seconds >= 0 && seconds <= 2 * 24 * 3600;
        const QDateTime resetAt = exchange.quota.valid ? exchange.quota.resetAt : QDateTime();
        m_quotaNoticeText = [appText, wait, seconds, resetAt] {
            QString text = tr("⛔ 429 Too Many Requests: %1 has used up its rate limit.").arg(appText());
            if (wait)
                text += u' ' + tr("The server asks to wait %n second(s).", nullptr, static_cast<int>(seconds));
            else if (resetAt.isValid())
                text += u' ' + tr("The quota resets at %1.").arg(QLocale().toString(resetAt.toLocalTime(), QLocale::ShortFormat));
            return text;
        };
        m_wasLow.insert(app, true);
        showQuotaNotice(m_quotaNoticeText());
        return;
    }
    const QuotaSnapshot &q = exchange.quota;
    if (!q.valid || q.limit <= 0 || q.remaining < 0)
        return;
    const bool low = double(q.remaining) < kLowQuotaShare * double(q.limit);
    // Once per crossing: a notice on every later request would be noise.
    if (low && !m_wasLow.value(app, false)) {
        m_quotaNoticeText = [appText, remaining = q.remaining, limit = q.limit] {
            return tr("⚠ %1 has %Ln request(s) left of %2 today (under 10 %).", nullptr, int(remaining))
                .arg(appText(), QLocale().toString(limit));
        };
        showQuotaNotice(m_quotaNoticeText());
    }
    m_wasLow.insert(app, low);
}

void ResponseViewer::showQuotaNotice(const QString &text)
{
    m_quotaText->setText(text);
    m_quotaBar->show();
    Q_EMIT quotaNoticeRaised(text);
}

QString ResponseViewer::quotaNotice() const
{
    return m_quotaText->text();
}

bool ResponseViewer::isQuotaNoticeVisible() const
{
    return !m_quotaBar->isHidden();
}

void ResponseViewer::applyStatusColour()
{
    const bool dark = isDarkPalette(palette());
    // Fresh palettes set only the roles named, so the rest keeps following
    // the window's palette.
    if (m_statusCode > 0) {
        QPalette pal;
        pal.setColor(QPalette::WindowText, QColor(statusColor(m_statusCode, dark)));
        m_status->setPalette(pal);
    } else {
        m_status->setPalette(QPalette());
    }
    // Amber notices in both palettes, dark text on light amber or the reverse.
    for (QWidget *bar : { static_cast<QWidget *>(m_quotaBar), static_cast<QWidget *>(m_bodyNotice) }) {
        if (!bar)
            continue;
        QPalette pal;
        pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xf3, 0xc4));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0x8a) : QColor(0x5c, 0x45, 0x00));
        bar->setPalette(pal);
    }
}

QColor ResponseViewer::statusColour() const
{
    return m_status->palette().color(QPalette::WindowText);
}

bool ResponseViewer::showFind()
{
    m_tabs->setCurrentIndex(0);
    auto *shown = qobject_cast<BodyView *>(m_bodyStack->currentWidget());
    if (!shown) {
        return false;
    }
    shown->showFindBar();
    return true;
}

void ResponseViewer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStatusColour();
    }
}

} // namespace opc::ui
