#include "apps/credentialparser.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace opc::CredentialParser {

namespace {

enum class Field { None, Key, Secret };

Field fieldOf(QString label)
{
    label = label.toLower();
    label.remove(QRegularExpression(u"[^a-z]"_s));
    static const QStringList keys { u"key"_s, u"apikey"_s, u"xapikey"_s, u"clientid"_s, u"consumerkey"_s,
                                    u"applicationkey"_s, u"appkey"_s };
    static const QStringList secrets { u"secret"_s, u"apisecret"_s, u"clientsecret"_s, u"consumersecret"_s,
                                       u"applicationsecret"_s, u"appsecret"_s, u"xapisecret"_s };
    if (keys.contains(label)) {
        return Field::Key;
    }
    if (secrets.contains(label)) {
        return Field::Secret;
    }
    return Field::None;
}

QString cleanValue(QString value)
{
    value = value.trimmed();
    while (!value.isEmpty() && (value.endsWith(u',') || value.endsWith(u';'))) {
        value.chop(1);
    }
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(u'"') && value.endsWith(u'"')) || (value.startsWith(u'\'') && value.endsWith(u'\''))
            || (value.startsWith(u'`') && value.endsWith(u'`')))) {
        value = value.mid(1, value.size() - 2).trimmed();
    }
    return value;
}

} // namespace

Parsed parse(const QString &text)
{
    Parsed out;
    // A label (optionally quoted), a separator (':', '=', a tab, or the end
    // of the line when the value sits on the next one), then a value up to
    // whitespace, a comma or the closing quote.
    static const QRegularExpression labelled(
            uR"re((?:^|[\s{,;"'`])["'`]?((?:x[-_ ]?)?(?:api|client|consumer|application|app)?[-_ ]?(?:key|id|secret))["'`]?[ \t]*(?::|=|\t|\r?\n)\s*("[^"\n]*"|'[^'\n]*'|`[^`\n]*`|[^\s,;"'`}]+))re"_s,
            QRegularExpression::CaseInsensitiveOption);
    auto it = labelled.globalMatch(text);
    bool labelledSeen = false;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const Field field = fieldOf(m.captured(1));
        const QString value = cleanValue(m.captured(2));
        if (field == Field::None || value.isEmpty()) {
            continue;
        }
        labelledSeen = true;
        if (field == Field::Key && out.apiKey.isEmpty()) {
            out.apiKey = value;
        } else if (field == Field::Secret && out.apiSecret.isEmpty()) {
            out.apiSecret = value;
        }
    }
    if (labelledSeen) {
        return out;
    }
    // No labels: two bare values, key first.
    const QStringList words = text.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
    if (words.size() == 2) {
        out.apiKey = cleanValue(words.at(0));
        out.apiSecret = cleanValue(words.at(1));
    } else if (words.size() == 1) {
        out.apiKey = cleanValue(words.at(0));
    }
    return out;
}

} // namespace opc::CredentialParser
