#pragma once

#include "model/assertion.h"
#include "model/exchange.h"
#include "model/requestspec.h"
#include "net/preparedrequest.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace opc::ui {

class RequestComposer;

/// The open request tabs: each tab is a document that owns its request, its
/// collection binding, its unsaved state and its own last response, and the
/// composer's tab bar is its view. Questions (save before closing?) belong to
/// the window; this class only keeps the documents and their order.
class RequestTabs : public QObject
{
    Q_OBJECT
public:
    struct Document
    {
        QString collectionId; ///< empty: not saved in a collection
        QString requestId;
        QString title;
        RequestSpec spec;
        /// The Tests tab: checked after every response, saved with the request.
        QList<Assertion> assertions;
        QList<Capture> captures;
        bool dirty = false;
        QString journalId; ///< the autosave journal's name for this tab
        std::optional<Exchange> exchange; ///< this tab's last response
        std::optional<PreparedRequest> prepared; ///< the request of that response
        int responses = 0; ///< responses received in this tab during this run

        /// Unedited, unsaved and never sent: may be replaced by what the
        /// user opens next instead of opening one more tab.
        bool isPristine() const { return !dirty && collectionId.isEmpty() && responses == 0; }
    };

    explicit RequestTabs(RequestComposer *composer, QObject *parent = nullptr);

    /// Opens @p spec in a new tab and shows it; the tab of that collection
    /// request if one is open already. Returns the tab's key.
    QString open(const RequestSpec &spec, const QString &collectionId = {}, const QString &requestId = {},
                 const QString &title = {});
    /// Like open() for an unsaved request, but replaces the shown tab when it
    /// is pristine (the catalogue's endpoints, a first request).
    QString openReusingPristine(const RequestSpec &spec, const QString &title);

    QString currentKey() const { return m_current; }
    /// Null for an unknown key.
    Document *document(const QString &key);
    const Document *document(const QString &key) const;
    Document *current() { return document(m_current); }
    /// Keys in the order the tabs are shown.
    QStringList keys() const;
    int count() const { return int(m_documents.size()); }
    int indexOf(const QString &key) const;
    QString keyAt(int index) const;
    QString findCollectionRequest(const QString &collectionId, const QString &requestId) const;

    /// Copies what the composer shows into the current document.
    void stashCurrent();
    /// The current tab's request as edited.
    RequestSpec currentSpec();
    void show(const QString &key);
    /// Shows the tab @p step places on (Ctrl+Tab: 1, Ctrl+Shift+Tab: -1),
    /// round from the last to the first.
    void showNeighbour(int step);
    void markDirty(const QString &key);
    void markSaved(const QString &key, const QString &collectionId, const QString &requestId,
                   const QString &title = {});
    void setResponse(const QString &key, const Exchange &exchange, const std::optional<PreparedRequest> &prepared);
    /// Renames the tab of @p key (an unsaved tab's default title in a new
    /// language); nothing is marked edited.
    void setTitle(const QString &key, const QString &title);
    /// Follows a collection request renamed on disk.
    void renameRequest(const QString &collectionId, const QString &oldId, const QString &newId);
    /// Removes the tab without asking; a fresh tab takes the place of the last.
    void remove(const QString &key);

Q_SIGNALS:
    /// Another tab is shown (the composer already holds its request).
    void currentChanged(const QString &key);
    void closeRequested(const QString &key);
    /// The current tab's last response changed (a send finished in it).
    void responseChanged(const QString &key);

private:
    void refreshTitle(const QString &key);

    RequestComposer *m_composer;
    QHash<QString, Document> m_documents;
    QString m_current;
    int m_next = 1;
};

} // namespace opc::ui
