#include "auth/authpanel.h"

#include "apps/customtokenstore.h"
#include "auth/tokenpicker.h"
#include "model/token.h"
#include "widgets/retranslate.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {
enum Role { StaticNumberRole = Qt::UserRole + 1, CustomIdRole };

// Each static token of the overview page is another end user's data set;
// the counts are those of the embedded simulator.
QString staticTokenMeaning(int number)
{
    switch (number) {
    case 1:
        return AuthPanel::tr("end user with 6 accounts (OP's recorded sandbox data)");
    case 2:
        return AuthPanel::tr("end user with 10 accounts (OP's Accounts v1 sample)");
    case 3:
        return AuthPanel::tr("end user with a current and a savings account");
    case 4:
        return AuthPanel::tr("end user with one current account");
    default:
        return {};
    }
}
} // namespace

AuthPanel::AuthPanel(TokenPicker *picker, CustomTokenStore *customTokens, QWidget *parent)
    : QWidget(parent)
    , m_picker(picker)
    , m_customTokens(customTokens)
{
    setObjectName(u"authPanel"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"authTokenList"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"authSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(this);
    retranslate(hint, [hint] {
        hint->setText(tr("The header and the \"Bearer \" prefix are chosen in the toolbar; "
                         "custom tokens are added there and kept in the vault."));
    });
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_refreshing || !item) {
            return;
        }
        const int number = item->data(StaticNumberRole).toInt();
        if (number > 0) {
            m_picker->selectStaticToken(number);
        } else {
            m_picker->selectCustomToken(item->data(CustomIdRole).toString());
        }
    });
    connect(m_picker, &TokenPicker::changed, this, &AuthPanel::refresh);
    if (m_customTokens) {
        connect(m_customTokens, &CustomTokenStore::changed, this, &AuthPanel::refresh);
    }
    // The list and the summary, again in the new language (after the
    // picker's own texts: it was made, and registered, before this panel).
    retranslate(this, [this] { refresh(); });
}

void AuthPanel::setProductHeader(const QString &header)
{
    m_productHeader = header.isEmpty() ? u"x-authorization"_s : header;
    refresh();
}

void AuthPanel::refresh()
{
    m_refreshing = true;
    m_list->clear();
    const QString current = m_picker->currentLabel();
    int number = 1;
    for (const Token &token : Token::staticTokens()) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                             .arg(token.label, TokenPicker::shortened(token.value),
                                                  staticTokenMeaning(number)),
                                         m_list);
        item->setData(StaticNumberRole, number);
        if (!m_picker->currentIsCustom() && token.label == current) {
            m_list->setCurrentItem(item);
        }
        ++number;
    }
    if (m_customTokens) {
        for (const CustomToken &token : m_customTokens->tokens()) {
            // The value is never shown, only that it is kept in the vault.
            auto *item = new QListWidgetItem(tr("%1 · custom, value in the vault").arg(token.name), m_list);
            item->setData(CustomIdRole, token.id);
            if (m_picker->currentIsCustom() && token.name == current) {
                m_list->setCurrentItem(item);
            }
        }
    }
    m_summary->setText(tr("The next request sends %1.").arg(m_picker->describe(m_productHeader)));
    m_refreshing = false;
}

} // namespace opc::ui
