#include "applications/applicationmanagerpane.h"

#include "apps/applicationlistmodel.h"
#include "apps/credentialparser.h"
#include "security/certificatestore.h"
#include "shell/appearance.h"
#include "session/consolesession.h"
#include "simulatorlink.h"
#include "widgets/retranslate.h"
#include "widgets/undoactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc::ui {

namespace {

/// The label of a certificate offered in the chooser, kept with its item so
/// that the item's text can be made again in another language.
constexpr int CertificateLabelRole = Qt::UserRole + 1;

/// An undo step whose action has already been done once when it is
/// pushed, so that a refusal (duplicate name, locked vault) never lands on
/// the stack.
class DoneCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    DoneCommand(const QString &text, Step redo, Step undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (!m_redo()) {
            setObsolete(true);
        }
    }
    void undo() override
    {
        if (!m_undo()) {
            setObsolete(true);
        }
    }

private:
    Step m_redo;
    Step m_undo;
    bool m_first = true;
};

/// The active application in bold: the word "(active)" says it too, so
/// the mark does not rely on the font alone.
class ActiveDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ApplicationListModel::ActiveRole).toBool()) {
            option->font.setBold(true);
        }
    }
};

/// Lays its widgets out in rows that wrap at the available width, so a
/// row of buttons needs no more width than its widest button (large
/// fonts, long translations).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = FlowLayout::takeAt(0)) {
            delete item;
        }
    }

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    /// As narrow as it may be: the rows follow the width it is given.
    QSize sizeHint() const override { return minimumSize(); }
    /// The widest item alone.
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items) {
            if (!item->isEmpty()) {
                size = size.expandedTo(item->minimumSize()).expandedTo(QSize(item->sizeHint().width(), 0));
            }
        }
        return size.grownBy(contentsMargins());
    }

private:
    int gap() const
    {
        if (spacing() >= 0) {
            return spacing();
        }
        const int metric = parentWidget() ? parentWidget()->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing)
                                          : -1;
        return metric >= 0 ? metric : 6;
    }

    /// Places the items (when @p apply) and returns the height they need.
    int arrange(const QRect &rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        const int spacing = gap();
        // Rows first, so that each row can centre its items vertically.
        QList<QList<QLayoutItem *>> rows(1);
        QList<int> heights(1, 0);
        int x = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty()) {
                continue;
            }
            const QSize hint = item->sizeHint();
            if (x > 0 && x + spacing + hint.width() > area.width()) {
                rows.append(QList<QLayoutItem *>());
                heights.append(0);
                x = 0;
            }
            x += (x > 0 ? spacing : 0) + hint.width();
            rows.last().append(item);
            heights.last() = qMax(heights.last(), hint.height());
        }
        int y = area.top();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows.at(r).isEmpty()) {
                continue;
            }
            if (y > area.top()) {
                y += spacing;
            }
            int left = area.left();
            for (QLayoutItem *item : rows.at(r)) {
                const QSize hint = item->sizeHint();
                const int width = qMin(hint.width(), area.width());
                if (apply) {
                    item->setGeometry(QRect(left, y + (heights.at(r) - hint.height()) / 2, width, hint.height()));
                }
                left += width + spacing;
            }
            y += heights.at(r);
        }
        return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
    }

    QList<QLayoutItem *> m_items;
};

/// A vertical scroll area as wide as the widget it holds needs: the form
/// scrolls up and down, never sideways.
class FormScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        QSize size = QScrollArea::minimumSizeHint();
        if (widget()) {
            const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
            size.setWidth(qMax(size.width(), widget()->minimumSizeHint().width() + bar + 2 * frameWidth()));
        }
        return size;
    }

protected:
    bool event(QEvent *event) override
    {
        // The form's layout changed (font, language): the pane's layout
        // has to learn the new minimum width.
        if (event->type() == QEvent::LayoutRequest) {
            updateGeometry();
        }
        return QScrollArea::event(event);
    }
};

QString productLine(const ApiProduct &p)
{
    QStringList extras;
    if (p.signature == SignatureScheme::HmacSha256) {
        extras << QCoreApplication::translate("opc::ui::ApplicationManagerPane", "HMAC");
    } else if (p.signature == SignatureScheme::OpRsaSha256) {
        extras << QCoreApplication::translate("opc::ui::ApplicationManagerPane", "RSA signature");
    } else if (p.signature == SignatureScheme::DetachedJws) {
        extras << QCoreApplication::translate("opc::ui::ApplicationManagerPane", "JWS signature");
    }
    if (p.mtls) {
        extras << QCoreApplication::translate("opc::ui::ApplicationManagerPane", "mutual TLS");
    }
    QString line = QCoreApplication::translate("opc::ui::ApplicationManagerPane", "%1 %2 · %3 · token in %4")
                           .arg(p.name.isEmpty() ? p.id : p.name, p.version, securityLevelName(p.securityLevel),
                                p.tokenHeader);
    if (!extras.isEmpty()) {
        line += u" · "_s + extras.join(u", "_s);
    }
    return line;
}

} // namespace

