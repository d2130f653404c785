#include "bodyview/bodyview.h"

#include "format/jsonformatter.h"
#include "response/levelstyle.h"
#include "response/syntaxrepository.h"
#include "shell/appearance.h"
#include "widgets/retranslate.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QByteArrayMatcher>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextLine>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

namespace opc::ui {

namespace {

constexpr qint64 kSyncIndexBytes = 256 * 1024; // indexed in setBody itself
constexpr qint64 kCheckpointRows = 64;         // a saved highlighter state every 64 rows
constexpr int kPaintBudgetMs = 10;             // highlighted row layout per paint
constexpr int kSliceMs = 5;                    // background highlighting per event-loop turn
constexpr qint64 kMaxStoredMatches = 2'000'000;
constexpr qint64 kLevelScanBytes = 4 * 1024 * 1024;

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Checks UTF-8 structure, overlong forms, surrogates and range; ASCII runs
/// are skipped eight bytes at a time since JSON is mostly ASCII.
bool validUtf8(const char *p, qint64 n)
{
    qint64 i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 v;
            std::memcpy(&v, p + i, 8);
            if ((v & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(p[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (int k = 1; k < len; ++k) {
            if (!isContinuation(p[i + k]))
                return false;
            cp = (cp << 6) | (static_cast<unsigned char>(p[i + k]) & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

/// Where lines start and how many display rows come before each line.
/// Kept compact because a pretty-printed 100 MB body has millions of lines:
/// 32-bit line starts (the engine's cap is far below 4 GiB), and rows
/// counted only for the few lines longer than one display row.
struct LineIndex
{
    QList<quint32> lineStarts;
    QList<qint64> longLines;  // lines taking more than one row, ascending
    QList<qint64> extraAfter; // extra rows up to and including longLines[i]
    qint64 totalRows = 0;
    qint64 maxRowBytes = 0;
    bool invalidUtf8 = false;
    bool complete = false;

    qint64 lines() const { return lineStarts.size(); }
    qint64 lineStart(qint64 line) const { return lineStarts.at(line); }

    /// Rows before @p line (0 ≤ line ≤ lines()).
    qint64 rowsBefore(qint64 line) const
    {
        if (line >= lines())
            return totalRows;
        const auto it = std::lower_bound(longLines.cbegin(), longLines.cend(), line);
        const qsizetype k = it - longLines.cbegin();
        return line + (k > 0 ? extraAfter.at(k - 1) : 0);
    }

    /// The line holding display row @p row.
    qint64 lineOfRow(qint64 row) const
    {
        qint64 lo = 0;
        qint64 hi = lines() - 1;
        if (hi < 0)
            return 0;
        // The last line whose first row is at or before @p row.
        while (lo < hi) {
            const qint64 mid = lo + (hi - lo + 1) / 2;
            if (rowsBefore(mid) <= row)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
};

LineIndex buildIndex(const QByteArray &text, qint64 limit, int wrap)
{
    LineIndex index;
    const char *p = text.constData();
    const qint64 n = std::min<qint64>({text.size(), limit, qint64(UINT32_MAX)});
    index.complete = n == text.size();
    // Counting first lets the list be allocated once: growing it by
    // doubling would briefly hold two copies of a 100 MB body's index.
    qint64 lines = 1;
    for (const char *at = p, *end = p + n; (at = static_cast<const char *>(std::memchr(at, '\n', static_cast<size_t>(end - at)))); ++at)
        ++lines;
    index.lineStarts.reserve(lines);
    qint64 start = 0;
    qint64 extra = 0;
    for (;;) {
        const void *hit = std::memchr(p + start, '\n', static_cast<size_t>(n - start));
        const qint64 end = hit ? static_cast<const char *>(hit) - p : n;
        const qint64 len = end - start;
        const qint64 rows = std::max<qint64>(1, (len + wrap - 1) / wrap);
        if (rows > 1) {
            extra += rows - 1;
            index.longLines.append(index.lineStarts.size());
            index.extraAfter.append(extra);
        }
        index.lineStarts.append(static_cast<quint32>(start));
        index.maxRowBytes = std::max(index.maxRowBytes, std::min<qint64>(len, wrap));
        if (!hit)
            break;
        start = end + 1;
        if (start == n && !index.complete)
            break;
    }
    index.totalRows = index.lineStarts.size() + extra;
    index.invalidUtf8 = !validUtf8(p, n);
    return index;
}

/// UTF-16 length of UTF-8 bytes, counting an invalid byte as one
/// replacement character like QString::fromUtf8 does for lone bytes.
qsizetype utf16Length(const char *p, qsizetype n)
{
    qsizetype units = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (!isContinuation(p[i]))
            units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

qsizetype bytesForUtf16(const char *p, qsizetype n, qsizetype units)
{
    qsizetype i = 0;
    qsizetype seen = 0;
    while (i < n && seen < units) {
        const auto c = static_cast<unsigned char>(p[i]);
        seen += c >= 0xF0 ? 2 : 1;
        ++i;
        while (i < n && isContinuation(p[i]))
            ++i;
    }
    return i;
}

class RowHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> *sink = nullptr;
    /// Formats for the level attributes of the levels definition, in the
    /// errors panel's badge colours for the current palette.
    QHash<QString, QTextCharFormat> levelFormats;

    KSyntaxHighlighting::State run(QStringView text, const KSyntaxHighlighting::State &state)
    {
        return highlightLine(text, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!sink || length <= 0)
            return;
        if (!levelFormats.isEmpty()) {
            const auto level = levelFormats.constFind(format.name());
            if (level != levelFormats.cend()) {
                sink->append({offset, length, *level});
                return;
            }
        }
        if (format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        // Colour only: a bold or italic run is a separate font engine per run,
        // which made a screen of 200-column rows cost ~50 ms to lay out.
        sink->append({offset, length, f});
    }
};

/// Runs @p handler on @p context's thread with the worker's result; dropped
/// with the context. A watcher rather than QFuture::then keeps the delivery
/// a plain queued signal.
template<typename T, typename Handler>
void whenDone(QObject *context, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler]() mutable {
        watcher->deleteLater();
        handler(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

struct BodyView::Impl
{
    QByteArray raw;
    QByteArray text; // raw or pretty; the index refers to it
    std::unique_ptr<QFile> mapped;
    LineIndex index;
    int wrap = 200;
    quint64 generation = 0;
    bool pretty = false;
    bool showingPretty = false;
    QString prettyError;
    QString mimeType;

    RowHighlighter highlighter;
    bool highlight = false;
    QList<KSyntaxHighlighting::State> checkpoints;
    qint64 hlRow = 0;
    KSyntaxHighlighting::State hlState;
    QTimer hlTimer;

    QString needle;
    QByteArray needleBytes;
    QList<qint64> matches;
    qint64 matchTotal = 0;
    qint64 current = -1;
    bool findRunning = false;
    quint64 findGeneration = 0;

    qint64 selAnchor = -1;
    qint64 selPos = -1;

    QLabel *warning = nullptr;
    QWidget *findBar = nullptr;
    QLineEdit *findEdit = nullptr;
    QLabel *findCount = nullptr;
    QTimer findDebounce;

    int lastPainted = 0;

    /// Laid-out rows of the last screens: a dense highlighted 200-column row
    /// costs about a millisecond to lay out, so rows are laid out once and
    /// reused while scrolling.
    struct CachedRow
    {
        std::shared_ptr<QTextLayout> layout;
        bool highlighted = false;
    };
    QHash<qint64, CachedRow> layouts;
    void dirty() { layouts.clear(); }

    qint64 rows() const { return index.totalRows; }

    qint64 lineOfRow(qint64 row) const
    {
        return index.lineOfRow(row);
    }

    qint64 lineEnd(qint64 line) const
    {
        const qint64 end = line + 1 < index.lines()
                               ? index.lineStart(line + 1) - 1
                               : (index.complete ? text.size() : std::min<qint64>(text.size(), kSyncIndexBytes));
        return end;
    }

    /// A row starts on a character boundary: move forward over continuation bytes.
    qint64 align(qint64 pos, qint64 end) const
    {
        int guard = 0;
        while (pos < end && guard < 3 && isContinuation(text.constData()[pos]))
            ++pos, ++guard;
        return pos;
    }

    /// Byte range [first, second) of a display row, without the line break.
    std::pair<qint64, qint64> rowRange(qint64 row) const
    {
        if (row < 0 || row >= rows())
            return {0, 0};
        const qint64 line = lineOfRow(row);
        const qint64 chunk = row - index.rowsBefore(line);
        const qint64 ls = index.lineStart(line);
        qint64 le = lineEnd(line);
        const qint64 s = align(ls + chunk * wrap, le);
        qint64 e = align(std::min(le, ls + (chunk + 1) * wrap), le);
        if (e == le && e > s && text.constData()[e - 1] == '\r')
            --e;
        return {s, std::max(s, e)};
    }

    QString rowString(qint64 row) const
    {
        const auto [s, e] = rowRange(row);
        return QString::fromUtf8(text.constData() + s, e - s);
    }

    bool stateKnown(qint64 row) const { return highlight && row / kCheckpointRows < checkpoints.size(); }

    /// Formats for rows [first, last]; rows whose state is not yet known stay empty.
    QList<QList<QTextLayout::FormatRange>> formats(qint64 first, qint64 last)
    {
        QList<QList<QTextLayout::FormatRange>> out(last - first + 1);
        if (!stateKnown(first))
            return out;
        const qint64 from = (first / kCheckpointRows) * kCheckpointRows;
        KSyntaxHighlighting::State state = checkpoints.at(first / kCheckpointRows);
        for (qint64 r = from; r <= last; ++r) {
            highlighter.sink = r >= first ? &out[r - first] : nullptr;
            state = highlighter.run(rowString(r), state);
        }
        highlighter.sink = nullptr;
        return out;
    }
};

BodyView::BodyView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_d(std::make_unique<Impl>())
{
    setObjectName(QStringLiteral("bodyView"));
    Appearance::useFixedFont(this);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);

    m_d->warning = new QLabel(this);
    m_d->warning->setObjectName(QStringLiteral("bodyInvalidUtf8"));
    retranslate(m_d->warning, [this] {
        m_d->warning->setText(tr("⚠ The body is not valid UTF-8: undecodable bytes are shown as \uFFFD."));
    });
    m_d->warning->setAutoFillBackground(true);
    m_d->warning->setContentsMargins(6, 2, 6, 2);
    m_d->warning->hide();

    m_d->findBar = new QWidget(this);
    m_d->findBar->setObjectName(QStringLiteral("bodyFindBar"));
    auto *row = new QHBoxLayout(m_d->findBar);
    row->setContentsMargins(4, 2, 4, 2);
    m_d->findEdit = new QLineEdit(m_d->findBar);
    m_d->findEdit->setObjectName(QStringLiteral("bodyFind"));
    retranslate(m_d->findEdit, [this] { m_d->findEdit->setPlaceholderText(tr("Find in body")); });
    m_d->findEdit->setClearButtonEnabled(true);
    m_d->findEdit->installEventFilter(this);
    m_d->findCount = new QLabel(m_d->findBar);
    m_d->findCount->setObjectName(QStringLiteral("bodyFindCount"));
    row->addWidget(m_d->findEdit, 1);
    row->addWidget(m_d->findCount);
    m_d->findBar->hide();
    // The count says what find() and jumpToMatch() last said, in a new language.
    retranslate(this, [this] {
        if (m_d->needle.isEmpty())
            return; // nothing searched: the count is empty
        if (m_d->findRunning)
            m_d->findCount->setText(tr("searching…"));
        else if (m_d->current >= 0)
            m_d->findCount->setText(tr("%1 of %2").arg(m_d->current + 1).arg(m_d->matchTotal));
        else
            m_d->findCount->setText(m_d->matchTotal == 0 ? tr("no matches") : tr("%n match(es)", nullptr, static_cast<int>(std::min<qint64>(m_d->matchTotal, INT_MAX))));
    });

    // Typing a needle in a 100 MB body should not start a scan per key.
    m_d->findDebounce.setSingleShot(true);
    m_d->findDebounce.setInterval(200);
    connect(&m_d->findDebounce, &QTimer::timeout, this, [this] { find(m_d->findEdit->text()); });
    connect(m_d->findEdit, &QLineEdit::textEdited, this, [this] { m_d->findDebounce.start(); });
    connect(m_d->findEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_d->findEdit->text() != m_d->needle)
            find(m_d->findEdit->text());
        else
            findNext();
    });

    m_d->hlTimer.setSingleShot(true);
    m_d->hlTimer.setInterval(0);
    connect(&m_d->hlTimer, &QTimer::timeout, this, &BodyView::highlightSlice);

    applyTheme();
    updateMargins();

    // Loading a highlighting definition compiles its rules (tens of ms). The
    // console's bodies are JSON, so that one is loaded while the view is idle
    // rather than inside the first slice after a response arrives.
    QTimer::singleShot(0, this, [this] {
        if (m_d->highlight || !m_d->raw.isEmpty())
            return;
        RowHighlighter warm;
        warm.setDefinition(syntaxRepository().definitionForName(QStringLiteral("JSON")));
        warm.setTheme(m_d->highlighter.theme());
        warm.run(u"{\"k\": [1, true, null, \"s\"]}", {});
    });
}

BodyView::~BodyView() = default;

void BodyView::setBody(const QByteArray &body, const QString &mimeType)
{
    m_d->mapped.reset();
    m_d->raw = body;
    m_d->mimeType = mimeType;
    m_d->prettyError.clear();
    m_d->showingPretty = false;
    applyTheme();
    showText(body, false);
    if (m_d->pretty)
        startPretty();
}

bool BodyView::setBodyFile(const QString &path, const QString &mimeType)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return false;
    const qint64 size = file->size();
    uchar *data = size > 0 ? file->map(0, size) : nullptr;
    QByteArray bytes;
    if (data)
        bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), size);
    else if (size > 0)
        bytes = file->readAll(); // file systems without mmap
    setBody(bytes, mimeType);
    m_d->mapped = std::move(file); // keeps the mapping alive while shown
    return true;
}

void BodyView::clear()
{
    setBody({});
}

void BodyView::showText(const QByteArray &text, bool complete)
{
    ++m_d->generation;
    m_d->text = text;
    m_d->hlTimer.stop();
    m_d->checkpoints.clear();
    m_d->hlRow = 0;
    m_d->hlState = {};
    m_d->dirty();
    m_d->selAnchor = m_d->selPos = -1;
    m_d->matches.clear();
    m_d->matchTotal = 0;
    m_d->current = -1;
    // The first screen is indexed here so it can paint at once; the rest
    // of a large body is indexed in a worker.
    m_d->index = buildIndex(text, complete ? text.size() : kSyncIndexBytes, m_d->wrap);
    m_d->warning->setVisible(m_d->index.invalidUtf8);
    updateMargins();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
    if (m_d->index.complete) {
        if (m_d->index.invalidUtf8)
            Q_EMIT invalidUtf8Detected();
        m_d->hlTimer.start();
        QTimer::singleShot(0, this, [this, gen = m_d->generation] {
            if (gen == m_d->generation)
                Q_EMIT indexReady();
        });
    } else if (!m_d->pretty || m_d->showingPretty) {
        // With Pretty on, the worker indexes the formatted text instead; a
        // second worker scanning the raw text would only compete for cores.
        startIndexing();
    }
    if (!m_d->needle.isEmpty())
        find(m_d->needle);
}

void BodyView::startIndexing()
{
    const quint64 gen = m_d->generation;
    const int wrap = m_d->wrap;
    whenDone(this, QtConcurrent::run([text = m_d->text, wrap] { return buildIndex(text, text.size(), wrap); }),
             [this, gen](LineIndex index) {
            if (gen != m_d->generation)
                return;
            m_d->index = std::move(index);
            m_d->warning->setVisible(m_d->index.invalidUtf8);
            updateMargins();
            updateScrollBars();
            viewport()->update();
            if (m_d->index.invalidUtf8)
                Q_EMIT invalidUtf8Detected();
            m_d->hlTimer.start();
            Q_EMIT indexReady();
        });
}

void BodyView::setPretty(bool pretty)
{
    if (pretty == m_d->pretty)
        return;
    m_d->pretty = pretty;
    if (pretty) {
        startPretty();
    } else if (m_d->showingPretty) {
        m_d->showingPretty = false;
        showText(m_d->raw, false);
    }
}

void BodyView::startPretty()
{
    const quint64 gen = ++m_d->generation; // a raw re-index in flight is now stale too
    const int wrap = m_d->wrap;
    struct Pretty
    {
        JsonFormatter::Outcome outcome;
        LineIndex index;
    };
    whenDone(this, QtConcurrent::run([raw = m_d->raw, wrap] {
        Pretty p{JsonFormatter::format(raw), {}};
        if (p.outcome.valid)
            p.index = buildIndex(p.outcome.text, p.outcome.text.size(), wrap);
        return p;
    }), [this, gen](Pretty p) {
        if (gen != m_d->generation || !m_d->pretty)
            return;
        if (!p.outcome.valid) {
            m_d->prettyError = p.outcome.error; // names the byte offset
            // Keep the raw text; its index may have been dropped as stale.
            if (!m_d->index.complete)
                startIndexing();
            Q_EMIT prettyReady(false);
            return;
        }
        m_d->showingPretty = true;
        ++m_d->generation;
        m_d->text = p.outcome.text;
        m_d->index = std::move(p.index);
        m_d->hlTimer.stop();
        m_d->checkpoints.clear();
        m_d->hlRow = 0;
        m_d->hlState = {};
        m_d->selAnchor = m_d->selPos = -1;
        m_d->dirty();
        m_d->warning->setVisible(m_d->index.invalidUtf8);
        updateMargins();
        verticalScrollBar()->setValue(0);
        updateScrollBars();
        viewport()->update();
        m_d->hlTimer.start();
        if (!m_d->needle.isEmpty())
            find(m_d->needle);
        Q_EMIT indexReady();
        Q_EMIT prettyReady(true);
    });
}

bool BodyView::isPretty() const { return m_d->pretty; }
QString BodyView::prettyError() const { return m_d->prettyError; }
QByteArray BodyView::text() const { return m_d->text; }
bool BodyView::isIndexComplete() const { return m_d->index.complete; }
qint64 BodyView::lineCount() const { return m_d->index.lines(); }
qint64 BodyView::rowCount() const { return m_d->rows(); }
QString BodyView::rowText(qint64 row) const { return m_d->rowString(row); }
int BodyView::wrapColumn() const { return m_d->wrap; }
bool BodyView::hasInvalidUtf8() const { return m_d->index.invalidUtf8; }
qint64 BodyView::highlightedRows() const { return m_d->highlight ? m_d->hlRow : 0; }
int BodyView::lastPaintedRowCount() const { return m_d->lastPainted; }
QString BodyView::definitionName() const { return m_d->highlight ? m_d->highlighter.definition().name() : QString(); }
QString BodyView::themeName() const { return m_d->highlighter.theme().name(); }
bool BodyView::isFindRunning() const { return m_d->findRunning; }
qint64 BodyView::matchCount() const { return m_d->matchTotal; }
qint64 BodyView::currentMatch() const { return m_d->current; }
qint64 BodyView::firstVisibleRow() const { return verticalScrollBar()->value(); }

void BodyView::setWrapColumn(int bytes)
{
    m_d->wrap = std::max(16, bytes);
    showText(m_d->text, false);
    if (m_d->pretty && !m_d->showingPretty)
        startPretty(); // the pending result used the old width
}

QList<QTextLayout::FormatRange> BodyView::rowFormats(qint64 row) const
{
    if (row < 0 || row >= m_d->rows())
        return {};
    return m_d->formats(row, row).value(0);
}

void BodyView::highlightSlice()
{
    if (!m_d->highlight || !m_d->index.complete)
        return;
    const qint64 firstVisible = firstVisibleRow();
    const bool visibleWasKnown = m_d->stateKnown(firstVisible);
    QElapsedTimer clock;
    clock.start();
    const qint64 total = m_d->rows();
    // Time-boxed so the event loop (and scrolling) never waits long.
    while (m_d->hlRow < total) {
        if (m_d->hlRow % kCheckpointRows == 0 && m_d->hlRow / kCheckpointRows == m_d->checkpoints.size())
            m_d->checkpoints.append(m_d->hlState);
        m_d->hlState = m_d->highlighter.run(m_d->rowString(m_d->hlRow), m_d->hlState);
        ++m_d->hlRow;
        if ((m_d->hlRow & 3) == 0 && clock.elapsed() >= kSliceMs)
            break;
    }
    if (!visibleWasKnown && m_d->stateKnown(firstVisible))
        viewport()->update();
    if (m_d->hlRow < total)
        m_d->hlTimer.start();
    else
        Q_EMIT highlightingFinished();
}

void BodyView::applyTheme()
{
    auto &repo = syntaxRepository();
    const bool dark = isDarkPalette(palette());
    m_d->highlighter.setTheme(repo.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme));
    KSyntaxHighlighting::Definition def;
    if (!m_d->mimeType.isEmpty())
        def = repo.definitionForMimeType(m_d->mimeType.section(u';', 0, 0).trimmed());
    if (!def.isValid()) {
        const QByteArray head = m_d->raw.left(64).trimmed();
        if (head.startsWith('{') || head.startsWith('['))
            def = repo.definitionForName(QStringLiteral("JSON"));
        else if (head.startsWith('<'))
            def = repo.definitionForName(QStringLiteral("XML"));
    }
    // A JSON body carrying an error payload gets its level lines marked.
    // Error payloads are small; a large body is not searched for them.
    if (def.isValid() && def.name() == QLatin1String("JSON") && m_d->raw.size() <= kLevelScanBytes
        && QByteArrayView(m_d->raw).contains(QByteArrayView("\"level\""))) {
        const auto levels = repo.definitionForName(levelsDefinitionName());
        if (levels.isValid())
            def = levels;
    }
    m_d->highlighter.levelFormats.clear();
    for (const ErrorLevel level : {ErrorLevel::Fatal, ErrorLevel::Error, ErrorLevel::Warn}) {
        const LevelStyle style = LevelStyle::forLevel(level, palette());
        QTextCharFormat f;
        f.setForeground(style.foreground);
        f.setBackground(style.background);
        const QString name = errorLevelName(level);
        m_d->highlighter.levelFormats.insert(name.left(1) + name.mid(1).toLower(), f);
    }
    m_d->highlight = def.isValid();
    m_d->highlighter.setDefinition(def);
    QPalette warn = m_d->warning->palette();
    warn.setColor(QPalette::Window, dark ? QColor(0x5c, 0x45, 0x00) : QColor(0xff, 0xf3, 0xc4));
    warn.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0x8a) : QColor(0x5c, 0x45, 0x00));
    m_d->warning->setPalette(warn);
}

void BodyView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_d->dirty();
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        viewport()->update();
    } else if (event->type() == QEvent::FontChange) {
        updateScrollBars();
    }
}

void BodyView::updateMargins()
{
    const int top = m_d->warning->isVisible() ? m_d->warning->sizeHint().height() : 0;
    const int bottom = m_d->findBar->isVisible() ? m_d->findBar->sizeHint().height() : 0;
    setViewportMargins(0, top, 0, bottom);
    const QRect r = contentsRect();
    m_d->warning->setGeometry(r.left(), r.top(), r.width() - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0), top);
    m_d->findBar->setGeometry(r.left(), r.bottom() + 1 - bottom - (horizontalScrollBar()->isVisible() ? horizontalScrollBar()->height() : 0),
                              r.width(), bottom);
}

void BodyView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMargins();
    updateScrollBars();
}

static int gutterWidth(const QFontMetrics &fm, qint64 lines)
{
    return fm.horizontalAdvance(QString::number(std::max<qint64>(lines, 1)) + QStringLiteral("  "));
}

void BodyView::updateScrollBars()
{
    const QFontMetrics fm(font());
    const int lineHeight = std::max(1, fm.lineSpacing());
    const qint64 pageRows = std::max(1, viewport()->height() / lineHeight);
    const qint64 maxRow = std::max<qint64>(0, m_d->rows() - pageRows);
    verticalScrollBar()->setRange(0, static_cast<int>(std::min<qint64>(maxRow, INT_MAX)));
    verticalScrollBar()->setPageStep(static_cast<int>(pageRows));
    const int textWidth = static_cast<int>(m_d->index.maxRowBytes) * fm.horizontalAdvance(u'M') + 8;
    const int width = gutterWidth(fm, lineCount()) + textWidth;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void BodyView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void BodyView::scrollToRow(qint64 row)
{
    verticalScrollBar()->setValue(static_cast<int>(std::clamp<qint64>(row, 0, verticalScrollBar()->maximum())));
}

qint64 BodyView::rowOfOffset(qint64 offset) const
{
    const auto &starts = m_d->index.lineStarts;
    if (starts.isEmpty())
        return 0;
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), static_cast<quint32>(std::clamp<qint64>(offset, 0, UINT32_MAX)));
    const qint64 line = std::max<qint64>(0, (it - starts.cbegin()) - 1);
    const qint64 first = m_d->index.rowsBefore(line);
    const qint64 last = m_d->index.rowsBefore(line + 1) - 1;
    qint64 row = std::min(last, first + (offset - starts.at(line)) / m_d->wrap);
    if (row > first && m_d->rowRange(row).first > offset)
        --row; // the row start was moved past a multi-byte character
    return row;
}

