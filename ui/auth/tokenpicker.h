#pragma once

#include "common/result.h"
#include "model/token.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace opc {
class ConsentStore;
class CustomTokenStore;
}

namespace opc::ui {

/// The composer toolbar's token control: the overview page's four static
/// sandbox tokens one click (or Alt+1..Alt+4) away, custom tokens (name
/// here, value in the vault), the header the token goes into and the
/// optional "Bearer " prefix, and a label saying which token the next
/// request sends. Static tokens are public and shown shortened; custom
/// token values are never shown.
class TokenPicker : public QWidget
{
    Q_OBJECT
public:
    enum class HeaderChoice { ProductDefault, XAuthorization, Authorization };

    /// Name and value for a new custom token, or nothing when cancelled.
    using TokenPrompt = std::function<std::optional<QPair<QString, QString>>()>;
    using Confirmation = std::function<bool(const QString &question)>;

    explicit TokenPicker(QWidget *parent = nullptr);

    /// Custom tokens kept in the vault; null = custom tokens live in memory
    /// for this run only.
    void setCustomTokenStore(CustomTokenStore *store);
    /// PSD2 consents: the authorized ones of the application set with
    /// setConsentApplication() are listed with their scope and token
    /// expiry; their tokens stay in the vault.
    void setConsentStore(ConsentStore *store);
    void setConsentApplication(const QString &applicationId);
    /// The consent selected, or empty when the selection is a token.
    QString currentConsentId() const;
    bool selectConsent(const QString &consentId);
    /// Replace the dialogs (the defaults are a small form / QMessageBox).
    void setTokenPrompt(TokenPrompt prompt);
    void setConfirmation(Confirmation confirm);

    /// The token the next request sends. A vault token whose value cannot
    /// be read (vault locked) comes back without a value; currentTokenError()
    /// says why.
    Token currentToken() const;
    QString currentTokenError() const;
    /// The label of the selected token ("Static token 2", a custom name).
    QString currentLabel() const;
    bool currentIsCustom() const;
    HeaderChoice headerChoice() const;
    /// Whether the token goes after "Bearer ": the API's convention while
    /// the header choice is the API's, the user's box otherwise.
    bool bearerPrefix() const;
    /// The header and prefix the API of the next request expects; shown
    /// while the header choice is "API's header".
    void setProductConvention(const QString &header, bool bearer);

    void selectStaticToken(int number);
    /// Selects a custom token by its store id or name; false if unknown.
    bool selectCustomToken(const QString &idOrName);
    /// An in-memory token (or, with a store and a name, see addStoredToken).
    void addCustomToken(const Token &token);
    /// Adds a token to the vault through the store and selects it.
    Status addStoredToken(const QString &name, const QString &value);
    /// Asks for a name and value (the prompt) and adds the token.
    Status addTokenInteractively();
    /// Removes the selected custom token (after confirmation).
    Status removeCurrentToken();

    /// "Static token 1 (6c18…0da9) in x-authorization": what the next send uses.
    QString describe(const QString &productHeader) const;

    static QString shortened(const QString &value);

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        Token token; ///< the value is empty for tokens kept in the vault
        QString storeId;
        QString consentId;
    };
    void rebuild();
    void updateIndicator();
    void applyBearerState();
    QString itemText(const Entry &entry) const;

    QComboBox *m_tokens = nullptr;
    QComboBox *m_header = nullptr;
    QCheckBox *m_bearer = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_indicator = nullptr;
    QList<Entry> m_list;
    QList<Token> m_memoryTokens;
    QPointer<CustomTokenStore> m_store;
    QPointer<ConsentStore> m_consents;
    QString m_consentApplication;
    TokenPrompt m_prompt;
    Confirmation m_confirm;
    mutable QString m_error;
    QString m_productHeader = QStringLiteral("x-authorization");
    bool m_productBearer = false;
    bool m_ownBearer = false;
};

} // namespace opc::ui
