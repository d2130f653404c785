#include "auth/tokenpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QToolButton>

namespace opc::ui {

TokenPicker::TokenPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tokenPicker"));
    m_tokens = new QComboBox(this);
    m_tokens->setObjectName(QStringLiteral("tokenCombo"));
    m_tokens->setToolTip(tr("The token the next request sends (Alt+T)"));
    m_tokens->setMinimumContentsLength(24);
    m_tokens->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const Token &token : Token::staticTokens()) {
        addCustomToken(token);
    }

    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("tokenHeaderCombo"));
    m_header->addItem(tr("API's header"), int(HeaderChoice::ProductDefault));
    m_header->addItem(QStringLiteral("x-authorization"), int(HeaderChoice::XAuthorization));
    m_header->addItem(QStringLiteral("Authorization"), int(HeaderChoice::Authorization));
    m_header->setToolTip(tr("The header the token goes into; by default the one the API expects"));

    m_bearer = new QCheckBox(tr("Bearer"), this);
    m_bearer->setObjectName(QStringLiteral("bearerCheck"));
    m_bearer->setToolTip(tr("Prefix the token with \"Bearer \""));

    m_add = new QToolButton(this);
    m_add->setText(tr("Custom…"));
    m_add->setToolTip(tr("Add a custom token"));
    connect(m_add, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Custom token"), tr("Token value:"),
                                                    QLineEdit::Password, {}, &ok)
                                  .trimmed();
        if (ok && !value.isEmpty()) {
            addCustomToken(Token::custom(value));
            m_tokens->setCurrentIndex(m_tokens->count() - 1);
        }
    });

    auto *label = new QLabel(tr("&Token:"), this);
    label->setBuddy(m_tokens);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_tokens);
    layout->addWidget(m_header);
    layout->addWidget(m_bearer);
    layout->addWidget(m_add);

    connect(m_tokens, &QComboBox::currentIndexChanged, this, &TokenPicker::changed);
    connect(m_header, &QComboBox::currentIndexChanged, this, &TokenPicker::changed);
    connect(m_bearer, &QCheckBox::toggled, this, &TokenPicker::changed);
}

QString TokenPicker::shortened(const QString &value)
{
    if (value.size() <= 12) {
        return QString(value.size(), QChar(0x2022));
    }
    return value.left(4) + QStringLiteral("…") + value.right(4);
}

void TokenPicker::addCustomToken(const Token &token)
{
    m_list.append(token);
    const QString label = token.label.isEmpty() ? tr("Custom token") : token.label;
    m_tokens->addItem(QStringLiteral("%1 (%2)").arg(label, shortened(token.value)));
}

void TokenPicker::selectStaticToken(int number)
{
    if (number >= 1 && number <= m_tokens->count()) {
        m_tokens->setCurrentIndex(number - 1);
    }
}

Token TokenPicker::currentToken() const
{
    const int index = m_tokens->currentIndex();
    return index >= 0 && index < m_list.size() ? m_list.at(index) : Token();
}

TokenPicker::HeaderChoice TokenPicker::headerChoice() const
{
    return HeaderChoice(m_header->currentData().toInt());
}

bool TokenPicker::bearerPrefix() const
{
    return m_bearer->isChecked();
}

QString TokenPicker::describe(const QString &productHeader) const
{
    QString header = productHeader;
    if (headerChoice() == HeaderChoice::XAuthorization) {
        header = QStringLiteral("x-authorization");
    } else if (headerChoice() == HeaderChoice::Authorization) {
        header = QStringLiteral("Authorization");
    }
    return tr("%1 in %2%3")
        .arg(m_tokens->currentText(), header, bearerPrefix() ? tr(" with Bearer") : QString());
}

} // namespace opc::ui
