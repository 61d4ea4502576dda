#include "core/signing/signer.h"

#include "core/text/fold.h"

#include "core/pdf/timestamp.h"
#include "core/pki/revocation.h"
#include "core/pki/x509.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace lt::signing {

namespace {
constexpr int kNetworkTimeoutMs = 30'000;

struct SignerTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::signing::Signer)
};

// A blocking HTTP POST, or GET without a body (the caller is a signing worker thread or the
// command line; never the token thread).
Result<QByteArray> transfer(const QUrl &url, const QByteArray *body, const QByteArray &contentType,
                            int timeoutMs, const std::function<bool()> &cancelled)
{
    QNetworkAccessManager nam;
    QNetworkRequest r(url);
    if (body)
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    r.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(body ? nam.post(r, *body) : nam.get(r));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // A cancel is looked for while waiting: the request is given up at once.
    QTimer poll;
    bool gaveUp = false;
    if (cancelled) {
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled()) {
                gaveUp = true;
                reply->abort();
            }
        });
        poll.start();
    }
    loop.exec();
    if (gaveUp)
        return Error{ErrorCode::Cancelled, SignerTr::tr("The signature was cancelled.")};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200)
        return reply->readAll();
    // Not reachable (no network, no route, no answer, busy): worth trying again later. Any
    // other answer is a wrong address or a refusal: trying again will not help.
    bool transient = status == 502 || status == 503 || status == 504;
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::SslHandshakeFailedError:
            break;
        default:
            transient = true;
        }
    }
    return Error{transient ? ErrorCode::Offline : ErrorCode::ServerError,
                 status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString()};
}

Result<QByteArray> post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                        int timeoutMs, const std::function<bool()> &cancelled = {})
{
    return transfer(url, &body, contentType, timeoutMs, cancelled);
}

Result<QByteArray> get(const QUrl &url, int timeoutMs, const std::function<bool()> &cancelled = {})
{
    return transfer(url, nullptr, {}, timeoutMs, cancelled);
}

pdf::Timestamper timestamperFor(const QUrl &url, int timeoutMs = kNetworkTimeoutMs,
                                const std::function<bool()> &cancelled = {})
{
    return [url, timeoutMs, cancelled](const QByteArray &imprint) -> Result<QByteArray> {
        auto query = pdf::timestampRequest(imprint);
        if (!query)
            return query.error();
        auto answer = post(url, *query, QByteArrayLiteral("application/timestamp-query"), timeoutMs,
                           cancelled);
        if (!answer) {
            return Error{answer.error().code, QCoreApplication::translate(
                                                  "lt::signing::Signer",
                                                  "The timestamp authority %1 did not answer (%2).")
                                                  .arg(url.toString(), answer.error().message)};
        }
        auto ts = pdf::timestampFromResponse(*answer, imprint);
        if (!ts)
            return ts.error();
        return ts->token;
    };
}
} // namespace

QStringList modulesToUse(const std::optional<QString> &explicitModule,
                         const QStringList &configured)
{
    if (explicitModule)
        return {*explicitModule};
    const QString env = qEnvironmentVariable("LIENTHONG_PKCS11_MODULE");
    if (!env.isEmpty())
        return {env};
    QStringList all = configured;
    for (const QString &m : pki::discoverModules()) {
        if (!all.contains(m))
            all << m;
    }
    return all;
}

Result<QList<Candidate>> findCertificates(const QStringList &modules,
                                          const std::optional<QString> &tokenLabel,
                                          const std::optional<QByteArray> &keyId)
{
    QList<Candidate> found;
    std::optional<Error> lastError;
    for (const QString &path : modules) {
        auto m = pki::Module::load(path);
        if (!m) {
            lastError = m.error();
            continue;
        }
        auto tokens = m.value()->tokens();
        if (!tokens) {
            lastError = tokens.error();
            continue;
        }
        for (const pki::TokenInfo &t : tokens.value()) {
            if (tokenLabel && t.label != *tokenLabel)
                continue;
            auto certs = m.value()->certificates(t.slot);
            if (!certs) {
                lastError = certs.error();
                continue;
            }
            for (const pki::CertificateInfo &c : certs.value()) {
                if (keyId ? c.id != *keyId : !(c.digitalSignature || c.nonRepudiation))
                    continue;
                found << Candidate{m.value(), t, c};
            }
        }
    }
    if (found.isEmpty() && lastError && modules.size() == 1)
        return *lastError;
    return found;
}