void BodyView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const int lineHeight = std::max(1, fm.lineSpacing());
    const int gutter = gutterWidth(fm, lineCount());
    const qint64 first = firstVisibleRow();
    const qint64 total = m_d->rows();
    const qint64 last = std::min(total - 1, first + viewport()->height() / lineHeight);
    const int dx = horizontalScrollBar()->value();
    const qint64 selA = std::min(m_d->selAnchor, m_d->selPos);
    const qint64 selB = std::max(m_d->selAnchor, m_d->selPos);
    const qint64 needleLen = m_d->needleBytes.size();

    QTextCharFormat matchFormat;
    matchFormat.setBackground(QColor(255, 200, 0, 110));
    QTextCharFormat currentFormat;
    currentFormat.setBackground(QColor(255, 140, 0, 200));
    QTextCharFormat selectionFormat;
    selectionFormat.setBackground(pal.color(QPalette::Highlight));
    selectionFormat.setForeground(pal.color(QPalette::HighlightedText));

    // Highlighted rows are laid out within a time budget; the rest of the
    // screen is drawn plain this time and completed on the next turn.
    QElapsedTimer budget;
    budget.start();
    bool incomplete = false;
    QList<QList<QTextLayout::FormatRange>> formats;
    bool formatsComputed = false;
    int painted = 0;
    painter.setClipRect(QRect(gutter, 0, viewport()->width() - gutter, viewport()->height()));
    for (qint64 r = first; r <= last; ++r) {
        const bool known = m_d->stateKnown(r);
        auto cached = m_d->layouts.constFind(r);
        std::shared_ptr<QTextLayout> layout;
        if (cached != m_d->layouts.cend() && (cached->highlighted || !known)) {
            layout = cached->layout;
        } else {
            const bool highlight = known && budget.elapsed() < kPaintBudgetMs;
            if (known && !highlight)
                incomplete = true;
            if (highlight && !formatsComputed) {
                formats = m_d->formats(first, last);
                formatsComputed = true;
            }
            const auto [s, e] = m_d->rowRange(r);
            const char *bytes = m_d->text.constData() + s;
            auto toChar = [&](qint64 off) {
                return static_cast<int>(utf16Length(bytes, std::clamp<qint64>(off - s, 0, e - s)));
            };
            QList<QTextLayout::FormatRange> ranges = highlight ? formats.value(r - first) : QList<QTextLayout::FormatRange>{};
            if (needleLen > 0 && !m_d->matches.isEmpty()) {
                auto it = std::lower_bound(m_d->matches.cbegin(), m_d->matches.cend(), s - needleLen + 1);
                for (; it != m_d->matches.cend() && *it < std::max(e, s + 1); ++it) {
                    const int ca = toChar(*it);
                    const int cb = toChar(*it + needleLen);
                    const bool isCurrent = (it - m_d->matches.cbegin()) == m_d->current;
                    if (cb > ca)
                        ranges.append({ca, cb - ca, isCurrent ? currentFormat : matchFormat});
                }
            }
            if (selA >= 0 && selB > s && selA <= e && selB > selA) {
                const int ca = toChar(selA);
                const int cb = toChar(selB);
                if (cb > ca)
                    ranges.append({ca, cb - ca, selectionFormat});
            }
            layout = std::make_shared<QTextLayout>(QString::fromUtf8(bytes, e - s), font());
            layout->setFormats(ranges);
            layout->beginLayout();
            QTextLine line = layout->createLine();
            if (line.isValid())
                line.setLineWidth(1e7);
            layout->endLayout();
            // Only a coloured layout counts as final: a plain one drawn before the
            // row's state was known is redone once the pass reaches it.
            m_d->layouts.insert(r, {layout, highlight});
        }
        const int y = static_cast<int>(r - first) * lineHeight;
        painter.setPen(pal.color(QPalette::Text));
        layout->draw(&painter, QPointF(gutter + 4 - dx, y));
        ++painted;
    }
    if (m_d->layouts.size() > 4 * (last - first + 1) + 64) {
        // Keep the cache to about the rows around the screen.
        for (auto it = m_d->layouts.begin(); it != m_d->layouts.end();)
            it = (it.key() < first - 2 * (last - first + 1) || it.key() > last + 2 * (last - first + 1)) ? m_d->layouts.erase(it) : std::next(it);
    }
    if (incomplete)
        QTimer::singleShot(0, viewport(), qOverload<>(&QWidget::update));

    // The gutter is drawn last so horizontally scrolled text slides under it.
    painter.setClipping(false);
    painter.fillRect(QRect(0, 0, gutter, viewport()->height()), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (qint64 r = first; r <= last; ++r) {
        const qint64 line = m_d->lineOfRow(r);
        const bool firstOfLine = m_d->index.rowsBefore(line) == r;
        const QString label = firstOfLine ? QString::number(line + 1) : QStringLiteral("\u21aa");
        const int y = static_cast<int>(r - first) * lineHeight;
        painter.drawText(QRect(0, y, gutter - fm.horizontalAdvance(u' '), lineHeight), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    m_d->lastPainted = painted;
    Q_EMIT screenPainted(first, painted);
}

qint64 BodyView::offsetAt(const QPoint &pos) const
{
    const QFontMetrics fm(font());
    const int lineHeight = std::max(1, fm.lineSpacing());
    const qint64 total = m_d->rows();
    if (total == 0)
        return 0;
    const qint64 row = std::clamp<qint64>(firstVisibleRow() + pos.y() / lineHeight, 0, total - 1);
    const auto [s, e] = m_d->rowRange(row);
    const char *bytes = m_d->text.constData() + s;
    QTextLayout layout(QString::fromUtf8(bytes, e - s), font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    const qreal x = pos.x() - gutterWidth(fm, lineCount()) - 4 + horizontalScrollBar()->value();
    const int charIndex = line.isValid() ? line.xToCursor(x) : 0;
    return s + bytesForUtf16(bytes, e - s, charIndex);
}

void BodyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qint64 off = offsetAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier) || m_d->selAnchor < 0)
        m_d->selAnchor = off;
    m_d->selPos = off;
    m_d->dirty();
    viewport()->update();
}

