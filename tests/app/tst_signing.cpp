// lienthong-cli sign with real SoftHSM2 tokens (RSA-2048, RSA-3072, ECDSA P-256), every output
// checked by others: pdfsig ("Signature is Valid."), qpdf --check, openssl cms -verify against
// the test root on the extracted signature and byte ranges. And the faults: wrong PIN, broken,
// encrypted and non-PDF input — never a partial output file.
#include "fakehttp.h"
#include "loopbackpki.h"
#include "pdftools.h"
#include "testtoken.h"

#include "core/pdf/pdfsigner.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using lt::test::LoopbackCrl;
using lt::test::LoopbackOcsp;
using lt::test::LoopbackTsa;
using lt::test::Run;
using lt::test::run;
using lt::test::TestToken;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A two-page Vietnamese document, as an office would produce it.
bool makePdf(const QString &path)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(72);
    QPainter p(&w);
    p.setFont(QFont(QStringLiteral("Liberation Serif"), 13));
    p.drawText(QRect(60, 60, 470, 40), Qt::AlignCenter, QStringLiteral("QUYẾT ĐỊNH"));
    p.drawText(QRect(60, 110, 470, 600), Qt::TextWordWrap,
               QStringLiteral("Về việc phê duyệt kế hoạch chuyển đổi số năm 2026. Điều 1. Giao Sở "
                              "Tài chính chủ trì, phối hợp với các cơ quan liên quan."));
    w.newPage();
    p.drawText(QRect(300, 100, 200, 30), Qt::AlignCenter, QStringLiteral("CHỦ TỊCH"));
    return p.end();
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKeyAndProfile_data();
    void everyKeyAndProfile();
    void threeSignaturesInARow();
    void moreKeysAndRsaPss_data();
    void moreKeysAndRsaPss();
    void trustAnchorCheckedBeforeSigning();
    void inputsOfferedByRealOffices();
    void wrongPinConsumesOneTryAndWritesNothing();
    void badInputIsRefusedWithoutOutput();
    void tokenPulledOutOrLocked();
    void timestampedWithATsaOnLoopback();
    void longTermWithOcspOnLoopback();
    void offlineSignatureExtendedLater();
    void intoANamedField();
    void afterAnotherProgramsSignature();
    void longTermWithARevocationList();
    void stampWordsReadAsWritten_data();
    void stampWordsReadAsWritten();

private:
    // Independent checks of the last signature in `pdf`; `signatures` is how many it holds.
    void verify(const QString &pdf, int signatures, const TestToken &token);
    Run sign(const TestToken &token, const QStringList &args, const QByteArray &pin = "1234\n");
    // Signs m_input at B-LT with `revocation` (--ocsp URL or --crl URL); the event loop runs
    // meanwhile, so that this process's TSA and responders answer. Exit code and stderr.
    std::pair<int, QString> signLongTerm(const QString &target, const QString &tsa,
                                         const QStringList &revocation);

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_input;
    std::unique_ptr<TestToken> m_rsa;
};

void TestSigning::initTestCase()
{
    m_cli = qEnvironmentVariable("LT_CLI");
    m_input = m_dir.filePath(QStringLiteral("quyet-dinh.pdf"));
    QVERIFY(makePdf(m_input));
    QString error;
    m_rsa = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_rsa, qPrintable(error));
}

