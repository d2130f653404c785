#include "response/responseviewer.h"

#include "format/jsonformatter.h"
#include "response/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

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

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("responseBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_body->document());

    m_pretty = new QToolButton(this);
    m_pretty->setObjectName(QStringLiteral("prettyToggle"));
    m_pretty->setText(tr("Pretty"));
    m_pretty->setCheckable(true);
    m_pretty->setChecked(true);
    connect(m_pretty, &QToolButton::toggled, this, &ResponseViewer::renderBody);

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
    m_tabs->addTab(m_headers, tr("Headers"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);

    applyTheme();
    clear();
}

void ResponseViewer::clear()
{
    m_status->setText(tr("No response yet"));
    m_status->setStyleSheet({});
    m_meaning->setText(tr("Compose a request and press Send."));
    m_metrics->clear();
    m_rawBody.clear();
    m_contentType.clear();
    m_body->clear();
    m_headers->setRowCount(0);
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

    m_rawBody = body;
    renderBody();
}

QString ResponseViewer::statusText() const
{
    return m_status->text();
}

QString ResponseViewer::bodyText() const
{
    return m_body->toPlainText();
}

void ResponseViewer::renderBody()
{
    auto &repo = syntaxRepository();
    KSyntaxHighlighting::Definition definition;
    const bool json = m_contentType.endsWith(QLatin1String("json"));
    if (json) {
        definition = repo.definitionForName(QStringLiteral("JSON"));
    } else if (!m_contentType.isEmpty()) {
        definition = repo.definitionForMimeType(m_contentType);
    }
    m_highlighter->setDefinition(definition);

    QByteArray shown = m_rawBody;
    if (json && m_pretty->isChecked()) {
        const auto formatted = JsonFormatter::format(m_rawBody);
        shown = formatted.text;
    }
    m_body->setPlainText(QString::fromUtf8(shown));
}

void ResponseViewer::applyTheme()
{
    m_highlighter->setTheme(syntaxRepository().defaultTheme(
        isDarkPalette(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                 : KSyntaxHighlighting::Repository::LightTheme));
}

} // namespace opc::ui
