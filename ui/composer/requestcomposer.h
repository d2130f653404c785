#pragma once

#include "model/requestspec.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTableWidget;
class QTabWidget;
class QLabel;

namespace opc::ui {

/// Edits one request: method, versioned path or URL, headers and body. The
/// seed's required headers (x-api-key, x-session-id, x-request-id and the
/// token header) are added by the request engine at send time, so the
/// composer only shows them as a reminder, never stores secrets itself.
class RequestComposer : public QWidget
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QString, QString>>;

    explicit RequestComposer(QWidget *parent = nullptr);

    QString method() const;
    void setMethod(const QString &method);
    QString url() const;
    void setUrl(const QString &url);
    HeaderList headers() const;
    void setHeaders(const HeaderList &headers);
    QByteArray body() const;
    void setBody(const QByteArray &body);

    /// The request as edited: @p base supplies what the composer does not
    /// edit (token header, signing overrides); query rows are folded into
    /// the URL when loaded, so they are edited where they are seen.
    RequestSpec spec(const RequestSpec &base = {}) const;
    void setSpec(const RequestSpec &spec);

    /// Adds a page beside Headers and Body (the Auth tab).
    void addPage(QWidget *page, const QString &title);
    /// Renames an added page's tab (the window's pages, on a change of language).
    void setPageTitle(QWidget *page, const QString &title);
    /// Brings a page (Headers, Body or an added one) to the front.
    void showPage(QWidget *page);

    /// The open requests, one tab each; MainWindow keeps what each holds.
    QTabBar *requestTabs() const { return m_requestTabs; }

    /// Shown under the URL: which application, token and signature the
    /// next send will use, so nobody has to guess.
    void setSendSummary(const QString &summary);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Puts the cursor in the URL with its text selected (Ctrl+L).
    void focusUrl();

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    void busyChanged(bool busy);
    /// The user edited the method, URL, a header or the body.
    void edited();

private:
    void addHeaderRow(const QString &name, const QString &value);
    void refreshBodyMask();

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTabBar *m_requestTabs = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_bodyMasked = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QLabel *m_summary = nullptr;
    bool m_busy = false;
    bool m_loading = false; ///< setSpec() is filling the fields: not an edit
};

} // namespace opc::ui