Run TestSigning::sign(const TestToken &token, const QStringList &args, const QByteArray &pin)
{
    qputenv("SOFTHSM2_CONF", (token.directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    return run(m_cli,
               QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                           QStringLiteral("--module"), token.modulePath(),
                           QStringLiteral("--pin-stdin"), QStringLiteral("--chain"),
                           token.intermediateCertificate()} +
                   args,
               pin);
}

std::pair<int, QString> TestSigning::signLongTerm(const QString &target, const QString &tsa,
                                                  const QStringList &revocation)
{
    qputenv("SOFTHSM2_CONF", (m_rsa->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    QProcess p;
    p.start(m_cli,
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                        QStringLiteral("--module"), m_rsa->modulePath(),
                        QStringLiteral("--pin-stdin"), QStringLiteral("--chain"),
                        m_rsa->intermediateCertificate(), QStringLiteral("--in"), m_input,
                        QStringLiteral("--out"), target, QStringLiteral("--level"),
                        QStringLiteral("B-LT"), QStringLiteral("--tsa"), tsa} +
                revocation);
    p.write("1234\n");
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    const bool ended = finished.wait(120'000);
    return {ended ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

void TestSigning::verify(const QString &pdf, int signatures, const TestToken &token)
{
    // pdfsig: every signature valid (its trust verdict on our test root is checked below).
    const Run pdfsig = run(QStringLiteral("pdfsig"), {pdf});
    QCOMPARE(pdfsig.out.count(QStringLiteral("Signature is Valid.")), signatures);
    QCOMPARE(pdfsig.out.count(QStringLiteral("ETSI.CAdES.detached")), signatures);
    QVERIFY(pdfsig.out.contains(QStringLiteral("Nguyễn Văn An")));
    // qpdf: the file's structure.
    const Run qpdf = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY2(qpdf.code == 0, qPrintable(qpdf.out + qpdf.err));
    // openssl cms -verify on the last signature: the signed bytes and the chain to our root.
    const QByteArray bytes = readAll(pdf);
    const qsizetype at = bytes.lastIndexOf("/ByteRange");
    QVERIFY(at > 0);
    static const QRegularExpression range(
        QStringLiteral("^/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const auto m = range.match(QString::fromLatin1(bytes.mid(at, 120)));
    QVERIFY(m.hasMatch());
    const qint64 a = m.captured(1).toLongLong(), b = m.captured(2).toLongLong();
    const qint64 c = m.captured(3).toLongLong(), d = m.captured(4).toLongLong();
    QCOMPARE(a, 0);
    QCOMPARE(c + d, qint64(bytes.size()));              // the signature covers the file to its end
    const QByteArray hex = bytes.mid(b + 1, c - b - 2); // between < and >
    QByteArray der = QByteArray::fromHex(hex);
    QVERIFY(der.size() > 4 && uchar(der[0]) == 0x30 && uchar(der[1]) == 0x82);
    der.truncate(4 + ((uchar(der[2]) << 8) | uchar(der[3]))); // drop the zero padding
    QTemporaryDir work;
    QFile sig(work.filePath(QStringLiteral("sig.der")));
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(der);
    sig.close();
    QFile content(work.filePath(QStringLiteral("content.bin")));
    QVERIFY(content.open(QIODevice::WriteOnly));
    content.write(bytes.mid(a, b));
    content.write(bytes.mid(c, d));
    content.close();
    const Run cms =
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
             QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             sig.fileName(), QStringLiteral("-content"), content.fileName(),
             QStringLiteral("-CAfile"), token.rootCertificate(), QStringLiteral("-purpose"),
             QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
    QVERIFY2(cms.code == 0, qPrintable(cms.err));
    QVERIFY(cms.err.contains(QStringLiteral("Verification successful")));
    // The CAdES attributes are there.
    const Run dump = run(QStringLiteral("openssl"),
                         {QStringLiteral("cms"), QStringLiteral("-cmsout"),
                          QStringLiteral("-print"), QStringLiteral("-inform"),
                          QStringLiteral("DER"), QStringLiteral("-in"), sig.fileName()});
    QVERIFY(dump.out.contains(QStringLiteral("id-smime-aa-signingCertificateV2")));
    QVERIFY(dump.out.contains(QStringLiteral("signingTime")));
}

void TestSigning::everyKeyAndProfile_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("profile");
    for (const char *key : {"rsa:2048", "rsa:3072", "EC:prime256v1"}) {
        for (const char *profile : {"leader", "agency", "attachment", "invisible"})
            QTest::addRow("%s %s", key, profile)
                << QString::fromLatin1(key) << QString::fromLatin1(profile);
    }
}

void TestSigning::everyKeyAndProfile()
{
    QFETCH(QString, keyType);
    QFETCH(QString, profile);
    static QHash<QString, std::shared_ptr<TestToken>> tokens;
    if (!tokens.contains(keyType)) {
        QString error;
        tokens.insert(keyType, TestToken::create(keyType, &error));
        QVERIFY2(tokens.value(keyType), qPrintable(error));
    }
    const TestToken &token = *tokens.value(keyType);
    const QString out = m_dir.filePath(
        QStringLiteral("%1-%2.pdf").arg(QString(keyType).replace(u':', u'-'), profile));
    const Run r = sign(token, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out,
                               QStringLiteral("--profile"), profile, QStringLiteral("--title"),
                               QStringLiteral("Chủ tịch"), QStringLiteral("--organisation"),
                               QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm"),
                               QStringLiteral("--email"), QStringLiteral("vanthu@thunghiem.gov.vn"),
                               QStringLiteral("--notation"), QStringLiteral("05/QĐ-UBND"),
                               QStringLiteral("--reason"), QStringLiteral("Phê duyệt")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray original = readAll(m_input);
    const QByteArray signedPdf = readAll(out);
    QVERIFY(signedPdf.startsWith(original)); // an incremental update: nothing rewritten
    QVERIFY2(signedPdf.size() - original.size() <= 40 * 1024,
             qPrintable(QString::number(signedPdf.size() - original.size())));
    verify(out, 1, token);
}

void TestSigning::moreKeysAndRsaPss_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<bool>("pss");
    QTest::addRow("RSA-4096") << QStringLiteral("rsa:4096") << false;
    QTest::addRow("ECDSA P-384") << QStringLiteral("EC:secp384r1") << false;
    QTest::addRow("RSA-2048 PSS") << QStringLiteral("rsa:2048") << true;
    QTest::addRow("RSA-3072 PSS") << QStringLiteral("rsa:3072") << true;
}

void TestSigning::moreKeysAndRsaPss()
{
    QFETCH(QString, keyType);
    QFETCH(bool, pss);
    std::shared_ptr<TestToken> token;
    if (keyType == u"rsa:2048") {
        token = std::shared_ptr<TestToken>(m_rsa.get(), [](TestToken *) {});
    } else {
        QString error;
        token = TestToken::create(keyType, &error);
        QVERIFY2(token, qPrintable(error));
    }
    const QString out = m_dir.filePath(
        QStringLiteral("more-%1-%2.pdf").arg(QString(keyType).replace(u':', u'-')).arg(pss));
    QStringList args{QStringLiteral("--in"),    m_input,
                     QStringLiteral("--out"),   out,
                     QStringLiteral("--title"), QStringLiteral("Chủ tịch")};
    if (pss)
        args << QStringLiteral("--pss");
    const Run r = sign(*token, args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    verify(out, 1, *token);
    // The algorithm is what was asked for.
    const QByteArray bytes = readAll(out);
    const qsizetype at = bytes.lastIndexOf("/Contents");
    const qsizetype open = bytes.indexOf('<', at);
    QByteArray der = QByteArray::fromHex(bytes.mid(open + 1, bytes.indexOf('>', open) - open - 1));
    QTemporaryDir work;
    QFile sig(work.filePath(QStringLiteral("sig.der")));
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(der.left(4 + ((uchar(der[2]) << 8) | uchar(der[3]))));
    sig.close();
    const Run dump = run(QStringLiteral("openssl"),
                         {QStringLiteral("cms"), QStringLiteral("-cmsout"),
                          QStringLiteral("-print"), QStringLiteral("-inform"),
                          QStringLiteral("DER"), QStringLiteral("-in"), sig.fileName()});
    QCOMPARE(dump.out.contains(QStringLiteral("rsassaPss")), pss);
    if (keyType.startsWith(u"EC"))
        QVERIFY(dump.out.contains(QStringLiteral("ecdsa-with-SHA256")));
}

void TestSigning::trustAnchorCheckedBeforeSigning()
{
    // Without an anchor: signed, with a warning that nothing was checked.
    const QString out = m_dir.filePath(QStringLiteral("trust.pdf"));
    Run r = sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("No trust anchor is configured")), qPrintable(r.err));
    // The right root: no warning.
    QFile::remove(out);
    r = sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out,
                      QStringLiteral("--trust"), m_rsa->rootCertificate()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("Warning")), qPrintable(r.err));
    // Another CA's root: warned, not hidden; the signature is still made (the user decides).
    QString error;
    auto other = TestToken::create(QStringLiteral("EC:prime256v1"), &error);
    QVERIFY2(other, qPrintable(error));
    QFile::remove(out);
    r = sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out,
                      QStringLiteral("--trust"), other->rootCertificate()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("does not chain to a trusted CA")), qPrintable(r.err));
    verify(out, 1, *m_rsa);
    // A file without certificates is a usage error, before any PIN.
    r = sign(*m_rsa,
             {QStringLiteral("--in"), m_input, QStringLiteral("--out"),
              m_dir.filePath(QStringLiteral("never.pdf")), QStringLiteral("--trust"), m_input});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.pdf"))));
}

void TestSigning::threeSignaturesInARow()
{
    const QString one = m_dir.filePath(QStringLiteral("one.pdf"));
    const QString two = m_dir.filePath(QStringLiteral("two.pdf"));
    const QString three = m_dir.filePath(QStringLiteral("three.pdf"));
    QCOMPARE(sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), one,
                           QStringLiteral("--profile"), QStringLiteral("leader")})
                 .code,
             0);
    QCOMPARE(sign(*m_rsa, {QStringLiteral("--in"), one, QStringLiteral("--out"), two,
                           QStringLiteral("--profile"), QStringLiteral("agency")})
                 .code,
             0);
    QCOMPARE(sign(*m_rsa, {QStringLiteral("--in"), two, QStringLiteral("--out"), three,
                           QStringLiteral("--profile"), QStringLiteral("attachment")})
                 .code,
             0);
    QVERIFY(readAll(two).startsWith(readAll(one)));
    QVERIFY(readAll(three).startsWith(readAll(two)));
    verify(three, 3, *m_rsa); // every earlier signature still valid
}

