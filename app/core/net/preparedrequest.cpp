#include "net/preparedrequest.h"

#include "net/secretmasker.h"

namespace opc {

QByteArray PreparedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool PreparedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

PreparedRequest::Headers PreparedRequest::maskedHeaders() const
{
    return SecretMasker::maskHeaders(headers, secrets);
}

} // namespace opc
