// The edXML codec: packages written and read back identically (files raw and zipped), signed on
// a real SoftHSM2 token (RSA and ECDSA) and checked by libxmlsec1 and by the xmlsec1 tool,
// tampering found, and hostile packages refused with nothing left behind.
#include "core/edxml/package.h"
#include "core/pki/pkcs11.h"
#include "testtoken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lt;
using namespace lt::edxml;

class TestEdxml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void statusPackage();
    void tolerantReading();
    void signAndVerify_data();
    void signAndVerify();
    void unsignedAndPlaceholder();
    void hostile_data();
    void hostile();
    void zipBomb();

private:
    QString write(const QString &name, const QByteArray &bytes);
    Package sample(const QString &dir);
    QTemporaryDir m_dir;
};

void TestEdxml::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestEdxml::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

Package TestEdxml::sample(const QString &dir)
{
    QDir().mkpath(dir);
    Package p;
    p.from = {QStringLiteral("000.00.31.H53"),
              QStringLiteral("Tỉnh Thử Nghiệm"),
              QStringLiteral("UBND xã Hòa Bình"),
              QStringLiteral("Thôn 1"),
              QStringLiteral("hoabinh@example.gov.vn"),
              {},
              {},
              {}};
    p.to = {Organ{QStringLiteral("000.00.00.H53"),
                  {},
                  QStringLiteral("UBND tỉnh Thử Nghiệm"),
                  {},
                  {},
                  {},
                  {},
                  {}},
            Organ{QStringLiteral("000.00.12.H53"),
                  {},
                  QStringLiteral("Sở Tài chính"),
                  {},
                  {},
                  {},
                  {},
                  {}}};
    p.codeNumber = QStringLiteral("15");
    p.codeNotation = QStringLiteral("BC-UBND");
    p.place = QStringLiteral("Hòa Bình");
    p.promulgationDate = QDate(2026, 11, 30);
    p.documentId = p.makeDocumentId();
    p.typeName = QStringLiteral("Báo cáo");
    p.subject = QStringLiteral("Báo cáo tình hình thu ngân sách quý IV năm 2026");
    p.content = QStringLiteral("Kính gửi: Ủy ban nhân dân tỉnh & Sở Tài chính <đề nghị>");
    p.signerPosition = QStringLiteral("Chủ tịch");
    p.signerName = QStringLiteral("Trần Thị Bình");
    p.dueDate = QDate(2026, 12, 15);
    p.toPlaces = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT")};
    p.priority = 1;
    p.pageAmount = 3;
    p.promulgationAmount = 2;
    p.traces = {
        Trace{p.from.id, QDateTime(QDate(2026, 11, 30), QTime(9, 15), QTimeZone(7 * 3600))}};
    p.business.reason = QStringLiteral("Văn bản điện tử mới");
    p.business.staff = {QStringLiteral("Văn thư"), QStringLiteral("Lê Văn Cường"), {}, {}};
    // Two files: a PDF-like file and incompressible bytes of an odd size.
    QByteArray pdf = "%PDF-1.7\n";
    for (int i = 0; i < 20000; ++i)
        pdf += "BT /F1 12 Tf (Dòng " + QByteArray::number(i) + ") Tj ET\n";
    QByteArray noise(300001, '\0');
    QRandomGenerator gen(7);
    for (char &c : noise)
        c = char(gen.bounded(256));
    int n = 0;
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("15-BC-UBND.pdf"), pdf},
                                      std::pair{QStringLiteral("Phụ lục số liệu.xlsx"), noise}}) {
        Attachment a;
        a.contentId = QStringLiteral("cid:%1").arg(++n);
        a.name = name;
        a.description = name;
        a.contentType = name.endsWith(u".pdf")
                            ? QStringLiteral("application/pdf")
                            : QStringLiteral("application/vnd.openxmlformats-officedocument."
                                             "spreadsheetml.sheet");
        a.path = QDir(dir).filePath(QStringLiteral("src%1").arg(n));
        QFile f(a.path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        p.attachments << a;
    }
    return p;
}