void TestSigning::inputsOfferedByRealOffices()
{
    // Cross-reference and object streams, linearized, PDF 1.4 and 2.0.
    const QList<std::pair<QString, QStringList>> variants{
        {QStringLiteral("objstm"), {QStringLiteral("--object-streams=generate")}},
        {QStringLiteral("linear"), {QStringLiteral("--linearize")}},
        {QStringLiteral("v14"), {QStringLiteral("--force-version=1.4")}},
        {QStringLiteral("v20"), {QStringLiteral("--force-version=2.0")}},
    };
    for (const auto &[name, options] : variants) {
        const QString in = m_dir.filePath(name + QStringLiteral("-in.pdf"));
        const QString out = m_dir.filePath(name + QStringLiteral("-signed.pdf"));
        QCOMPARE(run(QStringLiteral("qpdf"), options + QStringList{m_input, in}).code, 0);
        const Run r = sign(*m_rsa, {QStringLiteral("--in"), in, QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(name + u' ' + r.err));
        QVERIFY(readAll(out).startsWith(readAll(in)));
        verify(out, 1, *m_rsa);
    }
}

void TestSigning::wrongPinConsumesOneTryAndWritesNothing()
{
    QString error;
    auto token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(token, qPrintable(error));
    const QString out = m_dir.filePath(QStringLiteral("wrong-pin.pdf"));
    Run r = sign(*token, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out}, "0000\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The PIN is wrong.")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral(".lienthong-sign-*")}, QDir::Hidden | QDir::Files)
                .isEmpty());
    // The token now says a wrong PIN was entered; the next attempt warns before asking.
    r = run(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("tokens"),
                    QStringLiteral("--module"), token->modulePath()});
    QVERIFY2(r.out.contains(QStringLiteral("a wrong PIN was entered recently")), qPrintable(r.out));
    r = sign(*token, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.contains(QStringLiteral("Warning: a wrong PIN was entered")));
}

