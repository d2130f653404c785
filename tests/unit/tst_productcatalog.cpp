// The bundled product catalogue and its loader: the data the console, the
// command line and the simulator share.
#include "catalog/productcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The built-in document with @p change applied to the product @p id.
QByteArray withProduct(const QString &id, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = ProductCatalog::builtIn().document();
    QJsonArray products = root.value("products"_L1).toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        QJsonObject product = products.at(i).toObject();
        if (product.value("id"_L1).toString() == id) {
            change(product);
            products[i] = product;
        }
    }
    root.insert(u"products"_s, products);
    return compact(root);
}

} // namespace

class TestProductCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLoads()
    {
        // The resource lives in a static library: it must reach this binary.
        QVERIFY(QFile::exists(u":/opc/catalog/op-api-catalog.json"_s));
        const ProductCatalog &catalog = ProductCatalog::builtIn();
        QCOMPARE(catalog.products().size(), 10);
        QCOMPARE(
            catalog.document().value("products"_L1).toArray().size(), catalog.products().size());
        QCOMPARE(&ProductCatalog::builtIn(), &catalog);
    }

    void builtInIsTheFileInTheSourceTree()
    {
        QFile file(QStringLiteral(OPC_CATALOG_FILE));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const auto fromFile = ProductCatalog::fromJson(file.readAll());
        QVERIFY2(fromFile, qPrintable(fromFile.errorMessage()));
        QCOMPARE(fromFile->document(), ProductCatalog::builtIn().document());
    }

    void idsAreUnique()
    {
        QSet<QString> ids;
        for (const ApiProduct &product : ProductCatalog::builtIn().products()) {
            QVERIFY2(!product.id.isEmpty(), qPrintable(product.name));
            QVERIFY2(!ids.contains(product.id), qPrintable(product.id));
            ids.insert(product.id);
        }
        QCOMPARE(ids.size(), ProductCatalog::builtIn().products().size());
    }

    void everyProductHasAKnownLevelTokenHeaderAndPrefix()
    {
        const QStringList levels { u"Open"_s, u"Basic"_s, u"Restricted"_s, u"High"_s };
        const QStringList headers { u"x-authorization"_s, u"Authorization"_s };
        const QJsonArray documented
            = ProductCatalog::builtIn().document().value("products"_L1).toArray();
        const QList<ApiProduct> &products = ProductCatalog::builtIn().products();
        QCOMPARE(products.size(), documented.size());
        for (qsizetype i = 0; i < products.size(); ++i) {
            const QJsonObject entry = documented.at(i).toObject();
            const ApiProduct &product = products.at(i);
            QCOMPARE(product.id, entry.value("id"_L1).toString());
            // Compare the parsed value with the written one: a misspelt level
            // would otherwise pass as the parser's fallback (Basic).
            const QString level = entry.value("securityLevel"_L1).toString();
            QVERIFY2(levels.contains(level), qPrintable(product.id));
            QCOMPARE(securityLevelName(product.securityLevel), level);
            QVERIFY2(headers.contains(product.tokenHeader), qPrintable(product.id));
            QCOMPARE(product.tokenHeader, entry.value("tokenHeader"_L1).toString());
            QCOMPARE(
                signatureSchemeName(product.signature), entry.value("signature"_L1).toString());
            QVERIFY2(!ProductCatalog::builtIn().pathPrefixes(product.id).isEmpty(),
                qPrintable(product.id));
            QVERIFY2(!product.endpointPaths.isEmpty(), qPrintable(product.id));
        }
    }

    void psd2ProductsAreMtlsAndHigh()
    {
        const QStringList psd2 { u"psd2-oauth"_s, u"psd2-ais-v1"_s, u"psd2-pis-v1"_s,
            u"psd2-cof-v1"_s };
        for (const QString &id : psd2) {
            const ApiProduct *product = ProductCatalog::builtIn().find(id);
            QVERIFY2(product, qPrintable(id));
            QVERIFY2(product->mtls, qPrintable(id));
            QCOMPARE(product->securityLevel, SecurityLevel::High);
            QVERIFY(product->tokenIsBearer());
        }
        // And nothing else asks for a client certificate.
        for (const ApiProduct &product : ProductCatalog::builtIn().products()) {
            if (!psd2.contains(product.id))
                QVERIFY2(!product.mtls, qPrintable(product.id));
        }
    }

    void legacyPaymentsIsHmac()
    {
        const ApiProduct *payments = ProductCatalog::builtIn().find(u"payments-v1"_s);
        QVERIFY(payments);
        QCOMPARE(payments->name, u"Payments (legacy)"_s);
        QCOMPARE(payments->signature, SignatureScheme::HmacSha256);
        QCOMPARE(payments->securityLevel, SecurityLevel::Restricted);
        QCOMPARE(payments->tokenHeader, u"x-authorization"_s);
        QCOMPARE(ProductCatalog::builtIn().find(u"online-payment-v1"_s)->signature,
            SignatureScheme::OpRsaSha256);
        QVERIFY(!ProductCatalog::builtIn().find(u"no-such-product"_s));
    }

    void matchPath_data()
    {
        QTest::addColumn<QString>("urlOrPath");
        QTest::addColumn<QString>("id");
        QTest::newRow("path") << u"/v1/payments/initiate"_s << u"payments-v1"_s;
        QTest::newRow("path with query") << u"/v1/holdings?fundId=1"_s << u"funds-v1"_s;
        QTest::newRow("template path with query")
            << u"/accounts/v3/accounts/abc/transactions?pageSize=10"_s << u"accounts-v3"_s;
        // Only the prefixes tell: no endpoint template fits, and three
        // products share the basePath "/v1".
        QTest::newRow("below a prefix") << u"/v1/holdings/abc?x=1"_s << u"funds-v1"_s;
        QTest::newRow("suffix of a prefix")
            << u"/branches/v1/branches.geojson"_s << u"branches-v1"_s;
        QTest::newRow("absolute URL")
            << u"https://sandbox.apis.op.fi/accounts-psd2/v1/accounts/x/transactions?continuationToken=1"_s
            << u"psd2-ais-v1"_s;
        QTest::newRow("absolute URL with port")
            << u"https://127.0.0.1:8443/v1/accounts/abc"_s << u"accounts-v1"_s;
        // Not a prefix of any product: decided by the endpoint templates.
        QTest::newRow("endpoint template")
            << u"https://127.0.0.1:8443/oauth/authorize?response_type=code"_s << u"psd2-oauth"_s;
        QTest::newRow("unknown path") << u"/nothing/here"_s << QString();
        QTest::newRow("prefix needs a segment boundary") << u"/branches/v1x"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("URL without path") << u"https://sandbox.apis.op.fi"_s << QString();
    }

    void matchPath()
    {
        QFETCH(QString, urlOrPath);
        QFETCH(QString, id);
        const ApiProduct *product = ProductCatalog::builtIn().matchPath(urlOrPath);
        QCOMPARE(product ? product->id : QString(), id);
    }

    void everyEndpointBelongsToItsProduct()
    {
        const ProductCatalog &catalog = ProductCatalog::builtIn();
        for (const QJsonValue &p : catalog.document().value("products"_L1).toArray()) {
            const QString id = p.toObject().value("id"_L1).toString();
            for (const QJsonValue &e : p.toObject().value("endpoints"_L1).toArray()) {
                const QString path = e.toObject().value("path"_L1).toString();
                const ApiProduct *product = catalog.matchPath(path);
                QVERIFY2(product, qPrintable(path));
                QVERIFY2(product->id == id, qPrintable(path + u" -> "_s + product->id));
            }
        }
    }

    void servedShapeParsesWithoutPrefixes()
    {
        // The simulator serves /__catalog without pathPrefixes; such a
        // document still parses and matches by endpoint templates.
        QJsonObject root = ProductCatalog::builtIn().document();
        QJsonArray products = root.value("products"_L1).toArray();
        for (auto it = products.begin(); it != products.end(); ++it) {
            QJsonObject product = it->toObject();
            product.remove(u"pathPrefixes"_s);
            *it = product;
        }
        root.insert(u"products"_s, products);
        const auto served = ProductCatalog::fromJson(compact(root));
        QVERIFY2(served, qPrintable(served.errorMessage()));
        QCOMPARE(served->products().size(), ProductCatalog::builtIn().products().size());
        QVERIFY(served->pathPrefixes(u"funds-v1"_s).isEmpty());
        QCOMPARE(served->matchPath(u"/v1/payments/initiate"_s)->id, u"payments-v1"_s);
    }

    void damagedDocumentIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("truncated") << QByteArray(R"({"products":[{"id":"a")") << u"JSON"_s;
        QTest::newRow("not an object") << QByteArray("[]") << u"JSON object"_s;
        QTest::newRow("no list") << QByteArray(R"({"items":[]})") << u"\"products\""_s;
        QTest::newRow("entry not an object") << QByteArray(R"({"products":[7]})") << u"product 1"_s;
        QTest::newRow("no id") << withProduct(u"funds-v1"_s, [](QJsonObject &p) {
            p.remove(u"id"_s);
        }) << u"product 4 has no id"_s;
        QTest::newRow("duplicate id") << withProduct(u"funds-v1"_s, [](QJsonObject &p) {
            p.insert(u"id"_s, u"accounts-v3"_s);
        }) << u"accounts-v3"_s;
        QTest::newRow("unknown level") << withProduct(u"branches-v1"_s, [](QJsonObject &p) {
            p.insert(u"securityLevel"_s, u"Ultra"_s);
        }) << u"Ultra"_s;
        QTest::newRow("unknown token header") << withProduct(u"branches-v1"_s, [](QJsonObject &p) {
            p.insert(u"tokenHeader"_s, u"x-token"_s);
        }) << u"x-token"_s;
        QTest::newRow("unknown signature") << withProduct(u"payments-v1"_s, [](QJsonObject &p) {
            p.insert(u"signature"_s, u"md5"_s);
        }) << u"md5"_s;
        QTest::newRow("mtls not a bool")
            << withProduct(u"psd2-ais-v1"_s, [](QJsonObject &p) { p.insert(u"mtls"_s, u"yes"_s); })
            << u"psd2-ais-v1"_s;
        QTest::newRow("no basePath")
            << withProduct(u"accounts-v1"_s, [](QJsonObject &p) { p.remove(u"basePath"_s); })
            << u"basePath"_s;
        QTest::newRow("no endpoints")
            << withProduct(u"accounts-v1"_s, [](QJsonObject &p) { p.remove(u"endpoints"_s); })
            << u"endpoints"_s;
        QTest::newRow("endpoint without path") << withProduct(u"psd2-cof-v1"_s, [](QJsonObject &p) {
            QJsonArray endpoints = p.value("endpoints"_L1).toArray();
            QJsonObject second = endpoints.at(1).toObject();
            second.remove(u"path"_s);
            endpoints[1] = second;
            p.insert(u"endpoints"_s, endpoints);
        }) << u"endpoint 2 of product \"psd2-cof-v1\""_s;
        QTest::newRow("relative prefix") << withProduct(u"funds-v1"_s, [](QJsonObject &p) {
            p.insert(u"pathPrefixes"_s, QJsonArray { u"/v1/funds"_s, u"v1/holdings"_s });
        }) << u"funds-v1"_s;
    }

    void damagedDocumentIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto parsed = ProductCatalog::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().startsWith("The product catalogue is damaged"_L1),
            qPrintable(parsed.errorMessage()));
        QVERIFY2(parsed.errorMessage().contains(mentions), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed.errorCode(), u"catalog-damaged"_s);
    }

    void undamagedBuiltInRoundTrips()
    {
        // The mutations above start from this document: it must parse as is,
        // or every damaged case would pass for the wrong reason.
        const auto parsed = ProductCatalog::fromJson(compact(ProductCatalog::builtIn().document()));
        QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->document(), ProductCatalog::builtIn().document());
    }
};

QTEST_GUILESS_MAIN(TestProductCatalog)
#include "tst_productcatalog.moc"
