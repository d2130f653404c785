#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace opc {
class EnvironmentStore;
class SecretStore;
} // namespace opc

namespace opc::ui {

/// Edits the environments: the built-in local simulator, OP sandbox and
/// production (variables only) and the user's own (name, base URL,
/// variables). A variable marked secret goes to the vault, bound to the
/// environment's host; the table only ever shows it masked.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
public:
    EnvironmentsDialog(EnvironmentStore *store, SecretStore *vault, QWidget *parent = nullptr);

    /// Selects @p id in the list (for the caller's "edit the active one").
    void selectEnvironment(const QString &id);
    QString currentId() const;

    QListWidget *environmentList() const { return m_list; }
    QTableWidget *variableTable() const { return m_variables; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *crlEdit() const { return m_crl; }
    QLineEdit *mtlsBaseUrlEdit() const { return m_mtlsBaseUrl; }
    QLineEdit *caEdit() const { return m_ca; }
    QLabel *messageLabel() const { return m_message; }

    /// Writes the shown environment back to the store and saves the file.
    bool apply();
    /// Adds a user-defined environment and selects it.
    bool addEnvironment(const QString &name, const QString &baseUrl);
    bool removeCurrent();
    void addVariableRow(const QString &name = {}, const QString &value = {}, bool secret = false);

Q_SIGNALS:
    void environmentsChanged();

private:
    void reloadList();
    void showEnvironment(const QString &id);
    void showMessage(const QString &text, bool error);

    EnvironmentStore *m_store;
    SecretStore *m_vault;
    QString m_shownId;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_crl = nullptr;
    QLineEdit *m_mtlsBaseUrl = nullptr;
    QLineEdit *m_ca = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_variables = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace opc::ui