void BodyView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_d->selAnchor < 0)
        return;
    const QPoint p = event->position().toPoint();
    if (p.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (p.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_d->selPos = offsetAt(p);
    m_d->dirty();
    viewport()->update();
}

void BodyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Selects the token under the mouse: a JSON value or key is what one copies.
    const qint64 off = offsetAt(event->position().toPoint());
    const qint64 row = rowOfOffset(off);
    const auto [s, e] = m_d->rowRange(row);
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || (static_cast<unsigned char>(c) & 0x80); };
    qint64 a = off;
    qint64 b = off;
    const char *t = m_d->text.constData();
    while (a > s && word(t[a - 1]))
        --a;
    while (b < e && word(t[b]))
        ++b;
    setSelection(a, b);
}

void BodyView::setSelection(qint64 fromByte, qint64 toByte)
{
    m_d->selAnchor = std::clamp<qint64>(fromByte, 0, m_d->text.size());
    m_d->selPos = std::clamp<qint64>(toByte, 0, m_d->text.size());
    m_d->dirty();
    viewport()->update();
}

void BodyView::selectAll()
{
    setSelection(0, m_d->text.size());
}

QString BodyView::selectedText() const
{
    if (m_d->selAnchor < 0 || m_d->selAnchor == m_d->selPos)
        return {};
    const qint64 a = std::min(m_d->selAnchor, m_d->selPos);
    const qint64 b = std::max(m_d->selAnchor, m_d->selPos);
    return QString::fromUtf8(m_d->text.constData() + a, b - a);
}

