#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace opc {

/// An authorisation token: one of the sandbox's static tokens from the
/// overview page (each maps to a different end-user data set) or a custom one.
struct Token
{
    QString label;
    QString value;
    bool builtIn = false;

    bool isValid() const { return !value.isEmpty(); }

    QJsonObject toJson() const;
    static Token fromJson(const QJsonObject &object);

    /// The four static tokens the overview page lists, labelled 1..4.
    static QList<Token> staticTokens();
    /// Static token @p number (1-based), or an invalid token.
    static Token staticToken(int number);
    static Token custom(const QString &value, const QString &label = {});
};

} // namespace opc