void TestEdxml::roundTrip_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("raw") << false;
    QTest::newRow("zipped") << true;
}

void TestEdxml::roundTrip()
{
    QFETCH(bool, zip);
    QTemporaryDir dir;
    const Package p = sample(dir.filePath(QStringLiteral("in")));
    const QString file = dir.filePath(QStringLiteral("p.edxml"));
    WriteOptions options;
    options.zipAttachments = zip;
    QVERIFY(edxml::write(p, file, options).ok());
    const QString out = dir.filePath(QStringLiteral("out"));
    auto r = edxml::read(file, out);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + r.error().detail));
    Package got = r->package;
    QCOMPARE(got.attachments.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Attachment &a = got.attachments.at(i);
        QCOMPARE(a.zipped, zip);
        QCOMPARE(a.name, p.attachments.at(i).name);
        QCOMPARE(a.contentType, p.attachments.at(i).contentType);
        QFile in(p.attachments.at(i).path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();
        QCOMPARE(a.size, original.size());
        QCOMPARE(a.sha256, QCryptographicHash::hash(original, QCryptographicHash::Sha256));
        QVERIFY(a.path.startsWith(out));
    }
    QCOMPARE(r->signature.state, SignatureState::Missing);
    // Everything but where the files are is what was written.
    Package expected = p;
    for (int i = 0; i < 2; ++i) {
        expected.attachments[i].path = got.attachments[i].path;
        expected.attachments[i].size = got.attachments[i].size;
        expected.attachments[i].sha256 = got.attachments[i].sha256;
        expected.attachments[i].zipped = zip;
    }
    QCOMPARE(got.subject, expected.subject);
    QCOMPARE(got.content, expected.content);
    QCOMPARE(got.traces, expected.traces);
    QCOMPARE(got.to, expected.to);
    QVERIFY(got == expected);
    // Zipped, the files are real zip archives: unzip reads the one written for the PDF.
    if (zip && !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        const qsizetype at = xml.indexOf("<ContentTransferEncoded>") + 24;
        const QByteArray zipBytes =
            QByteArray::fromBase64(xml.mid(at, xml.indexOf("</ContentTransferEncoded>") - at));
        const QString zipPath = write(QStringLiteral("one.zip"), zipBytes);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), zipPath});
        QVERIFY(unzip.waitForFinished());
        QVERIFY2(unzip.exitCode() == 0, unzip.readAllStandardOutput().constData());
    }
}

void TestEdxml::statusPackage()
{
    QTemporaryDir dir;
    const Package doc = sample(dir.filePath(QStringLiteral("in")));
    Package s = statusFor(doc, doc.to.first(), status::Registered,
                          QStringLiteral("Đã vào sổ văn bản đến số 1024"),
                          QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone(7 * 3600)));
    s.staff = {QStringLiteral("Văn thư"), QStringLiteral("Phạm Thu Hà"), {}, {}};
    const QString file = dir.filePath(QStringLiteral("s.edxml"));
    QVERIFY(edxml::write(s, file).ok());
    auto r = edxml::read(file, dir.filePath(QStringLiteral("out")));
    QVERIFY(r.ok());
    QCOMPARE(r->package.kind, Package::Kind::Status);
    QCOMPARE(r->package.statusCode, 3);
    QCOMPARE(r->package.responseFor.documentId, doc.documentId);
    QCOMPARE(r->package.responseFor.code, QStringLiteral("15/BC-UBND"));
    QVERIFY(r->package == s);
    QVERIFY(status::sendable(15));
    QVERIFY(!status::sendable(7));
    QVERIFY(!status::sendable(14));
}

