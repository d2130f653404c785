#include "fuzztargets.h"

#include "collections/collectionexporter.h"
#include "collections/collectionimporter.h"
#include "collections/curlimporter.h"
#include "errors/errorpayload.h"
#include "format/jsonformatter.h"
#include "net/requestbuilder.h"
#include "net/secretmasker.h"
#include "quota/quotatracker.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace opc::fuzz {

namespace {
// An invariant broken: print what and stop, so the replay (and libFuzzer)
// report the input as a failure.
void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

ImportLimits smallLimits()
{
    // Small bounds so that a mutated input cannot spend seconds per run.
    ImportLimits limits;
    limits.maxInputBytes = 1024 * 1024;
    limits.maxRequests = 2000;
    limits.maxDepth = 16;
    return limits;
}

void importAndExport(const char *format, const QByteArray &input)
{
    auto importer = CollectionImporter::create(QString::fromLatin1(format));
    require(importer != nullptr, "importer exists");
    importer->setLimits(smallLimits());
    const auto imported = importer->import(input, u"fuzz"_s);
    if (!imported) {
        require(!imported.errorMessage().isEmpty(), "a refusal says why");
        return;
    }
    require(imported->importedCount() + imported->skippedCount() == imported->items.size(),
            "every item is imported or skipped");
    // Whatever was imported exports to every format, and the Postman export
    // imports again without losing requests.
    CollectionExporter exporter;
    for (const QString &to : CollectionExporter::formats()) {
        (void)exporter.exportCollection(imported->collection, to);
    }
    const QByteArray postman = CollectionExporter::toPostman(imported->collection);
    auto again = CollectionImporter::create(u"postman"_s);
    again->setLimits(smallLimits());
    const auto reimported = again->import(postman, u"fuzz"_s);
    require(reimported.ok(), "our own Postman export imports again");
    (void)CollectionImporter::detectFormat(u"fuzz.txt"_s, input);
}

void postman(const QByteArray &input) { importAndExport("postman", input); }
void httpFile(const QByteArray &input) { importAndExport("http", input); }
void curl(const QByteArray &input)
{
    (void)CurlImporter::tokenize(QString::fromUtf8(input));
    importAndExport("curl", input);
}
void openapi(const QByteArray &input) { importAndExport("openapi", input); }

// Input lines: URL, then "Name: value" headers, a blank line, the body;
// variables come from "@name=value" lines before the URL.
void requestBuilder(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    RequestSpec spec;
    RequestContext context;
    context.environment.baseUrl = u"https://127.0.0.1:8443"_s;
    context.environment.id = u"fuzz"_s;
    context.apiKey = u"fuzz-key"_s;
    context.apiSecret = BoundSecret { "fuzz-secret", { u"127.0.0.1"_s } };
    context.token = Token::custom(u"fuzz-token"_s);
    context.requestId = u"00000000-0000-0000-0000-000000000000"_s;
    context.sessionId = u"fuzz-session"_s;
    context.now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC);
    context.secretResolver = [](const QString &name) -> std::optional<BoundSecret> {
        if (name == "known"_L1)
            return BoundSecret { "known-secret-value", { u"127.0.0.1"_s } };
        return std::nullopt;
    };
    qsizetype i = 0;
    for (; i < lines.size() && lines.at(i).startsWith('@'); ++i) {
        const QByteArray line = lines.at(i).mid(1);
        const qsizetype eq = line.indexOf('=');
        context.environment.variables.insert(QString::fromUtf8(line.left(eq)),
                                             QString::fromUtf8(eq < 0 ? QByteArray() : line.mid(eq + 1)));
    }
    spec.method = u"POST"_s;
    spec.url = i < lines.size() ? QString::fromUtf8(lines.at(i++)) : QString();
    for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
        const QByteArray line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        spec.headers.append({ QString::fromUtf8(line.left(colon)),
                              QString::fromUtf8(colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed()), true });
    }
    spec.body = i + 1 < lines.size() ? input.mid(input.indexOf("\n\n") + 2) : QByteArray();
    const auto prepared = RequestBuilder::build(spec, context);
    if (!prepared) {
        require(!prepared.errorMessage().isEmpty(), "a refusal says why");
        return;
    }
    // Nothing that reaches the wire may carry a line break or NUL in a
    // header, and the masked copy never shows the secret.
    for (const auto &[name, value] : prepared->headers) {
        require(RequestBuilder::isValidToken(name), "header names are tokens");
        require(RequestBuilder::isValidHeaderValue(value), "header values have no CR, LF or NUL");
    }
    for (const auto &[name, value] : prepared->maskedHeaders()) {
        require(!value.contains("fuzz-secret") && !value.contains("known-secret-value"),
                "masked headers hide the secrets");
    }
    require(prepared->url.isValid(), "the URL sent is valid");
}

