#pragma once

#include <QComboBox>

namespace opc {
class ConsoleSession;
}

namespace opc::ui {

/// The toolbar's environment switcher: the local simulator, OP's sandbox,
/// production and the user's own environments. Choosing one makes an
/// application of that environment the active one (the simulator's
/// built-in application for the simulator), so the next send really goes
/// there; an environment without an application says so and is not chosen.
/// It follows the active application when that changes elsewhere.
class EnvironmentSwitcher : public QComboBox
{
    Q_OBJECT
public:
    explicit EnvironmentSwitcher(ConsoleSession *session, QWidget *parent = nullptr);

    /// The environment the next send goes to.
    QString currentEnvironmentId() const;
    /// Lists the environments again and shows the active one.
    void refresh();

Q_SIGNALS:
    /// The environment the next send goes to changed (by choice or not).
    void environmentChanged(const QString &environmentId);
    /// A choice that could not be made, as a sentence for the status bar.
    void refused(const QString &message);

protected:
    void showPopup() override;

private:
    void choose(int index);
    QString activeEnvironmentId() const;

    ConsoleSession *m_session;
    QString m_shown;
};

} // namespace opc::ui
