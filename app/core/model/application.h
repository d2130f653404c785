#pragma once

#include "model/apiproduct.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace opc {

/// A registered client application. Holds the API key (an identifier, not
/// a secret on OP's side) and only a vault reference to the API secret.
struct Application
{
    QString id;
    QString name;
    QString environmentId;
    QString apiKey;
    QString secretRef; ///< vault record name such as "app.<id>.apiSecret"; never the value
    QStringList productIds;
    SecurityLevel securityLevel = SecurityLevel::Basic;
    QString certificateId; ///< CertificateStore id of the bound client certificate
    /// OP Online Payment's merchant id; the bound certificate's RSA key signs.
    QString merchantId;
    QString notes;

    static QString defaultSecretRef(const QString &appId);

    QJsonObject toJson() const;
    static Application fromJson(const QJsonObject &object);
};

} // namespace opc