void BodyView::copy() const
{
    const QString selected = selectedText();
    if (!selected.isEmpty())
        QGuiApplication::clipboard()->setText(selected);
}

void BodyView::copyAll() const
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_d->text));
}

void BodyView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        return copy();
    if (event->matches(QKeySequence::SelectAll))
        return selectAll();
    if (event->matches(QKeySequence::Find))
        return showFindBar();
    if (event->matches(QKeySequence::FindNext))
        return findNext();
    if (event->matches(QKeySequence::FindPrevious))
        return findPrevious();
    if (event->matches(QKeySequence::MoveToStartOfDocument))
        return scrollToRow(0);
    if (event->matches(QKeySequence::MoveToEndOfDocument))
        return scrollToRow(m_d->rows());
    if (event->key() == Qt::Key_Escape && m_d->findBar->isVisible()) {
        m_d->findBar->hide();
        updateMargins();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool BodyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_d->findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_d->findBar->hide();
            updateMargins();
            setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void BodyView::showFindBar()
{
    m_d->findBar->show();
    updateMargins();
    m_d->findEdit->setFocus();
    m_d->findEdit->selectAll();
}

void BodyView::find(const QString &needle)
{
    m_d->needle = needle;
    m_d->needleBytes = needle.toUtf8();
    m_d->matches.clear();
    m_d->matchTotal = 0;
    m_d->current = -1;
    m_d->dirty();
    const quint64 gen = ++m_d->findGeneration;
    viewport()->update();
    if (needle.isEmpty()) {
        m_d->findRunning = false;
        m_d->findCount->clear();
        Q_EMIT findFinished(0);
        return;
    }
    m_d->findRunning = true;
    m_d->findCount->setText(tr("searching…"));
    struct Found
    {
        QList<qint64> offsets;
        qint64 total = 0;
    };
    whenDone(this, QtConcurrent::run([text = m_d->text, needle = m_d->needleBytes] {
        Found found;
        const QByteArrayMatcher matcher(needle);
        qint64 from = 0;
        for (;;) {
            const qint64 at = matcher.indexIn(text, from);
            if (at < 0)
                break;
            ++found.total;
            if (found.offsets.size() < kMaxStoredMatches)
                found.offsets.append(at);
            from = at + needle.size();
        }
        return found;
    }), [this, gen, text = m_d->text](Found found) {
        if (gen != m_d->findGeneration || text.constData() != m_d->text.constData())
            return;
        m_d->findRunning = false;
        m_d->matches = std::move(found.offsets);
        m_d->dirty();
        m_d->matchTotal = found.total;
        m_d->findCount->setText(found.total == 0 ? tr("no matches") : tr("%n match(es)", nullptr, static_cast<int>(std::min<qint64>(found.total, INT_MAX))));
        if (!m_d->matches.isEmpty()) {
            // Start from the first match at or after the screen's top.
            const qint64 top = m_d->rowRange(firstVisibleRow()).first;
            const auto it = std::lower_bound(m_d->matches.cbegin(), m_d->matches.cend(), top);
            jumpToMatch(it == m_d->matches.cend() ? 0 : it - m_d->matches.cbegin());
        }
        Q_EMIT findFinished(found.total);
    });
}

void BodyView::jumpToMatch(qint64 index)
{
    if (m_d->matches.isEmpty())
        return;
    m_d->current = (index % m_d->matches.size() + m_d->matches.size()) % m_d->matches.size();
    m_d->dirty();
    const qint64 row = rowOfOffset(m_d->matches.at(m_d->current));
    const qint64 first = firstVisibleRow();
    const qint64 page = verticalScrollBar()->pageStep();
    if (row < first || row >= first + page)
        scrollToRow(row - page / 3);
    m_d->findCount->setText(tr("%1 of %2").arg(m_d->current + 1).arg(m_d->matchTotal));
    viewport()->update();
}

void BodyView::findNext()
{
    jumpToMatch(m_d->current + 1);
}

void BodyView::findPrevious()
{
    jumpToMatch(m_d->current - 1);
}

} // namespace opc::ui
