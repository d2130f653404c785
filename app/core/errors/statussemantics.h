#pragma once

#include "errors/errorpayload.h"

#include <QString>

namespace opc {

/// What an HTTP status means for an OP API call and whether a retry helps.
/// Texts for the codes the overview page lists are the page's own words.
struct StatusInfo
{
    int code = 0;
    QString message;     ///< "OK", "BAD REQUEST", ...
    QString description; ///< the overview page's description, or a sensible one
    QString retryAdvice;
    bool success = false;
    bool retryMayHelp = false;
};

namespace StatusSemantics {

StatusInfo describe(int status);
/// The overview page's meaning of an error level.
QString levelMeaning(ErrorLevel level);
/// Advice for this response as a whole, one consistent sentence: a 4xx
/// says to fix the request (never to retry it unchanged), a 429 to wait for
/// the reset, whatever level the payload names; the payload's most severe
/// level refines a success ("succeeded with warnings") or a server failure
/// (a FATAL 5xx: retry later, once the server side is mended). Prefixed with
/// the level's name when the level decided it.
QString advice(int status, const ErrorPayload &payload);
/// The same advice for the most severe @p level, without the level prefix.
QString levelAdvice(int status, ErrorLevel level);

} // namespace StatusSemantics
} // namespace opc
