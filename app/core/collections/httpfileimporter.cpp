#include "collections/httpfileimporter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {

namespace {


const QStringList kMethods { u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s,
                             u"OPTIONS"_s, u"TRACE"_s, u"CONNECT"_s };

KeyValue headerLine(const QString &line, bool enabled)
{
    const qsizetype colon = line.indexOf(':'_L1);
    return KeyValue { line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), enabled };
}

CollectionFolder &folderFor(CollectionFolder &root, const QString &path)
{
    CollectionFolder *f = &root;
    for (const QString &part : path.split('/'_L1, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        auto it = std::find_if(f->folders.begin(), f->folders.end(),
                               [&](const CollectionFolder &c) { return c.name == name; });
        if (it == f->folders.end()) {
            f->folders.append(CollectionFolder { name, {}, {}, {}, {} });
            f = &f->folders.last();
        } else {
            f = &*it;
        }
    }
    return *f;
}

} // namespace

Result<ImportResult> HttpFileImporter::import(const QByteArray &data, const QString &sourceName) const
{
    if (data.size() > m_limits.maxInputBytes)
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::HttpFileImporter", "The file is larger than %1 bytes.").arg(m_limits.maxInputBytes));
    QString text = QString::fromUtf8(data);
    text.remove('\r'_L1);
    const QStringList lines = text.split('\n'_L1);

    ImportResult out;
    out.collection.name = sourceName;
    static const QRegularExpression varRe(u"^@([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s?(.*)$"_s);
    static const QRegularExpression separatorRe(u"^###+\\s*(.*)$"_s);

    // Split into blocks at "###" lines; each block holds at most one request.
    struct Block
    {
        QString title;
        QStringList lines;
        int firstLine = 0;
    };
    QList<Block> blocks { Block { {}, {}, 1 } };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = separatorRe.match(lines.at(i));
        if (m.hasMatch()) {
            blocks.append(Block { m.captured(1).trimmed(), {}, int(i) + 2 });
            continue;
        }
        blocks.last().lines.append(lines.at(i));
    }

    int requests = 0;
    for (const Block &block : std::as_const(blocks)) {
        CollectionRequest r;
        r.name = block.title;
        QString folderPath;
        QStringList description;
        QStringList remarks;
        QList<ImportItem> skipped;
        int state = 0; // 0 before the request line, 1 headers, 2 body
        QStringList body;
        bool bodyFromFile = false;
        for (qsizetype i = 0; i < block.lines.size(); ++i) {
            const QString line = block.lines.at(i);
            const QString trimmed = line.trimmed();
            if (state == 0) {
                if (trimmed.isEmpty())
                    continue;
                const QRegularExpressionMatch var = varRe.match(trimmed);
                if (var.hasMatch()) {
                    out.collection.variables.append(KeyValue { var.captured(1), var.captured(2).trimmed(), true });
                    continue;
                }
                if (trimmed.startsWith('#'_L1) || trimmed.startsWith("//"_L1)) {
                    QString comment = trimmed.mid(trimmed.startsWith('#'_L1) ? 1 : 2).trimmed();
                    if (comment.startsWith("@name "_L1))
                        r.name = comment.mid(6).trimmed();
                    else if (comment.startsWith("@folder "_L1))
                        folderPath = comment.mid(8).trimmed();
                    else if (comment.startsWith("@disabled-header "_L1))
                        r.spec.headers.append(headerLine(comment.mid(17), false));
                    else if (comment.startsWith("@disabled-query "_L1)) {
                        const QString pair = comment.mid(16).trimmed();
                        const qsizetype eq = pair.indexOf('='_L1);
                        r.spec.query.append(KeyValue { eq < 0 ? pair : pair.left(eq), eq < 0 ? QString() : pair.mid(eq + 1), false });
                    } else if (comment.startsWith("@opconsole "_L1)) {
                        for (const QString &setting : comment.mid(11).split(' '_L1, Qt::SkipEmptyParts)) {
                            const QString key = setting.section('='_L1, 0, 0);
                            const QString value = setting.section('='_L1, 1);
                            if (key == "tokenHeader"_L1)
                                r.spec.tokenHeader = value;
                            else if (key == "bearerPrefix"_L1)
                                r.spec.bearerPrefix = value == "true"_L1;
                            else if (key == "sign"_L1)
                                r.spec.sign = value == "true"_L1;
                        }
                    } else if (!comment.startsWith('@'_L1))
                        description.append(comment);
                    continue;
                }
                if (trimmed.startsWith("< {%"_L1)) {
                    skipped.append(ImportItem { {}, ImportItem::Outcome::Skipped, QCoreApplication::translate("opc::HttpFileImporter", "pre-request script") });
                    while (i + 1 < block.lines.size() && !block.lines.at(i).contains("%}"_L1))
                        ++i;
                    continue;
                }
                // The request line: [METHOD] URL [HTTP/version]
                QStringList parts = trimmed.split(' '_L1, Qt::SkipEmptyParts);
                if (kMethods.contains(parts.first().toUpper())) {
                    r.spec.method = parts.takeFirst().toUpper();
                }
                if (parts.size() > 1 && parts.last().startsWith("HTTP/"_L1))
                    parts.removeLast();
                QString url = parts.join(' '_L1);
                // REST Client lets the query continue on lines starting with ? or &.
                while (i + 1 < block.lines.size()) {
                    const QString next = block.lines.at(i + 1).trimmed();
                    if (!next.startsWith('?'_L1) && !next.startsWith('&'_L1))
                        break;
                    url += next;
                    ++i;
                }
                QList<KeyValue> query;
                splitQuery(url, &r.spec.url, &query);
                r.spec.query = query + r.spec.query;
                state = 1;
                continue;
            }
            if (state == 1) {
                if (trimmed.isEmpty()) {
                    state = 2;
                    continue;
                }
                if (trimmed.startsWith('#'_L1) || trimmed.startsWith("//"_L1)) {
                    const QString comment = trimmed.mid(trimmed.startsWith('#'_L1) ? 1 : 2).trimmed();
                    if (comment.startsWith("@disabled-header "_L1))
                        r.spec.headers.append(headerLine(comment.mid(17), false));
                    continue;
                }
                if (trimmed.contains(':'_L1)) {
                    r.spec.headers.append(headerLine(line, true));
                    continue;
                }
                state = 2; // no blank line before the body: take it as body
            }
            if (trimmed.startsWith("> "_L1) || trimmed == ">"_L1) {
                skipped.append(ImportItem { {}, ImportItem::Outcome::Skipped,
                                            QCoreApplication::translate("opc::HttpFileImporter", "response handler script is not imported and never run") });
                if (trimmed.contains("{%"_L1)) {
                    while (i + 1 < block.lines.size() && !block.lines.at(i).contains("%}"_L1))
                        ++i;
                }
                continue;
            }
            if (trimmed.startsWith("<> "_L1) || trimmed.startsWith("<> "_L1))
                continue; // JetBrains response reference
            if (trimmed.startsWith("< "_L1) && body.join(QString()).trimmed().isEmpty()) {
                bodyFromFile = true;
                continue;
            }
            body.append(line);
        }
        if (state == 0) {
            if (!r.name.isEmpty() && !skipped.isEmpty())
                out.items.append(ImportItem { r.name, ImportItem::Outcome::Skipped, QCoreApplication::translate("opc::HttpFileImporter", "no request line") });
            continue;
        }
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        r.spec.body = body.join('\n'_L1).toUtf8();
        r.description = description.join('\n'_L1);
        if (r.name.isEmpty())
            r.name = r.spec.method + u" "_s + r.spec.url;
        const QString path = folderPath.isEmpty() ? r.name : folderPath + u"/"_s + r.name;
        if (requests >= m_limits.maxRequests) {
            out.items.append(ImportItem { path, ImportItem::Outcome::Skipped,
                                          QCoreApplication::translate("opc::HttpFileImporter", "more than %1 requests; not imported").arg(m_limits.maxRequests) });
            continue;
        }
        if (bodyFromFile)
            skipped.append(ImportItem { {}, ImportItem::Outcome::Skipped,
                                        QCoreApplication::translate("opc::HttpFileImporter", "a body read from a file is not imported; the file was not read") });
        folderFor(out.collection.root, folderPath).requests.append(r);
        ++requests;
        out.items.append(ImportItem { path, ImportItem::Outcome::Imported, remarks.join(u"; "_s) });
        for (ImportItem item : std::as_const(skipped)) {
            item.path = QCoreApplication::translate("opc::HttpFileImporter", "%1 (line %2)").arg(path).arg(block.firstLine);
            out.items.append(item);
        }
    }
    if (requests == 0 && out.items.isEmpty())
        return Result<ImportResult>::failure(QCoreApplication::translate("opc::HttpFileImporter", "No request found in the file."), u"empty"_s);
    return out;
}

} // namespace opc
