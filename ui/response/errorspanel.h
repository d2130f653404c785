#pragma once

#include "errors/errorpayload.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace opc::ui {

/// Every entry of an OP error payload as a row: a level badge (icon and
/// text, never colour alone), type, message, code and id, with the
/// constraint violations of a VALIDATION error nested beneath it.
class ErrorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorsPanel(QWidget *parent = nullptr);

    void showPayload(int status, const ErrorPayload &payload);
    void clear();

    QString summaryText() const;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_status = 0;
    ErrorPayload m_payload; ///< kept to redraw the badges when the palette changes
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace opc::ui
