// Postman test scripts read into assertions and captures, the import report
// they give, and the export of every assertion kind as pm.test checks that
// import back into the same assertions.

#include "collections/collection.h"
#include "collections/collectionexporter.h"
#include "collections/postmanimporter.h"
#include "collections/postmanscripts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace opc;

namespace {

// "kind|target|expected", one per assertion, for compact comparisons.
QStringList flat(const QList<Assertion> &assertions)
{
    QStringList out;
    for (const Assertion &a : assertions)
        out.append(Assertion::kindName(a.kind) + u'|' + a.target + u'|' + a.expected);
    return out;
}

QStringList flat(const QList<Capture> &captures)
{
    QStringList out;
    for (const Capture &c : captures)
        out.append(c.variable + u'|' + Capture::sourceName(c.source) + u'|' + c.expression);
    return out;
}

PostmanScripts::Translation translate(const QString &script)
{
    return PostmanScripts::translate(script.split(u'\n'));
}

QString reasons(const PostmanScripts::Translation &t)
{
    QStringList out;
    for (const PostmanScripts::Untranslated &u : t.untranslated)
        out.append(u.test + u": "_s + u.reason);
    return out.join(u'\n');
}

Capture capture(const QString &variable, Capture::Source source, const QString &expression)
{
    Capture c;
    c.variable = variable;
    c.source = source;
    c.expression = expression;
    return c;
}

// Every kind, some more than once with the values that are hard to carry.
QList<Assertion> everyKind()
{
    QList<Assertion> out;
    for (int k = 0; k <= int(Assertion::Kind::NoErrors); ++k) {
        const auto kind = Assertion::Kind(k);
        switch (kind) {
        case Assertion::Kind::StatusEquals:
            out.append(Assertion::of(kind, {}, u"201"_s));
            break;
        case Assertion::Kind::StatusInRange:
            out.append(Assertion::of(kind, {}, u"200-299"_s));
            out.append(Assertion::of(kind, {}, u"400-404"_s));
            break;
        case Assertion::Kind::HeaderExists:
            out.append(Assertion::of(kind, u"X-Request-ID"_s));
            break;
        case Assertion::Kind::HeaderEquals:
            out.append(
                Assertion::of(kind, u"Content-Type"_s, u"application/json; charset=\"utf-8\""_s));
            break;
        case Assertion::Kind::HeaderMatches:
            out.append(
                Assertion::of(kind, u"Content-Type"_s, u"(?i)^application/(problem\\+)?json"_s));
            break;
        case Assertion::Kind::JsonExists:
            out.append(Assertion::of(kind, u""_s));
            out.append(Assertion::of(kind, u"/paymentId"_s));
            out.append(Assertion::of(kind, u"/a~1b/0/c~0d/k-y"_s));
            break;
        case Assertion::Kind::JsonEquals:
            out.append(Assertion::of(kind, u"/amount"_s, u"5"_s));
            out.append(Assertion::of(kind, u"/currency"_s, u"\"EUR\""_s));
            out.append(Assertion::of(kind, u"/items/0/tags"_s, u"[\"a\",{\"b\":null}]"_s));
            out.append(Assertion::of(kind, u"/ok"_s, u"true"_s));
            out.append(Assertion::of(kind, u"/rate"_s, u"-12.5"_s));
            break;
        case Assertion::Kind::JsonMatches:
            out.append(Assertion::of(kind, u"/iban"_s, u"^FI\\d{16}$"_s));
            out.append(Assertion::of(kind, u"/path"_s, u"(?is)^a/b.c$"_s));
            break;
        case Assertion::Kind::JsonType:
            for (const QString &type :
                { u"string"_s, u"number"_s, u"boolean"_s, u"object"_s, u"array"_s, u"null"_s })
                out.append(Assertion::of(kind, u"/value"_s, type));
            break;
        case Assertion::Kind::ResponseTimeBelow:
            out.append(Assertion::of(kind, {}, u"500"_s));
            break;
        case Assertion::Kind::NoErrors:
            out.append(Assertion::of(kind, {}, u"no-warn"_s));
            out.append(Assertion::of(kind, {}, u"warn-allowed"_s));
            break;
        }
    }
    return out;
}

QJsonObject testEvent(const QStringList &lines, const QString &listen = u"test"_s)
{
    return QJsonObject { { u"listen"_s, listen },
        { u"script"_s, QJsonObject { { u"exec"_s, QJsonArray::fromStringList(lines) } } } };
}

QJsonObject postmanRequest(const QString &name, const QJsonArray &events)
{
    return QJsonObject { { u"name"_s, name }, { u"event"_s, events },
        { u"request"_s,
            QJsonObject { { u"method"_s, u"GET"_s },
                { u"url"_s, u"{{baseUrl}}/accounts/v3/accounts"_s } } } };
}

QByteArray postmanCollection(const QJsonArray &items, const QJsonArray &events = {})
{
    return QJsonDocument(
        QJsonObject {
            { u"info"_s,
                QJsonObject { { u"name"_s, u"Scripts"_s },
                    { u"schema"_s,
                        u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s } } },
            { u"item"_s, items },
            { u"event"_s, events },
        })
        .toJson();
}

const ImportItem *findItem(const ImportResult &r, const QString &path, ImportItem::Outcome outcome)
{
    for (const ImportItem &i : r.items) {
        if (i.path == path && i.outcome == outcome)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestPostmanScripts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognisedShapes_data();
    void recognisedShapes();
    void captures_data();
    void captures();
    void notUnderstood_data();
    void notUnderstood();
    void aRejectedBlockLeavesTheOthers();
    void jsonAccessorEscapes_data();
    void jsonAccessorEscapes();
    void importReportsEachTest();
    void importOfTheSampleCollection();
    void exportThenImportKeepsEveryKind();
    void exportedScriptIsPostmanShaped();
};

void TestPostmanScripts::recognisedShapes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    const auto add = [](const char *name, const QString &script, const QStringList &expected) {
        QTest::newRow(name) << script << expected;
    };
    add("have.status",
        u"pm.test(\"Status code is 201\", function () {\n    pm.response.to.have.status(201);\n});"_s,
        { u"status-equals||201"_s });
    add("code eql", u"pm.test('code', function () { pm.expect(pm.response.code).to.eql(200); });"_s,
        { u"status-equals||200"_s });
    add("code equal, arrow",
        u"pm.test('code', () => {\n  pm.expect(pm.response.code).to.equal(204)\n})"_s,
        { u"status-equals||204"_s });
    add("code oneOf contiguous",
        u"pm.test('POST ok', function () { pm.expect(pm.response.code).to.be.oneOf([201, 200, 202]); });"_s,
        { u"status-in-range||200-202"_s });
    add("code oneOf one",
        u"pm.test('x', function () { pm.expect(pm.response.code).to.be.oneOf([204]); });"_s,
        { u"status-equals||204"_s });
    add("code within",
        u"pm.test('x', function () { pm.expect(pm.response.code).to.be.within(200, 299); });"_s,
        { u"status-in-range||200-299"_s });
    add("old responseCode",
        u"pm.test('x', function () { pm.expect(responseCode.code).to.eql(200); });"_s,
        { u"status-equals||200"_s });
    add("to.be.ok is 200", u"pm.test('ok', function () { pm.response.to.be.ok; });"_s,
        { u"status-equals||200"_s });
    add("to.be.success", u"pm.test('2xx', function () { pm.response.to.be.success; });"_s,
        { u"status-in-range||200-299"_s });
    add("to.be.clientError", u"pm.test('4xx', function () { pm.response.to.be.clientError; });"_s,
        { u"status-in-range||400-499"_s });
    add("to.be.notFound", u"pm.test('404', function () { pm.response.to.be.notFound; });"_s,
        { u"status-equals||404"_s });
    add("have.header",
        u"pm.test(\"Content-Type is present\", function () {\n    pm.response.to.have.header(\"Content-Type\");\n});"_s,
        { u"header-exists|Content-Type|"_s });
    add("have.header value",
        u"pm.test('h', function () { pm.response.to.have.header('X-Api', 'v3'); });"_s,
        { u"header-equals|X-Api|v3"_s });
    add("headers.get eql",
        u"pm.test('h', function () { pm.expect(pm.response.headers.get(\"Content-Type\")).to.eql(\"application/json\"); });"_s,
        { u"header-equals|Content-Type|application/json"_s });
    add("headers.get match",
        u"pm.test('h', function () { pm.expect(pm.response.headers.get('Content-Type')).to.match(/json/i); });"_s,
        { u"header-matches|Content-Type|(?i)json"_s });
    add("headers.has",
        u"pm.test('h', function () { pm.expect(pm.response.headers.has('X-Request-ID')).to.be.true; });"_s,
        { u"header-exists|X-Request-ID|"_s });
    add("json eql number",
        u"pm.test('v', function () { pm.expect(pm.response.json().a.b).to.eql(5); });"_s,
        { u"json-equals|/a/b|5"_s });
    add("json equal string",
        u"pm.test('v', function () { pm.expect(pm.response.json().currency).to.equal(\"EUR\"); });"_s,
        { u"json-equals|/currency|\"EUR\""_s });
    add("json exist",
        u"pm.test('v', function () { pm.expect(pm.response.json().paymentId).to.exist; });"_s,
        { u"json-exists|/paymentId|"_s });
    add("json be.a",
        u"pm.test('v', function () { pm.expect(pm.response.json().id).to.be.a(\"string\"); });"_s,
        { u"json-type|/id|string"_s });
    add("json be.an",
        u"pm.test('v', function () { pm.expect(pm.response.json().items).to.be.an('array'); });"_s,
        { u"json-type|/items|array"_s });
    add("json match",
        u"pm.test('v', function () { pm.expect(pm.response.json().iban).to.match(/^FI\\d+$/); });"_s,
        { u"json-matches|/iban|^FI\\d+$"_s });
    add("json match slash",
        u"pm.test('v', function () { pm.expect(pm.response.json().href).to.match(/^\\/v1\\/payments/); });"_s,
        { u"json-matches|/href|^/v1/payments"_s });
    add("json be.true",
        u"pm.test('v', function () { pm.expect(pm.response.json().ok).to.be.true; });"_s,
        { u"json-equals|/ok|true"_s });
    add("json be.null",
        u"pm.test('v', function () { pm.expect(pm.response.json().next).to.be.null; });"_s,
        { u"json-equals|/next|null"_s });
    add("json deep.equal",
        u"pm.test('v', function () { pm.expect(pm.response.json().list).to.deep.equal([1, 'two', {a: null}]); });"_s,
        { u"json-equals|/list|[1,\"two\",{\"a\":null}]"_s });
    add("json have.property",
        u"pm.test('v', function () { pm.expect(pm.response.json()).to.have.property('id'); });"_s,
        { u"json-exists|/id|"_s });
    add("json property value",
        u"pm.test('v', function () { pm.expect(pm.response.json().a).to.have.property('b', -2); });"_s,
        { u"json-equals|/a/b|-2"_s });
    add("jsonBody path",
        u"pm.test('v', function () { pm.response.to.have.jsonBody('data.items[0].id'); });"_s,
        { u"json-exists|/data/items/0/id|"_s });
    add("jsonBody", u"pm.test('json', function () { pm.response.to.have.jsonBody(); });"_s,
        { u"json-exists||"_s });
    add("var alias outside",
        u"var jsonData = pm.response.json();\npm.test('v', function () {\n    pm.expect(jsonData.value).to.eql(100);\n});"_s,
        { u"json-equals|/value|100"_s });
    add("alias inside (the Postman snippet)",
        u"pm.test(\"Your test name\", function () {\n    var jsonData = pm.response.json();\n    pm.expect(jsonData.value).to.eql(100);\n});"_s,
        { u"json-equals|/value|100"_s });
    add("const alias from JSON.parse",
        u"const body = JSON.parse(responseBody);\npm.test('v', () => { pm.expect(body.status).to.eql('CONFIRMED'); });"_s,
        { u"json-equals|/status|\"CONFIRMED\""_s });
    add("alias of a member",
        u"let first = pm.response.json().items[0];\npm.test('v', () => { pm.expect(first.id).to.eql('a'); });"_s,
        { u"json-equals|/items/0/id|\"a\""_s });
    add("index and bracket key",
        u"pm.test('v', () => { pm.expect(pm.response.json().a[0][\"k-y\"]).to.exist; });"_s,
        { u"json-exists|/a/0/k-y|"_s });
    add("pointer escapes",
        u"pm.test('v', () => { pm.expect(pm.response.json()['a/b']['c~d']).to.exist; });"_s,
        { u"json-exists|/a~1b/c~0d|"_s });
    add("response time",
        u"pm.test(\"Response time is less than 500ms\", function () {\n    pm.expect(pm.response.responseTime).to.be.below(500);\n});"_s,
        { u"response-time-below||500"_s });
    add("arrow expression", u"pm.test('s', () => pm.response.to.have.status(200));"_s,
        { u"status-equals||200"_s });
    add("chain across lines",
        u"pm.test('v', function () {\n    pm.expect(pm.response.json().amount)\n        .to.eql(5)\n});"_s,
        { u"json-equals|/amount|5"_s });
    add("message argument",
        u"pm.test('v', function () { pm.expect(pm.response.code, 'status').to.eql(200); });"_s,
        { u"status-equals||200"_s });
    add("comments and blank lines",
        u"// Checks\n\n/* the status\n   first */\npm.test('s', function () {\n    // 201 for a new payment\n    pm.response.to.have.status(201); // created\n});\n"_s,
        { u"status-equals||201"_s });
    add("two checks in a block, two blocks",
        u"pm.test('a', function () {\n    pm.response.to.have.status(200);\n    pm.response.to.have.header('X-Request-ID');\n});\npm.test('b', function () { pm.expect(pm.response.json().n).to.be.a('number'); });"_s,
        { u"status-equals||200"_s, u"header-exists|X-Request-ID|"_s, u"json-type|/n|number"_s });
}

void TestPostmanScripts::recognisedShapes()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    const PostmanScripts::Translation t = translate(script);
    QVERIFY2(t.untranslated.isEmpty(), qPrintable(reasons(t)));
    QCOMPARE(flat(t.assertions), expected);
    QVERIFY(t.translatedTests >= 1);
}

