#include "composer/teststab.h"

#include "response/syntaxrepository.h"
#include "widgets/retranslate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

enum AssertionColumn { AEnabled, AKind, ATarget, AExpected, AColumns };
enum CaptureColumn { CEnabled, CVariable, CSource, CExpression, CColumns };

struct KindText
{
    Assertion::Kind kind;
    const char *label;
    const char *hint;
};

const KindText kKinds[] = {
    { Assertion::Kind::StatusEquals, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Status is"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Expected: a status code such as 201.") },
    { Assertion::Kind::StatusInRange, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Status in range"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Expected: a range such as 200-299.") },
    { Assertion::Kind::HeaderExists, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Header exists"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a header name such as x-request-id.") },
    { Assertion::Kind::HeaderEquals, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Header equals"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a header name; expected: its exact value.") },
    { Assertion::Kind::HeaderMatches, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Header matches"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a header name; expected: a regular expression.") },
    { Assertion::Kind::JsonExists, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "JSON value exists"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a JSON Pointer such as /paymentId.") },
    { Assertion::Kind::JsonEquals, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "JSON value equals"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a JSON Pointer; expected: JSON such as 5 or \"EUR\".") },
    { Assertion::Kind::JsonMatches, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "JSON value matches"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Target: a JSON Pointer; expected: a regular expression.") },
    { Assertion::Kind::JsonType, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "JSON value is a"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab",
                        "Target: a JSON Pointer; expected: string, number, boolean, object, array or null.") },
    { Assertion::Kind::ResponseTimeBelow, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Response time below"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Expected: milliseconds.") },
    { Assertion::Kind::NoErrors, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "No FATAL or ERROR"),
      QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Expected: warn-allowed, or no-warn to fail on a WARN too.") },
};

const struct
{
    Capture::Source source;
    const char *label;
} kSources[] = {
    { Capture::Source::JsonPointer, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "JSON Pointer") },
    { Capture::Source::Header, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Header") },
    { Capture::Source::BodyRegex, QT_TRANSLATE_NOOP("opc::ui::TestsTab", "Body regex") },
};

QTableWidget *makeTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

QTableWidgetItem *checkItem(bool checked)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

