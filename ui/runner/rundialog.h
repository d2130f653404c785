#pragma once

#include "runner/collectionrunner.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace opc::ui {

/// Asks how to run a collection, a folder or a selection before it starts:
/// iterations, a CSV or JSON data file (one iteration per row), the delay
/// between requests, requests at once, stop at the first failure, and what
/// to do when the daily quota runs out. Shows what the run needs against
/// what the application has left today, as the choices change, and says so
/// plainly when it is short. Run stays off while the data file cannot be
/// used.
class RunDialog : public QDialog
{
    Q_OBJECT
public:
    using BudgetFunction = std::function<QuotaBudget(const RunOptions &)>;

    /// @p what names the run ("OP sandbox / Payments: 4 requests"),
    /// @p application the sender; @p budget is asked again on every change.
    RunDialog(const QString &what, const QString &application, BudgetFunction budget,
        QWidget *parent = nullptr);

    /// The choices, on top of @p base (token, variables, sender).
    RunOptions options(const RunOptions &base = {}) const;
    void setOptions(const RunOptions &options);

    QSpinBox *iterationsBox() const { return m_iterations; }
    QLineEdit *dataFileEdit() const { return m_dataFile; }
    QSpinBox *delayBox() const { return m_delay; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QCheckBox *bailBox() const { return m_bail; }
    QComboBox *onQuotaBox() const { return m_onQuota; }
    QLabel *dataLabel() const { return m_dataInfo; }
    QLabel *budgetLabel() const { return m_budget; }
    QPushButton *runButton() const { return m_run; }

private:
    void loadData();
    void update();

    QString m_application;
    BudgetFunction m_budgetFunction;
    QSpinBox *m_iterations = nullptr;
    QLineEdit *m_dataFile = nullptr;
    QLabel *m_dataInfo = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_bail = nullptr;
    QComboBox *m_onQuota = nullptr;
    QLabel *m_budget = nullptr;
    QPushButton *m_run = nullptr;
    QList<QMap<QString, QString>> m_rows;
    bool m_dataOk = true;
};

} // namespace opc::ui
