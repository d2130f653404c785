#pragma once

#include "collections/collection.h"
#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace opc::ui {

/// The sample collection bundled with the console: one request per endpoint
/// of the simulator's catalogue (its error and warning cases included, so
/// every error level can be produced by a saved request) and the rate-limit
/// case. The bundled files are generated from the catalogue by
/// make_sample_collection; a test keeps them equal to what fromCatalog makes.
namespace SampleCollection {

/// Folder name the sample is installed under in the collections folder.
QString folderName();
/// Resource folder of the bundled native collection.
QString resourcePath();

/// Builds the collection from the simulator's /__catalog document.
Collection fromCatalog(const QJsonObject &catalog);

/// On first start (no marker in @p collectionsDir yet) copies the bundled
/// sample into @p collectionsDir and leaves a marker, so that a person who
/// deletes it does not get it back. Returns the folder it was copied to,
/// or an empty string when this was not the first start.
Result<QString> installOnFirstStart(const QString &collectionsDir);

} // namespace SampleCollection

} // namespace opc::ui
