#pragma once

#include "model/token.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace opc::ui {

/// The composer toolbar's token control: the overview page's four static
/// sandbox tokens one click away, custom tokens, the header the token goes
/// into and the optional "Bearer " prefix. Token values are shown shortened
/// (first and last four characters), never in full.
class TokenPicker : public QWidget
{
    Q_OBJECT
public:
    enum class HeaderChoice { ProductDefault, XAuthorization, Authorization };

    explicit TokenPicker(QWidget *parent = nullptr);

    Token currentToken() const;
    HeaderChoice headerChoice() const;
    bool bearerPrefix() const;

    void selectStaticToken(int number);
    void addCustomToken(const Token &token);
    /// "Static token 1 (6c18…0da9) in x-authorization": what the next send uses.
    QString describe(const QString &productHeader) const;

    static QString shortened(const QString &value);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_tokens = nullptr;
    QComboBox *m_header = nullptr;
    QCheckBox *m_bearer = nullptr;
    QToolButton *m_add = nullptr;
    QList<Token> m_list;
};

} // namespace opc::ui
