#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace lt::protocol {

// How an error travels on the wire of /api/v1, in one place for the server and the client:
// the HTTP status it is answered with, the stable key of its "error" field, and back.
//   {"error": "conflict", "message": "…"}  with  409
int httpStatus(ErrorCode code);
QString wireKey(ErrorCode code);
std::optional<ErrorCode> codeFromWireKey(const QString &key);
// The client's reading of a status when the body says nothing it knows (a proxy's page, an
// older server): 4xx by its meaning, 5xx and anything else ServerError.
ErrorCode codeForHttpStatus(int status);

} // namespace lt::protocol
