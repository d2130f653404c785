#include "settings/preferencesdialog.h"

#include "settings/settings.h"
#include "shell/appearance.h"
#include "shell/uilanguage.h"
#include "widgets/retranslate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opc::ui {

PreferencesDialog::PreferencesDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    for (const UiLanguage::Choice &choice : UiLanguage::choices()) {
        m_language->addItem(choice.name, choice.code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    auto *languageLabel = new QLabel(this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("schemeBox"));
    for (const char *scheme : { "system", "light", "dark" }) {
        m_scheme->addItem(QString(), QString::fromLatin1(scheme));
    }
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(settings->colorScheme())));
    auto *schemeLabel = new QLabel(this);
    schemeLabel->setBuddy(m_scheme);
    form->addRow(schemeLabel, m_scheme);

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("textSizeBox"));
    m_textSize->setRange(100 + 10 * Appearance::MinZoom, 100 + 10 * Appearance::MaxZoom);
    m_textSize->setSingleStep(10);
    m_textSize->setSuffix(QStringLiteral(" %"));
    m_textSize->setValue(100 + 10 * Appearance::zoom());
    auto *textSizeLabel = new QLabel(this);
    textSizeLabel->setBuddy(m_textSize);
    form->addRow(textSizeLabel, m_textSize);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    retranslate(this, [=, this] {
        setWindowTitle(tr("Preferences"));
        languageLabel->setText(tr("&Language:"));
        schemeLabel->setText(tr("&Colour scheme:"));
        textSizeLabel->setText(tr("&Text size:"));
        // "System default" says what the system's language is.
        const QString system = QLocale::system().nativeLanguageName();
        m_language->setItemText(0, system.isEmpty() ? tr("System default")
                                                    : tr("System default (%1)").arg(system));
        m_scheme->setItemText(0, tr("Follow the system"));
        m_scheme->setItemText(1, tr("Light"));
        m_scheme->setItemText(2, tr("Dark"));
        note->setText(tr("Changes apply at once and are kept for the next start."));
    });

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        m_settings->setLanguage(code);
        UiLanguage::instance()->apply(code);
    });
    connect(m_scheme, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT schemeChosen(m_scheme->currentData().toString()); });
    connect(m_textSize, &QSpinBox::valueChanged, this,
            [this](int percent) { Q_EMIT zoomChosen((percent - 100) / 10); });
}

} // namespace opc::ui
