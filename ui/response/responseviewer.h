#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

#include "errors/errorpayload.h"
#include "net/preparedrequest.h"

class QAction;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace opc {
struct Exchange;
}


namespace opc::ui {

/// Shows one response: the status and what it means, the body highlighted
/// by content type (pretty or raw), and the headers.
class ResponseViewer : public QWidget
{
    Q_OBJECT
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    explicit ResponseViewer(QWidget *parent = nullptr);
    ~ResponseViewer() override;

    void clear();
    void showFailure(const QString &sentence);
    void showResponse(int status, const QString &meaning, const HeaderList &headers,
                      const QByteArray &body, qint64 elapsedMs);

    /// Everything the engine recorded: status meaning, errors, body,
    /// headers, timings and TLS, and the exchange as sent (secrets masked).
    /// With @p request (the request as prepared for the wire), "Copy as curl"
    /// includes the body and can reveal the credentials on request, and the
    /// request's secrets are masked where the body echoes them.
    void showExchange(const Exchange &exchange, const PreparedRequest *request = nullptr);

    /// Names the application the quota notices speak of.
    void setApplicationName(const QString &name);

    /// The curl command of the shown exchange, masked unless @p reveal.
    QString curlCommand(bool reveal = false) const;
    /// The redacted text for OP's API support of the shown exchange.
    QString supportBundle() const;
    /// Puts curlCommand() / supportBundle() on the clipboard.
    void copyCurl(bool reveal = false);
    void copySupportBundle();

    /// Shows the bytes as a hex dump (true) or as text (false).
    void setHexView(bool hex);
    bool isHexView() const;
    QString hexText() const;
    /// The decoded image of an image/* body (null otherwise).
    QSize imageSize() const;
    bool isShowingImage() const;
    /// "Not JSON at byte N: …" after a JSON body failed to pretty-print.
    QString bodyNotice() const;
    /// The last quota notice (under 10 % left, or a 429); empty if none.
    QString quotaNotice() const;
    bool isQuotaNoticeVisible() const;
    /// The status line's colour (by class, for the current palette).
    QColor statusColour() const;

    QString statusText() const;
    QString meaningText() const;
    class ErrorsPanel *errorsPanel() const { return m_errors; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bodyText() const;
    class BodyView *bodyView() const { return m_body; }
    /// Edit › Find: the Body tab, and the find bar of the body as shown
    /// (text or hex). False when the body is an image, which has no text.
    bool showFind();

Q_SIGNALS:
    /// A notice the rest of the window may also want to show (status bar).
    void quotaNoticeRaised(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the status line speaks of: nothing yet, a failure the caller
    /// worded (showFailure()), a bare response (showResponse()) or an exchange.
    enum class Shown { Nothing, Failure, Response, Exchange };

    /// The status line, the meaning and the metrics of what is shown, in the
    /// language in force; a caller's sentence stays as it was given.
    void describeStatus();
    /// The Timing && TLS and Raw tabs of the shown exchange.
    void describeTimings();
    void updateErrorsTab();
    /// Sets again, in a new language, every text that says what is shown
    /// (and nothing else: the body, the tab and the quota state stay).
    void retranslateShown();
    void renderBody();
    void fillHeaders(const HeaderList &headers);
    void observeQuota(const Exchange &exchange);
    void showQuotaNotice(const QString &text);
    void showImage();
    void applyStatusColour();

    QLabel *m_status = nullptr;
    QLabel *m_meaning = nullptr;
    QLabel *m_metrics = nullptr;
    QTabWidget *m_tabs = nullptr;
    class BodyView *m_body = nullptr;
    QToolButton *m_pretty = nullptr;
    QTableWidget *m_headers = nullptr;
    class ErrorsPanel *m_errors = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QToolButton *m_hex = nullptr;
    QToolButton *m_copyCurl = nullptr;
    QAction *m_revealCurl = nullptr;
    QToolButton *m_bundle = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    class BodyView *m_hexView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QLabel *m_bodyNotice = nullptr;
    QWidget *m_quotaBar = nullptr;
    QLabel *m_quotaText = nullptr;
    QByteArray m_rawBody;
    QString m_bodyFile; ///< the whole body when the engine spilled it to disk
    QString m_contentType;
    int m_statusCode = 0;
    Shown m_shown = Shown::Nothing;
    ErrorPayload m_payload; ///< of the shown exchange: the Errors tab and the advice
    qint64 m_elapsedMs = 0; ///< of a response shown by showResponse()
    /// The body notice and the last quota notice, worded in the language in force.
    std::function<QString()> m_bodyNoticeText;
    std::function<QString()> m_quotaNoticeText;

    std::unique_ptr<Exchange> m_exchange;
    std::optional<PreparedRequest> m_request;
    QString m_appName;
    /// Per application: was the last response already under 10 % left?
    QHash<QString, bool> m_wasLow;
};

} // namespace opc::ui
