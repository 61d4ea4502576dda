// lienthong-cli as a user runs it: real process, real output, exit codes.
#include <QProcess>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
