// What signing does to files, through lienthong-cli: an interrupted signature (SIGINT,
// SIGTERM, SIGHUP, SIGKILL) leaves no work file behind for long; encrypted input and a full
// disk are said as what they are, in Vietnamese, with no library code; a damaged
// cross-reference table that qpdf repairs is signed with the original bytes as a prefix; the
// same file in and out, an output that is a symbolic link or read-only, and the file's mode.
#include "pdftools.h"
#include "testtoken.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace lt::test;

namespace {

int mode(const QString &path)
{
    struct stat s = {};
    return ::stat(QFile::encodeName(path).constData(), &s) == 0 ? int(s.st_mode & 0777) : -1;
}

QStringList workFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral(".lienthong-sign-*")},
                                  QDir::Files | QDir::Hidden | QDir::System);
}

qint64 workBytes(const QString &folder)
{
    qint64 bytes = 0;
    for (const QString &f : workFiles(folder))
        bytes += QFileInfo(QDir(folder).filePath(f)).size();
    return bytes;
}

bool makePdf(const QString &path)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(72);
    QPainter p(&w);
    p.setFont(QFont(QStringLiteral("Liberation Serif"), 13));
    p.drawText(QRect(60, 60, 470, 40), Qt::AlignCenter, QStringLiteral("CÔNG VĂN"));
    p.drawText(QRect(60, 110, 470, 600), Qt::TextWordWrap,
               QStringLiteral("Về việc báo cáo tình hình thực hiện nhiệm vụ năm 2026."));
    return p.end();
}

} // namespace

class TestSignFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void interruptedSignatureLeavesNothing_data();
    void interruptedSignatureLeavesNothing();
    void killedSignatureIsCleanedNextTime();
    void encryptedInputSaidPlainly_data();
    void encryptedInputSaidPlainly();
    void fullDiskSaidPlainly();
    void damagedCrossReferenceIsSigned_data();
    void damagedCrossReferenceIsSigned();
    void goodFilesAreNotRepaired();
    void sameFileInAndOut();
    void outputThatIsALinkOrReadOnly();

private:
    QStringList signArgs(const QString &in, const QString &out, const QString &language,
                         const QString &module = {}) const;
    Run sign(const QString &in, const QString &out, const QString &language = QStringLiteral("en"));
    // A signature into `out` whose token takes a minute to sign (the faulty module's
    // "slow-sign"): a signal can then interrupt it.
    bool startWaitingSignature(QProcess &process, const QString &out);

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_input;
    std::unique_ptr<TestToken> m_token;
};

