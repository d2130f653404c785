#include "widgets/undoactions.h"

#include "widgets/retranslate.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QUndoStack>

namespace opc::ui {

namespace {

enum class Kind { Undo, Redo };

QAction *make(QUndoStack *stack, QObject *parent, Kind kind)
{
    auto *action = new QAction(parent);
    const bool undo = kind == Kind::Undo;
    action->setEnabled(undo ? stack->canUndo() : stack->canRedo());
    action->setShortcut(undo ? QKeySequence::Undo : QKeySequence::Redo);
    const auto setText = [stack, action, undo] {
        const QString prefix = undo ? QCoreApplication::translate("opc::ui::UndoActions", "&Undo")
                                    : QCoreApplication::translate("opc::ui::UndoActions", "&Redo");
        const QString what = undo ? stack->undoText() : stack->redoText();
        action->setText(what.isEmpty() ? prefix : prefix + u' ' + what);
    };
    retranslate(action, setText);
    if (undo) {
        QObject::connect(stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
        QObject::connect(stack, &QUndoStack::undoTextChanged, action, setText);
        QObject::connect(action, &QAction::triggered, stack, &QUndoStack::undo);
    } else {
        QObject::connect(stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
        QObject::connect(stack, &QUndoStack::redoTextChanged, action, setText);
        QObject::connect(action, &QAction::triggered, stack, &QUndoStack::redo);
    }
    return action;
}

} // namespace

QAction *createUndoAction(QUndoStack *stack, QObject *parent)
{
    return make(stack, parent, Kind::Undo);
}

QAction *createRedoAction(QUndoStack *stack, QObject *parent)
{
    return make(stack, parent, Kind::Redo);
}

} // namespace opc::ui
