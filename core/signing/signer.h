#pragma once

#include "core/pdf/dss.h"
#include "core/pdf/pdfsigner.h"
#include "core/pki/pkcs11.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lt::signing {

// A certificate on a token that can sign, with where it is.
struct Candidate
{
    std::shared_ptr<pki::Module> module;
    pki::TokenInfo token;
    pki::CertificateInfo certificate;
};

// The drivers to use: `explicitModule` when given, else LIENTHONG_PKCS11_MODULE, else the
// user's configured ones followed by those discovered on this system.
QStringList modulesToUse(const std::optional<QString> &explicitModule,
                         const QStringList &configured = {});

// The signing certificates on the tokens present (key usage digitalSignature or
// nonRepudiation), optionally only on the token labelled `tokenLabel` or with CKA_ID `keyId`.
// Drivers that fail to load are skipped; a locked token is listed (its PIN flags say so).
Result<QList<Candidate>> findCertificates(const QStringList &modules,
                                          const std::optional<QString> &tokenLabel = {},
                                          const std::optional<QByteArray> &keyId = {});

// The certificate to offer first among `candidates`: for the agency's signature (issuing), the
// one made out to the agency (its common name is `agencyName`, with or without accents) rather
// than the clerk's own; for a person's signature, the one in `personName`. Valid ones before
// expired ones; else the first. -1 when there is none.
int preferredCandidate(const QList<Candidate> &candidates, bool agency, const QString &personName,
                       const QString &agencyName,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());

// What is wrong with a certificate before signing with it. Expired or not yet valid stops
// the signature; the others are warnings to show (never hidden, never fatal).
struct CertificateCheck
{
    bool usable = true;   // false: expired or not yet valid
    QStringList problems; // translated sentences
    bool trusted = false; // a path to one of the anchors was built and verified
};
// `chain`: intermediate certificates (DER); `anchors`: trusted roots (DER). Without anchors the
// path is not checked and a warning says so.
CertificateCheck checkCertificate(const pki::CertificateInfo &certificate,
                                  const QList<QByteArray> &chain, const QList<QByteArray> &anchors,
                                  const QDateTime &at = QDateTime::currentDateTimeUtc());
// Certificates read from PEM files (anchors, chains); an error names a file that holds none.
Result<QList<QByteArray>> readPemCertificates(const QStringList &files);

// B-B: the signature alone (always possible offline); B-T: with a timestamp; B-LT: B-T and
// the validation data (certificates, OCSP answers) in the document security store.
enum class Level { BB, BT, BLT };
// "B-B", "B-T", "B-LT": the keys of the settings and the command line.
QString levelKey(Level level);
std::optional<Level> levelFromKey(const QString &key);
struct Request
{
    QString input;
    QString output;
    pdf::SignOptions options;
    QList<QByteArray> chain; // intermediates to embed
    Level level = Level::BB;
    QUrl tsa;         // for B-T and B-LT
    QUrl ocsp;        // B-LT: the OCSP responder to ask (else the one the certificate names)
    QUrl crl;         // B-LT without OCSP: the revocation list to fetch (else the certificate's)
    bool pss = false; // RSA keys: RSASSA-PSS instead of PKCS#1 v1.5
    // Offline (the TSA or the OCSP responder cannot be reached): sign at B-B anyway and say
    // so in the report, so that the signature can be extended when the network is back.
    bool signOfflineAtBB = false;
    // How long the TSA, the OCSP responder or the revocation list may take to answer.
    int networkTimeoutMs = 30'000;
    // Asked while waiting for them: true gives the signature up (ErrorCode::Cancelled).
    std::function<bool()> cancelled;
    // The token said one PIN try is left: the try that could lock it is made only when the
    // user said yes to exactly that (the dialog's box, the command line's --final-pin-try).
    bool finalPinTryConfirmed = false;
};

// Runs the token's part of a signature (log in, sign) where it must run (the token thread),
// and returns its result; empty: right here.
using TokenCall = std::function<Result<QByteArray>(const std::function<Result<QByteArray>()> &)>;

// Signs with the token's key: for B-LT asks for the revocation status first, logs in with
// `pin` (one try) and signs on the token through `onToken`, builds the CAdES signature, adds
// the timestamp for B-T and writes the output atomically. Blocking, network included: the
// desktop calls it on a worker thread and hops to its token thread only for `onToken`
// (TokenService); the command line calls it on its only thread.
Result<pdf::SignReport> signPdf(const Candidate &candidate, const QByteArray &pin,
                                const Request &request, const TokenCall &onToken = {});

// The validation data of a signer: its certificate and `chain`, and a fresh OCSP answer from
// `ocsp` (or the certificate's own responder) that says "good" — or, without any responder,
// the current revocation list from `crl` (or the certificate's distribution point) that does
// not list it. A revoked or unknown certificate, or a service that cannot be reached, is an
// error.
Result<pdf::ValidationData> collectValidationData(const QByteArray &signerDer,
                                                  const QList<QByteArray> &chain, const QUrl &ocsp,
                                                  const QUrl &crl = {}, int timeoutMs = 30'000,
                                                  const std::function<bool()> &cancelled = {});

// Brings a PDF signed earlier (offline, at B-B) up to `level`: for B-LT the validation data
// of each signer goes into the DSS; then a document timestamp covers everything (B-T by
// document timestamp, ETSI EN 319 142-1). `chain`: where issuers are looked up besides the
// certificates in the signatures. Every earlier signature stays valid.
struct ExtendReport
{
    int signatures = 0; // signatures whose validation data was added
    qint64 inputBytes = 0;
    qint64 outputBytes = 0;
};
Result<ExtendReport> extendPdf(const QString &input, const QString &output, Level level,
                               const QUrl &tsa, const QUrl &ocsp, const QList<QByteArray> &chain,
                               const QUrl &crl = {});

} // namespace lt::signing
