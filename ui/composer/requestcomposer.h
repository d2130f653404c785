#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
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

    /// Shown under the URL: which application, token and signature the
    /// next send will use, so nobody has to guess.
    void setSendSummary(const QString &summary);
    void setBusy(bool busy);

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();

private:
    void addHeaderRow(const QString &name, const QString &value);

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_send = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_summary = nullptr;
    bool m_busy = false;
};

} // namespace opc::ui
