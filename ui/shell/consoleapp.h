#pragma once

#include <QString>

class QTranslator;

namespace opc::ui {

/// Loads the console's translation for @p language ("fi", "sv"; empty: the
/// system locale) into @p translator and installs it. False for English or
/// a language without a translation.
bool installTranslation(QTranslator &translator, const QString &language);

/// The console's entry point behind main(): parses the command line
/// (--version, --help, --self-test, --measure-startup, --tour DIR,
/// --language CODE) and runs
/// the GUI. Kept in the library so tests exercise the same code as users.
int runConsole(int argc, char **argv);

} // namespace opc::ui
