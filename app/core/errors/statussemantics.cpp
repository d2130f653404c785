#include "errors/statussemantics.h"

#include <QCoreApplication>

namespace opc::StatusSemantics {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opc::StatusSemantics", text);
}
} // namespace

StatusInfo describe(int status)
{
    StatusInfo s;
    s.code = status;
    s.success = status >= 200 && status < 400;
    switch (status) {
    case 200:
        s.message = tr("OK");
        // The overview page's wording, kept as published.
        s.description = tr("The request has been completed successfully.");
        return s;
    case 201:
        s.message = tr("CREATED");
        s.description = tr("The resource has been successfully created.");
        return s;
    case 400:
        s.message = tr("BAD REQUEST");
        s.description = tr("Some headers, parameters, or payload contents are missing or invalid. Retrying the same request again will not succeed.");
        s.retryAdvice = tr("Fix the request before sending it again: retrying it unchanged will not succeed.");
        return s;
    case 401:
        s.message = tr("UNAUTHORIZED");
        s.description = tr("Invalid or missing authentication/authorization.");
        s.retryAdvice = tr("Check the API key, the token and its header, and the signature; retrying unchanged will not succeed.");
        return s;
    case 403:
        s.message = tr("FORBIDDEN");
        s.description = tr("The authenticated/authorized user or application does not have access rights to the requested resource.");
        s.retryAdvice = tr("Subscribe the application to this API product or use a token with access; retrying unchanged will not succeed.");
        return s;
    case 429:
        s.message = tr("TOO MANY REQUESTS");
        s.description = tr("The client application has exceeded its rate limit. The application must wait until the limit expires.");
        s.retryAdvice = tr("Wait until the rate limit resets, then retry.");
        s.retryMayHelp = true;
        return s;
    case 500:
        s.message = tr("INTERNAL SERVER ERROR");
        s.description = tr("A system error prevented the operation from being completed.");
        s.retryAdvice = tr("The error may be temporary: retry later.");
        s.retryMayHelp = true;
        return s;
    case 503:
        s.message = tr("SERVICE UNAVAILABLE");
        s.description = tr("The service is temporarily unavailable due to e.g. overload or maintenance.");
        s.retryAdvice = tr("Retry later, when the service is available again.");
        s.retryMayHelp = true;
        return s;
    default:
        break;
    }

    if (status >= 200 && status < 300) {
        s.message = tr("SUCCESS");
        s.description = tr("The request succeeded.");
    } else if (status >= 300 && status < 400) {
        s.message = tr("REDIRECT");
        s.description = tr("The resource is at another location.");
    } else if (status == 404) {
        s.message = tr("NOT FOUND");
        s.description = tr("The requested resource or path does not exist; check the API version in the path.");
        s.retryAdvice = tr("Check the path: retrying unchanged will not succeed.");
    } else if (status == 405) {
        s.message = tr("METHOD NOT ALLOWED");
        s.description = tr("This resource does not support the method used.");
        s.retryAdvice = tr("Use a method the resource supports.");
    } else if (status == 413) {
        s.message = tr("PAYLOAD TOO LARGE");
        s.description = tr("The request body is larger than the server accepts.");
        s.retryAdvice = tr("Send a smaller body.");
    } else if (status >= 400 && status < 500) {
        s.message = tr("CLIENT ERROR");
        s.description = tr("The server could not accept the request as sent.");
        s.retryAdvice = tr("Change the request before retrying.");
    } else if (status >= 500 && status < 600) {
        s.message = tr("SERVER ERROR");
        s.description = tr("The server failed to complete the request.");
        s.retryAdvice = tr("The error may be temporary: retry later.");
        s.retryMayHelp = true;
    } else {
        s.message = tr("UNKNOWN STATUS");
        s.description = tr("The server answered with a status code outside the HTTP ranges.");
    }
    return s;
}

QString levelMeaning(ErrorLevel level)
{
    switch (level) {
    case ErrorLevel::Fatal:
        return tr("No retry is likely to succeed without server side maintenance measures.");
    case ErrorLevel::Error:
        return tr("The error may be temporary and the request may be retried later.");
    case ErrorLevel::Warn:
        return tr("Some part of the operation went wrong, but the operation was nonetheless successful.");
    case ErrorLevel::Unknown:
        break;
    }
    return {};
}

QString advice(int status, const ErrorPayload &payload)
{
    const StatusInfo info = describe(status);
    switch (payload.highestLevel()) {
    case ErrorLevel::Fatal:
        return tr("FATAL: %1").arg(levelMeaning(ErrorLevel::Fatal));
    case ErrorLevel::Warn:
        if (info.success)
            return tr("WARN: %1").arg(levelMeaning(ErrorLevel::Warn));
        break;
    case ErrorLevel::Error:
        // A 4xx is the client's fault whatever the level says: advise fixing it.
        if (status >= 500 || status == 429 || status == 0)
            return tr("ERROR: %1").arg(levelMeaning(ErrorLevel::Error));
        break;
    case ErrorLevel::Unknown:
        break;
    }
    return info.retryAdvice;
}

} // namespace opc::StatusSemantics
