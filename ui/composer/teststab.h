#pragma once

#include "model/assertion.h"
#include "runner/assertions.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace opc::ui {

/// The composer's Tests tab: the request's assertions (checked after every
/// response, in single sends and in runs) and captures (values taken from
/// the response for later requests of a run), each in an editable table.
class TestsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TestsTab(QWidget *parent = nullptr);

    void setAssertions(const QList<Assertion> &assertions);
    /// The rows as edited; rows without what their kind needs are left out.
    QList<Assertion> assertions() const;
    void setCaptures(const QList<Capture> &captures);
    QList<Capture> captures() const;

    /// Marks each assertion row passed or failed (the message as tooltip)
    /// and sums them up; results are matched to rows in order.
    void showResults(const QList<AssertionResult> &results);

    QTableWidget *assertionTable() const { return m_assertions; }
    QTableWidget *captureTable() const { return m_captures; }
    QLabel *resultLabel() const { return m_result; }

    void addAssertionRow(const Assertion &assertion = {});
    void addCaptureRow(const Capture &capture = {});

Q_SIGNALS:
    void changed();

private:
    void clearResults();
    /// The hint under the tables: the general one, or what a check's fields take.
    void updateHint();

    QTableWidget *m_assertions = nullptr;
    QTableWidget *m_captures = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_hint = nullptr;
    int m_hintKind = -1; ///< the check whose hint is shown; -1: the general hint
    QList<AssertionResult> m_shownResults; ///< what m_result sums up, while it does
    bool m_filling = false;
};

} // namespace opc::ui
