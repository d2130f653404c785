#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace opc {

/// An error as a value: a sentence a person can read, plus an optional
/// machine-readable code for callers that branch on the kind of failure.
struct Error
{
    QString message;
    QString code;
};

/// The outcome of an operation that can fail: a value or an Error whose
/// message the UI shows as it is. Modelled on std::expected (C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    static Result failure(const QString &message, const QString &code = {})
    {
        return Result(Error { message, code });
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }
    QString errorCode() const { return ok() ? QString() : error().code; }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations that produce nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }

    static Status success() { return {}; }
    static Status failure(const QString &message, const QString &code = {})
    {
        return Status(Error { message, code });
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }
    QString errorCode() const { return m_error ? m_error->code : QString(); }

private:
    std::optional<Error> m_error;
};

} // namespace opc