void TestPostmanScripts::captures_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("collectionVariables from JSON")
        << u"pm.collectionVariables.set(\"accountId\", pm.response.json()[0].accountId);"_s
        << QStringList { u"accountId|json-pointer|/0/accountId"_s };
    QTest::newRow("environment from a header")
        << u"pm.environment.set('requestId', pm.response.headers.get('X-Request-ID'));"_s
        << QStringList { u"requestId|header|X-Request-ID"_s };
    QTest::newRow("variables through an alias")
        << u"const data = pm.response.json();\npm.variables.set('paymentId', data.payment[\"id\"]);"_s
        << QStringList { u"paymentId|json-pointer|/payment/id"_s };
    QTest::newRow("inside a test")
        << u"pm.test('id', function () {\n    var j = pm.response.json();\n    pm.expect(j.id).to.exist;\n    pm.collectionVariables.set('id', j.id);\n});"_s
        << QStringList { u"id|json-pointer|/id"_s };
    QTest::newRow("first group of a body match")
        << u"pm.collectionVariables.set('n', pm.response.text().match(/id=(\\d+)/)[1]);"_s
        << QStringList { u"n|body-regex|id=(\\d+)"_s };
}

void TestPostmanScripts::captures()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    const PostmanScripts::Translation t = translate(script);
    QVERIFY2(t.untranslated.isEmpty(), qPrintable(reasons(t)));
    QCOMPARE(flat(t.captures), expected);
}

