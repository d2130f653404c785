#pragma once

namespace opc::ui {

/// The console's entry point behind main(): parses the command line
/// (--version, --help, --self-test, --measure-startup, --tour DIR,
/// --language CODE) and runs
/// the GUI. Kept in the library so tests exercise the same code as users.
int runConsole(int argc, char **argv);

} // namespace opc::ui
