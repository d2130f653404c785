#include "composer/requesttabs.h"

#include "collections/autosavejournal.h"
#include "composer/requestcomposer.h"
#include "widgets/retranslate.h"

#include <QTabBar>

namespace opc::ui {

RequestTabs::RequestTabs(RequestComposer *composer, QObject *parent) : QObject(parent), m_composer(composer)
{
    QTabBar *bar = m_composer->requestTabs();
    connect(bar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0) {
            show(keyAt(index));
        }
    });
    connect(bar, &QTabBar::tabCloseRequested, this, [this](int index) { Q_EMIT closeRequested(keyAt(index)); });
    connect(m_composer, &RequestComposer::edited, this, [this] { markDirty(m_current); });
    // The tabs' tooltips; their titles are the documents' names, kept as given.
    retranslate(this, [this] {
        for (const QString &key : keys()) {
            refreshTitle(key);
        }
    });
}

QString RequestTabs::open(const RequestSpec &spec, const QString &collectionId, const QString &requestId,
                          const QString &title)
{
    if (!collectionId.isEmpty()) {
        if (const QString open = findCollectionRequest(collectionId, requestId); !open.isEmpty()) {
            show(open);
            return open;
        }
    }
    Document document;
    document.collectionId = collectionId;
    document.requestId = requestId;
    document.spec = spec;
    document.journalId = AutosaveJournal::newTabId();
    document.title = !title.isEmpty() ? title
        : !requestId.isEmpty()        ? requestId.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0)
                                      : QStringLiteral("%1 %2").arg(spec.method, spec.url);
    const QString key = QStringLiteral("tab-%1").arg(m_next++);
    m_documents.insert(key, document);
    QTabBar *bar = m_composer->requestTabs();
    {
        const QSignalBlocker block(bar);
        const int index = bar->addTab(document.title);
        bar->setTabData(index, key);
    }
    refreshTitle(key);
    show(key);
    return key;
}

QString RequestTabs::openReusingPristine(const RequestSpec &spec, const QString &title)
{
    Document *shown = current();
    if (!shown || !shown->isPristine()) {
        return open(spec, {}, {}, title);
    }
    shown->spec = spec;
    shown->title = title;
    {
        const QSignalBlocker block(m_composer);
        m_composer->setSpec(spec);
    }
    refreshTitle(m_current);
    Q_EMIT currentChanged(m_current);
    return m_current;
}

RequestTabs::Document *RequestTabs::document(const QString &key)
{
    const auto it = m_documents.find(key);
    return it == m_documents.end() ? nullptr : &*it;
}

const RequestTabs::Document *RequestTabs::document(const QString &key) const
{
    const auto it = m_documents.constFind(key);
    return it == m_documents.cend() ? nullptr : &*it;
}

QStringList RequestTabs::keys() const
{
    QStringList keys;
    const QTabBar *bar = m_composer->requestTabs();
    for (int i = 0; i < bar->count(); ++i) {
        keys.append(bar->tabData(i).toString());
    }
    return keys;
}

int RequestTabs::indexOf(const QString &key) const
{
    const QTabBar *bar = m_composer->requestTabs();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabData(i).toString() == key) {
            return i;
        }
    }
    return -1;
}

QString RequestTabs::keyAt(int index) const
{
    return m_composer->requestTabs()->tabData(index).toString();
}

QString RequestTabs::findCollectionRequest(const QString &collectionId, const QString &requestId) const
{
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (it->collectionId == collectionId && it->requestId == requestId) {
            return it.key();
        }
    }
    return {};
}

void RequestTabs::stashCurrent()
{
    if (Document *shown = current()) {
        shown->spec = m_composer->spec(shown->spec);
    }
}

RequestSpec RequestTabs::currentSpec()
{
    stashCurrent();
    const Document *shown = current();
    return shown ? shown->spec : m_composer->spec();
}

void RequestTabs::show(const QString &key)
{
    if (!m_documents.contains(key)) {
        return;
    }
    QTabBar *bar = m_composer->requestTabs();
    if (const int index = indexOf(key); bar->currentIndex() != index) {
        const QSignalBlocker block(bar);
        bar->setCurrentIndex(index);
    }
    if (key == m_current) {
        return;
    }
    stashCurrent();
    m_current = key;
    m_composer->setSpec(m_documents.value(key).spec);
    Q_EMIT currentChanged(key);
}

void RequestTabs::markDirty(const QString &key)
{
    Document *edited = document(key);
    if (edited && !edited->dirty) {
        edited->dirty = true;
        refreshTitle(key);
    }
}

void RequestTabs::markSaved(const QString &key, const QString &collectionId, const QString &requestId,
                            const QString &title)
{
    Document *saved = document(key);
    if (!saved) {
        return;
    }
    saved->dirty = false;
    saved->collectionId = collectionId;
    saved->requestId = requestId;
    if (!title.isEmpty()) {
        saved->title = title;
    }
    refreshTitle(key);
}

void RequestTabs::setResponse(const QString &key, const Exchange &exchange,
                              const std::optional<PreparedRequest> &prepared)
{
    Document *sent = document(key);
    if (!sent) {
        return; // the tab was closed while its request was on the way
    }
    sent->exchange = exchange;
    sent->prepared = prepared;
    ++sent->responses;
    if (key == m_current) {
        Q_EMIT responseChanged(key);
    }
}

void RequestTabs::setTitle(const QString &key, const QString &title)
{
    if (Document *d = document(key)) {
        d->title = title;
        refreshTitle(key);
    }
}

void RequestTabs::renameRequest(const QString &collectionId, const QString &oldId, const QString &newId)
{
    for (Document &document : m_documents) {
        if (document.collectionId == collectionId && document.requestId == oldId) {
            document.requestId = newId;
        }
    }
}

void RequestTabs::remove(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0) {
        return;
    }
    m_documents.remove(key);
    QTabBar *bar = m_composer->requestTabs();
    {
        const QSignalBlocker block(bar);
        bar->removeTab(index);
    }
    if (key == m_current) {
        m_current.clear();
    }
    if (bar->count() == 0) {
        open(RequestSpec {}, {}, {}, tr("New request"));
    } else if (m_current.isEmpty()) {
        show(keyAt(bar->currentIndex()));
    }
}

void RequestTabs::refreshTitle(const QString &key)
{
    const Document *shown = document(key);
    const int index = indexOf(key);
    if (!shown || index < 0) {
        return;
    }
    QTabBar *bar = m_composer->requestTabs();
    // The dot marks unsaved changes, as editors do.
    bar->setTabText(index, shown->dirty ? QStringLiteral("● ") + shown->title : shown->title);
    bar->setTabToolTip(index, shown->collectionId.isEmpty() ? tr("Not saved in a collection")
                                                            : tr("%1 in %2").arg(shown->requestId, shown->collectionId));
}

void RequestTabs::showNeighbour(int step)
{
    const int n = count();
    if (n < 2) {
        return;
    }
    const int index = ((indexOf(m_current) + step) % n + n) % n;
    show(keyAt(index));
}

} // namespace opc::ui
