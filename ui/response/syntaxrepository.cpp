#include "response/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace opc::ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    static const bool ownDefinitions = [] {
        // The console's own definitions (JSON with OP's error levels) are
        // resources under ":/opc-syntax/syntax"; the repository looks for
        // "syntax/" below each custom path.
        repository.addCustomSearchPath(QStringLiteral(":/opc-syntax"));
        return true;
    }();
    Q_UNUSED(ownDefinitions);
    return repository;
}

QString levelsDefinitionName()
{
    return QStringLiteral("OP JSON Levels");
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace opc::ui
