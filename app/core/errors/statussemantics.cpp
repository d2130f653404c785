#include "errors/statussemantics.h"

#include <QCoreApplication>

namespace opc::StatusSemantics {

namespace {
} // namespace

StatusInfo describe(int status)
{
    StatusInfo s;
    s.code = status;
    s.success = status >= 200 && status < 400;
    switch (status) {
    case 200:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "OK");
        // The overview page's wording, kept as published.
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The request has been completed successfully.");
        return s;
    case 201:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "CREATED");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The resource has been successfully created.");
        return s;
    case 400:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "BAD REQUEST");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Fix the request before sending it again: retrying it unchanged will not succeed.");
        return s;
    case 401:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "UNAUTHORIZED");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "Invalid or missing authentication/authorization.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Check the API key, the token and its header, and the signature; retrying unchanged will not succeed.");
        return s;
    case 403:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "FORBIDDEN");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The authenticated/authorized user or application does not have access rights to the requested resource.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Subscribe the application to this API product or use a token with access; retrying unchanged will not succeed.");
        return s;
    case 429:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "TOO MANY REQUESTS");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The client application has exceeded its rate limit. The application must wait until the limit expires.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Wait until the rate limit resets (the Retry-After or "
                           "X-RateLimit-Reset header says when), then retry.");
        s.retryMayHelp = true;
        return s;
    case 500:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "INTERNAL SERVER ERROR");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "A system error prevented the operation from being completed.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "The error may be temporary: retry later.");
        s.retryMayHelp = true;
        return s;
    case 503:
        s.message = QCoreApplication::translate("opc::StatusSemantics", "SERVICE UNAVAILABLE");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The service is temporarily unavailable due to e.g. overload or maintenance.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Retry later, when the service is available again.");
        s.retryMayHelp = true;
        return s;
    default:
        break;
    }

    if (status >= 200 && status < 300) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "SUCCESS");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The request succeeded.");
    } else if (status >= 300 && status < 400) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "REDIRECT");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The resource is at another location.");
    } else if (status == 404) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "NOT FOUND");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The requested resource or path does not exist; check the API version in the path.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Check the path: retrying unchanged will not succeed.");
    } else if (status == 405) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "METHOD NOT ALLOWED");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "This resource does not support the method used.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Use a method the resource supports: "
                           "retrying unchanged will not succeed.");
    } else if (status == 413) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "PAYLOAD TOO LARGE");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The request body is larger than the server accepts.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "Send a smaller body: retrying unchanged will not succeed.");
    } else if (status >= 400 && status < 500) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "CLIENT ERROR");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The server could not accept the request as sent.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", 
            "Fix the request before sending it again: retrying it unchanged will not succeed.");
    } else if (status >= 500 && status < 600) {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "SERVER ERROR");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The server failed to complete the request.");
        s.retryAdvice = QCoreApplication::translate("opc::StatusSemantics", "The error may be temporary: retry later.");
        s.retryMayHelp = true;
    } else {
        s.message = QCoreApplication::translate("opc::StatusSemantics", "UNKNOWN STATUS");
        s.description = QCoreApplication::translate("opc::StatusSemantics", "The server answered with a status code outside the HTTP ranges.");
    }
    return s;
}

QString levelMeaning(ErrorLevel level)
{
    switch (level) {
    case ErrorLevel::Fatal:
        return QCoreApplication::translate("opc::StatusSemantics", "No retry is likely to succeed without server side maintenance measures.");
    case ErrorLevel::Error:
        return QCoreApplication::translate("opc::StatusSemantics", "The error may be temporary and the request may be retried later.");
    case ErrorLevel::Warn:
        return QCoreApplication::translate("opc::StatusSemantics", "Some part of the operation went wrong, but the operation was nonetheless successful.");
    case ErrorLevel::Unknown:
        break;
    }
    return {};
}

namespace {
struct LevelAdvice
{
    QString text;
    bool fromLevel = false; ///< the level, not the status alone, decided the text
};

// One table for advice() and levelAdvice(), so the meaning under the status
// and the errors summary never disagree. The status class decides first: a
// 4xx is the client's to fix and a 429 waits for the reset whatever level
// the payload names; the level refines a success or a server failure.
LevelAdvice adviceFor(int status, ErrorLevel level)
{
    const StatusInfo info = describe(status);
    if (info.success) {
        switch (level) {
        case ErrorLevel::Warn:
            return { QCoreApplication::translate("opc::StatusSemantics", "The request succeeded with warnings: some part of the operation "
                        "went wrong, but the operation was nonetheless successful."),
                true };
        case ErrorLevel::Error:
        case ErrorLevel::Fatal:
            return { QCoreApplication::translate("opc::StatusSemantics", "The request succeeded, but the response lists errors: "
                        "read them before relying on the result."),
                true };
        case ErrorLevel::Unknown:
            break;
        }
        return { info.retryAdvice, false };
    }
    if (status >= 400 && status < 500)
        return { info.retryAdvice, false };
    if (status >= 500 && status < 600) {
        switch (level) {
        case ErrorLevel::Fatal:
            // The overview's FATAL: the server side has to be mended first,
            // so an immediate retry is pointless and a later one may work.
            return { QCoreApplication::translate("opc::StatusSemantics", "The server side needs maintenance before this request can succeed: "
                        "retry later, not right away."),
                true };
        case ErrorLevel::Error:
            return { levelMeaning(ErrorLevel::Error), true };
        case ErrorLevel::Warn:
        case ErrorLevel::Unknown:
            break;
        }
        return { info.retryAdvice, false };
    }
    // No HTTP status to go by: the level's own meaning.
    if (level == ErrorLevel::Fatal || level == ErrorLevel::Error)
        return { levelMeaning(level), true };
    return { info.retryAdvice, false };
}
} // namespace

QString levelAdvice(int status, ErrorLevel level)
{
    return adviceFor(status, level).text;
}

QString advice(int status, const ErrorPayload &payload)
{
    const ErrorLevel level = payload.highestLevel();
    const LevelAdvice a = adviceFor(status, level);
    if (a.fromLevel)
        return QCoreApplication::translate("opc::StatusSemantics", "%1: %2").arg(errorLevelName(level), a.text);
    return a.text;
}

} // namespace opc::StatusSemantics