// What other implementations write: prefixes, dd/MM/yyyy, a From inside a From, missing parts,
// and a status code this system never sends (kept).
void TestEdxml::tolerantReading()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
 <e:edXMLEnvelope xmlns:e="http://www.mic.gov.vn/TBT/QCVN_102_2016">
  <e:edXMLHeader>
   <e:MessageHeader>
    <e:From><e:From><e:OrganId>000.00.00.G22</e:OrganId><e:OrganName>Văn phòng Chính phủ</e:OrganName></e:From></e:From>
    <e:To><e:OrganId>000.00.00.H53</e:OrganId></e:To>
    <e:Code><e:CodeNumber>7</e:CodeNumber><e:CodeNotation>VPCP-TH</e:CodeNotation></e:Code>
    <e:PromulgationInfo><e:PromulgationDate>05/01/2026</e:PromulgationDate></e:PromulgationInfo>
    <e:Subject>V/v triển khai</e:Subject>
    <e:OtherInfo><e:Priority>3</e:Priority></e:OtherInfo>
   </e:MessageHeader>
  </e:edXMLHeader>
 </e:edXMLEnvelope>
</edXML>)";
    QTemporaryDir dir;
    const QString file = write(QStringLiteral("tolerant.edxml"), xml);
    auto r = edxml::read(file, dir.filePath(QStringLiteral("out")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->package.from.id, QStringLiteral("000.00.00.G22"));
    QCOMPARE(r->package.from.name, QStringLiteral("Văn phòng Chính phủ"));
    QCOMPARE(r->package.promulgationDate, QDate(2026, 1, 5));
    QCOMPARE(r->package.priority, 3);
    QCOMPARE(r->package.code(), QStringLiteral("7/VPCP-TH"));
    QCOMPARE(parseDate(QStringLiteral("2020/10/30")), QDate(2020, 10, 30));
    QCOMPARE(parseDate(QStringLiteral("30/10/2020")), QDate(2020, 10, 30));
    QVERIFY(!parseDate(QStringLiteral("2020/13/30")).isValid());

    const QByteArray status =
        R"(<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader>
<From><OrganId>000.00.00.H41</OrganId></From><StatusCode>09</StatusCode><Description>?</Description>
<Timestamp>2015/09/20 11:08:36</Timestamp></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>)";
    auto s =
        edxml::read(write(QStringLiteral("s09.edxml"), status), dir.filePath(QStringLiteral("o2")));
    QVERIFY(s.ok());
    QCOMPARE(s->package.statusCode, 9);
    QCOMPARE(s->package.statusTime.toString(Qt::ISODate),
             QStringLiteral("2015-09-20T11:08:36+07:00"));
}

void TestEdxml::signAndVerify_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::newRow("rsa") << QStringLiteral("rsa:2048");
    QTest::newRow("ecdsa") << QStringLiteral("EC:prime256v1");
}

