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

/// While one lives, the changes of language it sees (every translator
/// installed or removed is one) set no text; when it goes, every text is
/// set once, if there was a change.
class RetranslateBatch
{
public:
    RetranslateBatch();
    ~RetranslateBatch();
    RetranslateBatch(const RetranslateBatch &) = delete;
    RetranslateBatch &operator=(const RetranslateBatch &) = delete;
};

} // namespace opc::ui
