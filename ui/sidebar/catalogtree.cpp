#include "sidebar/catalogtree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>

namespace opc::ui {

namespace {
enum Role { MethodRole = Qt::UserRole + 1, PathRole, BodyRole, ProductRole };
}

CatalogTree::CatalogTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("catalogTree"));
    setColumnCount(2);
    setHeaderLabels({ tr("API"), tr("Security") });
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
}

void CatalogTree::setCatalog(const QJsonObject &catalog)
{
    clear();
    const QJsonArray products = catalog.value(QLatin1String("products")).toArray();
    for (const QJsonValue &value : products) {
        const QJsonObject product = value.toObject();
        auto *top = new QTreeWidgetItem(this);
        const QString level = product.value(QLatin1String("securityLevel")).toString();
        top->setText(0, tr("%1 %2").arg(product.value(QLatin1String("name")).toString(),
                                         product.value(QLatin1String("version")).toString()));
        top->setText(1, product.value(QLatin1String("mtls")).toBool() ? tr("%1 · mTLS").arg(level) : level);
        top->setToolTip(0, tr("%1 · token in %2 · signature %3")
                               .arg(product.value(QLatin1String("basePath")).toString(),
                                    product.value(QLatin1String("tokenHeader")).toString(),
                                    product.value(QLatin1String("signature")).toString()));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const QString productId = product.value(QLatin1String("id")).toString();
        for (const QJsonValue &e : product.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject endpoint = e.toObject();
            auto *child = new QTreeWidgetItem(top);
            const QString method = endpoint.value(QLatin1String("method")).toString();
            const QString path = endpoint.value(QLatin1String("path")).toString();
            child->setText(0, QStringLiteral("%1  %2").arg(method, path));
            child->setToolTip(0, endpoint.value(QLatin1String("summary")).toString());
            child->setData(0, MethodRole, method);
            child->setData(0, PathRole, path);
            child->setData(0, ProductRole, productId);
            const QJsonValue example = endpoint.value(QLatin1String("exampleBody"));
            if (example.isObject() || example.isArray()) {
                child->setData(0, BodyRole, example.isObject()
                                               ? QJsonDocument(example.toObject()).toJson()
                                               : QJsonDocument(example.toArray()).toJson());
            } else if (example.isString()) {
                child->setData(0, BodyRole, example.toString().toUtf8());
            }
        }
    }
}

int CatalogTree::endpointCount() const
{
    int count = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        count += topLevelItem(i)->childCount();
    }
    return count;
}

void CatalogTree::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent()) {
        return;
    }
    Q_EMIT endpointActivated(item->data(0, MethodRole).toString(), item->data(0, PathRole).toString(),
                             item->data(0, BodyRole).toByteArray(), item->data(0, ProductRole).toString());
}

} // namespace opc::ui
