#include "collections/curlimporter.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


} // namespace

QList<QStringList> CurlImporter::tokenize(const QString &text)
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            words.append(word);
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            commands.append(words);
        words.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == '\\'_L1) {
            if (i + 1 < n && text.at(i + 1) == '\n'_L1) {
                ++i; // line continuation
                continue;
            }
            if (i + 2 < n && text.at(i + 1) == '\r'_L1 && text.at(i + 2) == '\n'_L1) {
                i += 2;
                continue;
            }
            if (i + 1 < n) {
                word.append(text.at(++i));
                inWord = true;
            }
            continue;
        }
        if (c == '\''_L1) {
            inWord = true;
            for (++i; i < n && text.at(i) != '\''_L1; ++i)
                word.append(text.at(i));
            continue;
        }
        if (c == '$'_L1 && i + 1 < n && text.at(i + 1) == '\''_L1) {
            inWord = true;
            for (i += 2; i < n && text.at(i) != '\''_L1; ++i) {
                if (text.at(i) == '\\'_L1 && i + 1 < n) {
                    const QChar e = text.at(++i);
                    word.append(e == 'n'_L1 ? QChar('\n'_L1) : e == 't'_L1 ? QChar('\t'_L1) : e == 'r'_L1 ? QChar('\r'_L1) : e);
                } else {
                    word.append(text.at(i));
                }
            }
            continue;
        }
        if (c == '"'_L1) {
            inWord = true;
            for (++i; i < n && text.at(i) != '"'_L1; ++i) {
                if (text.at(i) == '\\'_L1 && i + 1 < n
                    && QStringView(u"\"\\$`\n").contains(text.at(i + 1))) {
                    if (text.at(i + 1) != '\n'_L1)
                        word.append(text.at(i + 1));
                    ++i;
                } else {
                    word.append(text.at(i));
                }
            }
            continue;
        }
        if (c == '#'_L1 && !inWord) {
            while (i + 1 < n && text.at(i + 1) != '\n'_L1)
                ++i;
            continue;
        }
        if (c == '\n'_L1 || c == ';'_L1 || (c == '&'_L1 && i + 1 < n && text.at(i + 1) == '&'_L1)) {
            if (c == '&'_L1)
                ++i;
            endCommand();
            continue;
        }
        if (c.isSpace()) {
            endWord();
            continue;
        }
        word.append(c);
        inWord = true;
    }
    endCommand();
    return commands;
}