void TestPostmanScripts::notUnderstood_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negated")
        << u"pm.test('not 500', function () { pm.response.to.not.have.status(500); });"_s
        << u"not 500"_s << u"negated checks"_s;
    QTest::newRow("oneOf with a gap")
        << u"pm.test('created or empty', function () { pm.expect(pm.response.code).to.be.oneOf([201, 204]); });"_s
        << u"created or empty"_s << u"oneOf [201, 204] is not one unbroken range"_s;
    QTest::newRow("half a block")
        << u"pm.test('list', function () {\n    pm.response.to.have.status(200);\n    pm.expect(pm.response.json().items.length).to.be.above(0);\n});"_s
        << u"list"_s << u".length is a length"_s;
    QTest::newRow("unknown variable")
        << u"pm.test('v', function () { pm.expect(body.x).to.eql(1); });"_s << u"v"_s
        << u"not the status, a header, the response time or the JSON body"_s;
    QTest::newRow("reason phrase")
        << u"pm.test('s', function () { pm.response.to.have.status('Created'); });"_s << u"s"_s
        << u"reason phrase"_s;
    QTest::newRow("lengthOf")
        << u"pm.test('n', function () { pm.expect(pm.response.json().items).to.have.lengthOf(3); });"_s
        << u"n"_s << u".lengthOf is not a check the console translates"_s;
    QTest::newRow("status against a string")
        << u"pm.test('s', function () { pm.expect(pm.response.code).to.eql('200'); });"_s << u"s"_s
        << u"not a number"_s;
    QTest::newRow("equal on an array")
        << u"pm.test('a', function () { pm.expect(pm.response.json().list).to.equal([1]); });"_s
        << u"a"_s << u"by identity"_s;
    QTest::newRow("empty test") << u"pm.test('ok', () => {});"_s << u"ok"_s << u"checks nothing"_s;
    QTest::newRow("done callback") << u"pm.test('later', function (done) { done(); });"_s
                                   << u"later"_s << u"takes arguments"_s;
    QTest::newRow("console.log in a test")
        << u"pm.test('s', function () {\n    console.log(pm.response.code);\n    pm.response.to.have.status(200);\n});"_s
        << u"s"_s << u"console.log"_s;
    QTest::newRow("sendRequest")
        << u"pm.sendRequest('https://example.com', function (err, res) { });"_s << QString()
        << u"pm.sendRequest sends another request"_s;
    QTest::newRow("setNextRequest") << u"postman.setNextRequest('Confirm');"_s << QString()
                                    << u"setNextRequest changes the order"_s;
    QTest::newRow("if")
        << u"if (pm.response.code === 200) {\n    pm.test('ok', () => pm.response.to.be.ok);\n}"_s
        << QString() << u"conditions, loops and try blocks"_s;
    QTest::newRow("for loop") << u"for (var i = 0; i < 3; i++) { }"_s << QString()
                              << u"conditions, loops"_s;
    QTest::newRow("old tests syntax")
        << u"tests[\"Status code is 200\"] = responseCode.code === 200;"_s << QString()
        << u"tests[\"...\"]"_s;
    QTest::newRow("check outside pm.test")
        << u"pm.response.to.have.status(200);"_s << QString() << u"a check outside pm.test"_s;
    QTest::newRow("a variable that is not the body")
        << u"var schema = { type: 'object' };"_s << QString()
        << u"only variables holding pm.response.json()"_s;
    QTest::newRow("unclosed string")
        << u"pm.test('s, function () { });"_s << QString() << u"does not parse"_s;
}