CertificateCheck checkCertificate(const pki::CertificateInfo &c, const QList<QByteArray> &chain,
                                  const QList<QByteArray> &anchors, const QDateTime &at)
{
    CertificateCheck check;
    const QString day = QStringLiteral("dd/MM/yyyy");
    if (at < c.notBefore) {
        check.usable = false;
        check.problems << SignerTr::tr("The certificate is not valid yet (from %1).")
                              .arg(c.notBefore.toLocalTime().toString(day));
    } else if (at > c.notAfter) {
        check.usable = false;
        check.problems << SignerTr::tr("The certificate expired on %1.")
                              .arg(c.notAfter.toLocalTime().toString(day));
    } else if (at.daysTo(c.notAfter) <= 30) {
        check.problems << SignerTr::tr("The certificate expires on %1: ask your CA to renew it.")
                              .arg(c.notAfter.toLocalTime().toString(day));
    }
    if (!c.digitalSignature && !c.nonRepudiation) {
        check.problems << SignerTr::tr("The certificate's key usage does not allow signing "
                                       "documents.");
    }
    if (anchors.isEmpty()) {
        check.problems << SignerTr::tr("No trust anchor is configured: whether the certificate "
                                       "chains to a recognised CA was not checked.");
        return check;
    }
    pki::X509Ptr leaf = pki::readX509(c.der);
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(),
                                                                  X509_STORE_free);
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    for (const QByteArray &der : anchors) {
        if (pki::X509Ptr a = pki::readX509(der))
            X509_STORE_add_cert(store.get(), a.get());
    }
    for (const QByteArray &der : chain) {
        if (pki::X509Ptr i = pki::readX509(der))
            sk_X509_push(untrusted.get(), i.release());
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(),
                                                                        X509_STORE_CTX_free);
    if (!leaf || !ctx ||
        X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        check.problems << SignerTr::tr("The certificate could not be checked.");
        return check;
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1) {
        check.trusted = true;
    } else {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        check.problems << SignerTr::tr("The certificate does not chain to a trusted CA (%1).")
                              .arg(QString::fromUtf8(X509_verify_cert_error_string(code)));
    }
    return check;
}

Result<QList<QByteArray>> readPemCertificates(const QStringList &files)
{
    QList<QByteArray> all;
    for (const QString &file : files) {
        const auto certs = QSslCertificate::fromPath(file, QSsl::Pem);
        if (certs.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         SignerTr::tr("No certificate could be read from \"%1\".").arg(file)};
        }
        for (const QSslCertificate &c : certs)
            all << c.toDer();
    }
    return all;
}

Result<pdf::SignReport> signPdf(const Candidate &candidate, const QByteArray &pin,
                                const Request &request, const TokenCall &onToken)
{
    const pki::CertificateInfo &c = candidate.certificate;
    // Neither check spends a try: the token is not asked.
    if (pin.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("No PIN was given; the token was not asked (no try used).")};
    }
    if (candidate.token.pinFinalTry && !request.finalPinTryConfirmed) {
        return Error{ErrorCode::NotAllowed,
                     SignerTr::tr("One PIN try is left on this token: a wrong PIN locks it. "
                                  "Confirm that you want to use it (in the command line: "
                                  "--final-pin-try).")};
    }
    if (request.pss && c.keyType != pki::KeyType::Rsa) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("RSA-PSS needs an RSA key; this certificate's key is not one.")};
    }
    if (request.level != Level::BB && (!request.tsa.isValid() || request.tsa.isEmpty())) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("Level B-T needs a timestamp authority.")};
    }
    // SHA-256 throughout (ecdsa-with-SHA256 also for P-384 keys).
    pki::Module::Mechanism mechanism = pki::Module::Mechanism::RsaPkcs1Sha256;
    if (c.keyType == pki::KeyType::Ec)
        mechanism = pki::Module::Mechanism::EcdsaSha256;
    else if (request.pss)
        mechanism = pki::Module::Mechanism::RsaPssSha256;
    // The one moment the token is needed (log in, sign): where the caller says it runs.
    const auto sign = [&](const QByteArray &data) -> Result<QByteArray> {
        const auto onTheToken = [&] {
            return candidate.module->sign(c.slot, c.id, pin, mechanism, data);
        };
        return onToken ? onToken(onTheToken) : onTheToken();
    };
    pdf::SignOptions options = request.options;
    options.pss = request.pss;
    const auto offline = [](const Error &e) {
        return e.code == ErrorCode::Offline || e.code == ErrorCode::Timeout;
    };
    pdf::Timestamper timestamper;
    auto timestampMissing = std::make_shared<bool>(false);
    if (request.level != Level::BB) {
        options.reserveBytes = std::max(options.reserveBytes, 16 * 1024);
        timestamper = timestamperFor(request.tsa, request.networkTimeoutMs, request.cancelled);
        if (request.signOfflineAtBB) {
            timestamper = [inner = timestamper, timestampMissing,
                           offline](const QByteArray &imprint) -> Result<QByteArray> {
                auto token = inner(imprint);
                if (!token && offline(token.error())) {
                    *timestampMissing = true;
                    return QByteArray(); // B-B now, extended later
                }
                return token;
            };
        }
    }
    if (request.level != Level::BLT) {
        auto report = pdf::signPdf(request.input, request.output, options, c.der, request.chain,
                                   sign, timestamper);
        if (report)
            report.value().timestampMissing = *timestampMissing;
        return report;
    }
    // B-LT: the revocation answer first (never sign with a revoked certificate), then the
    // signature with its timestamp, then the validation data in the DSS.
    auto data = collectValidationData(c.der, request.chain, request.ocsp, request.crl,
                                      request.networkTimeoutMs, request.cancelled);
    if (!data && request.signOfflineAtBB && offline(data.error())) {
        auto report = pdf::signPdf(request.input, request.output, options, c.der, request.chain,
                                   sign, timestamper);
        if (report) {
            report.value().timestampMissing = *timestampMissing;
            report.value().validationDataMissing = true;
        }
        return report;
    }
    if (!data)
        return data.error();
    // The signed stage before its validation data: a work file like the others (removed on a
    // signal, or by the next signature after a crash).
    const QString stage = pdf::workFileFor(request.output, QStringLiteral("bt"));
    const pdf::WorkRegistration registered(stage);
    const pdf::WorkFile staged(stage);
    auto report =
        pdf::signPdf(request.input, stage, options, c.der, request.chain, sign, timestamper);
    if (!report)
        return report.error();
    const Status added = pdf::addValidationData(stage, request.output, data.value());
    if (!added)
        return added.error();
    pdf::SignReport done = report.value();
    done.outputBytes = QFileInfo(request.output).size();
    done.timestampMissing = *timestampMissing;
    return done;
}

