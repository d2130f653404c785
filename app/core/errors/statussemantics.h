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
/// Advice for this response as a whole: the payload's most severe level
/// refines what the status alone says (a FATAL 500 will not heal by retrying).
QString advice(int status, const ErrorPayload &payload);

} // namespace StatusSemantics
} // namespace opc