void TestEdxml::signAndVerify()
{
    QFETCH(QString, keyType);
    QString error;
    auto token = test::TestToken::create(keyType, &error);
    QVERIFY2(token, qPrintable(error));
    auto module = pki::Module::load(token->modulePath());
    QVERIFY(module.ok());
    auto tokens = module.value()->tokens();
    QVERIFY(tokens.ok() && !tokens->isEmpty());
    const unsigned long slot = tokens->first().slot;
    auto certs = module.value()->certificates(slot);
    QVERIFY(certs.ok() && !certs->isEmpty());
    const pki::CertificateInfo cert = certs->first();
    const bool ec = cert.keyType == pki::KeyType::Ec;

    QTemporaryDir dir;
    const Package p = sample(dir.filePath(QStringLiteral("in")));
    const QString file = dir.filePath(QStringLiteral("signed.edxml"));
    QVERIFY(edxml::write(p, file).ok());
    Signer signer;
    signer.certificate = cert.der;
    signer.sign = [&](const QByteArray &data) {
        return module.value()->sign(slot, cert.id, token->pin().toUtf8(),
                                    ec ? pki::Module::Mechanism::EcdsaSha256
                                       : pki::Module::Mechanism::RsaPkcs1Sha256,
                                    data);
    };
    const Status signedOk = edxml::sign(file, signer);
    QVERIFY2(signedOk.ok(), qPrintable(signedOk.ok() ? QString() : signedOk.error().message));

    SignatureVerdict v = verifySignature(file);
    QVERIFY2(v.state == SignatureState::Valid, qPrintable(v.reason));
    QCOMPARE(v.signer, QStringLiteral("Nguyễn Văn An"));
    // Read back: the package as written, the signature valid.
    auto r = edxml::read(file, dir.filePath(QStringLiteral("out")));
    QVERIFY(r.ok());
    QCOMPARE(r->signature.state, SignatureState::Valid);
    QCOMPARE(r->package.subject, p.subject);

    // An independent tool agrees: xmlsec1 verifies it with the certificate it carries.
    const QString xmlsec = QStandardPaths::findExecutable(QStringLiteral("xmlsec1"));
    QVERIFY2(!xmlsec.isEmpty(), "xmlsec1 is installed by scripts/install-deps.sh");
    auto xmlsecVerify = [&](const QString &path) {
        QProcess proc;
        proc.start(xmlsec, {QStringLiteral("--verify"), QStringLiteral("--enabled-reference-uris"),
                            QStringLiteral("empty"), QStringLiteral("--insecure"), path});
        proc.waitForFinished(60000);
        return proc.exitCode();
    };
    QCOMPARE(xmlsecVerify(file), 0);

    // One character of one file changed: both find it.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("Báo cáo tình hình");
    QVERIFY(at > 0);
    QByteArray tampered = bytes;
    tampered.replace(at, 3, "Bao");
    const QString bad = write(QStringLiteral("tampered-%1.edxml").arg(ec), tampered);
    v = verifySignature(bad);
    QCOMPARE(v.state, SignatureState::Invalid);
    QVERIFY(!v.reason.isEmpty());
    QVERIFY(xmlsecVerify(bad) != 0);
    const qsizetype b64 = bytes.indexOf("<ContentTransferEncoded>") + 40;
    tampered = bytes;
    tampered[b64] = tampered[b64] == 'A' ? 'B' : 'A';
    QCOMPARE(verifySignature(write(QStringLiteral("file-%1.edxml").arg(ec), tampered)).state,
             SignatureState::Invalid);
}

void TestEdxml::unsignedAndPlaceholder()
{
    // The public samples' kind of placeholder: a Signature in the package's namespace, a
    // fixed digest and a truncated certificate. Parsed, never valid.
    const QByteArray xml =
        R"(<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader>
<MessageHeader><From><OrganId>000.00.11.H53</OrganId></From><To><OrganId>000.00.01.A53</OrganId></To></MessageHeader>
<Signature><SignedInfo><Reference URI=""><DigestValue>FwgIqsSYJshUS2+wlOM61L+q7Aw=</DigestValue></Reference></SignedInfo>
<SignatureValue>AAAA</SignatureValue><KeyInfo><X509Data><X509Certificate>MIIFqTCCBJG</X509Certificate></X509Data></KeyInfo></Signature>
</edXMLHeader></edXMLEnvelope></edXML>)";
    QTemporaryDir dir;
    auto r = edxml::read(write(QStringLiteral("placeholder.edxml"), xml),
                         dir.filePath(QStringLiteral("o")));
    QVERIFY(r.ok());
    QCOMPARE(r->signature.state, SignatureState::Placeholder);
    QVERIFY(!r->signature.reason.isEmpty());
    // In the XML-signature namespace with a truncated certificate: a placeholder too.
    QByteArray dsig = xml;
    dsig.replace("<Signature>", "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">");
    QCOMPARE(verifySignature(write(QStringLiteral("ph2.edxml"), dsig)).state,
             SignatureState::Placeholder);
}

