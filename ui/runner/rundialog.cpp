#include "runner/rundialog.h"

#include "runner/rundata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

RunDialog::RunDialog(
    const QString &what, const QString &application, BudgetFunction budget, QWidget *parent)
    : QDialog(parent)
    , m_application(application)
    , m_budgetFunction(std::move(budget))
{
    setWindowTitle(tr("Run collection"));
    setObjectName(u"runDialog"_s);
    setMinimumWidth(520);

    auto *title = new QLabel(what, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_iterations = new QSpinBox(this);
    m_iterations->setObjectName(u"runIterations"_s);
    m_iterations->setRange(1, 100000);
    m_iterations->setToolTip(
        tr("Run the whole list this many times; with a data file, at least once per row."));

    m_dataFile = new QLineEdit(this);
    m_dataFile->setObjectName(u"runDataFile"_s);
    m_dataFile->setPlaceholderText(tr("none (CSV or JSON, one iteration per row)"));
    m_dataFile->setClearButtonEnabled(true);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataFile, 1);
    dataRow->addWidget(browse);
    m_dataInfo = new QLabel(this);
    m_dataInfo->setObjectName(u"runDataInfo"_s);
    m_dataInfo->setWordWrap(true);

    m_delay = new QSpinBox(this);
    m_delay->setObjectName(u"runDelay"_s);
    m_delay->setRange(0, 600000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));

    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(u"runConcurrency"_s);
    m_concurrency->setRange(1, 64);
    m_concurrency->setToolTip(
        tr("Requests in flight at once. A request that uses a variable captured before it "
           "waits for the requests before it."));

    m_bail = new QCheckBox(tr("Stop at the first failed request"), this);
    m_bail->setObjectName(u"runBail"_s);

    m_onQuota = new QComboBox(this);
    m_onQuota->setObjectName(u"runOnQuota"_s);
    m_onQuota->addItem(tr("Pause until it resets, then go on"), int(RunOptions::OnQuota::Pause));
    m_onQuota->addItem(tr("Stop the run"), int(RunOptions::OnQuota::Stop));

    m_budget = new QLabel(this);
    m_budget->setObjectName(u"runBudget"_s);
    m_budget->setWordWrap(true);
    m_budget->setTextFormat(Qt::PlainText);
    m_budget->setMargin(6);
    m_budget->setAutoFillBackground(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Iterations:"), m_iterations);
    auto *dataLabel = new QLabel(tr("&Data file:"), this);
    dataLabel->setBuddy(m_dataFile);
    form->addRow(dataLabel, dataRow);
    form->addRow(QString(), m_dataInfo);
    form->addRow(tr("D&elay between requests:"), m_delay);
    form->addRow(tr("Requests at &once:"), m_concurrency);
    form->addRow(QString(), m_bail);
    form->addRow(tr("When the &quota runs out:"), m_onQuota);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"runStart"_s);
    m_run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_budget);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Data file for the run"),
            m_dataFile->text(), tr("Data files (*.csv *.json);;All files (*)"));
        if (!path.isEmpty()) {
            m_dataFile->setText(path);
            loadData();
        }
    });
    connect(m_dataFile, &QLineEdit::editingFinished, this, &RunDialog::loadData);
    connect(m_dataFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            loadData();
        }
    });
    connect(m_iterations, &QSpinBox::valueChanged, this, &RunDialog::update);
    connect(m_onQuota, &QComboBox::currentIndexChanged, this, &RunDialog::update);
    loadData();
}

RunOptions RunDialog::options(const RunOptions &base) const
{
    RunOptions options = base;
    options.iterations = m_iterations->value();
    options.data = m_rows;
    options.delayMs = m_delay->value();
    options.concurrency = m_concurrency->value();
    options.bail = m_bail->isChecked();
    options.onQuota = RunOptions::OnQuota(m_onQuota->currentData().toInt());
    return options;
}

void RunDialog::setOptions(const RunOptions &options)
{
    m_iterations->setValue(options.iterations);
    m_delay->setValue(options.delayMs);
    m_concurrency->setValue(options.concurrency);
    m_bail->setChecked(options.bail);
    m_onQuota->setCurrentIndex(m_onQuota->findData(int(options.onQuota)));
    update();
}

void RunDialog::loadData()
{
    const QString path = m_dataFile->text().trimmed();
    m_rows.clear();
    m_dataOk = true;
    if (path.isEmpty()) {
        m_dataInfo->hide();
    } else {
        const auto rows = RunData::load(path);
        m_dataOk = rows.ok();
        if (rows) {
            m_rows = *rows;
            m_dataInfo->setText(
                tr("%n row(s): one iteration per row.", nullptr, int(m_rows.size())));
        } else {
            m_dataInfo->setText(tr("Cannot use it: %1").arg(rows.errorMessage()));
        }
        QPalette p = m_dataInfo->palette();
        p.setColor(QPalette::WindowText,
            m_dataOk ? palette().color(QPalette::WindowText) : QColor(0xb0, 0x1c, 0x1c));
        m_dataInfo->setPalette(p);
        m_dataInfo->show();
    }
    update();
}

void RunDialog::update()
{
    m_run->setEnabled(m_dataOk);
    const QuotaBudget budget = m_budgetFunction ? m_budgetFunction(options()) : QuotaBudget();
    QString text;
    bool warn = false;
    if (budget.needed == 0) {
        text = tr("None of these requests counts against the daily quota.");
    } else if (!budget.known()) {
        text = tr("The run makes %n request(s) to quota'd APIs. What %1 has left today is known "
                  "after its first "
                  "response.",
            nullptr, budget.needed)
                   .arg(m_application);
    } else {
        text = tr("The run makes %n request(s) to quota'd APIs; %1 has %2 of %3 left today.",
            nullptr, budget.needed)
                   .arg(m_application)
                   .arg(budget.remaining)
                   .arg(budget.limit);
        if (!budget.enough()) {
            warn = true;
            const QString reset
                = QLocale().toString(budget.resetAt.toLocalTime(), QLocale::ShortFormat);
            text += u' '
                + (m_onQuota->currentData().toInt() == int(RunOptions::OnQuota::Pause)
                        ? tr("That is not enough: the run pauses when the quota runs out and goes "
                             "on after it "
                             "resets at %1.")
                              .arg(reset)
                        : tr("That is not enough: the run stops when the quota runs out (it resets "
                             "at %1).")
                              .arg(reset));
        }
    }
    m_budget->setText(text);
    QPalette p = m_budget->palette();
    p.setColor(
        QPalette::Window, warn ? QColor(0xff, 0xf3, 0xc4) : palette().color(QPalette::Window));
    p.setColor(QPalette::WindowText,
        warn ? QColor(0x3a, 0x2c, 0x00) : palette().color(QPalette::WindowText));
    m_budget->setPalette(p);
    m_budget->setProperty("short", warn);
}

} // namespace opc::ui