Result<pdf::ValidationData> collectValidationData(const QByteArray &signerDer,
                                                  const QList<QByteArray> &chain, const QUrl &ocsp,
                                                  const QUrl &crl, int timeoutMs,
                                                  const std::function<bool()> &cancelled)
{
    pdf::ValidationData data;
    data.certificates << signerDer;
    for (const QByteArray &der : chain) {
        if (!data.certificates.contains(der))
            data.certificates << der;
    }
    const QByteArray issuer = pki::findIssuer(signerDer, chain);
    if (issuer.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("The issuer of the certificate is not known: add the CA's "
                                  "certificates (--chain, or the settings).")};
    }
    const QUrl url = ocsp.isValid() && !ocsp.isEmpty() ? ocsp : QUrl(pki::ocspUrl(signerDer));
    if (url.isEmpty()) {
        // No responder: the revocation list.
        const QStringList points = pki::crlUrls(signerDer);
        const QUrl list = !crl.isEmpty() ? crl : points.isEmpty() ? QUrl() : QUrl(points.first());
        if (list.isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         SignerTr::tr("The certificate names no OCSP responder or revocation "
                                      "list; give one (--ocsp URL or --crl URL).")};
        }
        auto fetched = get(list, timeoutMs, cancelled);
        if (!fetched) {
            return Error{fetched.error().code,
                         SignerTr::tr("The revocation list %1 could not be fetched (%2).")
                             .arg(list.toString(), fetched.error().message)};
        }
        auto checked = pki::checkCrl(*fetched, signerDer, issuer);
        if (!checked)
            return checked.error();
        if (checked->revoked) {
            return Error{ErrorCode::Conflict,
                         SignerTr::tr("The certificate was revoked on %1: it must not sign.")
                             .arg(checked->revokedAt.toLocalTime().toString(
                                 QStringLiteral("dd/MM/yyyy HH:mm")))};
        }
        data.crls << checked->crl;
        return data;
    }
    auto request = pki::ocspRequest(signerDer, issuer);
    if (!request)
        return request.error();
    auto answer =
        post(url, *request, QByteArrayLiteral("application/ocsp-request"), timeoutMs, cancelled);
    if (!answer) {
        return Error{answer.error().code, SignerTr::tr("The OCSP responder %1 did not answer (%2).")
                                              .arg(url.toString(), answer.error().message)};
    }
    auto checked = pki::checkOcspResponse(*answer, signerDer, issuer, *request);
    if (!checked)
        return checked.error();
    if (checked->status == pki::OcspAnswer::Status::Revoked) {
        return Error{ErrorCode::Conflict,
                     SignerTr::tr("The certificate was revoked on %1: it must not sign.")
                         .arg(checked->revokedAt.toLocalTime().toString(
                             QStringLiteral("dd/MM/yyyy HH:mm")))};
    }
    if (checked->status == pki::OcspAnswer::Status::Unknown) {
        return Error{ErrorCode::Conflict,
                     SignerTr::tr("The OCSP responder does not know the certificate.")};
    }
    data.ocspResponses << checked->response;
    return data;
}