void TestPostmanScripts::notUnderstood()
{
    QFETCH(QString, script);
    QFETCH(QString, test);
    QFETCH(QString, reason);
    const PostmanScripts::Translation t = translate(script);
    QVERIFY2(t.assertions.isEmpty(), qPrintable(flat(t.assertions).join(u", "_s)));
    QCOMPARE(t.translatedTests, 0);
    QCOMPARE(t.untranslated.size(), 1);
    QCOMPARE(t.untranslated.first().test, test);
    QVERIFY2(
        t.untranslated.first().reason.contains(reason), qPrintable(t.untranslated.first().reason));
}

void TestPostmanScripts::aRejectedBlockLeavesTheOthers()
{
    const PostmanScripts::Translation t
        = translate(u"var jsonData = pm.response.json();\n"
                    "pm.test('status', function () { pm.response.to.have.status(200); });\n"
                    "pm.test('count', function () {\n"
                    "    pm.expect(jsonData.id).to.exist;\n"
                    "    pm.expect(jsonData.items).to.have.lengthOf(2);\n"
                    "    pm.collectionVariables.set('id', jsonData.id);\n"
                    "});\n"
                    "pm.test('type', function () { pm.expect(jsonData.id).to.be.a('string'); });\n"
                    "postman.setNextRequest(null);\n"_s);
    QCOMPARE(
        flat(t.assertions), (QStringList { u"status-equals||200"_s, u"json-type|/id|string"_s }));
    // The capture was inside the rejected block: it goes with it.
    QVERIFY(t.captures.isEmpty());
    QCOMPARE(t.translatedTests, 2);
    QCOMPARE(t.untranslated.size(), 2);
    QCOMPARE(t.untranslated.at(0).test, u"count"_s);
    QVERIFY(t.untranslated.at(0).reason.contains(u"lengthOf"_s));
    QVERIFY(t.untranslated.at(1).test.isEmpty());
    QVERIFY(t.untranslated.at(1).reason.contains(u"postman.setNextRequest(null)"_s));
}