ApplicationManagerPane::ApplicationManagerPane(ApplicationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ApplicationListModel(store, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"applicationManagerPane"_s);
    m_catalog = store->catalog();
    buildUi();
    connect(m_store, &ApplicationStore::updated, this, [this](int row) {
        if (row >= 0 && row < m_store->count() && m_store->applications().at(row).id == m_loadedId) {
            loadEditor();
        }
    });
    connect(m_store, &ApplicationStore::removed, this, [this](int) { loadEditor(); });
    connect(Presentation::instance(), &Presentation::changed, this, [this] { applyPresentation(); });
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
    loadEditor();
}

ApplicationManagerPane::~ApplicationManagerPane() = default;

void ApplicationManagerPane::buildUi()
{
    m_list = new QListView(this);
    m_list->setObjectName(u"applicationList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ActiveDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    retranslate(m_list, [list = m_list] { list->setAccessibleName(tr("Applications")); });
    // Narrow or with large fonts the lines wrap; nothing hides sideways.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { loadEditor(); });
    connect(m_list, &QListView::activated, this, [this] { activateSelected(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { loadEditor(); });
    // The model words its rows (environment, level, quota, "(active)") when
    // asked: the wrapped lines are measured again in the new language.
    retranslate(m_list, [list = m_list] { list->doItemsLayout(); });

    m_new = new QToolButton(this);
    m_new->setObjectName(u"newApplicationButton"_s);
    m_new->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_new);
    QAction *inLocal = menu->addAction(QString());
    QAction *inSandbox = menu->addAction(QString());
    QAction *inProduction = menu->addAction(QString());
    const QList<QPair<QString, QAction *>> environments {
        { u"local"_s, inLocal },
        { u"sandbox"_s, inSandbox },
        { u"production"_s, inProduction },
    };
    for (const auto &[id, action] : environments) {
        connect(action, &QAction::triggered, this, [this, id = id] {
            (void)createApplication(tr("New application"), id);
        });
    }
    m_new->setMenu(menu);
    retranslate(m_new, [this, inLocal, inSandbox, inProduction] {
        m_new->setText(tr("&New"));
        m_new->setToolTip(tr("New application in the local simulator, registered there at once (Ctrl+N)"));
        inLocal->setText(tr("In the local simulator"));
        inSandbox->setText(tr("In the OP sandbox (paste key and secret from the portal)"));
        inProduction->setText(tr("In production (paste key and secret)"));
    });
    connect(m_new, &QToolButton::clicked, this, [this] { (void)createApplication(tr("New application"), u"local"_s); });
    auto *newShortcut = new QAction(this);
    newShortcut->setShortcut(QKeySequence::New);
    newShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QAction::triggered, m_new, &QToolButton::click);
    addAction(newShortcut);

    m_duplicate = new QPushButton(this);
    m_duplicate->setObjectName(u"duplicateApplicationButton"_s);
    retranslate(m_duplicate, [button = m_duplicate] { button->setText(tr("D&uplicate")); });
    connect(m_duplicate, &QPushButton::clicked, this, [this] { (void)duplicateSelected(); });
    m_delete = new QPushButton(this);
    m_delete->setObjectName(u"deleteApplicationButton"_s);
    retranslate(m_delete, [button = m_delete] {
        button->setText(tr("&Delete"));
        button->setToolTip(tr("Delete the application and its key and secret (Delete; Ctrl+Z brings it back)"));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { (void)deleteSelected(); });
    auto *deleteKey = new QAction(m_list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] { (void)deleteSelected(); });
    m_list->addAction(deleteKey);
    m_activate = new QPushButton(this);
    m_activate->setObjectName(u"activateApplicationButton"_s);
    retranslate(m_activate, [button = m_activate] {
        button->setText(tr("Set &active"));
        button->setToolTip(tr("The next request uses this application's key, secret and certificate"));
    });
    connect(m_activate, &QPushButton::clicked, this, [this] { activateSelected(); });

    QAction *undo = createUndoAction(m_undo, this);
    undo->setObjectName(u"undoApplicationAction"_s);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = createRedoAction(m_undo, this);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);
    // A short fixed label: the undo text ("Undo delete Payments app") goes
    // to the tooltip so that the button row keeps its width.
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(u"undoApplicationButton"_s);
    retranslate(undoButton, [undoButton] { undoButton->setText(tr("Undo")); });
    undoButton->setEnabled(m_undo->canUndo());
    connect(undoButton, &QToolButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QToolButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton, [undoButton](const QString &text) {
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1 (Ctrl+Z)").arg(text));
    });
    // The tooltip of the moment, in the new language (the step's own words,
    // "delete Payments app", stay those it was made with).
    retranslate(undoButton, [this, undoButton] {
        const QString text = m_undo->undoText();
        undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1 (Ctrl+Z)").arg(text));
    });

    // The buttons wrap onto more rows rather than widen the pane.
    auto *left = new QWidget(this);
    auto *buttonBar = new QWidget(left);
    buttonBar->setObjectName(u"applicationButtons"_s);
    auto *buttons = new FlowLayout(buttonBar);
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_activate);
    buttons->addWidget(undoButton);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buttonBar);
    leftLayout->addWidget(m_list, 1);

    m_editor = new QWidget(this);
    m_editor->setObjectName(u"applicationEditor"_s);
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(u"applicationNameEdit"_s);
    m_environment = new QComboBox(m_editor);
    m_environment->setObjectName(u"applicationEnvironmentCombo"_s);
    for (const QString &id : { u"local"_s, u"sandbox"_s, u"production"_s }) {
        m_environment->addItem(QString(), id);
    }
    retranslate(m_environment, [combo = m_environment] {
        for (int i = 0; i < combo->count(); ++i) {
            combo->setItemText(i, ApplicationListModel::environmentName(combo->itemData(i).toString()));
        }
    });
    m_apiKey = new QLineEdit(m_editor);
    m_apiKey->setObjectName(u"apiKeyEdit"_s);
    m_copyKey = new QToolButton(m_editor);
    m_copyKey->setObjectName(u"copyKeyButton"_s);
    retranslate(m_copyKey, [button = m_copyKey] {
        button->setText(tr("Copy"));
        button->setToolTip(tr("Copy the API key to the clipboard"));
    });
    connect(m_copyKey, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_apiKey->text());
        setStatus(tr("The API key is on the clipboard."));
    });
    m_apiSecret = new QLineEdit(m_editor);
    m_apiSecret->setObjectName(u"apiSecretEdit"_s);
    m_apiSecret->setEchoMode(QLineEdit::Password);
    m_reveal = new QToolButton(m_editor);
    m_reveal->setObjectName(u"revealSecretButton"_s);
    m_reveal->setCheckable(true);
    retranslate(m_reveal, [button = m_reveal] {
        button->setText(button->isChecked() ? tr("Hide") : tr("Show"));
        button->setToolTip(tr("Show or hide the API secret"));
    });
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_apiSecret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    m_copySecret = new QToolButton(m_editor);
    m_copySecret->setObjectName(u"copySecretButton"_s);
    retranslate(m_copySecret, [button = m_copySecret] {
        button->setText(tr("Copy"));
        button->setToolTip(tr("Copy the API secret to the clipboard"));
    });
    connect(m_copySecret, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_apiSecret->text());
        setStatus(tr("The API secret is on the clipboard."));
    });
    m_paste = new QPushButton(m_editor);
    m_paste->setObjectName(u"pasteCredentialsButton"_s);
    retranslate(m_paste, [button = m_paste] {
        button->setText(tr("&Paste key and secret"));
        button->setToolTip(tr("Fill both fields from a copied \"key: … secret: …\" block"));
    });
    connect(m_paste, &QPushButton::clicked, this, [this] {
        const QString text = m_pasteSource ? m_pasteSource() : QApplication::clipboard()->text();
        (void)pasteCredentials(text);
    });
    m_products = new QListWidget(m_editor);
    m_products->setObjectName(u"productList"_s);
    retranslate(m_products, [list = m_products] { list->setAccessibleName(tr("API products")); });
    // Long product lines wrap instead of widening the editor.
    m_products->setWordWrap(true);
    m_products->setResizeMode(QListView::Adjust);
    m_products->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_products, &QListWidget::itemChanged, this, [this] { updateDerivedLevel(); });
    m_level = new QLabel(m_editor);
    m_level->setObjectName(u"securityLevelLabel"_s);
    m_level->setWordWrap(true);
    m_certificate = new QComboBox(m_editor);
    m_certificate->setObjectName(u"certificateCombo"_s);
    // A long certificate label is elided in the field, not made its width.
    m_certificate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_certificate->setMinimumContentsLength(16);
    retranslate(m_certificate, [combo = m_certificate] {
        combo->setToolTip(tr("The client certificate presented for this application's mutual-TLS APIs"));
    });
    m_merchantId = new QLineEdit(m_editor);
    m_merchantId->setObjectName(u"merchantIdEdit"_s);
    retranslate(m_merchantId, [edit = m_merchantId] {
        edit->setPlaceholderText(tr("OP Online Payment only"));
        edit->setToolTip(tr("The merchant id OP gave for Online Payment; the client certificate's RSA key "
                            "signs its requests"));
    });
    m_notes = new QPlainTextEdit(m_editor);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_save = new QPushButton(this);
    m_save->setObjectName(u"saveApplicationButton"_s);
    retranslate(m_save, [button = m_save] {
        button->setText(tr("&Save"));
        // setText() makes the mnemonic the shortcut: Ctrl+S again after it.
        button->setShortcut(QKeySequence::Save);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveEditor(); });

    auto row = [this](QWidget *field, std::initializer_list<QWidget *> extras) {
        auto *w = new QWidget(m_editor);
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(field, 1);
        for (QWidget *e : extras) {
            l->addWidget(e);
        }
        return w;
    };
    // The row labels are made here, their texts set below in the language
    // of the moment; the buddies carry the mnemonics (for the rows built
    // from several widgets, the field that is typed into).
    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(m_editor);
        l->setBuddy(buddy);
        return l;
    };
    auto *nameLabel = label(m_name);
    auto *environmentLabel = label(m_environment);
    auto *keyLabel = label(m_apiKey);
    auto *secretLabel = label(m_apiSecret);
    auto *productsLabel = label(m_products);
    auto *levelLabel = label(m_level);
    auto *certificateLabel = label(m_certificate);
    auto *merchantLabel = label(m_merchantId);
    auto *notesLabel = label(m_notes);
    retranslate(this, [nameLabel, environmentLabel, keyLabel, secretLabel, productsLabel, levelLabel, certificateLabel,
                       merchantLabel, notesLabel] {
        nameLabel->setText(tr("&Name:"));
        environmentLabel->setText(tr("&Environment:"));
        keyLabel->setText(tr("API &key:"));
        secretLabel->setText(tr("API s&ecret:"));
        productsLabel->setText(tr("API &products:"));
        levelLabel->setText(tr("Security level:"));
        certificateLabel->setText(tr("Client &certificate:"));
        merchantLabel->setText(tr("&Merchant id:"));
        notesLabel->setText(tr("N&otes:"));
    });
    auto *form = new QFormLayout(m_editor);
    form->addRow(nameLabel, m_name);
    form->addRow(environmentLabel, m_environment);
    form->addRow(keyLabel, row(m_apiKey, { m_copyKey }));
    form->addRow(secretLabel, row(m_apiSecret, { m_reveal, m_copySecret }));
    form->addRow(QString(), m_paste);
    // The product lines are long: the list takes the full width.
    form->addRow(productsLabel);
    form->addRow(m_products);
    form->addRow(levelLabel, m_level);
    form->addRow(certificateLabel, m_certificate);
    form->addRow(merchantLabel, m_merchantId);
    form->addRow(notesLabel, m_notes);
    // Narrow (large fonts, long translations): fields go under their labels.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_status = new QLabel(this);
    m_status->setObjectName(u"applicationStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    // The form scrolls when the window is short; Save stays in sight below it.
    m_editorScroll = new FormScrollArea(this);
    m_editorScroll->setObjectName(u"applicationEditorScroll"_s);
    m_editorScroll->setWidgetResizable(true);
    m_editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_editorScroll->setFrameShape(QFrame::NoFrame);
    m_editorScroll->setWidget(m_editor);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editorScroll, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    // Neither side can be dragged out of sight, Save with it.
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    fillProducts();
    setCertificates({});
    applyPresentation();
    // What the pane words from its state (the product lines, the certificate
    // choices, a locked vault, the derived level), again in the new
    // language, without reloading the editor: what is typed stays.
    retranslate(this, [this] {
        {
            const QSignalBlocker block(m_products);
            for (int i = 0; i < m_products->count(); ++i) {
                QListWidgetItem *item = m_products->item(i);
                const QString id = item->data(Qt::UserRole).toString();
                for (const ApiProduct &p : std::as_const(m_catalog)) {
                    if (p.id == id) {
                        item->setText(productLine(p));
                        break;
                    }
                }
            }
        }
        m_products->doItemsLayout();
        {
            const QSignalBlocker block(m_certificate);
            for (int i = 0; i < m_certificate->count(); ++i) {
                const QString id = m_certificate->itemData(i).toString();
                const QVariant label = m_certificate->itemData(i, CertificateLabelRole);
                if (id.isEmpty()) {
                    m_certificate->setItemText(i, tr("None"));
                } else if (label.isValid()) {
                    m_certificate->setItemText(i, tr("%1 (%2…)").arg(label.toString(), id.left(12)));
                } else {
                    // Added by loadEditor(): a certificate the store does not hold.
                    m_certificate->setItemText(i, tr("%1… (not in the certificate store)").arg(id.left(12)));
                }
            }
        }
        // Set only while the vault was locked for the application shown.
        if (!m_apiKey->placeholderText().isEmpty()) {
            const QString hint = m_store ? m_store->apiKeyHint(m_loadedId) : QString();
            m_apiKey->setPlaceholderText(hint.isEmpty() ? tr("vault locked") : tr("%1 (vault locked)").arg(hint));
        }
        if (!m_apiSecret->placeholderText().isEmpty()) {
            m_apiSecret->setPlaceholderText(tr("vault locked"));
        }
        updateDerivedLevel();
    });
    // The focus follows the screen, not the order the widgets were made in.
    setTabOrder({ m_new, m_duplicate, m_delete, m_activate, undoButton, m_list, m_name, m_environment, m_apiKey,
                  m_copyKey, m_apiSecret, m_reveal, m_copySecret, m_paste, m_products, m_certificate, m_merchantId, m_notes,
                  m_save });
}