void TestSigning::badInputIsRefusedWithoutOutput()
{
    const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.pdf"));
    QCOMPARE(run(QStringLiteral("qpdf"),
                 {QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                  QStringLiteral("256"), QStringLiteral("--"), m_input, encrypted})
                 .code,
             0);
    const QString truncated = m_dir.filePath(QStringLiteral("truncated.pdf"));
    QFile t(truncated);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(readAll(m_input).left(1500));
    t.close();
    const QString text = m_dir.filePath(QStringLiteral("not-a-pdf.pdf"));
    QFile x(text);
    QVERIFY(x.open(QIODevice::WriteOnly));
    x.write("Công văn số 15/UBND-VP\n");
    x.close();
    const QList<std::pair<QString, QString>> cases{
        {encrypted, QStringLiteral("password")},
        {truncated, QStringLiteral("damaged")},
        {text, QStringLiteral("not a PDF")},
        {m_dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("cannot be read")},
    };
    for (const auto &[input, reason] : cases) {
        const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Run r = sign(*m_rsa, {QStringLiteral("--in"), input, QStringLiteral("--out"), out});
        QVERIFY2(r.code == 1, qPrintable(input + u' ' + r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
    // A signature image that is not a PNG: the image is named, not the PDF.
    const QString out = m_dir.filePath(QStringLiteral("refused.pdf"));
    const Run r = sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), out,
                                QStringLiteral("--image"), text});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("give a PNG file")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral(".lienthong-sign-*")}, QDir::Hidden | QDir::Files)
                .isEmpty());
}

