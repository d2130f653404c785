#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

class QLabel;
class QLineEdit;

namespace opc::ui {

/// A read-only view of a response body that stays responsive up to the
/// engine's 100 MB cap. It never builds a QTextDocument: the line index is
/// built in a worker, long lines are cut into display rows of wrapColumn()
/// bytes, only the visible rows are laid out (QTextLayout), and syntax
/// highlighting runs forward in time-boxed slices on the event loop, keeping
/// a highlighter state every few rows so that painting any screen costs at
/// most a few dozen rows of highlighting.
class BodyView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit BodyView(QWidget *parent = nullptr);
    ~BodyView() override;

    /// Shows @p body. Returns at once: the first screen is indexed here, the
    /// rest in a worker (indexReady()). @p mimeType picks the highlighting;
    /// empty means "guess from the first byte" (JSON or plain).
    void setBody(const QByteArray &body, const QString &mimeType = {});
    /// Shows a body that was spilled to a file, mapped rather than read.
    /// The file must stay in place while it is shown.
    bool setBodyFile(const QString &path, const QString &mimeType = {});
    void clear();

    /// Pretty mode re-indents JSON (order-preserving) in a worker; the raw
    /// text stays on screen until prettyReady().
    void setPretty(bool pretty);
    bool isPretty() const;
    /// Empty unless the last pretty attempt failed (not JSON).
    QString prettyError() const;

    /// The bytes currently shown (raw or pretty).
    QByteArray text() const;
    bool isIndexComplete() const;
    qint64 lineCount() const;
    qint64 rowCount() const;
    QString rowText(qint64 row) const;
    void setWrapColumn(int bytes);
    int wrapColumn() const;

    /// True when the body is not valid UTF-8: the view shows replacement
    /// characters and a warning strip.
    bool hasInvalidUtf8() const;

    /// Counts every match in the whole body in a worker (findFinished()).
    void find(const QString &needle);
    bool isFindRunning() const;
    qint64 matchCount() const;
    qint64 currentMatch() const; ///< index of the current match, -1 if none
    void findNext();
    void findPrevious();
    void showFindBar();

    qint64 firstVisibleRow() const;
    void scrollToRow(qint64 row);
    qint64 rowOfOffset(qint64 offset) const;

    void setSelection(qint64 fromByte, qint64 toByte);
    void selectAll();
    QString selectedText() const;
    void copy() const;
    void copyAll() const;

    /// Rows whose highlighter state is known; the background pass moves it
    /// forward until it reaches rowCount().
    qint64 highlightedRows() const;
    /// Formats applied to @p row when painted now (empty until its state is known).
    QList<QTextLayout::FormatRange> rowFormats(qint64 row) const;
    int lastPaintedRowCount() const;
    /// The highlighting definition in use ("JSON", "OP JSON Levels", ...),
    /// empty when the body is shown plain.
    QString definitionName() const;
    /// The highlighting theme, which follows the palette (light or dark).
    QString themeName() const;

Q_SIGNALS:
    void indexReady();
    void prettyReady(bool ok);
    void findFinished(qint64 count);
    void invalidUtf8Detected();
    void highlightingFinished();
    void screenPainted(qint64 firstRow, int rows);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;

    void showText(const QByteArray &text, bool complete);
    void startIndexing();
    void startPretty();
    void highlightSlice();
    void updateScrollBars();
    void updateMargins();
    void applyTheme();
    qint64 offsetAt(const QPoint &viewportPos) const;
    void jumpToMatch(qint64 index);
};

} // namespace opc::ui