void TestEdxml::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    const QByteArray head =
        R"(<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>000.00.11.H53</OrganId></From><To><OrganId>000.00.01.A53</OrganId></To></MessageHeader></edXMLHeader>)";
    auto body = [&](const QByteArray &manifest, const QByteArray &attachments) -> QByteArray {
        return head + "<edXMLBody><edXMLManifest>" + manifest +
               "</edXMLManifest></edXMLBody></edXMLEnvelope><AttachmentEncoded>" + attachments +
               "</AttachmentEncoded></edXML>";
    };
    auto att = [](const QByteArray &cid, const QByteArray &b64) -> QByteArray {
        return "<Attachment><ContentId>" + cid +
               "</ContentId><AttachmentName>a.pdf</AttachmentName><ContentType>application/pdf</"
               "ContentType><ContentTransferEncoded>" +
               b64 + "</ContentTransferEncoded></Attachment>";
    };
    auto ref = [](const QByteArray &cid) -> QByteArray {
        return "<Reference><ContentId>" + cid + "</ContentId></Reference>";
    };
    QTest::newRow("xxe") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]><edXML><a>&x;</a></edXML>)");
    QTest::newRow("billion laughs") << QByteArray(
        R"(<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><edXML>&c;</edXML>)");
    QTest::newRow("bad base64") << body(ref("cid:1"), att("cid:1", "JVBERi0x*LjcK"));
    QTest::newRow("padding inside") << body(ref("cid:1"), att("cid:1", "JV==JVBE"));
    QTest::newRow("duplicate cid")
        << body(ref("cid:1"), att("cid:1", "JVBERi0xLjcK") + att("cid:1", "JVBERi0xLjcK"));
    QTest::newRow("missing attachment")
        << body(ref("cid:1") + ref("cid:2"), att("cid:1", "JVBERi0xLjcK"));
    QTest::newRow("code too long") << QByteArray(
        R"(<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>000.00.11.H53.000000000000000000000000</OrganId></From><To><OrganId>1</OrganId></To></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>)");
    QTest::newRow("bad date") << QByteArray(
        R"(<edXML><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>1</OrganId></From><To><OrganId>2</OrganId></To><PromulgationInfo><PromulgationDate>31/02/2026</PromulgationDate></PromulgationInfo></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>)");
    QTest::newRow("truncated") << body(ref("cid:1"), att("cid:1", "JVBERi0xLjcK")).left(400);
    QTest::newRow("not edxml") << QByteArray("<html><body>hello</body></html>");
}

void TestEdxml::hostile()
{
    QFETCH(QByteArray, xml);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    auto r = edxml::read(write(QStringLiteral("hostile.edxml"), xml), out);
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().message.contains(u"QXml"));
    QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
}

void TestEdxml::zipBomb()
{
    // 64 MB of zeros zipped to ~64 kB, declared honestly: over the ratio. And with a lying
    // declared size (small), still stopped as the output passes what was declared.
    QTemporaryDir dir;
    const QString zeros = dir.filePath(QStringLiteral("zeros.bin"));
    {
        QFile f(zeros);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, '\0');
        for (int i = 0; i < 64; ++i)
            f.write(block);
    }
    Package p = sample(dir.filePath(QStringLiteral("in")));
    p.attachments.resize(1);
    p.attachments[0].path = zeros;
    p.attachments[0].name = QStringLiteral("bom.pdf");
    const QString file = dir.filePath(QStringLiteral("bomb.edxml"));
    WriteOptions zip;
    zip.zipAttachments = true;
    QVERIFY(edxml::write(p, file, zip).ok());
    QVERIFY(QFileInfo(file).size() < 1 << 20);
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    auto r = edxml::read(file, out);
    QVERIFY(!r.ok());
    QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::Files).size(), 0);
    // A generous ratio but a small size limit: refused too.
    ReadLimits limits;
    limits.maxZipRatio = 1e9;
    limits.maxAttachment = 1 << 20;
    r = edxml::read(file, out, limits);
    QVERIFY(!r.ok());
    QCOMPARE(QDir(out).entryList(QDir::NoDotAndDotDot | QDir::Files).size(), 0);
    // Within limits it reads.
    limits.maxAttachment = qint64(100) << 20;
    r = edxml::read(file, out, limits);
    QVERIFY(r.ok());
    QCOMPARE(r->package.attachments.first().size, qint64(64) << 20);
}

QTEST_GUILESS_MAIN(TestEdxml)
#include "tst_edxml.moc"
