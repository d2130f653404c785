#pragma once

namespace KSyntaxHighlighting {
class Repository;
}
class QPalette;
class QString;

namespace opc::ui {

/// The process-wide KSyntaxHighlighting repository: loading the definitions
/// takes tens of milliseconds, so it is made once, on first use, not at start.
KSyntaxHighlighting::Repository &syntaxRepository();

/// The JSON definition that also marks `"level": "FATAL|ERROR|WARN"`,
/// used for bodies that carry an error payload.
QString levelsDefinitionName();

/// True when the palette's window colour is dark: the highlighter theme and
/// the level badges follow it.
bool isDarkPalette(const QPalette &palette);

} // namespace opc::ui
