#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace opc {

/// A request ready for the wire: variables resolved, credentials added and
/// every header validated. Produced by RequestBuilder, consumed by HttpEngine.
struct PreparedRequest
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method;
    QUrl url;
    Headers headers;
    QByteArray body;

    QString productId;
    bool requiresMtls = false;
    bool signedWithHmac = false;
    bool signedWithJws = false; ///< x-jws-signature over the body
    bool signedWithOpRsa = false; ///< OP Online Payment's Authorization signature
    /// False when the request asked for its redirects to be returned, not followed.
    bool followRedirects = true;
    /// Values to mask wherever this request is shown or logged.
    QList<QByteArray> secrets;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// Headers with credentials masked, for the Exchange and history.
    Headers maskedHeaders() const;
};

} // namespace opc
