#pragma once

#include <QString>

namespace opc {

struct Exchange;
struct PreparedRequest;

/// Turns a request into a curl command line a developer can paste into a
/// POSIX shell. Credentials are masked unless the caller explicitly asks to
/// reveal them: the default output is safe to paste into a ticket or a chat.
namespace CurlCommand {

struct Options
{
    bool revealSecrets = false; ///< only on an explicit user action
    bool multiline = true;      ///< one option per line, joined with " \\\n"
};

/// Quotes @p word for a POSIX shell: single quotes, with ' written as '\''.
QString shellQuote(const QString &word);

/// The request as it goes on the wire (method, URL, headers, body).
QString fromRequest(const PreparedRequest &request, const Options &options = {});

/// The request as the Exchange recorded it. Its headers are already masked
/// and its body was not kept, so the body is left out with a note.
QString fromExchange(const Exchange &exchange, const Options &options = {});

} // namespace CurlCommand

} // namespace opc
