#include "runner/rundata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc::RunData {

namespace {


QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

} // namespace

Result<QList<QMap<QString, QString>>> load(const QString &path)
{
    using R = Result<QList<QMap<QString, QString>>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(QCoreApplication::translate("opc::RunData", "cannot read the data file %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray data = file.readAll();
    QList<QMap<QString, QString>> rows;
    if (path.endsWith(".json"_L1, Qt::CaseInsensitive)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            return R::failure(QCoreApplication::translate("opc::RunData", "the data file %1 is not a JSON array of objects")
                                  .arg(QDir::toNativeSeparators(path)));
        }
        for (const QJsonValue &value : doc.array()) {
            QMap<QString, QString> row;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                row.insert(it.key(),
                    it.value().isString()
                        ? it.value().toString()
                        : QString::fromUtf8(
                            QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1));
            }
            rows.append(row);
        }
        return rows;
    }
    QStringList lines = QString::fromUtf8(data).split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    if (lines.isEmpty()) {
        return rows;
    }
    const QStringList names = splitCsvLine(lines.takeFirst());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringList fields = splitCsvLine(lines.at(n));
        if (fields.size() != names.size()) {
            return R::failure(QCoreApplication::translate("opc::RunData", "line %1 of %2 has %3 fields, the header %4")
                                  .arg(n + 2)
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(fields.size())
                                  .arg(names.size()));
        }
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < names.size(); ++i) {
            row.insert(names.at(i).trimmed(), fields.at(i));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace opc::RunData
