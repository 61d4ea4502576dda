// lienthong-cli as a user runs it: real process, real output, exit codes.
#include "core/edxml/package.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("LT_CLI"), args);
    Run r;
    if (!p.waitForFinished(30'000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void vietnameseByDefault();
    void notation();
    void orgcode();
    void fold();
    void workflow();
    void nextNumber();
    void usageErrors();
    void edxml();
};

void TestCli::helpAndVersion()
{
    auto r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"notation", "orgcode", "fold", "types", "workflow", "next-number",
                                "tokens", "sign", "login", "sync"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("lienthong-cli ")));
    QVERIFY(r.out.contains(u'.'));
}

void TestCli::vietnameseByDefault()
{
    auto r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Cách dùng")), qPrintable(r.out));
    r = cli({QStringLiteral("notation"), QStringLiteral("05/QĐ-UBND")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Quyết định (QĐ)")), qPrintable(r.out));
    // Mistakes in the options are told in Vietnamese too.
    r = cli({QStringLiteral("--timeout"), QStringLiteral("abc"), QStringLiteral("status")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("số giây")), qPrintable(r.err));
    r = cli({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("status")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Không có ngôn ngữ")), qPrintable(r.err));
    // …and in English under --lang en.
    r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--timeout"),
             QStringLiteral("abc"), QStringLiteral("status")});
    QVERIFY2(r.err.contains(QStringLiteral("number of seconds")), qPrintable(r.err));
}

void TestCli::notation()
{
    auto r = cli(
        {QStringLiteral("--lang=en"), QStringLiteral("notation"), QStringLiteral("Số: 7/QĐ-UBND")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Number and notation: 07/QĐ-UBND")));
    QVERIFY(r.out.contains(QStringLiteral("Type: Decision (QĐ)")));
    r = cli(
        {QStringLiteral("--lang=en"), QStringLiteral("notation"), QStringLiteral("15/UBND-VP")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Drafting unit: VP")));
    r = cli(
        {QStringLiteral("--lang=en"), QStringLiteral("notation"), QStringLiteral("05-QĐ-UBND")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("\"/\"")));
}

void TestCli::orgcode()
{
    auto r = cli(
        {QStringLiteral("--lang=en"), QStringLiteral("orgcode"), QStringLiteral("000.01.11.H53")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("Level: 3")));
    QVERIFY(r.out.contains(QStringLiteral("Parent: 000.00.11.H53")));
    r = cli(
        {QStringLiteral("--lang=en"), QStringLiteral("orgcode"), QStringLiteral("000.01.00.H53")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("right to left")));
}

void TestCli::fold()
{
    auto r = cli({QStringLiteral("fold"), QStringLiteral("Quyết"), QStringLiteral("ĐỊNH")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("quyet dinh\n"));
}

void TestCli::workflow()
{
    auto r =
        cli({QStringLiteral("--lang=en"), QStringLiteral("workflow"), QStringLiteral("incoming"),
             QStringLiteral("submitted"), QStringLiteral("leader")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
    QVERIFY(r.out.startsWith(QStringLiteral("direct\t")));
    r = cli({QStringLiteral("workflow"), QStringLiteral("outgoing"), QStringLiteral("approved"),
             QStringLiteral("leader"), QStringLiteral("sign")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("signed\n"));
    r = cli({QStringLiteral("--lang=en"), QStringLiteral("workflow"), QStringLiteral("outgoing"),
             QStringLiteral("approved"), QStringLiteral("specialist"), QStringLiteral("sign")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("Specialist")));
}

void TestCli::nextNumber()
{
    auto r = cli({QStringLiteral("next-number"), QStringLiteral("2026"), QStringLiteral("41"),
                  QStringLiteral("2026-12-31")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("42\n"));
    r = cli({QStringLiteral("next-number"), QStringLiteral("2026"), QStringLiteral("41"),
             QStringLiteral("2027-01-01")});
    QCOMPARE(r.out, QStringLiteral("01\n"));
    r = cli({QStringLiteral("next-number"), QStringLiteral("2027"), QStringLiteral("3"),
             QStringLiteral("2026-12-31")});
    QCOMPARE(r.code, 1);
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(cli({QStringLiteral("--bogus")}).code, 2);
    QCOMPARE(cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("types")}).code,
             2);
    QCOMPARE(cli({QStringLiteral("workflow"), QStringLiteral("sideways"), QStringLiteral("x"),
                  QStringLiteral("y")})
                 .code,
             2);
    const auto r = cli({QStringLiteral("--lang=en"), QStringLiteral("types")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 35);
}

// `edxml show` and `edxml verify` on packages the test writes: a document, a status, a broken
// one.
void TestCli::edxml()
{
    QTemporaryDir dir;
    lt::edxml::Package p;
    p.from = {QStringLiteral("000.00.11.H53"), {}, QStringLiteral("Sở Tài chính tỉnh Hà Giang")};
    p.to << lt::edxml::Organ{
        QStringLiteral("000.00.00.G22"), {}, QStringLiteral("Văn phòng Chính phủ")};
    p.codeNumber = QStringLiteral("125");
    p.codeNotation = QStringLiteral("STC-NS");
    p.promulgationDate = QDate(2026, 11, 30);
    p.typeName = QStringLiteral("Công văn");
    p.subject = QStringLiteral("Về việc quyết toán ngân sách năm 2025");
    p.signerPosition = QStringLiteral("Giám đốc");
    p.signerName = QStringLiteral("Trần Thị Hồng Nhung");
    p.priority = 2;
    p.documentId = p.makeDocumentId();
    p.traces << lt::edxml::Trace{p.from.id,
                                 QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone(7 * 3600))};
    const QString doc = dir.filePath(QStringLiteral("doc.edxml"));
    QVERIFY(lt::edxml::write(p, doc));

    auto r = cli({QStringLiteral("edxml"), QStringLiteral("show"), doc});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("125/STC-NS")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Về việc quyết toán ngân sách năm 2025")));
    QVERIFY(r.out.contains(QStringLiteral("30/11/2026")));
    QVERIFY(r.out.contains(QStringLiteral("Giám đốc Trần Thị Hồng Nhung")));
    QVERIFY(r.out.contains(QStringLiteral("thượng khẩn")));
    QVERIFY(r.out.contains(QStringLiteral("Văn phòng Chính phủ (000.00.00.G22)")));
    QVERIFY(r.out.contains(QStringLiteral("chưa được ký")) ||
            r.out.contains(QStringLiteral("không có chữ ký")));

    r = cli({QStringLiteral("edxml"), QStringLiteral("show"), doc, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("125/STC-NS"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("document"));
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(
        o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("missing"));

    // The status the receiver sends back.
    const QString st = dir.filePath(QStringLiteral("status.edxml"));
    QVERIFY(lt::edxml::write(
        lt::edxml::statusFor(p, p.to.first(), lt::edxml::status::Registered,
                             QStringLiteral("Đã vào sổ"),
                             QDateTime(QDate(2026, 12, 1), QTime(9, 30), QTimeZone(7 * 3600))),
        st));
    r = cli({QStringLiteral("--lang=en"), QStringLiteral("edxml"), QStringLiteral("show"), st});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Status: 03")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("About: 000.00.11.H53,2026/11/30,125/STC-NS")));

    // verify: exit 0 only for a valid signature.
    r = cli({QStringLiteral("--lang=en"), QStringLiteral("edxml"), QStringLiteral("verify"), doc});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("not signed")));

    // A broken package: a clear error, exit 1; wrong usage: exit 2.
    QFile broken(dir.filePath(QStringLiteral("broken.edxml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><edXMLEnvelope/>");
    broken.close();
    r = cli({QStringLiteral("edxml"), QStringLiteral("show"), broken.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
    r = cli({QStringLiteral("edxml"), QStringLiteral("send"), doc});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
