#include "auth/tokenpicker.h"

#include "apps/customtokenstore.h"
#include "oauth/consentstore.h"
#include "widgets/retranslate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QToolButton>

namespace opc::ui {

namespace {
constexpr int kStaticCount = 4;
}

TokenPicker::TokenPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tokenPicker"));
    m_tokens = new QComboBox(this);
    m_tokens->setObjectName(QStringLiteral("tokenCombo"));
    retranslate(m_tokens, [combo = m_tokens] {
        combo->setToolTip(tr("The token the next request sends (Alt+T; Alt+1 to Alt+4 pick a static token)"));
    });
    m_tokens->setMinimumContentsLength(24);
    m_tokens->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("tokenHeaderCombo"));
    m_header->addItem(QString(), int(HeaderChoice::ProductDefault));
    m_header->addItem(QStringLiteral("x-authorization"), int(HeaderChoice::XAuthorization));
    m_header->addItem(QStringLiteral("Authorization"), int(HeaderChoice::Authorization));
    retranslate(m_header, [combo = m_header] {
        combo->setItemText(0, tr("API's header"));
        combo->setToolTip(tr("The header the token goes into; by default the one the API expects"));
    });

    m_bearer = new QCheckBox(this);
    m_bearer->setObjectName(QStringLiteral("bearerCheck"));
    retranslate(m_bearer, [check = m_bearer] {
        check->setText(tr("Bearer"));
        check->setToolTip(tr("Prefix the token with \"Bearer \""));
    });

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addTokenButton"));
    retranslate(m_add, [button = m_add] {
        button->setText(tr("Custom…"));
        button->setToolTip(tr("Add a custom token; its value is kept in the secret vault"));
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        if (const Status added = addTokenInteractively(); !added && !added.errorMessage().isEmpty()) {
            QMessageBox::warning(this, tr("Custom token"), added.errorMessage());
        }
    });
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeTokenButton"));
    retranslate(m_remove, [button = m_remove] {
        button->setText(tr("Remove"));
        button->setToolTip(tr("Remove the selected custom token"));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (const Status removed = removeCurrentToken(); !removed && !removed.errorMessage().isEmpty()) {
            QMessageBox::warning(this, tr("Custom token"), removed.errorMessage());
        }
    });

    m_indicator = new QLabel(this);
    m_indicator->setObjectName(QStringLiteral("tokenIndicator"));
    m_indicator->setTextFormat(Qt::PlainText);

    auto *label = new QLabel(this);
    label->setBuddy(m_tokens);
    retranslate(label, [label] { label->setText(tr("&Token:")); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_tokens);
    layout->addWidget(m_header);
    layout->addWidget(m_bearer);
    layout->addWidget(m_add);
    layout->addWidget(m_remove);
    layout->addWidget(m_indicator);

    for (int n = 1; n <= kStaticCount; ++n) {
        auto *pick = new QAction(this);
        pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + n)));
        pick->setShortcutContext(Qt::WindowShortcut);
        connect(pick, &QAction::triggered, this, [this, n] { selectStaticToken(n); });
        addAction(pick);
    }

    rebuild();
    connect(m_tokens, &QComboBox::currentIndexChanged, this, [this] {
        updateIndicator();
        Q_EMIT changed();
    });
    connect(m_header, &QComboBox::currentIndexChanged, this, [this] {
        applyBearerState();
        Q_EMIT changed();
    });
    connect(m_bearer, &QCheckBox::toggled, this, [this](bool on) {
        if (headerChoice() != HeaderChoice::ProductDefault) {
            m_ownBearer = on;
        }
        Q_EMIT changed();
    });
    applyBearerState();
    // The static tokens' names, the consent lines and the indicator are
    // worded in the language of the moment: the list is made again. The
    // static tokens are found again by name, so their names go first.
    retranslate(this, [this] {
        const QList<Token> statics = Token::staticTokens();
        for (qsizetype i = 0; i < statics.size() && i < m_list.size(); ++i) {
            m_list[i].token.label = statics.at(i).label;
        }
        rebuild();
        applyBearerState();
    });
}

void TokenPicker::setProductConvention(const QString &header, bool bearer)
{
    m_productHeader = header;
    m_productBearer = bearer;
    applyBearerState();
}

void TokenPicker::applyBearerState()
{
    // With the API's header the API decides about "Bearer " too: the box
    // shows that decision and cannot contradict it. With a header of the
    // user's choice the box is the user's.
    const bool product = headerChoice() == HeaderChoice::ProductDefault;
    const QSignalBlocker block(m_bearer);
    m_bearer->setEnabled(!product);
    m_bearer->setChecked(product ? m_productBearer : m_ownBearer);
    m_bearer->setToolTip(product ? tr("%1 takes the token %2 \"Bearer \": the API decides. Choose a header to "
                                      "decide yourself.")
                                       .arg(m_productHeader, m_productBearer ? tr("after") : tr("without"))
                                 : tr("Prefix the token with \"Bearer \""));
}