void TestSignFiles::initTestCase()
{
    m_cli = qEnvironmentVariable("LT_CLI");
    QVERIFY(QFile::exists(m_cli));
    ::umask(022);
    m_input = m_dir.filePath(QStringLiteral("cong-van.pdf"));
    QVERIFY(makePdf(m_input));
    QString error;
    m_token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_token, qPrintable(error));
    qputenv("SOFTHSM2_CONF",
            (m_token->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
}

QStringList TestSignFiles::signArgs(const QString &in, const QString &out, const QString &language,
                                    const QString &module) const
{
    return {QStringLiteral("--lang"),
            language,
            QStringLiteral("sign"),
            QStringLiteral("--module"),
            module.isEmpty() ? m_token->modulePath() : module,
            QStringLiteral("--pin-stdin"),
            QStringLiteral("--profile"),
            QStringLiteral("agency"),
            QStringLiteral("--in"),
            in,
            QStringLiteral("--out"),
            out};
}

bool TestSignFiles::startWaitingSignature(QProcess &p, const QString &out)
{
    const QString command = m_dir.filePath(QStringLiteral("fault"));
    if (!writeFile(command, "slow-sign"))
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LT_FAULTY_COMMAND"), command);
    p.setProcessEnvironment(env);
    p.start(m_cli,
            signArgs(m_input, out, QStringLiteral("en"), qEnvironmentVariable("LT_FAULTY_MODULE")));
    p.write("1234\n");
    p.closeWriteChannel();
    return p.waitForStarted(10'000);
}

Run TestSignFiles::sign(const QString &in, const QString &out, const QString &language)
{
    return run(m_cli, signArgs(in, out, language), "1234\n");
}

void TestSignFiles::interruptedSignatureLeavesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::addRow("SIGINT") << SIGINT;
    QTest::addRow("SIGTERM") << SIGTERM;
    QTest::addRow("SIGHUP") << SIGHUP;
}

// The work file (up to the document's size) used to stay in the output folder for ever.
void TestSignFiles::interruptedSignatureLeavesNothing()
{
    QFETCH(int, signal);
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("signed.pdf"));
    QProcess p;
    QVERIFY(startWaitingSignature(p, out));
    // The token is asked to sign: the update is written and waits for its signature.
    QTRY_VERIFY_WITH_TIMEOUT(workBytes(folder.path()) > 0, 30'000);
    ::kill(pid_t(p.processId()), signal);
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by the signal, as it asked
    QVERIFY2(workFiles(folder.path()).isEmpty(), qPrintable(workFiles(folder.path()).join(u' ')));
    QVERIFY(!QFile::exists(out));
}

void TestSignFiles::killedSignatureIsCleanedNextTime()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("signed.pdf"));
    QProcess p;
    QVERIFY(startWaitingSignature(p, out));
    QTRY_VERIFY_WITH_TIMEOUT(workBytes(folder.path()) > 0, 30'000);
    p.kill(); // SIGKILL: nothing can run
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(workFiles(folder.path()).size(), 1);
    // A file of a process that still runs is left alone: this test's own PID.
    const QString dead = workFiles(folder.path()).first();
    const QString host =
        dead.section(u'.', 2, 2).section(u'-', 0, 0); // ".lienthong-sign-PID.HOST-"
    QCOMPARE(host.size(), 6);
    const QString alive = folder.filePath(QStringLiteral(".lienthong-sign-%1.%2-update-abc.pdf")
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(host));
    // Another computer's (a folder shared over the network): not this one's to judge.
    const QString elsewhere =
        folder.filePath(QStringLiteral(".lienthong-sign-1.000000-update-x.pdf"));
    QVERIFY(writeFile(elsewhere, "%PDF-1.7 being written elsewhere"));
    QVERIFY(writeFile(alive, "%PDF-1.7 being written"));
    // The next signature in that folder removes the dead one.
    const Run r = sign(m_input, out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList left = workFiles(folder.path());
    left.sort();
    QStringList expected{QFileInfo(alive).fileName(), QFileInfo(elsewhere).fileName()};
    expected.sort();
    QCOMPARE(left, expected);
}

void TestSignFiles::encryptedInputSaidPlainly_data()
{
    QTest::addColumn<QStringList>("encryption");
    QTest::addRow("AES-256, owner password only")
        << QStringList{QString(), QStringLiteral("owner"), QStringLiteral("256")};
    QTest::addRow("AES-128, owner password only") << QStringList{
        QString(), QStringLiteral("owner"), QStringLiteral("128"), QStringLiteral("--use-aes=y")};
}

// Said "damaged or not supported (ePdfError_InternalLogic)".
void TestSignFiles::encryptedInputSaidPlainly()
{
    QFETCH(QStringList, encryption);
    const QString encrypted = m_dir.filePath(QStringLiteral("encrypted.pdf"));
    QCOMPARE(run(QStringLiteral("qpdf"), QStringList{QStringLiteral("--encrypt")} + encryption +
                                             QStringList{QStringLiteral("--"), m_input, encrypted})
                 .code,
             0);
    const QString out = m_dir.filePath(QStringLiteral("encrypted-signed.pdf"));
    Run r = sign(encrypted, out);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("encrypted by its author")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("ePdfError")));
    r = sign(encrypted, out, QStringLiteral("vi"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("mã hóa")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("ePdfError")));
    QVERIFY(!QFile::exists(out));
}

// Said "damaged (ePdfError_InvalidDeviceOperation)".
void TestSignFiles::fullDiskSaidPlainly()
{
    QTemporaryDir folder;
    // A small disk of its own (the tests run as root, as ./test.sh does).
    if (::mount("tmpfs", QFile::encodeName(folder.path()).constData(), "tmpfs", 0, "size=12k") != 0)
        QSKIP("Mounting a small tmpfs needs root (CAP_SYS_ADMIN).");
    const auto unmount =
        qScopeGuard([&] { ::umount2(QFile::encodeName(folder.path()).constData(), MNT_DETACH); });
    const QString out = folder.filePath(QStringLiteral("signed.pdf"));
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("vi")}) {
        const Run r = sign(m_input, out, language);
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(language == u"en" ? QStringLiteral("is full") : QStringLiteral("đầy")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("ePdfError")));
        QVERIFY(!QFile::exists(out));
        QVERIFY(workFiles(folder.path()).isEmpty());
    }
}

void TestSignFiles::damagedCrossReferenceIsSigned_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addRow("startxref off by 7") << QStringLiteral("startxref");
    QTest::addRow("every offset shifted") << QStringLiteral("shifted");
    QTest::addRow("one entry wrong") << QStringLiteral("entry");
}