void rateLimit(const QByteArray &input)
{
    const QDateTime now(QDate(2026, 6, 1), QTime(10, 0), QTimeZone::UTC);
    const QList<QByteArray> values = input.split('\n');
    for (const QByteArray &v : values) {
        if (const auto reset = QuotaTracker::parseReset(v, now)) {
            require(reset->isValid(), "a parsed reset is a valid time");
        }
        if (const auto retry = QuotaTracker::parseRetryAfter(v, now)) {
            require(retry->isValid(), "a parsed Retry-After is a valid time");
        }
    }
    static QTemporaryDir dir;
    QuotaTracker tracker(dir.path());
    tracker.setClock([now] { return now; });
    QuotaTracker::Headers headers;
    const char *names[] = { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After" };
    for (qsizetype i = 0; i < values.size(); ++i)
        headers.append({ QByteArray(names[i % 4]), values.at(i) });
    const int status = values.size() % 2 ? 429 : 200;
    const QuotaSnapshot snapshot = tracker.record(u"env"_s, u"app"_s, status, headers);
    if (snapshot.valid) {
        require(snapshot.limit < 0 || snapshot.remaining <= snapshot.limit || snapshot.remaining < 0,
                "remaining never exceeds the limit");
    }
    (void)tracker.checkSend(u"env"_s, u"app"_s);
    (void)tracker.forecastExhaustion(u"env"_s, u"app"_s);
}

void errorPayload(const QByteArray &input)
{
    const ErrorPayload payload = ErrorPayload::parse(input);
    if (payload.isEmpty()) {
        require(payload.highestLevel() == ErrorLevel::Unknown, "no entries, no level");
    }
}

void jsonFormatter(const QByteArray &input)
{
    const JsonFormatter::Outcome pretty = JsonFormatter::format(input);
    if (!pretty.valid) {
        require(pretty.text == input, "invalid JSON is shown unchanged");
        require(pretty.errorOffset >= 0 && pretty.errorOffset <= input.size(), "the error offset is inside");
        return;
    }
    // Formatting keeps every significant byte: minified twice, same text.
    require(JsonFormatter::minify(pretty.text) == JsonFormatter::minify(input), "formatting keeps the content");
}

void secretMasker(const QByteArray &input)
{
    const QByteArray masked = SecretMasker::mask(input);
    const QByteArray trimmed = input.trimmed();
    if (trimmed.size() >= 8 && !trimmed.contains(' '))
        require(!masked.contains(trimmed), "a masked value does not contain itself");
}
} // namespace

const QList<Target> &targets()
{
    static const QList<Target> all {
        { "import-postman", postman, { "\"item\"", "\"request\"", "\"auth\"", "\"apikey\"", "\"bearer\"", "{{", "}}",
                                       "\"event\"", "\"body\"", "\"mode\"", "\"urlencoded\"", "\"formdata\"", "[", "{" } },
        { "import-http", httpFile, { "###", "\n", "GET ", "POST ", "@", "{{", "}}", "HTTP/1.1", "Content-Type: ",
                                     "< ./", "# @name ", "\r\n" } },
        { "import-curl", curl, { "curl ", " -H ", " -d ", " --data-raw ", "'", "\"", "\\\n", " -X ", " -u ",
                                 " --url ", "$'" } },
        { "import-openapi", openapi, { "\"paths\"", "\"openapi\"", "\"3.0.0\"", "\"$ref\"", "\"#/components/",
                                       "\"example\"", "\"parameters\"", "\"requestBody\"" } },
        { "request-builder", requestBuilder, { "{{", "}}", "{{secret:", "\r", "\n", "%0d%0a", "\0", "https://",
                                               "http://", "@", ":", "x-api-key", "Authorization" } },
        { "rate-limit", rateLimit, { "-", "1e12", "999999999999999999999", "Thu, 01 Jan 1970 00:00:00 GMT", "\n",
                                     "0", "abc" } },
        { "error-payload", errorPayload, { "\"errors\"", "\"level\"", "\"FATAL\"", "\"WARN\"", "\"violations\"",
                                           "\"DetailedConstraitViolations\"", "[", "{", "null" } },
        { "json-formatter", jsonFormatter, { "{", "}", "[", "]", "\"", "\\u", "\\\"", "1e999", "-0", ":", "," } },
        { "secret-masker", secretMasker, { "Bearer ", " ", "\xe2\x80\xa2" } },
    };
    return all;
}

const Target *find(const QString &name)
{
    for (const Target &t : targets()) {
        if (name == QLatin1StringView(t.name))
            return &t;
    }
    return nullptr;
}

} // namespace opc::fuzz
