#include "shell/environmentswitcher.h"

#include "apps/applicationstore.h"
#include "environments/environmentstore.h"
#include "model/application.h"
#include "session/consolesession.h"
#include "widgets/retranslate.h"

#include <QSignalBlocker>

#include <algorithm>

namespace opc::ui {

EnvironmentSwitcher::EnvironmentSwitcher(ConsoleSession *session, QWidget *parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("environmentSwitcher"));
    retranslate(this, [this] { setToolTip(tr("The environment the next request goes to")); });
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::activated, this, &EnvironmentSwitcher::choose);
    connect(m_session, &ConsoleSession::activeApplicationChanged, this, &EnvironmentSwitcher::refresh);
    // The items are the environments' names: the built-in ones are renamed
    // by the window, whose texts are set again before this.
    retranslate(this, [this] { refresh(); });
}

QString EnvironmentSwitcher::activeEnvironmentId() const
{
    const Application *app = m_session->activeApplication();
    return app ? app->environmentId : m_session->demoIdentity().environmentId;
}

QString EnvironmentSwitcher::currentEnvironmentId() const
{
    return m_shown;
}

void EnvironmentSwitcher::refresh()
{
    const QString active = activeEnvironmentId();
    {
        // Rebuilding the items is not a choice of the user's.
        const QSignalBlocker block(this);
        clear();
        for (const Environment &e : m_session->environments()->environments()) {
            addItem(e.name, e.id);
            setItemData(count() - 1, e.baseUrl, Qt::ToolTipRole);
        }
        setCurrentIndex(findData(active));
    }
    if (m_shown != active) {
        m_shown = active;
        Q_EMIT environmentChanged(active);
    }
}

void EnvironmentSwitcher::showPopup()
{
    // User-defined environments may have been added since.
    refresh();
    QComboBox::showPopup();
}

void EnvironmentSwitcher::choose(int index)
{
    const QString wanted = itemData(index).toString();
    if (wanted.isEmpty() || wanted == activeEnvironmentId()) {
        return;
    }
    Status chosen = Status::failure(QString());
    if (wanted == m_session->demoIdentity().environmentId && m_session->demoIdentity().isValid()) {
        chosen = m_session->setActiveApplication({});
    } else {
        const auto &apps = m_session->applications()->applications();
        const auto it = std::find_if(apps.cbegin(), apps.cend(),
                                     [&wanted](const Application &a) { return a.environmentId == wanted; });
        if (it == apps.cend()) {
            chosen = Status::failure(tr("%1 has no application yet: add one in Applications to send there.")
                                             .arg(itemText(index)));
        } else {
            chosen = m_session->setActiveApplication(it->id);
        }
    }
    if (!chosen) {
        Q_EMIT refused(chosen.errorMessage());
    }
    refresh();
}

} // namespace opc::ui
