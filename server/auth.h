#pragma once

#include <QByteArray>
#include <QString>

namespace lt::server::auth {

// PBKDF2-HMAC-SHA256, 210,000 iterations (OWASP 2023), 16-byte random salt. Stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
constexpr int kIterations = 210'000;
QString hashPassword(const QString &password, int iterations = kIterations);
// Constant-time comparison; false for a malformed stored value.
bool verifyPassword(const QString &password, const QString &stored);

// 256 random bits, base64url without padding: bearer tokens, refresh tokens, one-time codes.
QString newToken();
// What the database keeps of a token: its SHA-256, hex.
QString tokenHash(const QString &token);

} // namespace lt::server::auth