void TestPostmanScripts::jsonAccessorEscapes_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("accessor");
    QTest::newRow("root") << QString() << u"pm.response.json()"_s;
    QTest::newRow("members") << u"/a/b"_s << u"pm.response.json().a.b"_s;
    QTest::newRow("index") << u"/items/0/id"_s << u"pm.response.json().items[0].id"_s;
    QTest::newRow("odd key") << u"/k-y/a~1b/c~0d"_s
                             << u"pm.response.json()[\"k-y\"][\"a/b\"][\"c~d\"]"_s;
    QTest::newRow("not an index") << u"/007/-1/length"_s
                                  << u"pm.response.json()[\"007\"][\"-1\"][\"length\"]"_s;
    QTest::newRow("empty key") << u"/"_s << u"pm.response.json()[\"\"]"_s;
}

void TestPostmanScripts::jsonAccessorEscapes()
{
    QFETCH(QString, pointer);
    QFETCH(QString, accessor);
    QCOMPARE(PostmanScripts::jsonAccessor(pointer), accessor);
    // And back: the accessor reads as the same pointer.
    const PostmanScripts::Translation t
        = translate(u"pm.test('x', () => { pm.expect(%1).to.exist; });"_s.arg(accessor));
    QVERIFY2(t.untranslated.isEmpty(), qPrintable(reasons(t)));
    QCOMPARE(flat(t.assertions), QStringList { u"json-exists|%1|"_s.arg(pointer) });
}

