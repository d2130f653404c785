#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
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

    void clear();
    void showFailure(const QString &sentence);
    void showResponse(int status, const QString &meaning, const HeaderList &headers,
                      const QByteArray &body, qint64 elapsedMs);

    /// Everything the engine recorded: status meaning, errors, body,
    /// headers, timings and TLS, and the exchange as sent (secrets masked).
    void showExchange(const Exchange &exchange);

    QString statusText() const;
    QString meaningText() const;
    class ErrorsPanel *errorsPanel() const { return m_errors; }
    QTabWidget *tabs() const { return m_tabs; }
    QString bodyText() const;
    class BodyView *bodyView() const { return m_body; }

private:
    void renderBody();
    void fillHeaders(const HeaderList &headers);

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
    QByteArray m_rawBody;
    QString m_bodyFile; ///< the whole body when the engine spilled it to disk
    QString m_contentType;
};

} // namespace opc::ui
