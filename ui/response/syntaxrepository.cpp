#include "response/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace opc::ui {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace opc::ui
