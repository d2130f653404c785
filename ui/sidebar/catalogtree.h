#pragma once

#include <QJsonObject>
#include <QTreeWidget>

namespace opc::ui {

/// The API products of the current environment's catalogue with their
/// endpoints: security level, version and token header on each product,
/// and a double click (or Return) opens an endpoint in the composer.
class CatalogTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CatalogTree(QWidget *parent = nullptr);

    /// @p catalog is the simulator's /__catalog document.
    void setCatalog(const QJsonObject &catalog);
    int endpointCount() const;

Q_SIGNALS:
    void endpointActivated(const QString &method, const QString &path, const QByteArray &body,
                           const QList<QPair<QString, QString>> &headers);

public:
    /// Activates the first endpoint whose text contains @p needle (tour, tests).
    bool activateMatching(const QString &needle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);
};

} // namespace opc::ui
