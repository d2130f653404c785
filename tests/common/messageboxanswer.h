#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

// Answers modal questions in tests the way a user does: clicks the button with @p role of the next
// message box that opens, and keeps its text; stays armed until one opens or the object is
// destroyed.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(QMessageBox::ButtonRole role)
        : m_role(role)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            m_text = box->text();
            ++m_count;
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == m_role) {
                    m_timer.stop();
                    button->click();
                    return;
                }
            }
            m_timer.stop();
            box->reject();
        });
        m_timer.start();
    }
    bool asked() const { return m_count > 0; }
    QString text() const { return m_text; }

private:
    QMessageBox::ButtonRole m_role;
    QTimer m_timer;
    QString m_text;
    int m_count = 0;
};