void ApplicationManagerPane::connectSession(ConsoleSession *session, sandbox::SimulatorLink *simulator)
{
    m_session = session;
    setCatalog(session->products());
    setQuotaTracker(session->quota());
    if (simulator) {
        QPointer<sandbox::SimulatorLink> link = simulator;
        setRegistration([link](const QString &name, const QStringList &products) {
            return link ? link->registerApplication(name, products)
                        : Result<ApplicationCredentials>::failure(tr("The embedded simulator is not running."));
        });
    }
    setActiveApplicationId(session->activeApplicationId());
    connect(this, &ApplicationManagerPane::activeApplicationRequested, session, [this, session](const QString &id) {
        if (const Status set = session->setActiveApplication(id); !set) {
            setStatus(set.errorMessage());
        }
    });
    connect(session, &ConsoleSession::activeApplicationChanged, this,
            &ApplicationManagerPane::setActiveApplicationId);
    if (CertificateStore *certificates = session->certificateStore()) {
        QList<QPair<QString, QString>> list;
        for (const CertificateInfo &info : certificates->certificates()) {
            list.append({ info.id, info.label.isEmpty() ? info.subject : info.label });
        }
        setCertificates(list);
    }
}

void ApplicationManagerPane::setRegistration(Registration registration)
{
    m_registration = std::move(registration);
}