Result<ImportResult> CurlImporter::import(const QByteArray &data, const QString &sourceName) const
{
    if (data.size() > m_limits.maxInputBytes)
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::CurlImporter", "The text is larger than %1 bytes.").arg(m_limits.maxInputBytes));
    ImportResult out;
    out.collection.name = sourceName;
    const QList<QStringList> commands = tokenize(QString::fromUtf8(data));
    int number = 0;
    for (QStringList words : commands) {
        // Drop a leading "$ " prompt as documentation often shows it.
        if (!words.isEmpty() && words.first() == "$"_L1)
            words.removeFirst();
        if (words.isEmpty() || words.first() != "curl"_L1)
            continue;
        ++number;
        if (out.collection.requestCount() >= m_limits.maxRequests) {
            out.items.append(ImportItem { QCoreApplication::translate("opc::CurlImporter", "command %1").arg(number), ImportItem::Outcome::Skipped,
                                          QCoreApplication::translate("opc::CurlImporter", "more than %1 requests; not imported").arg(m_limits.maxRequests) });
            continue;
        }
        CollectionRequest r;
        RequestSpec &spec = r.spec;
        QString method;
        QString url;
        QStringList dataParts;
        bool get = false;
        bool urlencodedData = false;
        QStringList ignored;
        QStringList unsupported;
        auto hasHeader = [&](const QString &name) {
            return std::any_of(spec.headers.cbegin(), spec.headers.cend(),
                               [&](const KeyValue &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
        };
        for (qsizetype i = 1; i < words.size(); ++i) {
            QString opt = words.at(i);
            QString value;
            bool attached = false;
            // "--opt=value" and "-Xvalue" forms.
            if (opt.startsWith("--"_L1) && opt.contains('='_L1)) {
                value = opt.section('='_L1, 1);
                opt = opt.section('='_L1, 0, 0);
                attached = true;
            } else if (opt.size() > 2 && opt.startsWith('-'_L1) && !opt.startsWith("--"_L1)
                       && QStringView(u"XHdubAeF").contains(opt.at(1))) {
                value = opt.mid(2);
                opt = opt.left(2);
                attached = true;
            }
            auto next = [&]() -> QString {
                if (attached)
                    return value;
                return i + 1 < words.size() ? words.at(++i) : QString();
            };
            if (opt == "-X"_L1 || opt == "--request"_L1) {
                method = next().toUpper();
            } else if (opt == "-H"_L1 || opt == "--header"_L1) {
                const QString h = next();
                const qsizetype colon = h.indexOf(':'_L1);
                if (colon > 0)
                    spec.headers.append(KeyValue { h.left(colon).trimmed(), h.mid(colon + 1).trimmed(), true });
            } else if (opt == "-d"_L1 || opt == "--data"_L1 || opt == "--data-raw"_L1 || opt == "--data-binary"_L1
                       || opt == "--data-ascii"_L1 || opt == "--json"_L1) {
                QString d = next();
                if (d.startsWith('@'_L1) && opt != "--data-raw"_L1) {
                    // A body from a local file: never read what a pasted command names.
                    unsupported.append(QCoreApplication::translate("opc::CurlImporter", "body from file %1 not imported").arg(d.mid(1)));
                    continue;
                }
                if (opt == "--json"_L1) {
                    if (!hasHeader(u"Content-Type"_s))
                        spec.headers.append(KeyValue { u"Content-Type"_s, u"application/json"_s, true });
                    if (!hasHeader(u"Accept"_s))
                        spec.headers.append(KeyValue { u"Accept"_s, u"application/json"_s, true });
                } else if (opt == "-d"_L1 || opt == "--data"_L1 || opt == "--data-ascii"_L1) {
                    d.remove('\n'_L1).remove('\r'_L1); // curl strips newlines for --data
                }
                urlencodedData = urlencodedData || opt != "--json"_L1;
                dataParts.append(d);
            } else if (opt == "--data-urlencode"_L1) {
                const QString d = next();
                const qsizetype eq = d.indexOf('='_L1);
                if (eq < 0)
                    dataParts.append(QString::fromUtf8(QUrl::toPercentEncoding(d)));
                else
                    dataParts.append(d.left(eq + 1) + QString::fromUtf8(QUrl::toPercentEncoding(d.mid(eq + 1))));
                urlencodedData = true;
            } else if (opt == "-u"_L1 || opt == "--user"_L1) {
                spec.headers.append(KeyValue { u"Authorization"_s,
                                               u"Basic "_s + QString::fromLatin1(next().toUtf8().toBase64()), true });
            } else if (opt == "-A"_L1 || opt == "--user-agent"_L1) {
                spec.headers.append(KeyValue { u"User-Agent"_s, next(), true });
            } else if (opt == "-e"_L1 || opt == "--referer"_L1) {
                spec.headers.append(KeyValue { u"Referer"_s, next(), true });
            } else if (opt == "-b"_L1 || opt == "--cookie"_L1) {
                const QString cookie = next();
                if (cookie.contains('='_L1))
                    spec.headers.append(KeyValue { u"Cookie"_s, cookie, true });
                else
                    unsupported.append(QCoreApplication::translate("opc::CurlImporter", "cookie file %1 not read").arg(cookie));
            } else if (opt == "--url"_L1) {
                url = next();
            } else if (opt == "-G"_L1 || opt == "--get"_L1) {
                get = true;
            } else if (opt == "-I"_L1 || opt == "--head"_L1) {
                method = u"HEAD"_s;
            } else if (opt == "-F"_L1 || opt == "--form"_L1) {
                unsupported.append(QCoreApplication::translate("opc::CurlImporter", "form field %1 not imported (multipart forms are not supported from curl)").arg(next()));
            } else if (opt == "-E"_L1 || opt == "--cert"_L1 || opt == "--key"_L1 || opt == "--cacert"_L1) {
                unsupported.append(QCoreApplication::translate("opc::CurlImporter", "%1 %2 not imported; add certificates in the certificate store").arg(opt, next()));
            } else if (opt == "-o"_L1 || opt == "--output"_L1 || opt == "-w"_L1 || opt == "--write-out"_L1
                       || opt == "--connect-timeout"_L1 || opt == "-m"_L1 || opt == "--max-time"_L1
                       || opt == "--retry"_L1 || opt == "-x"_L1 || opt == "--proxy"_L1) {
                ignored.append(opt + u" "_s + next());
            } else if (opt.startsWith('-'_L1)) {
                // Flags without a value (-s, -S, -v, -i, -L, -k, --compressed, ...).
                ignored.append(opt);
            } else if (url.isEmpty()) {
                url = opt;
            }
        }
        if (url.isEmpty()) {
            out.items.append(ImportItem { QCoreApplication::translate("opc::CurlImporter", "command %1").arg(number), ImportItem::Outcome::Skipped,
                                          QCoreApplication::translate("opc::CurlImporter", "no URL in the command") });
            continue;
        }
        QString body = dataParts.join('&'_L1);
        if (get && !body.isEmpty()) {
            url += (url.contains('?'_L1) ? u"&"_s : u"?"_s) + body;
            body.clear();
        }
        splitQuery(url, &spec.url, &spec.query);
        spec.body = body.toUtf8();
        spec.method = !method.isEmpty() ? method : (spec.body.isEmpty() ? u"GET"_s : u"POST"_s);
        if (!spec.body.isEmpty() && urlencodedData && !hasHeader(u"Content-Type"_s))
            spec.headers.append(KeyValue { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, true });
        QString shortUrl = spec.url;
        const qsizetype scheme = shortUrl.indexOf("://"_L1);
        if (scheme >= 0) {
            const qsizetype slash = shortUrl.indexOf('/'_L1, scheme + 3);
            shortUrl = slash >= 0 ? shortUrl.mid(slash) : u"/"_s;
        }
        r.name = spec.method + u" "_s + shortUrl;
        out.collection.root.requests.append(r);
        QString remark;
        if (!ignored.isEmpty())
            remark = QCoreApplication::translate("opc::CurlImporter", "ignored options: %1").arg(ignored.join(u", "_s));
        out.items.append(ImportItem { r.name, ImportItem::Outcome::Imported, remark });
        for (const QString &u : std::as_const(unsupported))
            out.items.append(ImportItem { r.name, ImportItem::Outcome::Skipped, u });
    }
    if (number == 0)
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::CurlImporter", "No curl command found."), u"empty"_s);
    return out;
}

} // namespace opc
