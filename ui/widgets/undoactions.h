#pragma once

class QAction;
class QObject;
class QUndoStack;

namespace opc::ui {

/// QUndoStack::createUndoAction() and createRedoAction() fix their "Undo" /
/// "Redo" prefix in the language of the moment; these follow a change of
/// language ("&Undo delete Payments app" -> "&Kumoa …"). The command's own
/// text stays as it was worded when the edit was made.
QAction *createUndoAction(QUndoStack *stack, QObject *parent);
QAction *createRedoAction(QUndoStack *stack, QObject *parent);

} // namespace opc::ui
