#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace opc {
class CustomTokenStore;
}

namespace opc::ui {

class TokenPicker;

/// The composer's Auth tab: every token the console knows in one list (the
/// four static sandbox tokens with the data set each stands for, then the
/// custom ones, never with their values), what the next request sends and
/// where. It drives the toolbar's TokenPicker, so both always agree.
class AuthPanel : public QWidget
{
    Q_OBJECT
public:
    AuthPanel(TokenPicker *picker, CustomTokenStore *customTokens, QWidget *parent = nullptr);

    QListWidget *tokenList() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }

    /// Re-reads the tokens and marks the picker's current one.
    void refresh();
    /// The header the request's API expects (shown when the picker follows it).
    void setProductHeader(const QString &header);

private:
    TokenPicker *m_picker;
    CustomTokenStore *m_customTokens;
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QString m_productHeader = QStringLiteral("x-authorization");
    bool m_refreshing = false;
};

} // namespace opc::ui
