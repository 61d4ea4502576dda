#include "loopbackpki.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>

namespace lt::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs openssl in `dir`; true when it succeeded.
bool openssl(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray httpAnswer(const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

LoopbackTsa::LoopbackTsa(const TestToken &token)
{
    const QString root = token.directory();
    QFile cnf(dir.filePath(QStringLiteral("ts.cnf")));
    if (!cnf.open(QIODevice::WriteOnly))
        return;
    cnf.write("[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\nserial = ./serial\ncrypto_device = "
              "builtin\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = "
              "sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = "
              "no\ness_cert_id_alg = sha256\n[ ext ]\nbasicConstraints = critical, CA:FALSE\n"
              "extendedKeyUsage = critical, timeStamping\nkeyUsage = critical, "
              "digitalSignature\n");
    cnf.close();
    QFile serial(dir.filePath(QStringLiteral("serial")));
    if (!serial.open(QIODevice::WriteOnly))
        return;
    serial.write("01\n");
    serial.close();
    const QString d = dir.path();
    if (!openssl(d,
                 {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  QStringLiteral("tsa.key"), QStringLiteral("-out"), QStringLiteral("tsa.csr"),
                  QStringLiteral("-subj"), QStringLiteral("/CN=LienThong Test TSA")}) ||
        !openssl(d, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("tsa.csr"), QStringLiteral("-CA"),
                     root + QStringLiteral("/root.pem"), QStringLiteral("-CAkey"),
                     root + QStringLiteral("/root.key"), QStringLiteral("-set_serial"),
                     QStringLiteral("77"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QStringLiteral("ts.cnf"),
                     QStringLiteral("-extensions"), QStringLiteral("ext"), QStringLiteral("-out"),
                     QStringLiteral("tsa.pem")}))
        return;
    http = std::make_unique<FakeHttp>([this](const QByteArray &method,
                                             const QByteArray &) -> QByteArray {
        if (method != "POST")
            return FakeHttp::json("{}", 405);
        QFile q(dir.filePath(QStringLiteral("q.tsq")));
        q.open(QIODevice::WriteOnly);
        q.write(http->body());
        q.close();
        if (!openssl(dir.path(),
                     {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"),
                      QStringLiteral("ts.cnf"), QStringLiteral("-queryfile"),
                      QStringLiteral("q.tsq"), QStringLiteral("-signer"), QStringLiteral("tsa.pem"),
                      QStringLiteral("-inkey"), QStringLiteral("tsa.key"), QStringLiteral("-out"),
                      QStringLiteral("r.tsr")}))
            return FakeHttp::json("{}", 500);
        ++stamped;
        return httpAnswer("application/timestamp-reply",
                          readAll(dir.filePath(QStringLiteral("r.tsr"))));
    });
    ready = true;
}

LoopbackOcsp::LoopbackOcsp(const TestToken &token)
    : ca(token.directory())
{
    setRevoked(false);
    http = std::make_unique<FakeHttp>([this](const QByteArray &method,
                                             const QByteArray &) -> QByteArray {
        if (method != "POST")
            return FakeHttp::json("{}", 405);
        QFile q(dir.filePath(QStringLiteral("req.der")));
        q.open(QIODevice::WriteOnly);
        q.write(http->body());
        q.close();
        if (!openssl(dir.path(),
                     {QStringLiteral("ocsp"), QStringLiteral("-index"), QStringLiteral("index.txt"),
                      QStringLiteral("-CA"), ca + QStringLiteral("/intermediate.pem"),
                      QStringLiteral("-rsigner"), ca + QStringLiteral("/intermediate.pem"),
                      QStringLiteral("-rkey"), ca + QStringLiteral("/intermediate.key"),
                      QStringLiteral("-reqin"), QStringLiteral("req.der"),
                      QStringLiteral("-respout"), QStringLiteral("resp.der"),
                      QStringLiteral("-ndays"), QStringLiteral("1")}))
            return FakeHttp::json("{}", 500);
        ++answered;
        return httpAnswer("application/ocsp-response",
                          readAll(dir.filePath(QStringLiteral("resp.der"))));
    });
}

// The CA's index of issued certificates (OpenSSL's `ca` format): the signer valid ("V") or
// revoked ("R") since an hour ago.
static void writeIndex(const QString &ca, const QString &path, bool revoked)
{
    const QSslCertificate signer =
        QSslCertificate::fromPath(ca + QStringLiteral("/signer.pem")).value(0);
    const QByteArray serial = signer.serialNumber().replace(':', "").toUpper();
    const QByteArray expiry =
        signer.expiryDate().toUTC().toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + "Z";
    const QByteArray when = QDateTime::currentDateTimeUtc()
                                .addSecs(-3600)
                                .toString(QStringLiteral("yyMMddHHmmss"))
                                .toLatin1() +
                            "Z";
    QFile index(path);
    index.open(QIODevice::WriteOnly);
    index.write((revoked ? "R\t" : "V\t") + expiry + "\t" + (revoked ? when : QByteArray()) + "\t" +
                serial + "\tunknown\t/CN=signer\n");
}

void LoopbackOcsp::setRevoked(bool revoked)
{
    writeIndex(ca, dir.filePath(QStringLiteral("index.txt")), revoked);
}

LoopbackCrl::LoopbackCrl(const TestToken &token)
    : ca(token.directory())
{
    QFile cnf(dir.filePath(QStringLiteral("ca.cnf")));
    if (!cnf.open(QIODevice::WriteOnly))
        return;
    cnf.write("[ ca ]\ndefault_ca = test\n[ test ]\ndatabase = index.txt\n"
              "crlnumber = crlnumber\ndefault_md = sha256\ndefault_crl_days = 2\n");
    cnf.close();
    QFile number(dir.filePath(QStringLiteral("crlnumber")));
    if (!number.open(QIODevice::WriteOnly))
        return;
    number.write("01\n");
    number.close();
    if (!setRevoked(false))
        return;
    http = std::make_unique<FakeHttp>([this](const QByteArray &method, const QByteArray &) {
        if (method != "GET")
            return FakeHttp::json("{}", 405);
        ++served;
        return httpAnswer("application/pkix-crl", readAll(dir.filePath(QStringLiteral("ca.crl"))));
    });
    ready = true;
}

bool LoopbackCrl::setRevoked(bool revoked)
{
    writeIndex(ca, dir.filePath(QStringLiteral("index.txt")), revoked);
    return openssl(dir.path(),
                   {QStringLiteral("ca"), QStringLiteral("-gencrl"), QStringLiteral("-batch"),
                    QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-keyfile"),
                    ca + QStringLiteral("/intermediate.key"), QStringLiteral("-cert"),
                    ca + QStringLiteral("/intermediate.pem"), QStringLiteral("-out"),
                    QStringLiteral("ca.pem.crl")}) &&
           openssl(dir.path(),
                   {QStringLiteral("crl"), QStringLiteral("-in"), QStringLiteral("ca.pem.crl"),
                    QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                    QStringLiteral("ca.crl")});
}

} // namespace lt::test
