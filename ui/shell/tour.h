#pragma once

#include "collections/collection.h"
#include "model/exchange.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>

namespace opc::ui {

class MainWindow;
class ImportDialog;
class ConsentsDialog;

/// The scripted tour: walks through the console's main screens with real
/// requests to the embedded simulator and saves a PNG of each screen. It is
/// what `tools/dev run` shows on a machine without a display, and it doubles
/// as a demo script.
class Tour : public QObject
{
    Q_OBJECT
public:
    Tour(MainWindow *window, const QString &outputDir, QObject *parent = nullptr);

    /// Runs once the window's session has started.
    void start();
    QStringList savedFiles() const { return m_saved; }

    /// The tour's "Payment flow" collection: initiate a payment, capture its
    /// id, confirm and fetch it, list accounts; every request has
    /// assertions and one of them fails against the simulator on purpose
    /// (the fetched payment is CONFIRMED, not EXECUTED).
    static Collection paymentFlow();

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<bool()> prepare; ///< false: the step cannot run
        bool sends = false;
        std::function<void()> afterResponse = {};
        /// What to photograph when not the main window (a dialog).
        std::function<QWidget *()> subject = {};
        /// For a step that works asynchronously without a response in the
        /// viewer (a consent's flow): the picture is taken once this holds.
        std::function<bool()> until = {};
    };
    void runStep(int index);
    void captureAndContinue(int index);
    void captureWhen(int index, int waitedMs);
    bool capture(const QString &name, QWidget *subject);
    /// Writes paymentFlow() into the collections folder and opens it.
    void writePaymentFlow();
    QString paymentFlowId() const;
    ConsentsDialog *consentsDialog() const;
    void fail(const QString &why);

    MainWindow *m_window;
    QString m_outputDir;
    QList<Step> m_steps;
    QStringList m_saved;
    QPointer<QWidget> m_dialog; ///< the dialog a step opened, closed by the next
    QHash<QString, Exchange> m_exchanges; ///< by step name, for the dark replay
    bool m_ok = true;
    int m_waitingFor = -1;
};

} // namespace opc::ui
