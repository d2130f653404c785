#pragma once

#include <QString>

class QTranslator;

namespace opc {

/// Loads the console's translation for @p language ("fi", "sv", "en"; empty:
/// the system locale's) into @p translator and installs it. English, and a
/// language without a translation, get English's plural forms ("1 request",
/// "2 requests"). False only when no file could be loaded. The .qm files are
/// built into opc_core, so every program of the console has them.
bool installTranslation(QTranslator &translator, const QString &language);

} // namespace opc
