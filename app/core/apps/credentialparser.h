#pragma once

#include <QString>

namespace opc {

/// Reads an API key and secret out of text pasted from a developer portal
/// or a colleague's message: "key: … secret: …", "API key = …",
/// "Client ID" / "Client secret", "x-api-key: …", JSON, quoted values, one
/// per line or on one line, or just two bare values (key first).
namespace CredentialParser {

struct Parsed
{
    QString apiKey;
    QString apiSecret;
    bool hasKey() const { return !apiKey.isEmpty(); }
    bool hasSecret() const { return !apiSecret.isEmpty(); }
};

Parsed parse(const QString &text);

} // namespace CredentialParser
} // namespace opc
