#include "core/protocol/errors.h"

#include <array>

namespace lt::protocol {

namespace {
struct Entry
{
    ErrorCode code;
    int status;
    const char *key;
};
// The codes a server answers with; any other code is a 500 "internal". A workflow refusal is
// not an HTTP error: POST /actions answers 200 with "status": "rejected" and the reason.
constexpr std::array kEntries{
    Entry{ErrorCode::InvalidArgument, 400, "invalid"},
    Entry{ErrorCode::Unauthorized, 401, "unauthorized"},
    Entry{ErrorCode::NotAllowed, 403, "not_allowed"},
    Entry{ErrorCode::NotFound, 404, "not_found"},
    Entry{ErrorCode::Conflict, 409, "conflict"},
    Entry{ErrorCode::Locked, 429, "locked"},
    Entry{ErrorCode::Unavailable, 503, "unavailable"},
};
} // namespace

int httpStatus(ErrorCode code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return e.status;
    }
    return 500;
}

QString wireKey(ErrorCode code)
{
    for (const Entry &e : kEntries) {
        if (e.code == code)
            return QLatin1String(e.key);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> codeFromWireKey(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.code;
    }
    if (key == u"internal")
        return ErrorCode::ServerError;
    return std::nullopt;
}

ErrorCode codeForHttpStatus(int status)
{
    switch (status) {
    case 400:
    case 413: // a body too large for a proxy in front of the server
        return ErrorCode::InvalidArgument;
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::NotAllowed;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Conflict;
    case 423:
    case 429:
        return ErrorCode::Locked;
    default:
        return ErrorCode::ServerError;
    }
}

} // namespace lt::protocol
