#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace opc {

/// The error levels of OP's payload.
enum class ErrorLevel { Unknown, Warn, Error, Fatal };

QString errorLevelName(ErrorLevel level);
ErrorLevel errorLevelFromName(const QString &name);

/// One failed field or constraint of a VALIDATION error.
struct ConstraintViolation
{
    QString field;
    QString message;
};

/// One entry of an error payload.
struct ErrorEntry
{
    QString id;
    ErrorLevel level = ErrorLevel::Unknown;
    QString levelText; ///< as the server spelt it
    QString type;      ///< SECURITY, VALIDATION, TECHNICAL, BUSINESS, or what PSD2 sends
    QString message;
    QString code;
    QList<ConstraintViolation> violations;
    QJsonValue rawViolations;
    QJsonObject unknownFields; ///< anything else the server sent, kept for display
};

/// OP's error payload, parsed leniently: the overview page's
/// {"errors":[{id, level, type, message, code, DetailedConstraitViolations}]}
/// (field names in any case, the page's misspelling and the correct one) and
/// the PSD2 envelope {type, message, id, violations}. Bad input gives an empty
/// payload with a parse note, never an exception.
class ErrorPayload
{
public:
    enum class Envelope { None, OpErrors, Psd2 };

    static ErrorPayload parse(const QByteArray &body);

    Envelope envelope() const { return m_envelope; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<ErrorEntry> &entries() const { return m_entries; }
    /// Fields of the top-level object other than the envelope's own.
    const QJsonObject &unknownFields() const { return m_unknown; }
    /// Why nothing was found ("not JSON", "no errors array"): for diagnostics only.
    QString note() const { return m_note; }

    /// The most severe level among the entries (Unknown when none).
    ErrorLevel highestLevel() const;

private:
    Envelope m_envelope = Envelope::None;
    QList<ErrorEntry> m_entries;
    QJsonObject m_unknown;
    QString m_note;
};

} // namespace opc
