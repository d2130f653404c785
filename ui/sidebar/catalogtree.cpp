#include "sidebar/catalogtree.h"
#include "widgets/retranslate.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QPalette>

namespace opc::ui {

namespace {
enum Role { MethodRole = Qt::UserRole + 1, PathRole, BodyRole, ProductRole, HeadersRole, CaseRole, ProductDataRole };

/// A product row's texts, in the language of the moment (made again on a change).
void setProductTexts(QTreeWidgetItem *top, const QJsonObject &product)
{
    const QString level = product.value(QLatin1String("securityLevel")).toString();
    top->setText(0, CatalogTree::tr("%1 %2").arg(product.value(QLatin1String("name")).toString(),
                                                 product.value(QLatin1String("version")).toString()));
    top->setText(1, product.value(QLatin1String("mtls")).toBool() ? CatalogTree::tr("%1 · mTLS").arg(level) : level);
    top->setToolTip(0, CatalogTree::tr("%1 · token in %2 · signature %3")
                           .arg(product.value(QLatin1String("basePath")).toString(),
                                product.value(QLatin1String("tokenHeader")).toString(),
                                product.value(QLatin1String("signature")).toString()));
}
} // namespace

CatalogTree::CatalogTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("catalogTree"));
    setColumnCount(2);
    retranslate(this, [this] {
        setHeaderLabels({ tr("API"), tr("Security") });
        // The product rows, in place: expanded products and the current row stay.
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = topLevelItem(i);
            setProductTexts(top, top->data(0, ProductDataRole).toJsonObject());
        }
    });
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
        top->setData(0, ProductDataRole, product);
        setProductTexts(top, product);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        const QString productId = product.value(QLatin1String("id")).toString();
        for (const QJsonValue &e : product.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject endpoint = e.toObject();
            auto *child = new QTreeWidgetItem(top);
            const QString method = endpoint.value(QLatin1String("method")).toString();
            const QString path = endpoint.value(QLatin1String("path")).toString();
            const QString summary = endpoint.value(QLatin1String("summary")).toString();
            child->setText(0, QStringLiteral("%1  %2").arg(method, path));
            // Error and warning cases share a path with the plain call: name the case.
            for (const QLatin1String prefix : { QLatin1String("Error case: "), QLatin1String("Warning case: ") }) {
                if (summary.startsWith(prefix)) {
                    child->setText(0, QStringLiteral("%1  %2").arg(method, summary.mid(prefix.size())));
                    child->setData(0, CaseRole, true);
                    child->setForeground(0, palette().color(QPalette::Link));
                }
            }
            child->setToolTip(0, QStringLiteral("%1 %2\n%3").arg(method, path, summary));
            child->setData(0, HeadersRole, endpoint.value(QLatin1String("headers")).toObject().toVariantMap());
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

void CatalogTree::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange) {
        return;
    }
    // The error and warning cases use the link colour of the palette in
    // force: recolour them when it changes (light <-> dark).
    const QColor link = palette().color(QPalette::Link);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, CaseRole).toBool()) {
                top->child(j)->setForeground(0, link);
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

bool CatalogTree::activateMatching(const QString &needle)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *child = top->child(j);
            if (child->text(0).contains(needle, Qt::CaseInsensitive)) {
                top->setExpanded(true);
                setCurrentItem(child);
                scrollToItem(child);
                activate(child);
                return true;
            }
        }
    }
    return false;
}

void CatalogTree::activate(QTreeWidgetItem *item)
{
    if (!item || !item->parent()) {
        return;
    }
    QList<QPair<QString, QString>> headers;
    const QVariantMap map = item->data(0, HeadersRole).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        headers.append({ it.key(), it.value().toString() });
    }
    Q_EMIT endpointActivated(item->data(0, MethodRole).toString(), item->data(0, PathRole).toString(),
                             item->data(0, BodyRole).toByteArray(), headers);
}

} // namespace opc::ui