// qpdf repairs these and pdfsig signs them; they used to be refused.
void TestSignFiles::damagedCrossReferenceIsSigned()
{
    QFETCH(QString, damage);
    QByteArray pdf = readFile(m_input);
    if (damage == u"startxref") {
        const qsizetype at = pdf.lastIndexOf("startxref");
        const qint64 offset = pdf.mid(at + 9).trimmed().split('\n').first().toLongLong();
        pdf = pdf.left(at) + "startxref\n" + QByteArray::number(offset + 7) + "\n%%EOF\n";
    } else if (damage == u"shifted") {
        const qsizetype line = pdf.indexOf('\n') + 1;
        pdf.insert(line, "% a comment that moves every object by 40 bytes, as editors do\n");
    } else {
        const qsizetype table = pdf.lastIndexOf("\nxref");
        const qsizetype entry = pdf.indexOf(" 00000 n", table) - 10;
        pdf.replace(entry, 10, "0000000017");
    }
    const QString input = m_dir.filePath(QStringLiteral("damaged.pdf"));
    QVERIFY(writeFile(input, pdf));
    QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), input}).code != 0);
    const QString out = m_dir.filePath(QStringLiteral("damaged-signed.pdf"));
    const Run r = sign(input, out);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readFile(out).startsWith(pdf)); // the original bytes stay a prefix
    const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), out});
    QVERIFY2(check.code == 0, qPrintable(check.out + check.err)); // no repair needed any more
    QVERIFY(
        run(QStringLiteral("pdfsig"), {out}).out.contains(QStringLiteral("Signature is Valid.")));
    QVERIFY(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                .out.contains(QStringLiteral("CÔNG VĂN")));
}

// The repair is for damaged tables only: linearized files, cross-reference streams and files
// updated several times are signed as they are.
void TestSignFiles::goodFilesAreNotRepaired()
{
    const auto repairs = [&](const QString &input) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("lt.core.pdf.sign.info=true"));
        p.setProcessEnvironment(env);
        p.start(m_cli,
                signArgs(input, input + QStringLiteral(".signed.pdf"), QStringLiteral("en")));
        p.write("1234\n");
        p.closeWriteChannel();
        p.waitForFinished(60'000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0 ? err.contains(QStringLiteral("read with a repaired one")) : true;
    };
    QList<QString> good;
    for (const QStringList &options :
         {QStringList{QStringLiteral("--linearize")},
          QStringList{QStringLiteral("--object-streams=generate")}, QStringList{}}) {
        const QString file = m_dir.filePath(QStringLiteral("good-%1.pdf").arg(good.size()));
        QCOMPARE(run(QStringLiteral("qpdf"), options + QStringList{m_input, file}).code, 0);
        good << file;
    }
    // Updated twice (two signatures).
    const QString twice = m_dir.filePath(QStringLiteral("good-twice.pdf"));
    QVERIFY(sign(m_input, twice).code == 0);
    QVERIFY(sign(twice, twice).code == 0);
    good << twice;
    for (const QString &file : good)
        QVERIFY2(!repairs(file), qPrintable(file));
    // And the damaged one is (the check above can tell).
    QByteArray damaged = readFile(m_input);
    damaged.insert(damaged.indexOf('\n') + 1, "% forty bytes that move every object along\n");
    const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
    QVERIFY(writeFile(bad, damaged));
    QVERIFY(repairs(bad));
}

// In place: the original stays a prefix of the signed file, and its mode is kept.
void TestSignFiles::sameFileInAndOut()
{
    const QString file = m_dir.filePath(QStringLiteral("in-place.pdf"));
    QVERIFY(QFile::copy(m_input, file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const QByteArray before = readFile(file);
    const Run r = sign(file, file);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readFile(file).startsWith(before));
    QVERIFY(readFile(file).size() > before.size());
    QCOMPARE(mode(file), 0640);
    QVERIFY(
        run(QStringLiteral("pdfsig"), {file}).out.contains(QStringLiteral("Signature is Valid.")));
    // A new file gets the user's usual mode (umask 022), not the work file's 0600.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
    QVERIFY(sign(m_input, fresh).code == 0);
    QCOMPARE(mode(fresh), 0644);
}

void TestSignFiles::outputThatIsALinkOrReadOnly()
{
    // A link is followed: the file it names is signed into, the link stays a link.
    const QString target = m_dir.filePath(QStringLiteral("target.pdf"));
    QVERIFY(writeFile(target, "old content"));
    const QString link = m_dir.filePath(QStringLiteral("link.pdf"));
    QVERIFY(QFile::link(target, link));
    Run r = sign(m_input, link);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(readFile(target).startsWith(readFile(m_input)));
    // A read-only output is not replaced (even for root, who could).
    const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
    QVERIFY(writeFile(locked, "keep me"));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ReadGroup));
    r = sign(m_input, locked);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
    QCOMPARE(readFile(locked), QByteArray("keep me"));
    r = sign(m_input, locked, QStringLiteral("vi"));
    QVERIFY2(r.err.contains(QStringLiteral("chỉ đọc")), qPrintable(r.err));
    // A folder is not a file name.
    r = sign(m_input, m_dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
    QVERIFY(workFiles(m_dir.path()).isEmpty());
}

QTEST_MAIN(TestSignFiles)
#include "tst_signfiles.moc"