void TestPostmanScripts::importReportsEachTest()
{
    const QJsonArray folderItems {
        postmanRequest(u"Create"_s,
            { testEvent({ u"pm.test(\"created\", function () {"_s,
                u"    pm.response.to.have.status(201);"_s, u"});"_s,
                u"pm.test(\"id\", () => pm.expect(pm.response.json().paymentId).to.be.a('string'));"_s,
                u"pm.collectionVariables.set('paymentId', pm.response.json().paymentId);"_s }) }),
        postmanRequest(u"Other"_s,
            { testEvent(
                  { u"pm.test(\"not 500\", function () { pm.response.to.not.have.status(500); });"_s }),
                testEvent({ u"pm.variables.set('t', Date.now());"_s }, u"prerequest"_s) }),
    };
    const QJsonObject folder {
        { u"name"_s, u"Payments"_s },
        { u"item"_s, folderItems },
        { u"event"_s,
            QJsonArray { testEvent({ u"pm.test('json', function () { pm.response.to.have.jsonBody(); });"_s,
                u"pm.test('bad', function () { pm.expect(pm.response.json().items.length).to.eql(1); });"_s }) } },
    };
    const QByteArray file = postmanCollection({ folder, postmanRequest(u"Top"_s, {}) },
        { testEvent(
            { u"pm.test('fast', function () { pm.expect(pm.response.responseTime).to.be.below(2000); });"_s }) });
    const Result<ImportResult> r = PostmanImporter().import(file, u"scripts"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    using O = ImportItem::Outcome;

    // The request's own checks: all translated, named in its line.
    const ImportItem *create = findItem(*r, u"Payments/Create"_s, O::Imported);
    QVERIFY(create);
    QVERIFY2(create->reason.contains(u"2 check(s) translated into assertions"_s),
        qPrintable(create->reason));
    QVERIFY2(create->reason.contains(u"1 variable(s) captured"_s), qPrintable(create->reason));
    // Collection, then folder, then the request's own, as Postman runs them.
    const CollectionRequest &c = r->collection.root.folders.at(0).requests.at(0);
    QCOMPARE(flat(c.assertions),
        (QStringList { u"response-time-below||2000"_s, u"json-exists||"_s, u"status-equals||201"_s,
            u"json-type|/paymentId|string"_s }));
    QCOMPARE(flat(c.captures), QStringList { u"paymentId|json-pointer|/paymentId"_s });

    // What was not translated is reported per test, with its reason.
    const ImportItem *negated = findItem(*r, u"Payments/Other (test \"not 500\")"_s, O::Skipped);
    QVERIFY(negated);
    QVERIFY2(negated->reason.startsWith(u"not translated: negated checks"_s),
        qPrintable(negated->reason));
    QVERIFY(findItem(*r, u"Payments/Other (pre-request script)"_s, O::Skipped));
    QCOMPARE(findItem(*r, u"Payments/Other (pre-request script)"_s, O::Skipped)->reason,
        u"scripts are not imported and never run"_s);
    const ImportItem *other = findItem(*r, u"Payments/Other"_s, O::Imported);
    QVERIFY(other);
    QVERIFY2(!other->reason.contains(u"translated"_s), qPrintable(other->reason));
    QCOMPARE(flat(r->collection.root.folders.at(0).requests.at(1).assertions),
        (QStringList { u"response-time-below||2000"_s, u"json-exists||"_s }));

    // A folder's and the collection's scripts reach every request beneath.
    const ImportItem *folderScript = findItem(*r, u"Payments (test script)"_s, O::Imported);
    QVERIFY(folderScript);
    QVERIFY2(folderScript->reason.contains(u"1 check(s) translated into assertions"_s),
        qPrintable(folderScript->reason));
    QVERIFY2(folderScript->reason.contains(u"each of the 2 request(s) beneath"_s),
        qPrintable(folderScript->reason));
    const ImportItem *bad = findItem(*r, u"Payments (test \"bad\")"_s, O::Skipped);
    QVERIFY(bad);
    QVERIFY(bad->reason.contains(u".length"_s));
    const ImportItem *top = findItem(*r, u"collection (test script)"_s, O::Imported);
    QVERIFY(top);
    QVERIFY2(top->reason.contains(u"each of the 3 request(s) beneath"_s), qPrintable(top->reason));
    QCOMPARE(flat(r->collection.root.requests.at(0).assertions),
        QStringList { u"response-time-below||2000"_s });
    QCOMPARE(r->skippedCount(), 3);

    // A script with no request beneath checks nothing: reported, not imported.
    const Result<ImportResult> empty = PostmanImporter().import(
        postmanCollection({}, { testEvent({ u"pm.test('s', () => pm.response.to.be.ok);"_s }) }),
        u"empty"_s);
    QVERIFY(empty.ok());
    QCOMPARE(empty->importedCount(), 0);
    QVERIFY(findItem(*empty, u"collection (test script)"_s, O::Skipped));
}

void TestPostmanScripts::importOfTheSampleCollection()
{
    QFile f(QStringLiteral(OPC_TEST_DATA_DIR "/collections/op-sandbox.postman_collection.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<ImportResult> r = PostmanImporter().import(f.readAll(), u"op-sandbox"_s);
    QVERIFY(r.ok());
    const CollectionRequest &list = r->collection.root.folders.at(0).requests.at(0);
    QCOMPARE(list.name, u"List accounts"_s);
    QCOMPARE(flat(list.assertions), QStringList { u"status-equals||200"_s });
    QCOMPARE(flat(list.captures), QStringList { u"accountId|json-pointer|/0/accountId"_s });
    QVERIFY(!findItem(*r, u"Accounts/List accounts (test script)"_s, ImportItem::Outcome::Skipped));
}

void TestPostmanScripts::exportThenImportKeepsEveryKind()
{
    Collection c;
    c.name = u"Every kind"_s;
    const QList<Assertion> all = everyKind();
    QSet<Assertion::Kind> kinds;
    for (const Assertion &a : all)
        kinds.insert(a.kind);
    QCOMPARE(kinds.size(), int(Assertion::Kind::NoErrors) + 1);

    // One request per assertion, so a failure names the kind; one with all.
    for (qsizetype i = 0; i < all.size(); ++i) {
        CollectionRequest r;
        r.name = u"%1 %2"_s.arg(Assertion::kindName(all.at(i).kind)).arg(i);
        r.spec.method = u"GET"_s;
        r.spec.url = u"{{baseUrl}}/x"_s;
        r.assertions = { all.at(i) };
        QVERIFY(c.addRequest({}, r));
    }
    CollectionRequest everything;
    everything.name = u"everything"_s;
    everything.spec.method = u"POST"_s;
    everything.spec.url = u"{{baseUrl}}/v1/payments/initiate"_s;
    everything.assertions = all;
    Assertion disabled = Assertion::of(Assertion::Kind::StatusEquals, {}, u"500"_s);
    disabled.enabled = false;
    everything.assertions.insert(1, disabled);
    everything.captures = { capture(u"paymentId"_s, Capture::Source::JsonPointer, u"/paymentId"_s),
        capture(u"first"_s, Capture::Source::JsonPointer, u"/items/0/k-y"_s),
        capture(u"requestId"_s, Capture::Source::Header, u"X-Request-ID"_s),
        capture(u"number"_s, Capture::Source::BodyRegex, u"\"id\":\"(\\w+)\""_s),
        capture(u"whole"_s, Capture::Source::BodyRegex, u"[0-9]{4}/[0-9]{2}"_s) };
    QVERIFY(c.addRequest({}, everything));

    const QByteArray exported = CollectionExporter::toPostman(c);
    const Result<ImportResult> r = PostmanImporter().import(exported, u"every-kind"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QStringList skipped;
    for (const ImportItem &item : r->items) {
        if (!item.imported())
            skipped.append(item.path + u": "_s + item.reason);
    }
    QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
    const QList<CollectionRequest> &back = r->collection.root.requests;
    QCOMPARE(back.size(), all.size() + 1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(flat(back.at(i).assertions), flat(QList<Assertion> { all.at(i) }));
        QCOMPARE(back.at(i).assertions, QList<Assertion> { all.at(i) });
    }
    QCOMPARE(back.last().assertions, all); // the disabled one is not exported
    QCOMPARE(flat(back.last().captures), flat(everything.captures));
}

void TestPostmanScripts::exportedScriptIsPostmanShaped()
{
    Collection c;
    c.name = u"Shape"_s;
    CollectionRequest r;
    r.name = u"Initiate"_s;
    r.spec.method = u"POST"_s;
    r.spec.url = u"{{baseUrl}}/v1/payments/initiate"_s;
    r.assertions = { Assertion::of(Assertion::Kind::StatusEquals, {}, u"201"_s),
        Assertion::of(Assertion::Kind::JsonEquals, u"/items/0/amount"_s, u"5"_s) };
    r.captures = { capture(u"paymentId"_s, Capture::Source::JsonPointer, u"/paymentId"_s) };
    QVERIFY(c.addRequest({}, r));
    CollectionRequest plain;
    plain.name = u"No checks"_s;
    plain.spec.method = u"GET"_s;
    plain.spec.url = u"{{baseUrl}}/x"_s;
    QVERIFY(c.addRequest({}, plain));

    const QJsonArray items = QJsonDocument::fromJson(CollectionExporter::toPostman(c))
                                 .object()
                                 .value("item"_L1)
                                 .toArray();
    QCOMPARE(items.size(), 2);
    const QJsonArray events = items.at(0).toObject().value("event"_L1).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value("listen"_L1).toString(), u"test"_s);
    QStringList exec;
    for (const QJsonValue &line : event.value("script"_L1).toObject().value("exec"_L1).toArray())
        exec.append(line.toString());
    const QStringList expected {
        u"pm.test(\"status is 201\", function () {"_s,
        u"    pm.response.to.have.status(201);"_s,
        u"});"_s,
        u"pm.test(\"/items/0/amount equals 5\", function () {"_s,
        u"    pm.expect(pm.response.json().items[0].amount).to.eql(5);"_s,
        u"});"_s,
        u"pm.collectionVariables.set(\"paymentId\", pm.response.json().paymentId);"_s,
    };
    QCOMPARE(exec, expected);
    QVERIFY2(
        !items.at(1).toObject().contains("event"_L1), "a request without checks gets no script");
}

QTEST_GUILESS_MAIN(TestPostmanScripts)
#include "tst_postmanscripts.moc"