void TestSigning::tokenPulledOutOrLocked()
{
    // The faulty module forwards to SoftHSM2 and fails when told to.
    const QString faulty = qEnvironmentVariable("LT_FAULTY_MODULE");
    QVERIFY(QFile::exists(faulty));
    const QString commandFile = m_dir.filePath(QStringLiteral("fault"));
    qputenv("LT_FAULTY_COMMAND", commandFile.toLocal8Bit());
    const auto tell = [&](const QByteArray &what) {
        QFile f(commandFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(what);
    };
    const QString out = m_dir.filePath(QStringLiteral("faulty.pdf"));
    const auto signVia = [&] {
        qputenv("SOFTHSM2_CONF",
                (m_rsa->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
        return run(m_cli,
                   {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                    QStringLiteral("--module"), faulty, QStringLiteral("--pin-stdin"),
                    QStringLiteral("--in"), m_input, QStringLiteral("--out"), out},
                   "1234\n");
    };

    tell("none");
    Run r = signVia();
    QVERIFY2(r.code == 0, qPrintable(r.err)); // the wrapper itself works
    QFile::remove(out);

    tell("remove-at-sign"); // pulled out between the login and the signature
    r = signVia();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The token was removed")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    // The last PIN try is spent only when asked for by name: without it, no C_Login at all.
    const QString logins = m_dir.filePath(QStringLiteral("logins"));
    qputenv("LT_FAULTY_LOGINS", logins.toLocal8Bit());
    const auto loginCount = [&] {
        QFile f(logins);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    };
    tell("final-try");
    r = signVia();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("one PIN try is left")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--final-pin-try")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QCOMPARE(loginCount(), 0);
    qputenv("SOFTHSM2_CONF", (m_rsa->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    r = run(m_cli,
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
             QStringLiteral("--module"), faulty, QStringLiteral("--pin-stdin"),
             QStringLiteral("--final-pin-try"), QStringLiteral("--in"), m_input,
             QStringLiteral("--out"), out},
            "1234\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(loginCount(), 1);
    QFile::remove(out);

    // An empty PIN (an empty line, the end of the input) is not sent: no try used.
    tell("none");
    for (const QByteArray &nothing : {QByteArray("\n"), QByteArray()}) {
        r = run(m_cli,
                {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                 QStringLiteral("--module"), faulty, QStringLiteral("--pin-stdin"),
                 QStringLiteral("--in"), m_input, QStringLiteral("--out"), out},
                nothing);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("No PIN was given")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
    QCOMPARE(loginCount(), 1); // still the one above
    qunsetenv("LT_FAULTY_LOGINS");

    // A driver named on the command line that cannot be loaded is a failure.
    for (const QString &bad : {QStringLiteral("/nonexistent/libnothing.so"), m_input}) {
        r = run(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("tokens"),
                        QStringLiteral("--module"), bad});
        QVERIFY2(r.code != 0, qPrintable(r.out + r.err));
        QVERIFY(!r.err.isEmpty());
    }

    tell("pin-locked"); // refused before the PIN is even asked
    r = signVia();
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("PIN is locked")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(QDir(m_dir.path())
                .entryList({QStringLiteral(".lienthong-sign-*")}, QDir::Hidden | QDir::Files)
                .isEmpty());
    qunsetenv("LT_FAULTY_COMMAND");
}

void TestSigning::timestampedWithATsaOnLoopback()
{
    LoopbackTsa tsaServer(*m_rsa);
    QVERIFY2(tsaServer.ready, "the test TSA could not be set up");
    const int &stamped = tsaServer.stamped;
    lt::test::FakeHttp &http = *tsaServer.http;
    QTemporaryDir tsa;

    const QString out = m_dir.filePath(QStringLiteral("timestamped.pdf"));
    qputenv("SOFTHSM2_CONF", (m_rsa->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    QProcess p;
    p.start(m_cli,
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
             QStringLiteral("--module"), m_rsa->modulePath(), QStringLiteral("--pin-stdin"),
             QStringLiteral("--chain"), m_rsa->intermediateCertificate(), QStringLiteral("--in"),
             m_input, QStringLiteral("--out"), out, QStringLiteral("--level"),
             QStringLiteral("B-T"), QStringLiteral("--tsa"), http.url()});
    p.write("1234\n");
    p.closeWriteChannel();
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(finished.wait(120'000)); // the event loop runs: our TSA answers
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QCOMPARE(stamped, 1);
    verify(out, 1, *m_rsa);
    // The token is in the signature, and it stamps this signature's value.
    const QByteArray bytes = readAll(out);
    const qsizetype at = bytes.lastIndexOf("/Contents<");
    QByteArray der = QByteArray::fromHex(bytes.mid(at + 10, bytes.indexOf('>', at) - at - 10));
    der.truncate(4 + ((uchar(der[2]) << 8) | uchar(der[3])));
    QFile sig(tsa.filePath(QStringLiteral("sig.der")));
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(der);
    sig.close();
    QProcess dump;
    dump.start(QStringLiteral("openssl"),
               {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                sig.fileName()});
    QVERIFY(dump.waitForFinished(60'000));
    const QString printed = QString::fromUtf8(dump.readAllStandardOutput());
    QVERIFY(printed.contains(QStringLiteral("id-smime-aa-timeStampToken")));
    QVERIFY(printed.contains(QStringLiteral("LienThong Test TSA")));

    // A TSA that refuses: nothing is written.
    lt::test::FakeHttp broken(
        [](const QByteArray &, const QByteArray &) { return lt::test::FakeHttp::json("{}", 503); });
    const QString refused = m_dir.filePath(QStringLiteral("not-timestamped.pdf"));
    QProcess q;
    q.start(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                    QStringLiteral("--module"), m_rsa->modulePath(), QStringLiteral("--pin-stdin"),
                    QStringLiteral("--in"), m_input, QStringLiteral("--out"), refused,
                    QStringLiteral("--level"), QStringLiteral("B-T"), QStringLiteral("--tsa"),
                    broken.url()});
    q.write("1234\n");
    q.closeWriteChannel();
    QSignalSpy done(&q, &QProcess::finished);
    QVERIFY(done.wait(120'000));
    QCOMPARE(q.exitCode(), 1);
    QVERIFY(QString::fromUtf8(q.readAllStandardError()).contains(QStringLiteral("did not answer")));
    QVERIFY(!QFile::exists(refused));
}

// qpdf's view of the document security store: the object numbers in /DSS's arrays.
static QHash<QString, QList<int>> dssOf(const QString &pdf)
{
    QHash<QString, QList<int>> arrays;
    const Run trailer = run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=trailer"), pdf});
    static const QRegularExpression root(QStringLiteral("/Root (\\d+) 0 R"));
    const auto r = root.match(trailer.out);
    if (!r.hasMatch())
        return arrays;
    const Run catalog =
        run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + r.captured(1), pdf});
    static const QRegularExpression dssRef(QStringLiteral("/DSS (\\d+) 0 R"));
    const auto d = dssRef.match(catalog.out);
    if (!d.hasMatch())
        return arrays;
    const Run dss =
        run(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") + d.captured(1), pdf});
    static const QRegularExpression array(QStringLiteral("/(Certs|OCSPs|CRLs) \\[([^\\]]*)\\]"));
    auto it = array.globalMatch(dss.out);
    while (it.hasNext()) {
        const auto m = it.next();
        static const QRegularExpression ref(QStringLiteral("(\\d+) 0 R"));
        auto refs = ref.globalMatch(m.captured(2));
        while (refs.hasNext())
            arrays[m.captured(1)] << refs.next().captured(1).toInt();
    }
    return arrays;
}

// Writes the decoded data of stream object `object` of `pdf` to `file`, as qpdf reads it.
static bool saveStream(const QString &pdf, int object, const QString &file)
{
    QProcess qpdf;
    qpdf.setStandardOutputFile(file);
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--show-object=%1").arg(object),
                                        QStringLiteral("--filtered-stream-data"), pdf});
    return qpdf.waitForFinished(60'000) && qpdf.exitCode() == 0;
}

// Checks with openssl that the DSS's OCSP answer says "good" for the signer and verifies.
static void checkDssOcsp(const QString &pdf, const lt::test::TestToken &token)
{
    const auto dss = dssOf(pdf);
    QVERIFY2(!dss.value(QStringLiteral("OCSPs")).isEmpty(), "no /OCSPs in the DSS");
    QVERIFY(dss.value(QStringLiteral("Certs")).size() >= 2); // the signer and its issuer
    QTemporaryDir work;
    const QString resp = work.filePath(QStringLiteral("resp.der"));
    QVERIFY(saveStream(pdf, dss.value(QStringLiteral("OCSPs")).first(), resp));
    const Run ocsp =
        run(QStringLiteral("openssl"),
            {QStringLiteral("ocsp"), QStringLiteral("-no_nonce"), QStringLiteral("-respin"), resp,
             QStringLiteral("-issuer"), token.intermediateCertificate(), QStringLiteral("-cert"),
             token.signerCertificate(), QStringLiteral("-CAfile"), token.rootCertificate(),
             QStringLiteral("-verify_other"), token.intermediateCertificate()});
    QVERIFY2(ocsp.err.contains(QStringLiteral("Response verify OK")), qPrintable(ocsp.err));
    QVERIFY2(ocsp.out.contains(QStringLiteral(": good")), qPrintable(ocsp.out));
}

void TestSigning::longTermWithOcspOnLoopback()
{
    LoopbackTsa tsa(*m_rsa);
    QVERIFY(tsa.ready);
    LoopbackOcsp ocsp(*m_rsa);
    const QString out = m_dir.filePath(QStringLiteral("long-term.pdf"));
    const auto signAt = [&](const QString &target) {
        return signLongTerm(target, tsa.url(), {QStringLiteral("--ocsp"), ocsp.url()});
    };
    const auto [code, err] = signAt(out);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(tsa.stamped, 1);
    QCOMPARE(ocsp.answered, 1);
    // The signature, valid for pdfsig, the DSS after it, the original a prefix.
    const Run pdfsig = run(QStringLiteral("pdfsig"), {out});
    QCOMPARE(pdfsig.out.count(QStringLiteral("Signature is Valid.")), 1);
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    QVERIFY(readAll(out).startsWith(readAll(m_input)));
    checkDssOcsp(out, *m_rsa);

    // A revoked certificate does not sign: the responder says so before the token is used.
    ocsp.setRevoked(true);
    const QString revoked = m_dir.filePath(QStringLiteral("revoked.pdf"));
    const auto [code2, err2] = signAt(revoked);
    QCOMPARE(code2, 1);
    QVERIFY2(err2.contains(QStringLiteral("revoked")), qPrintable(err2));
    QVERIFY(!QFile::exists(revoked));
}

void TestSigning::offlineSignatureExtendedLater()
{
    // On the plane: B-B, no network needed.
    const QString offline = m_dir.filePath(QStringLiteral("offline-bb.pdf"));
    const Run r = sign(*m_rsa, {QStringLiteral("--in"), m_input, QStringLiteral("--out"), offline});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Back on the ground: validation data and a document timestamp.
    LoopbackTsa tsa(*m_rsa);
    QVERIFY(tsa.ready);
    LoopbackOcsp ocsp(*m_rsa);
    const QString extended = m_dir.filePath(QStringLiteral("extended-lt.pdf"));
    QProcess p;
    p.start(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("extend"),
                    QStringLiteral("--in"), offline, QStringLiteral("--out"), extended,
                    QStringLiteral("--tsa"), tsa.http->url(), QStringLiteral("--ocsp"),
                    ocsp.http->url(), QStringLiteral("--chain"), m_rsa->intermediateCertificate()});
    QSignalSpy finished(&p, &QProcess::finished);
    QVERIFY(finished.wait(120'000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(readAll(extended).startsWith(readAll(offline)));
    QCOMPARE(tsa.stamped, 1);
    QCOMPARE(ocsp.answered, 1);
    // The first signature is still valid; the document timestamp is the last revision.
    const Run pdfsig = run(QStringLiteral("pdfsig"), {extended});
    QVERIFY2(pdfsig.out.contains(QStringLiteral("Signature is Valid.")), qPrintable(pdfsig.out));
    // poppler 22.12 lists the document timestamp (its TSA, the whole document covered) but
    // does not verify ETSI.RFC3161; openssl ts -verify does, below.
    QVERIFY2(pdfsig.out.contains(QStringLiteral("LienThong Test TSA")), qPrintable(pdfsig.out));
    QVERIFY2(pdfsig.out.contains(QStringLiteral("Total document signed")), qPrintable(pdfsig.out));
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), extended});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    checkDssOcsp(extended, *m_rsa);
    // openssl ts -verify: the timestamp token is over the bytes its /ByteRange covers.
    const QByteArray bytes = readAll(extended);
    const qsizetype at = bytes.lastIndexOf("/ByteRange");
    static const QRegularExpression range(
        QStringLiteral("^/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const auto m = range.match(QString::fromLatin1(bytes.mid(at, 120)));
    QVERIFY(m.hasMatch());
    const qint64 b = m.captured(2).toLongLong(), c = m.captured(3).toLongLong(),
                 d = m.captured(4).toLongLong();
    QCOMPARE(c + d, qint64(bytes.size()));
    QByteArray token = QByteArray::fromHex(bytes.mid(b + 1, c - b - 2));
    token.truncate(4 + ((uchar(token[2]) << 8) | uchar(token[3])));
    QTemporaryDir work;
    QFile tokenFile(work.filePath(QStringLiteral("token.der")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(token);
    tokenFile.close();
    QFile content(work.filePath(QStringLiteral("content.bin")));
    QVERIFY(content.open(QIODevice::WriteOnly));
    content.write(bytes.left(b));
    content.write(bytes.mid(c, d));
    content.close();
    const Run verify =
        run(QStringLiteral("openssl"),
            {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-data"),
             content.fileName(), QStringLiteral("-in"), tokenFile.fileName(),
             QStringLiteral("-token_in"), QStringLiteral("-CAfile"), m_rsa->rootCertificate(),
             QStringLiteral("-untrusted"), tsa.certificate()});
    QVERIFY2(verify.out.contains(QStringLiteral("Verification: OK")),
             qPrintable(verify.out + verify.err));
    // Without a network (the TSA gone) the signature stays as it was: nothing written.
    const QString never = m_dir.filePath(QStringLiteral("never-extended.pdf"));
    const Run refused =
        run(m_cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("extend"),
                    QStringLiteral("--in"), offline, QStringLiteral("--out"), never,
                    QStringLiteral("--level"), QStringLiteral("B-T"), QStringLiteral("--tsa"),
                    QStringLiteral("http://127.0.0.1:9/")});
    QCOMPARE(refused.code, 1);
    QVERIFY(!QFile::exists(never));
}

void TestSigning::intoANamedField()
{
    // A form prepared by another program: an empty signature field "ChuKyLanhDao" on page 1,
    // written by hand and given its cross-reference table by qpdf.
    const QString raw = m_dir.filePath(QStringLiteral("form-raw.pdf"));
    const QString form = m_dir.filePath(QStringLiteral("form.pdf"));
    QFile f(raw);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.7\n"
            "1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] "
            "/Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >> endobj\n"
            "4 0 obj << /Type /Annot /Subtype /Widget /FT /Sig /T (ChuKyLanhDao) "
            "/Rect [300 100 500 200] /F 4 /P 3 0 R >> endobj\n"
            "5 0 obj << /Length 42 >> stream\nBT /F1 18 Tf 72 720 Td (Quyet dinh) Tj ET\n"
            "endstream endobj\n"
            "6 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            "trailer << /Root 1 0 R /Size 7 >>\n%%EOF\n");
    f.close();
    const Run fix = run(QStringLiteral("qpdf"), {raw, form});
    QVERIFY2(QFile::exists(form), qPrintable(fix.err));

    const QString out = m_dir.filePath(QStringLiteral("form-signed.pdf"));
    Run r = sign(*m_rsa, {QStringLiteral("--in"), form, QStringLiteral("--out"), out,
                          QStringLiteral("--field"), QStringLiteral("ChuKyLanhDao"),
                          QStringLiteral("--title"), QStringLiteral("Chủ tịch")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readAll(out).startsWith(readAll(form)));
    const Run pdfsig = run(QStringLiteral("pdfsig"), {out});
    QVERIFY2(pdfsig.out.contains(QStringLiteral("Signature Field Name: ChuKyLanhDao")),
             qPrintable(pdfsig.out));
    QCOMPARE(pdfsig.out.count(QStringLiteral("Signature is Valid.")), 1);
    QCOMPARE(pdfsig.out.count(QStringLiteral("Signature #")), 1); // no second field was made
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
    // The stamp is in the field's own rectangle, page 1.
    QVERIFY(r.out.contains(QStringLiteral("page 1")));

    // Signed already: refused, nothing written; an unknown name: refused.
    const QString again = m_dir.filePath(QStringLiteral("form-again.pdf"));
    r = sign(*m_rsa, {QStringLiteral("--in"), out, QStringLiteral("--out"), again,
                      QStringLiteral("--field"), QStringLiteral("ChuKyLanhDao")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already signed")), qPrintable(r.err));
    QVERIFY(!QFile::exists(again));
    r = sign(*m_rsa, {QStringLiteral("--in"), form, QStringLiteral("--out"), again,
                      QStringLiteral("--field"), QStringLiteral("KhongCo")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no signature field")), qPrintable(r.err));
    QVERIFY(!QFile::exists(again));
}

void TestSigning::afterAnotherProgramsSignature()
{
    // poppler's pdfsig (through NSS, the same SoftHSM2 token) signs first, as another office's
    // software would; then we sign after it. Both signatures stay valid.
    QTemporaryDir nssDir;
    const QString nss = QStringLiteral("sql:") + nssDir.path();
    QCOMPARE(run(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"), nss,
                                              QStringLiteral("--empty-password")})
                 .code,
             0);
    QCOMPARE(run(QStringLiteral("modutil"),
                 {QStringLiteral("-dbdir"), nss, QStringLiteral("-add"), QStringLiteral("softhsm"),
                  QStringLiteral("-libfile"), m_rsa->modulePath(), QStringLiteral("-force")})
                 .code,
             0);
    qputenv("SOFTHSM2_CONF", (m_rsa->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    const QString theirs = m_dir.filePath(QStringLiteral("signed-by-pdfsig.pdf"));
    // pdfsig 22.12 may crash at NSS shutdown after writing: judged by the file it wrote.
    run(QStringLiteral("pdfsig"),
        {QStringLiteral("-nssdir"), nss, QStringLiteral("-nss-pwd"), QStringLiteral("1234"),
         QStringLiteral("-add-signature"), QStringLiteral("-nick"),
         QStringLiteral("LienThong Test:signer"), QStringLiteral("-kpw"), QStringLiteral("1234"),
         QStringLiteral("-new-signature-field-name"), QStringLiteral("Poppler1"), m_input, theirs});
    QVERIFY(QFile::exists(theirs));
    QCOMPARE(
        run(QStringLiteral("pdfsig"), {theirs}).out.count(QStringLiteral("Signature is Valid.")),
        1);
    const QString both = m_dir.filePath(QStringLiteral("signed-by-both.pdf"));
    const Run r = sign(*m_rsa, {QStringLiteral("--in"), theirs, QStringLiteral("--out"), both,
                                QStringLiteral("--profile"), QStringLiteral("agency"),
                                QStringLiteral("--organisation"),
                                QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readAll(both).startsWith(readAll(theirs)));
    const Run pdfsig = run(QStringLiteral("pdfsig"), {both});
    QCOMPARE(pdfsig.out.count(QStringLiteral("Signature is Valid.")), 2);
    QVERIFY(pdfsig.out.contains(QStringLiteral("Poppler1")));
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), both});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
}

void TestSigning::longTermWithARevocationList()
{
    // No OCSP responder: the CA's revocation list (served on 127.0.0.1) goes into the DSS.
    LoopbackTsa tsa(*m_rsa);
    QVERIFY(tsa.ready);
    LoopbackCrl crl(*m_rsa);
    QVERIFY2(crl.ready, "the test CRL could not be made");
    const auto signAt = [&](const QString &target) {
        return signLongTerm(target, tsa.url(), {QStringLiteral("--crl"), crl.url()});
    };
    const QString out = m_dir.filePath(QStringLiteral("long-term-crl.pdf"));
    const auto [code, err] = signAt(out);
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(crl.served, 1);
    QCOMPARE(run(QStringLiteral("pdfsig"), {out}).out.count(QStringLiteral("Signature is Valid.")),
             1);
    const auto dss = dssOf(out);
    QCOMPARE(dss.value(QStringLiteral("CRLs")).size(), 1);
    QVERIFY(dss.value(QStringLiteral("OCSPs")).isEmpty());
    // openssl: the stored list verifies against the intermediate and does not list the signer.
    QTemporaryDir work;
    const QString stored = work.filePath(QStringLiteral("stored.crl"));
    QVERIFY(saveStream(out, dss.value(QStringLiteral("CRLs")).first(), stored));
    const Run check =
        run(QStringLiteral("openssl"),
            {QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
             QStringLiteral("-in"), stored, QStringLiteral("-CAfile"),
             m_rsa->intermediateCertificate(), QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(check.err.contains(QStringLiteral("verify OK")), qPrintable(check.err));
    QVERIFY2(check.out.contains(QStringLiteral("No Revoked Certificates")), qPrintable(check.out));

    // Listed as revoked: no signature.
    QVERIFY(crl.setRevoked(true));
    const QString revoked = m_dir.filePath(QStringLiteral("revoked-crl.pdf"));
    const auto [code2, err2] = signAt(revoked);
    QCOMPARE(code2, 1);
    QVERIFY2(err2.contains(QStringLiteral("revoked")), qPrintable(err2));
    QVERIFY(!QFile::exists(revoked));
}

void TestSigning::stampWordsReadAsWritten_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<QString>("expected");
    const QString day = QStringLiteral("01.12.2026 ");
    QTest::addRow("Hà Nội") << 7 * 3600 << day + QStringLiteral("14:05:09 +07:00");
    QTest::addRow("UTC") << 0 << day + QStringLiteral("07:05:09 +00:00");
    QTest::addRow("west of Greenwich") << -3 * 3600 << day + QStringLiteral("04:05:09 -03:00");
    QTest::addRow("half hours") << int(5.5 * 3600) << day + QStringLiteral("12:35:09 +05:30");
    QTest::addRow("quarter hours") << int(5.75 * 3600) << day + QStringLiteral("12:50:09 +05:45");
}

// The time printed on every visible stamp carries an ISO 8601 offset ("+07:00"), as Decree 30
// asks (it read "4307:00": '+' formatted as its character code).
void TestSigning::stampWordsReadAsWritten()
{
    QFETCH(int, offsetSeconds);
    QFETCH(QString, expected);
    const QDateTime utc(QDate(2026, 12, 1), QTime(7, 5, 9), Qt::UTC);
    QCOMPARE(lt::pdf::stampTime(utc.toOffsetFromUtc(offsetSeconds)), expected);
}

QTEST_MAIN(TestSigning)
#include "tst_signing.moc"
