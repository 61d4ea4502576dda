#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace lt {

// Error codes the UI and the command line can branch on. One place (lt::errorText in
// core/error.cpp) turns a code into the user's language; `detail` is for the log and for
// messages that already are user text (a workflow refusal, a parse error).
enum class ErrorCode {
    InvalidArgument, // input that does not have the required shape
    NotAllowed,      // a workflow action that the role or the state does not allow
    NotFound,
    Unavailable, // a service (keychain, server, token) that cannot be reached
    Io,          // reading or writing a file failed
    Timeout,
    Cancelled,
    Unauthorized, // not signed in, wrong password, expired session
    Locked,       // too many wrong passwords: wait
    Conflict,     // the server refused an action in the document's current state
    Offline,      // the server cannot be reached
    ServerError,  // the server failed (5xx) or answered nonsense
    WrongPin,     // the token refused the PIN (one try was used)
    PinLocked,    // the token's PIN is blocked: only the administrator can unblock it
    TokenRemoved, // the token was pulled out (or the session died) during the operation
    Internal,
};

struct Error
{
    Error() = default;
    Error(ErrorCode code, QString message = {}, QString detail = {})
        : code(code)
        , message(std::move(message))
        , detail(std::move(detail))
    {
    }

    ErrorCode code = ErrorCode::Internal;
    QString message; // human-readable, already translated where the caller could translate it
    QString detail;  // for the log only (a library's text, a path, an HTTP status): never shown

    // The message as it was said before translation, for a program that speaks another
    // language (the server's refusals, said again by the client in the user's): the catalogue's
    // context and source text, the arguments, and the count of a plural (-1: none). See
    // core/model/said.h.
    struct Said
    {
        QByteArray context;
        QByteArray source;
        QStringList args;
        int n = -1;
        friend bool operator==(const Said &, const Said &) = default;
    };
    std::optional<Said> said;

    friend bool operator==(const Error &, const Error &) = default;
};

// Translated generic text for an error code, used when an error carries no message.
QString errorText(ErrorCode code);

// A value or an error, in the spirit of std::expected (C++23). Never throws.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (auto &x : f().value())` must not dangle once the Result is gone.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// A result without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace lt