void ApplicationManagerPane::setPasteSource(PasteSource source)
{
    m_pasteSource = std::move(source);
}

void ApplicationManagerPane::setCatalog(const QList<ApiProduct> &products)
{
    m_catalog = products;
    if (m_store && !products.isEmpty()) {
        m_store->setCatalog(products);
    }
    fillProducts();
    loadEditor();
}

void ApplicationManagerPane::setQuotaTracker(QuotaTracker *tracker)
{
    m_model->setQuotaTracker(tracker);
}

void ApplicationManagerPane::setCertificates(const QList<QPair<QString, QString>> &certificates)
{
    const QString current = m_certificate->currentData().toString();
    const QSignalBlocker block(m_certificate);
    m_certificate->clear();
    m_certificate->addItem(tr("None"), QString());
    for (const auto &[id, label] : certificates) {
        m_certificate->addItem(tr("%1 (%2…)").arg(label, id.left(12)), id);
        m_certificate->setItemData(m_certificate->count() - 1, label, CertificateLabelRole);
    }
    m_certificate->setCurrentIndex(qMax(0, m_certificate->findData(current)));
    loadEditor();
}

void ApplicationManagerPane::setActiveApplicationId(const QString &id)
{
    m_model->setActiveId(id);
    updateButtons();
}