TestsTab::TestsTab(QWidget *parent) : QWidget(parent)
{
    m_assertions = makeTable(AColumns, this);
    m_assertions->setObjectName(u"assertionTable"_s);
    retranslate(this, [this] {
        m_assertions->setHorizontalHeaderLabels({ tr("On"), tr("Check"), tr("Target"), tr("Expected") });
        // Each row's check and source, in the order of kKinds and kSources.
        for (int row = 0; row < m_assertions->rowCount(); ++row) {
            if (auto *kind = qobject_cast<QComboBox *>(m_assertions->cellWidget(row, AKind))) {
                for (int i = 0; i < kind->count() && i < int(std::size(kKinds)); ++i) {
                    kind->setItemText(i, tr(kKinds[i].label));
                    kind->setItemData(i, tr(kKinds[i].hint), Qt::ToolTipRole);
                }
            }
        }
    });
    m_assertions->setColumnWidth(AEnabled, 36);
    m_assertions->setColumnWidth(AKind, 170);
    m_assertions->setColumnWidth(ATarget, 160);
    m_captures = makeTable(CColumns, this);
    m_captures->setObjectName(u"captureTable"_s);
    retranslate(this, [this] {
        m_captures->setHorizontalHeaderLabels({ tr("On"), tr("Variable"), tr("From"), tr("Expression") });
        for (int row = 0; row < m_captures->rowCount(); ++row) {
            if (auto *source = qobject_cast<QComboBox *>(m_captures->cellWidget(row, CSource))) {
                for (int i = 0; i < source->count() && i < int(std::size(kSources)); ++i) {
                    source->setItemText(i, tr(kSources[i].label));
                }
            }
        }
    });
    m_captures->setColumnWidth(CEnabled, 36);
    m_captures->setColumnWidth(CVariable, 140);
    m_captures->setColumnWidth(CSource, 120);
    m_result = new QLabel(this);
    m_result->setObjectName(u"testsResult"_s);
    retranslate(this, [this] {
        // The sum of the results shown, if any: the failures' messages stay
        // as the check made them.
        if (!m_result->text().isEmpty()) {
            const QList<AssertionResult> shown = m_shownResults;
            showResults(shown);
        }
    });
    m_hint = new QLabel(this);
    retranslate(this, [this] { updateHint(); });
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);

    const auto buttons = [this](QTableWidget *table, auto add) {
        auto *row = new QHBoxLayout;
        auto *plus = new QPushButton(this);
        auto *minus = new QPushButton(this);
        retranslate(this, [plus, minus] {
            plus->setText(tr("Add"));
            minus->setText(tr("Remove"));
        });
        connect(plus, &QPushButton::clicked, this, add);
        connect(minus, &QPushButton::clicked, this, [this, table] {
            if (table->currentRow() >= 0) {
                table->removeRow(table->currentRow());
                clearResults();
                Q_EMIT changed();
            }
        });
        row->addWidget(plus);
        row->addWidget(minus);
        row->addStretch();
        return row;
    };
    auto *layout = new QVBoxLayout(this);
    auto *assertionsLabel = new QLabel(this);
    layout->addWidget(assertionsLabel);
    layout->addWidget(m_assertions, 2);
    layout->addLayout(buttons(m_assertions, [this] {
        addAssertionRow();
        Q_EMIT changed();
    }));
    layout->addWidget(m_result);
    auto *capturesLabel = new QLabel(this);
    retranslate(this, [assertionsLabel, capturesLabel] {
        assertionsLabel->setText(tr("Assertions"));
        capturesLabel->setText(tr("Captures"));
    });
    layout->addWidget(capturesLabel);
    layout->addWidget(m_captures, 1);
    layout->addLayout(buttons(m_captures, [this] {
        addCaptureRow();
        Q_EMIT changed();
    }));
    layout->addWidget(m_hint);

    for (QTableWidget *table : { m_assertions, m_captures }) {
        connect(table, &QTableWidget::itemChanged, this, [this] {
            if (!m_filling) {
                clearResults();
                Q_EMIT changed();
            }
        });
    }
    connect(m_assertions, &QTableWidget::currentCellChanged, this, [this](int row) {
        const auto *kind = qobject_cast<QComboBox *>(m_assertions->cellWidget(row, AKind));
        if (kind && kind->currentIndex() >= 0) {
            m_hintKind = kind->currentIndex();
            updateHint();
        }
    });
}

void TestsTab::updateHint()
{
    if (m_hintKind >= 0 && m_hintKind < int(std::size(kKinds))) {
        m_hint->setText(tr(kKinds[m_hintKind].hint));
    } else {
        m_hint->setText(
            tr("Checked after every response; captures feed {{variables}} of the next requests of a run."));
    }
}

void TestsTab::addAssertionRow(const Assertion &assertion)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_assertions->rowCount();
    m_assertions->insertRow(row);
    m_assertions->setItem(row, AEnabled, checkItem(assertion.enabled));
    auto *kind = new QComboBox(m_assertions);
    for (const KindText &k : kKinds) {
        kind->addItem(tr(k.label), int(k.kind));
        kind->setItemData(kind->count() - 1, tr(k.hint), Qt::ToolTipRole);
    }
    kind->setCurrentIndex(kind->findData(int(assertion.kind)));
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind](int index) {
        if (index >= 0) {
            m_hintKind = index;
            updateHint();
        }
        if (!m_filling) {
            clearResults();
            Q_EMIT changed();
        }
        Q_UNUSED(kind);
    });
    m_assertions->setCellWidget(row, AKind, kind);
    m_assertions->setItem(row, ATarget, new QTableWidgetItem(assertion.target));
    m_assertions->setItem(row, AExpected, new QTableWidgetItem(assertion.expected));
    m_filling = filling;
}

