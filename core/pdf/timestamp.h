#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>

namespace lt::pdf {

// RFC 3161 messages, encoded and decoded with OpenSSL. The transport (HTTP POST,
// application/timestamp-query) is the caller's.

// A TimeStampReq for `digest` (SHA-256), asking for the TSA's certificate, with a fresh nonce.
Result<QByteArray> timestampRequest(const QByteArray &sha256Digest);

struct Timestamp
{
    QByteArray token; // TimeStampToken (a CMS ContentInfo), DER
    QDateTime time;   // genTime
};

// Checks a TimeStampResp (status granted, the imprint is `sha256Digest`) and returns its token.
Result<Timestamp> timestampFromResponse(const QByteArray &response, const QByteArray &sha256Digest);

} // namespace lt::pdf