QString ApplicationManagerPane::selectedId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

bool ApplicationManagerPane::selectApplication(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

QString ApplicationManagerPane::statusText() const
{
    return m_status->text();
}

void ApplicationManagerPane::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ApplicationManagerPane::fillProducts()
{
    const QStringList checked = checkedProducts();
    const QSignalBlocker block(m_products);
    m_products->clear();
    for (const ApiProduct &p : std::as_const(m_catalog)) {
        auto *item = new QListWidgetItem(productLine(p), m_products);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ApplicationManagerPane::setCheckedProducts(const QStringList &productIds)
{
    {
        const QSignalBlocker block(m_products);
        for (int i = 0; i < m_products->count(); ++i) {
            QListWidgetItem *item = m_products->item(i);
            item->setCheckState(productIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
        }
    }
    updateDerivedLevel();
}

QStringList ApplicationManagerPane::checkedProducts() const
{
    QStringList ids;
    for (int i = 0; i < m_products->count(); ++i) {
        if (m_products->item(i)->checkState() == Qt::Checked) {
            ids << m_products->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

void ApplicationManagerPane::updateDerivedLevel()
{
    const QStringList ids = checkedProducts();
    const SecurityLevel level = ApplicationStore::highestLevel(ids, m_catalog);
    QString text = ids.isEmpty()  ? tr("%1 (no product chosen)").arg(securityLevelName(level))
            : ids.size() == 1     ? tr("%1, the level of its product").arg(securityLevelName(level))
                                  : tr("%1, the highest of its %2 products").arg(securityLevelName(level)).arg(ids.size());
    if (level == SecurityLevel::High) {
        text += tr("; needs a client certificate for mutual TLS");
    } else if (level == SecurityLevel::Restricted) {
        text += tr("; requests are HMAC-signed with the API secret");
    }
    m_level->setText(text);
}

void ApplicationManagerPane::loadEditor()
{
    if (!m_store || m_loading) {
        return;
    }
    m_loading = true;
    const QString id = selectedId();
    const Application *app = m_store->find(id);
    m_loadedId = app ? id : QString();
    m_editor->setEnabled(app != nullptr);
    m_save->setEnabled(app != nullptr);
    m_name->setText(app ? app->name : QString());
    m_environment->setCurrentIndex(app ? qMax(0, m_environment->findData(app->environmentId)) : 0);
    m_apiKey->clear();
    m_apiSecret->clear();
    m_reveal->setChecked(false);
    m_apiKey->setPlaceholderText(QString());
    if (app) {
        auto credentials = m_store->credentials(app->id);
        if (credentials) {
            m_apiKey->setText(credentials->apiKey);
            m_apiSecret->setText(QString::fromUtf8(credentials->apiSecret));
        } else {
            const QString hint = m_store->apiKeyHint(app->id);
            m_apiKey->setPlaceholderText(hint.isEmpty() ? tr("vault locked") : tr("%1 (vault locked)").arg(hint));
            m_apiSecret->setPlaceholderText(tr("vault locked"));
        }
    }
    setCheckedProducts(app ? app->productIds : QStringList());
    {
        const QSignalBlocker block(m_certificate);
        int index = app ? m_certificate->findData(app->certificateId) : 0;
        if (app && !app->certificateId.isEmpty() && index < 0) {
            m_certificate->addItem(tr("%1… (not in the certificate store)").arg(app->certificateId.left(12)),
                                   app->certificateId);
            index = m_certificate->count() - 1;
        }
        m_certificate->setCurrentIndex(qMax(0, index));
    }
    m_merchantId->setText(app ? app->merchantId : QString());
    m_notes->setPlainText(app ? app->notes : QString());
    m_loading = false;
    updateButtons();
}

void ApplicationManagerPane::updateButtons()
{
    const QString id = selectedId();
    const bool selected = !id.isEmpty();
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_activate->setEnabled(selected && id != m_model->activeId());
}

void ApplicationManagerPane::applyPresentation()
{
    const bool on = Presentation::instance()->isOn();
    // While presenting, no credential is readable on screen.
    if (on) {
        m_reveal->setChecked(false);
    }
    m_reveal->setEnabled(!on);
    m_apiKey->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal);
    m_copyKey->setEnabled(!on);
    m_copySecret->setEnabled(!on);
}

ApplicationManagerPane::EditorForm ApplicationManagerPane::readEditor() const
{
    EditorForm form;
    if (const Application *stored = m_store->find(m_loadedId)) {
        form.app = *stored;
    }
    form.app.name = m_name->text().trimmed();
    form.app.environmentId = m_environment->currentData().toString();
    form.app.productIds = checkedProducts();
    form.app.certificateId = m_certificate->currentData().toString();
    form.app.merchantId = m_merchantId->text().trimmed();
    form.app.notes = m_notes->toPlainText();
    form.credentials = { m_apiKey->text().trimmed(), m_apiSecret->text().trimmed().toUtf8() };
    return form;
}

void ApplicationManagerPane::showForm(const EditorForm &form)
{
    m_loading = true;
    m_name->setText(form.app.name);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(form.app.environmentId)));
    m_apiKey->setText(form.credentials.apiKey);
    m_apiSecret->setText(QString::fromUtf8(form.credentials.apiSecret));
    setCheckedProducts(form.app.productIds);
    if (const int index = m_certificate->findData(form.app.certificateId); index >= 0) {
        const QSignalBlocker block(m_certificate);
        m_certificate->setCurrentIndex(index);
    }
    m_merchantId->setText(form.app.merchantId);
    m_notes->setPlainText(form.app.notes);
    m_loading = false;
}

Result<Application> ApplicationManagerPane::createApplication(const QString &name, const QString &environmentId)
{
    Application app;
    app.name = m_store->uniqueName(name);
    app.environmentId = environmentId;
    ApplicationCredentials credentials;
    if (environmentId == "local"_L1 && m_registration) {
        const auto minted = m_registration(app.name, app.productIds);
        if (!minted) {
            setStatus(tr("Not created: %1").arg(minted.errorMessage()));
            return minted.error();
        }
        credentials = *minted;
    }
    const auto added = m_store->add(app, credentials);
    if (!added) {
        setStatus(tr("Not created: %1").arg(added.errorMessage()));
        return added;
    }
    const Application stored = *added;
    const int row = m_store->indexOf(stored.id);
    QPointer<ApplicationStore> store = m_store;
    m_undo->push(new DoneCommand(
            tr("create %1").arg(stored.name),
            [store, stored, credentials, row] {
                return store && store->insert(row, stored, credentials) ? Status() : Status::failure({});
            },
            [store, id = stored.id] { return store ? store->remove(id) : Status::failure({}); }));
    selectApplication(stored.id);
    setStatus(environmentId == "local"_L1 && !credentials.apiKey.isEmpty()
                      ? tr("Created %1 and registered it in the local simulator.").arg(stored.name)
                      : tr("Created %1: paste its key and secret from the portal.").arg(stored.name));
    m_name->setFocus();
    m_name->selectAll();
    return stored;
}

Result<Application> ApplicationManagerPane::duplicateSelected()
{
    using R = Result<Application>;
    const Application *source = m_store->find(selectedId());
    if (!source) {
        return R::failure(tr("Select an application first."));
    }
    Result<Application> copy = R::failure({});
    ApplicationCredentials credentials;
    if (source->environmentId == "local"_L1 && m_registration) {
        // A local copy gets its own key from the simulator: two applications
        // sharing one key would share one quota and one certificate name.
        Application fresh = *source;
        fresh.id.clear();
        fresh.secretRef.clear();
        fresh.name = m_store->uniqueName(tr("%1 (copy)").arg(source->name));
        const auto minted = m_registration(fresh.name, fresh.productIds);
        if (!minted) {
            setStatus(tr("Not duplicated: %1").arg(minted.errorMessage()));
            return minted.error();
        }
        credentials = *minted;
        copy = m_store->insert(m_store->indexOf(source->id) + 1, fresh, credentials);
    } else {
        copy = m_store->duplicate(source->id);
        if (copy) {
            auto read = m_store->credentials(copy->id);
            if (read) {
                credentials = *read;
            }
        }
    }
    if (!copy) {
        setStatus(tr("Not duplicated: %1").arg(copy.errorMessage()));
        return copy;
    }
    const Application stored = *copy;
    const int row = m_store->indexOf(stored.id);
    QPointer<ApplicationStore> store = m_store;
    m_undo->push(new DoneCommand(
            tr("duplicate %1").arg(stored.name),
            [store, stored, credentials, row] {
                return store && store->insert(row, stored, credentials) ? Status() : Status::failure({});
            },
            [store, id = stored.id] { return store ? store->remove(id) : Status::failure({}); }));
    selectApplication(stored.id);
    setStatus(tr("Created %1.").arg(stored.name));
    return stored;
}

Status ApplicationManagerPane::deleteSelected()
{
    const Application *selected = m_store->find(selectedId());
    if (!selected) {
        return Status::failure(tr("Select an application first."));
    }
    const Application app = *selected;
    const int row = m_store->indexOf(app.id);
    // The key and secret stay in memory (in the undo stack) so that Ctrl+Z
    // can put them back into the vault.
    ApplicationCredentials credentials;
    if (auto read = m_store->credentials(app.id)) {
        credentials = *read;
    }
    if (const Status removed = m_store->remove(app.id); !removed) {
        setStatus(tr("Not deleted: %1").arg(removed.errorMessage()));
        return removed;
    }
    QPointer<ApplicationStore> store = m_store;
    QPointer<ApplicationManagerPane> self = this;
    m_undo->push(new DoneCommand(
            tr("delete %1").arg(app.name),
            [store, id = app.id] { return store ? store->remove(id) : Status::failure({}); },
            [store, self, app, credentials, row] {
                if (!store) {
                    return Status::failure({});
                }
                const auto back = store->insert(row, app, credentials);
                if (!back) {
                    return Status(back.error());
                }
                if (self) {
                    self->selectApplication(app.id);
                    self->setStatus(tr("%1 is back.").arg(app.name));
                }
                return Status();
            }));
    const int next = qMin(row, m_model->rowCount() - 1);
    if (next >= 0) {
        m_list->setCurrentIndex(m_model->index(next));
    }
    loadEditor();
    setStatus(tr("Deleted %1 (Ctrl+Z brings it back).").arg(app.name));
    return {};
}

Status ApplicationManagerPane::saveEditor()
{
    const Application *stored = m_store->find(m_loadedId);
    if (!stored) {
        return Status::failure(tr("Select an application first."));
    }
    const Application before = *stored;
    // Every change to the store reloads the editor from the store (its
    // updated signal), so the whole form is read before the first one.
    const EditorForm form = readEditor();
    const Application &after = form.app;
    if (const Status applied = applyForm(before, form); !applied) {
        // What was typed stays in the fields for another try.
        showForm(form);
        setStatus(tr("Not saved: %1").arg(applied.errorMessage()));
        return applied;
    }
    loadEditor();
    if (m_session && m_session->certificateStore() && before.certificateId != after.certificateId) {
        CertificateStore *certificates = m_session->certificateStore();
        const Status bound = after.certificateId.isEmpty()
                ? certificates->unbind(after.id)
                : certificates->bind(after.id, after.certificateId, m_store->hostsFor(after.environmentId));
        if (!bound) {
            setStatus(tr("Saved, but the certificate was not bound: %1").arg(bound.errorMessage()));
            return bound;
        }
    }
    setStatus(tr("Saved %1.").arg(after.name));
    return {};
}

Status ApplicationManagerPane::applyForm(const Application &before, const EditorForm &form)
{
    const Application &after = form.app;
    const ApplicationCredentials &entered = form.credentials;
    // Credentials are not part of the undo history: a secret replaced by
    // mistake is pasted again from the portal.
    const auto current = m_store->credentials(after.id);
    const bool credentialsChanged = current
            ? current->apiKey != entered.apiKey || current->apiSecret != entered.apiSecret
            : !entered.apiKey.isEmpty() || !entered.apiSecret.isEmpty();
    // A locked vault refuses before anything is stored.
    if (credentialsChanged && !current) {
        return Status::failure(current.errorMessage(), current.errorCode());
    }
    const bool fieldsChanged = before.name != after.name || before.environmentId != after.environmentId
            || before.productIds != after.productIds || before.certificateId != after.certificateId
            || before.notes != after.notes || before.merchantId != after.merchantId;
    if (fieldsChanged) {
        if (const Status updated = m_store->update(after); !updated) {
            return updated;
        }
        QPointer<ApplicationStore> store = m_store;
        m_undo->push(new DoneCommand(
                tr("edit %1").arg(after.name), [store, after] { return store ? store->update(after) : Status::failure({}); },
                [store, before] { return store ? store->update(before) : Status::failure({}); }));
    }
    if (credentialsChanged) {
        // Stored under the new environment's hosts when it changed too.
        if (const Status set = m_store->setCredentials(after.id, entered); !set) {
            return set;
        }
    }
    return {};
}

Status ApplicationManagerPane::pasteCredentials(const QString &text)
{
    if (m_loadedId.isEmpty()) {
        setStatus(tr("Select an application first."));
        return Status::failure(statusText());
    }
    const CredentialParser::Parsed parsed = CredentialParser::parse(text);
    if (!parsed.hasKey() && !parsed.hasSecret()) {
        setStatus(tr("No key or secret found in the pasted text."));
        return Status::failure(statusText());
    }
    if (parsed.hasKey()) {
        m_apiKey->setText(parsed.apiKey);
    }
    if (parsed.hasSecret()) {
        m_apiSecret->setText(parsed.apiSecret);
    }
    setStatus(parsed.hasKey() && parsed.hasSecret() ? tr("Key and secret pasted; Save keeps them in the vault.")
                      : parsed.hasKey()             ? tr("Only a key was found; Save keeps it in the vault.")
                                                    : tr("Only a secret was found; Save keeps it in the vault."));
    return {};
}

void ApplicationManagerPane::activateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    Q_EMIT activeApplicationRequested(id);
    if (const Application *app = m_store->find(id)) {
        setStatus(tr("The next request uses %1.").arg(app->name));
    }
}

} // namespace opc::ui