void TestsTab::addCaptureRow(const Capture &capture)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_captures->rowCount();
    m_captures->insertRow(row);
    m_captures->setItem(row, CEnabled, checkItem(capture.enabled));
    m_captures->setItem(row, CVariable, new QTableWidgetItem(capture.variable));
    auto *source = new QComboBox(m_captures);
    for (const auto &s : kSources) {
        source->addItem(tr(s.label), int(s.source));
    }
    source->setCurrentIndex(source->findData(int(capture.source)));
    connect(source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT changed();
        }
    });
    m_captures->setCellWidget(row, CSource, source);
    m_captures->setItem(row, CExpression, new QTableWidgetItem(capture.expression));
    m_filling = filling;
}

void TestsTab::setAssertions(const QList<Assertion> &assertions)
{
    m_filling = true;
    m_assertions->setRowCount(0);
    for (const Assertion &a : assertions) {
        addAssertionRow(a);
    }
    m_filling = false;
    clearResults();
}

QList<Assertion> TestsTab::assertions() const
{
    QList<Assertion> out;
    for (int row = 0; row < m_assertions->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_assertions->cellWidget(row, AKind));
        if (!kind) {
            continue;
        }
        QJsonObject o { { u"kind"_s, Assertion::kindName(Assertion::Kind(kind->currentData().toInt())) },
                        { u"target"_s, cellText(m_assertions, row, ATarget) },
                        { u"expected"_s, cellText(m_assertions, row, AExpected) } };
        if (auto a = Assertion::fromJson(o)) {
            a->enabled = m_assertions->item(row, AEnabled)->checkState() == Qt::Checked;
            out.append(*a);
        }
    }
    return out;
}

void TestsTab::setCaptures(const QList<Capture> &captures)
{
    m_filling = true;
    m_captures->setRowCount(0);
    for (const Capture &c : captures) {
        addCaptureRow(c);
    }
    m_filling = false;
}

QList<Capture> TestsTab::captures() const
{
    QList<Capture> out;
    for (int row = 0; row < m_captures->rowCount(); ++row) {
        const auto *source = qobject_cast<QComboBox *>(m_captures->cellWidget(row, CSource));
        if (!source) {
            continue;
        }
        QJsonObject o { { u"variable"_s, cellText(m_captures, row, CVariable) },
                        { u"source"_s, Capture::sourceName(Capture::Source(source->currentData().toInt())) },
                        { u"expression"_s, cellText(m_captures, row, CExpression) } };
        if (auto c = Capture::fromJson(o)) {
            c->enabled = m_captures->item(row, CEnabled)->checkState() == Qt::Checked;
            out.append(*c);
        }
    }
    return out;
}

void TestsTab::clearResults()
{
    const bool filling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_assertions->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_assertions->item(row, AEnabled)) {
            item->setText({});
            item->setToolTip({});
            item->setBackground({});
        }
    }
    m_filling = filling;
    m_result->clear();
}

void TestsTab::showResults(const QList<AssertionResult> &results)
{
    clearResults();
    m_filling = true;
    int passed = 0;
    int resultIndex = 0;
    const bool dark = isDarkPalette(palette());
    for (int row = 0; row < m_assertions->rowCount() && resultIndex < results.size(); ++row) {
        QTableWidgetItem *item = m_assertions->item(row, AEnabled);
        if (!item || item->checkState() != Qt::Checked) {
            continue; // disabled rows were not evaluated
        }
        const AssertionResult &r = results.at(resultIndex++);
        passed += r.passed ? 1 : 0;
        item->setText(r.passed ? tr("ok") : tr("fail"));
        item->setToolTip(r.passed ? r.assertion.describe() : r.message);
        item->setBackground(r.passed ? (dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xc8, 0xe6, 0xc9))
                                     : (dark ? QColor(0x8e, 0x24, 0x24) : QColor(0xff, 0xcd, 0xd2)));
    }
    m_filling = false;
    m_shownResults = results;
    QStringList failures;
    for (const AssertionResult &r : results) {
        if (!r.passed) {
            failures.append(r.message);
        }
    }
    m_result->setText(failures.isEmpty() ? tr("%1 of %2 assertions passed.").arg(passed).arg(results.size())
                                         : tr("%1 of %2 assertions passed. Failed: %3")
                                                   .arg(passed)
                                                   .arg(results.size())
                                                   .arg(failures.join(u"; "_s)));
    m_result->setWordWrap(true);
}

} // namespace opc::ui
