#pragma once

#include <functional>

class QObject;

namespace opc::ui {

/// Runs @p apply now, and again each time the user interface's language
/// changes, for as long as @p context lives. The widgets set their texts
/// where they are built, through this, so a language chosen in Preferences
/// reaches every label, menu and tooltip without a restart:
///
///     retranslate(button, [button] { button->setText(tr("&Send")); });
void retranslate(QObject *context, std::function<void()> apply);

/// Runs @p apply each time the language changes (not now), while @p context
/// lives: for texts that follow a state and are set by a function of their
/// own (retranslate(this, ...) would run it before the state exists).
void onLanguageChange(QObject *context, std::function<void()> apply);

} // namespace opc::ui
