#pragma once

#include "collections/collectionimporter.h"
#include "common/result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace opc::ui {

/// Imports a file written elsewhere (Postman v2.1, .http/.rest, curl
/// commands, OpenAPI 3) or pasted text into the collections folder: the
/// format is detected, and before anything is written the dialog lists every
/// item that will be imported and every one that will be skipped, with why
/// (scripts, unsupported auth, file bodies, …). Nothing is run.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QString &collectionsDir, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads @p path (bounded by the import size limit) and previews it.
    bool loadFile(const QString &path);
    /// Previews pasted text (a curl command, an .http file, JSON).
    void setText(const QString &text);
    /// "" for auto-detection, else one of CollectionImporter::formats().
    void setFormat(const QString &format);

    QString detectedFormat() const { return m_format; }
    /// True while a large input is being read in a worker; previewReady() follows.
    bool isBusy() const { return m_busy; }
    /// The preview, when the input could be read.
    const std::optional<ImportResult> &preview() const { return m_preview; }
    QString errorText() const;
    QTreeWidget *itemList() const { return m_items; }
    QString collectionName() const;
    void setCollectionName(const QString &name);

    /// Writes the previewed collection into a new folder of the collections
    /// folder and returns that folder.
    Result<QString> importNow();

Q_SIGNALS:
    void imported(const QString &dir);
    void previewReady();

private:
    void browse();
    void refresh();
    void showPreview();
    void finishPreview(Result<ImportResult> result);

    QString m_collectionsDir;
    QByteArray m_data;
    QString m_sourceName;
    QString m_format;
    std::optional<ImportResult> m_preview;
    QString m_error;

    QLineEdit *m_path = nullptr;
    QPlainTextEdit *m_paste = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLabel *m_detected = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_items = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_pasteTimer = nullptr;
    bool m_fromFile = false;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace opc::ui