void TokenPicker::setCustomTokenStore(CustomTokenStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        connect(store, &CustomTokenStore::changed, this, &TokenPicker::rebuild);
    }
    rebuild();
}

void TokenPicker::setConsentStore(ConsentStore *store)
{
    if (m_consents) {
        disconnect(m_consents, nullptr, this, nullptr);
    }
    m_consents = store;
    if (store) {
        connect(store, &ConsentStore::changed, this, &TokenPicker::rebuild);
    }
    rebuild();
}

void TokenPicker::setConsentApplication(const QString &applicationId)
{
    if (applicationId != m_consentApplication) {
        m_consentApplication = applicationId;
        rebuild();
    }
}

QString TokenPicker::currentConsentId() const
{
    const int index = m_tokens->currentIndex();
    return index >= 0 && index < m_list.size() ? m_list.at(index).consentId : QString();
}

bool TokenPicker::selectConsent(const QString &consentId)
{
    for (qsizetype i = 0; i < m_list.size(); ++i) {
        if (!consentId.isEmpty() && m_list.at(i).consentId == consentId) {
            m_tokens->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

void TokenPicker::setTokenPrompt(TokenPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void TokenPicker::setConfirmation(Confirmation confirm)
{
    m_confirm = std::move(confirm);
}

QString TokenPicker::shortened(const QString &value)
{
    if (value.size() <= 12) {
        return QString(value.size(), QChar(0x2022));
    }
    return value.left(4) + QStringLiteral("…") + value.right(4);
}

QString TokenPicker::itemText(const Entry &entry) const
{
    const QString label = entry.token.label.isEmpty() ? tr("Custom token") : entry.token.label;
    if (!entry.consentId.isEmpty()) {
        return entry.token.label;
    }
    if (entry.token.builtIn) {
        // The static tokens are public sandbox data: shortened is enough.
        return QStringLiteral("%1 (%2)").arg(label, shortened(entry.token.value));
    }
    return tr("%1 (custom, %2)").arg(label, QString(4, QChar(0x2022)));
}

void TokenPicker::rebuild()
{
    // Keep the selection across a rebuild (a token added or removed elsewhere).
    const int old = m_tokens->currentIndex();
    const QString oldId = old >= 0 && old < m_list.size() ? m_list.at(old).storeId : QString();
    const QString oldLabel = old >= 0 && old < m_list.size() ? m_list.at(old).token.label : QString();
    const QString oldConsent = old >= 0 && old < m_list.size() ? m_list.at(old).consentId : QString();

    m_list.clear();
    for (const Token &token : Token::staticTokens()) {
        m_list.append({ token, {}, {} });
    }
    if (m_store) {
        for (const CustomToken &t : m_store->tokens()) {
            m_list.append({ Token::custom(QString(), t.name), t.id, {} });
        }
    }
    for (const Token &token : std::as_const(m_memoryTokens)) {
        m_list.append({ token, {}, {} });
    }
    if (m_consents && !m_consentApplication.isEmpty()) {
        // Consents come last, so the rows of the tokens above keep their places.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QLocale locale;
        for (const Consent &c : m_consents->forApplication(m_consentApplication)) {
            if (!c.isUsable(now)) {
                continue;
            }
            const QString label = tr("%1 consent %2 (%3, token until %4)")
                                          .arg(Consent::kindName(c.kind).toUpper(), c.id.left(8), c.scope,
                                               locale.toString(c.tokenExpires.toLocalTime().time(), QLocale::ShortFormat));
            m_list.append({ Token::custom(QString(), label), {}, c.id });
        }
    }
    int select = 0;
    {
        const QSignalBlocker block(m_tokens);
        m_tokens->clear();
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            const Entry &e = m_list.at(i);
            m_tokens->addItem(itemText(e));
            const bool same = !oldConsent.isEmpty() ? e.consentId == oldConsent
                    : !oldId.isEmpty()              ? e.storeId == oldId
                                                    : e.consentId.isEmpty() && e.token.label == oldLabel;
            if (old >= 0 && same) {
                select = int(i);
            }
        }
        m_tokens->setCurrentIndex(select);
    }
    updateIndicator();
    if (select != old) {
        Q_EMIT changed();
    }
}

void TokenPicker::updateIndicator()
{
    const int index = m_tokens->currentIndex();
    m_remove->setEnabled(index >= kStaticCount && !(index < m_list.size() && !m_list.at(index).consentId.isEmpty()));
    if (index < 0 || index >= m_list.size()) {
        m_indicator->setText(tr("No token"));
        return;
    }
    const Entry &e = m_list.at(index);
    m_indicator->setText(!e.consentId.isEmpty() ? tr("Sends: the consent's access token")
                         : e.token.builtIn       ? tr("Sends: %1").arg(e.token.label)
                                                 : tr("Sends: %1 (custom)").arg(e.token.label));
    m_indicator->setAccessibleName(tr("The next request sends %1").arg(e.token.label));
}

void TokenPicker::addCustomToken(const Token &token)
{
    m_memoryTokens.append(token);
    rebuild();
}

Status TokenPicker::addStoredToken(const QString &name, const QString &value)
{
    if (!m_store) {
        addCustomToken(Token::custom(value.trimmed(), name.trimmed()));
        m_tokens->setCurrentIndex(m_tokens->count() - 1);
        return {};
    }
    const auto added = m_store->add(name, value.toUtf8());
    if (!added) {
        return added.error();
    }
    selectCustomToken(added->id);
    return {};
}

Status TokenPicker::addTokenInteractively()
{
    std::optional<QPair<QString, QString>> answer;
    if (m_prompt) {
        answer = m_prompt();
    } else {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Custom token"));
        auto *name = new QLineEdit(&dialog);
        name->setObjectName(QStringLiteral("customTokenName"));
        auto *value = new QLineEdit(&dialog);
        value->setObjectName(QStringLiteral("customTokenValue"));
        value->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("&Name:"), name);
        form->addRow(tr("&Value:"), value);
        form->addRow(new QLabel(m_store ? tr("The value is kept in the secret vault.")
                                        : tr("The value is kept for this session only."),
                                &dialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() == QDialog::Accepted) {
            answer = QPair<QString, QString>(name->text(), value->text());
        }
    }
    if (!answer) {
        return Status::failure(QString()); // cancelled: nothing to say
    }
    const QString name = answer->first.trimmed().isEmpty() ? tr("Custom token") : answer->first.trimmed();
    if (answer->second.trimmed().isEmpty()) {
        return Status::failure(tr("The token has no value."));
    }
    return addStoredToken(name, answer->second);
}

Status TokenPicker::removeCurrentToken()
{
    const int index = m_tokens->currentIndex();
    if (index < kStaticCount || index >= m_list.size()) {
        return Status::failure(tr("The static sandbox tokens cannot be removed."));
    }
    const Entry e = m_list.at(index);
    if (!e.consentId.isEmpty()) {
        return Status::failure(tr("Consents are revoked in Request › PSD2 consents."));
    }
    const QString question = tr("Remove the custom token \"%1\"?").arg(e.token.label);
    const bool yes = m_confirm ? m_confirm(question)
                               : QMessageBox::question(this, tr("Custom token"), question) == QMessageBox::Yes;
    if (!yes) {
        return Status::failure(QString());
    }
    m_tokens->setCurrentIndex(0);
    if (!e.storeId.isEmpty()) {
        if (m_store) {
            return m_store->remove(e.storeId);
        }
        return {};
    }
    const qsizetype memoryIndex = index - kStaticCount - (m_store ? m_store->tokens().size() : 0);
    if (memoryIndex >= 0 && memoryIndex < m_memoryTokens.size()) {
        m_memoryTokens.removeAt(memoryIndex);
    }
    rebuild();
    return {};
}

void TokenPicker::selectStaticToken(int number)
{
    if (number >= 1 && number <= kStaticCount) {
        m_tokens->setCurrentIndex(number - 1);
    }
}

bool TokenPicker::selectCustomToken(const QString &idOrName)
{
    for (qsizetype i = kStaticCount; i < m_list.size(); ++i) {
        const Entry &e = m_list.at(i);
        if ((!e.storeId.isEmpty() && e.storeId == idOrName)
            || e.token.label.compare(idOrName, Qt::CaseInsensitive) == 0) {
            m_tokens->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

Token TokenPicker::currentToken() const
{
    m_error.clear();
    const int index = m_tokens->currentIndex();
    if (index < 0 || index >= m_list.size()) {
        return {};
    }
    const Entry &e = m_list.at(index);
    if (!e.consentId.isEmpty()) {
        // A consent's token is fetched (and refreshed) by the sender.
        return Token::custom(QString(), e.token.label);
    }
    if (e.storeId.isEmpty()) {
        return e.token;
    }
    if (!m_store) {
        m_error = tr("The custom token store is not available.");
        return Token::custom(QString(), e.token.label);
    }
    // Read from the vault at send time only, never kept in the widget.
    const Result<Token> token = m_store->token(e.storeId);
    if (!token) {
        m_error = token.errorMessage();
        return Token::custom(QString(), e.token.label);
    }
    return *token;
}

QString TokenPicker::currentTokenError() const
{
    return m_error;
}

QString TokenPicker::currentLabel() const
{
    const int index = m_tokens->currentIndex();
    return index >= 0 && index < m_list.size() ? m_list.at(index).token.label : QString();
}

bool TokenPicker::currentIsCustom() const
{
    return m_tokens->currentIndex() >= kStaticCount;
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
