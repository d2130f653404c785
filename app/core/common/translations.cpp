#include "common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace opc {

bool installTranslation(QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString name = QStringLiteral("opconsole"), prefix = QStringLiteral("_"), dir = QStringLiteral(":/i18n");
    const bool loaded = (locale.language() != QLocale::English && locale.language() != QLocale::C
                         && translator.load(locale, name, prefix, dir))
        || translator.load(name + prefix + QStringLiteral("en"), dir);
    return loaded && QCoreApplication::installTranslator(&translator);
}

} // namespace opc