Result<ExtendReport> extendPdf(const QString &input, const QString &output, Level level,
                               const QUrl &tsa, const QUrl &ocsp, const QList<QByteArray> &chain,
                               const QUrl &crl)
{
    ExtendReport report;
    report.inputBytes = QFileInfo(input).size();
    if (level == Level::BB) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("Extend to B-T or B-LT; B-B is where a signature starts.")};
    }
    if (!tsa.isValid() || tsa.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     SignerTr::tr("Level B-T needs a timestamp authority.")};
    }
    auto signatures = verify::embeddedSignatures(input);
    if (!signatures)
        return signatures.error();
    QString current = input;
    const QString stage = pdf::workFileFor(output, QStringLiteral("dss"));
    const pdf::WorkRegistration registered(stage);
    const pdf::WorkFile staged(stage); // removed when done, whatever happens
    if (level == Level::BLT) {
        pdf::ValidationData all;
        QList<verify::EmbeddedSignature> signers;
        for (const verify::EmbeddedSignature &s : signatures.value()) {
            if (!s.documentTimestamp)
                signers << s;
        }
        for (qsizetype i = 0; i < signers.size(); ++i) {
            const QList<QByteArray> certs = verify::cmsCertificates(signers.at(i).cms);
            if (certs.isEmpty())
                continue;
            auto data = collectValidationData(certs.first(), certs.mid(1) + chain, ocsp, crl);
            // The last signature is the one being completed: it must have its data. Earlier
            // ones (other units, other CAs) get theirs when it can be had; no network at all
            // stops everything (tried again later).
            if (!data && (i == signers.size() - 1 || data.error().code == ErrorCode::Offline))
                return data.error();
            if (!data)
                continue;
            for (const QByteArray &c : data->certificates) {
                if (!all.certificates.contains(c))
                    all.certificates << c;
            }
            all.ocspResponses << data->ocspResponses;
            all.crls << data->crls;
            ++report.signatures;
        }
        if (report.signatures == 0) {
            return Error{ErrorCode::InvalidArgument,
                         SignerTr::tr("The PDF holds no signature to extend.")};
        }
        if (auto s = pdf::addValidationData(input, stage, all); !s)
            return s.error();
        current = stage;
    }
    pdf::SignOptions options;
    options.profile = pdf::StampProfile::Invisible;
    options.documentTimestamp = true;
    options.reserveBytes = 12 * 1024;
    auto stamped = pdf::signPdf(current, output, options, {}, {}, {}, timestamperFor(tsa));
    if (current != input)
        QFile::remove(current);
    if (!stamped)
        return stamped.error();
    report.outputBytes = stamped->outputBytes;
    return report;
}

QString levelKey(Level level)
{
    switch (level) {
    case Level::BB:
        break;
    case Level::BT:
        return QStringLiteral("B-T");
    case Level::BLT:
        return QStringLiteral("B-LT");
    }
    return QStringLiteral("B-B");
}

std::optional<Level> levelFromKey(const QString &key)
{
    if (key == u"B-B")
        return Level::BB;
    if (key == u"B-T")
        return Level::BT;
    if (key == u"B-LT")
        return Level::BLT;
    return std::nullopt;
}

int preferredCandidate(const QList<Candidate> &candidates, bool agency, const QString &personName,
                       const QString &agencyName, const QDateTime &at)
{
    // Names compared as the desk searches: without accents or case, spaces simplified.
    const auto fold = [](const QString &s) { return text::foldForSearch(s).simplified(); };
    const QString person = fold(personName);
    const QString organisation = fold(agencyName);
    int best = -1;
    int bestScore = -1;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const pki::CertificateInfo &c = candidates.at(i).certificate;
        const QString name = fold(c.commonName);
        const bool isPerson = !person.isEmpty() && name == person;
        const bool isAgency =
            !organisation.isEmpty() && !name.isEmpty() &&
            (name == organisation || organisation.contains(name) || name.contains(organisation));
        int score = c.isValidAt(at) ? 100 : 0;
        if (agency)
            score += isAgency ? 50 : isPerson ? 0 : 10;
        else
            score += isPerson ? 50 : isAgency ? 0 : 10;
        if (score > bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    return best;
}

} // namespace lt::signing
