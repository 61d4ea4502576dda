// The command-line journey of a department head against a real server on 127.0.0.1, with the
// session kept in a real keychain (run inside with-keyring.sh): sign in, sync, list, search,
// act, sync, and the server has the decision; then the same with the server stopped.
#include "clirunner.h"
#include "testprocess.h"
#include "testtoken.h"

#include "core/text/fold.h"
#include "core/verify/signatures.h"

#include <QCryptographicHash>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cctype>

using namespace lt::test;
using lt::test::TestToken;

class TestClientFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInSyncListSearchActSync();
    void offlineActionsAreDeliveredOnReconnect();
    void wrongPasswordAndNoSession();
    void oneProfileOneAccount();
    void signedVersionGoesUp();
    void tokenSignatureGoesUpWithTheNextSync();
    void settingsFromTheCommandLine();
    void readHereIsReadEverywhere();
    void workListsWhatIsGiven();
    void aRefusalInTheUsersLanguage();
    void demoDocumentsRingTrue();

private:
    QString server() const { return m_server.url().toString(); }
    QTemporaryDir m_tmp;
    ListeningProcess m_server;
    quint16 m_port = 0;
};

void TestClientFlow::initTestCase()
{
    QVERIFY2(
        m_server.start(qEnvironmentVariable("LT_SERVER"),
                       {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                        QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                        QStringLiteral("150"), QStringLiteral("--demo-pdfs"), QStringLiteral("4")},
                       120'000),
        qPrintable(m_server.errorString()));
    m_port = m_server.port();
}

void TestClientFlow::cleanupTestCase()
{
    m_server.stop();
}

void TestClientFlow::signInSyncListSearchActSync()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("leader")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("leader"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Signed in")));
    QVERIFY2(!r.err.contains(QStringLiteral("No keychain")), qPrintable(r.err));

    // A new process: the session comes from the keychain, no password.
    r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    ServerProbe leader(m_server.url(), QStringLiteral("leader"));
    QVERIFY(leader.ok());
    const auto onServer = leader.all();
    QVERIFY(!onServer.isEmpty());
    r = cli.run({QStringLiteral("status")});
    QVERIFY(r.out.contains(QStringLiteral("Documents: %1").arg(onServer.size())));
    QVERIFY(r.out.contains(QStringLiteral("Pending actions: 0")));

    // The desk: what waits for the leader.
    r = cli.run({QStringLiteral("ls"), QStringLiteral("--box"), QStringLiteral("to-handle"),
                 QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(r.code, 0);
    const QJsonArray toHandle = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!toHandle.isEmpty());
    QString target;
    for (const QJsonValue &v : toHandle) {
        const QJsonObject d = v.toObject();
        QVERIFY(d.value(QStringLiteral("boxes")).toArray().contains(QStringLiteral("to_handle")));
        if (target.isEmpty() &&
            d.value(QStringLiteral("state")).toString() == u"incoming:submitted")
            target = d.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!target.isEmpty());

    // Search without accents finds text with them.
    r = cli.run(
        {QStringLiteral("search"), QStringLiteral("chuyen doi so"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!found.isEmpty());
    for (const QJsonValue &v : found) {
        const QString subject = v.toObject().value(QStringLiteral("subject")).toString();
        QVERIFY2(lt::text::foldForSearch(subject).contains(QStringLiteral("chuyen doi so")),
                 qPrintable(subject));
    }

    // Direct and assign: queued first, delivered by sync.
    const QString direction =
        QStringLiteral("Giao Sở Tài chính chủ trì, báo cáo trước ngày 20/12/2026.");
    r = cli.run({QStringLiteral("act"), target, QStringLiteral("direct"), QStringLiteral("--text"),
                 direction, QStringLiteral("--lead"), QStringLiteral("org-stc"),
                 QStringLiteral("--deadline"), QStringLiteral("2026-12-20")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli.run({QStringLiteral("show"), target});
    QVERIFY(r.out.contains(QStringLiteral("[pending]")));
    // An action the workflow does not allow is refused at once, with the reason.
    r = cli.run({QStringLiteral("act"), target, QStringLiteral("issue")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("Number and issue")));

    r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("1 action(s) delivered (1 applied, 0 rejected)")),
             qPrintable(r.out));

    const QJsonObject doc = leader.document(target);
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("incoming:assigned"));
    QCOMPARE(doc.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-12-20"));
    const QJsonObject last = doc.value(QStringLiteral("history")).toArray().last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("direct"));
    QCOMPARE(last.value(QStringLiteral("text")).toString(), direction);
    // And the client shows it as history, no longer pending.
    r = cli.run({QStringLiteral("show"), target});
    QVERIFY(!r.out.contains(QStringLiteral("[pending]")));
    QVERIFY(r.out.contains(direction));
}

void TestClientFlow::offlineActionsAreDeliveredOnReconnect()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("clerk")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli.run({QStringLiteral("sync")}).code, 0);
    r = cli.run({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--limit"),
                 QStringLiteral("100")});
    QJsonArray docs;
    const QStringList closed{
        QStringLiteral("incoming:returned"), QStringLiteral("incoming:recalled"),
        QStringLiteral("outgoing:dispatched"), QStringLiteral("outgoing:recalled")};
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (docs.size() < 3 &&
            !closed.contains(v.toObject().value(QStringLiteral("state")).toString()))
            docs.append(v);
    }
    QCOMPARE(docs.size(), 3);

    // The network goes away.
    QCOMPARE(m_server.stop(), 0);
    QStringList texts;
    for (int i = 0; i < 3; ++i) {
        texts << QStringLiteral("Ý kiến khi mất mạng số %1").arg(i);
        r = cli.run({QStringLiteral("act"),
                     docs.at(i).toObject().value(QStringLiteral("id")).toString(),
                     QStringLiteral("comment"), QStringLiteral("--text"), texts.last()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    // Everything still reads from the cache.
    QCOMPARE(cli.run({QStringLiteral("search"), QStringLiteral("ke hoach")}).code, 0);
    r = cli.run({QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("sync")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be reached")), qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("status")}).out.contains(QStringLiteral("Pending actions: 3")));

    // Back on the same address: delivered once each, in order.
    QVERIFY2(m_server.start(qEnvironmentVariable("LT_SERVER"),
                            {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server"))},
                            60'000, m_port),
             qPrintable(m_server.errorString()));
    r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("3 action(s) delivered (3 applied")), qPrintable(r.out));
    QVERIFY(cli.run({QStringLiteral("status")}).out.contains(QStringLiteral("Pending actions: 0")));
    ServerProbe clerk(m_server.url(), QStringLiteral("clerk"));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject d =
            clerk.document(docs.at(i).toObject().value(QStringLiteral("id")).toString());
        int seen = 0;
        for (const QJsonValue &h : d.value(QStringLiteral("history")).toArray())
            seen += h.toObject().value(QStringLiteral("text")).toString() == texts.at(i);
        QCOMPARE(seen, 1);
    }
    // A second sync sends nothing again.
    r = cli.run({QStringLiteral("sync")});
    QVERIFY(r.out.contains(QStringLiteral("0 action(s) delivered")));
}

void TestClientFlow::wrongPasswordAndNoSession()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("wrong")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("head"),
                      QStringLiteral("--password-stdin")},
                     "not-the-password\n");
    QCOMPARE(r.code, 4);
    // The server speaks Vietnamese; the client says its words in the user's language.
    QVERIFY2(r.err.contains(QStringLiteral("Wrong user name or password")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Sai tên đăng nhập")));
    {
        QProcess vi;
        vi.start(qEnvironmentVariable("LT_CLI"),
                 {QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("--profile"),
                  m_tmp.filePath(QStringLiteral("wrong-vi")), QStringLiteral("login"),
                  QStringLiteral("--server"), server(), QStringLiteral("--user"),
                  QStringLiteral("head"), QStringLiteral("--password-stdin")});
        vi.write("not-the-password\n");
        vi.closeWriteChannel();
        QVERIFY(vi.waitForFinished(60'000));
        QVERIFY(QString::fromUtf8(vi.readAllStandardError())
                    .contains(QStringLiteral("Sai tên đăng nhập hoặc mật khẩu")));
    }
    r = cli.run({QStringLiteral("sync")});
    QCOMPARE(r.code, 4);
    QVERIFY(r.err.contains(QStringLiteral("lienthong-cli login")));
    // A plain-HTTP password to a remote host is refused before anything is sent.
    r = cli.run({QStringLiteral("login"), QStringLiteral("--server"),
                 QStringLiteral("http://192.0.2.1:8080"), QStringLiteral("--user"),
                 QStringLiteral("x"), QStringLiteral("--password-stdin")},
                "x\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("plain HTTP")));
}

void TestClientFlow::oneProfileOneAccount()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("leader")));
    const auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                            QStringLiteral("--user"), QStringLiteral("specialist"),
                            QStringLiteral("--password-stdin")},
                           "demo123\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--profile")), qPrintable(r.err));
}

void TestClientFlow::signedVersionGoesUp()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("clerk")));
    auto r = cli.run({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--limit"),
                      QStringLiteral("1")});
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
    const QString id = doc.value(QStringLiteral("id")).toString();
    QCOMPARE(cli.run({QStringLiteral("pin"), id}).code, 0);
    QCOMPARE(cli.run({QStringLiteral("sync")}).code, 0);
    const QString sha = doc.value(QStringLiteral("attachments"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sha256"))
                            .toString();
    QFile local(cli.profile() + QStringLiteral("/blobs/%1/%2").arg(sha.left(2), sha));
    QVERIFY(local.open(QIODevice::ReadOnly));
    const QByteArray original = local.readAll();
    // A stand-in for a signature: bytes appended after the original, as an incremental update.
    const QString signedFile = m_tmp.filePath(QStringLiteral("signed.pdf"));
    QFile out(signedFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(original + "\n% signed\n%%EOF\n");
    out.close();
    r = cli.run({QStringLiteral("upload"), id, signedFile});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("version 2")));
    r = cli.run({QStringLiteral("show"), id, QStringLiteral("--json")});
    const QJsonObject main = QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("attachments"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(main.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(main.value(QStringLiteral("previousSha256")).toString(), sha);
    // A rewritten file is refused with the server's reason.
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("%PDF-1.4 something else entirely");
    out.close();
    r = cli.run({QStringLiteral("upload"), id, signedFile});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("phiên bản")) ||
                 r.err.contains(QStringLiteral("incremental")),
             qPrintable(r.err));
}

void TestClientFlow::tokenSignatureGoesUpWithTheNextSync()
{
    // The leader signs an approved draft with a token; the signed version and the "sign"
    // action wait in the outbox and go up, in that order, with the next sync.
    CliRunner cli(m_tmp.filePath(QStringLiteral("signer")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("leader"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli.run({QStringLiteral("sync")}).code, 0);
    r = cli.run({QStringLiteral("ls"), QStringLiteral("--box"), QStringLiteral("to-sign"),
                 QStringLiteral("--json")});
    const QJsonArray toSign = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!toSign.isEmpty());
    const QString id = toSign.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(cli.run({QStringLiteral("pin"), id}).code, 0);
    QCOMPARE(cli.run({QStringLiteral("sync")}).code, 0);
    r = cli.run({QStringLiteral("show"), id});
    static const QRegularExpression file(QStringLiteral(" — (/\\S+)"));
    const auto m = file.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const QString original = m.captured(1);

    QString error;
    auto token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(token, qPrintable(error));
    qputenv("SOFTHSM2_CONF", (token->directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    const QString signedFile = m_tmp.filePath(QStringLiteral("token-signed.pdf"));
    r = cli.run({QStringLiteral("sign"), QStringLiteral("--in"), original, QStringLiteral("--out"),
                 signedFile, QStringLiteral("--module"), token->modulePath(),
                 QStringLiteral("--pin-stdin"), QStringLiteral("--chain"),
                 token->intermediateCertificate(), QStringLiteral("--title"),
                 QStringLiteral("Chủ tịch")},
                "1234\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A signed version changed after its signature (one letter of the update): every one of
    // its signatures must still match, or the server does not take it.
    {
        QFile signedIn(signedFile), originalIn(original);
        QVERIFY(signedIn.open(QIODevice::ReadOnly) && originalIn.open(QIODevice::ReadOnly));
        QByteArray tampered = signedIn.readAll();
        const qint64 prefix = originalIn.size();
        QCOMPARE(lt::verify::countSignatures(tampered).total,
                 lt::verify::countSignatures(tampered).intact);
        QVERIFY(lt::verify::countSignatures(tampered).intact >= 1);
        qint64 at = prefix + 1;
        while (at < tampered.size() && !std::isalpha(uchar(tampered.at(at))))
            ++at;
        QVERIFY(at < tampered.size());
        tampered[at] = std::islower(uchar(tampered.at(at))) ? char(std::toupper(tampered.at(at)))
                                                            : char(std::tolower(tampered.at(at)));
        QVERIFY(!lt::verify::countSignatures(tampered).allIntact());
        const QString changed = m_tmp.filePath(QStringLiteral("changed-after-signing.pdf"));
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(tampered) == tampered.size());
        out.close();
        r = cli.run({QStringLiteral("upload"), id, changed});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("does not match its content")), qPrintable(r.err));
        // The signed file intact, with an unsigned update after its signature: not taken
        // either (the signature no longer covers the whole file).
        signedIn.seek(0);
        const QByteArray afterwards = signedIn.readAll() + "\n% changed after signing\n%%EOF\n";
        QVERIFY(lt::verify::countSignatures(afterwards).allIntact());
        QFile out2(changed);
        QVERIFY(out2.open(QIODevice::WriteOnly) && out2.write(afterwards) == afterwards.size());
        out2.close();
        r = cli.run({QStringLiteral("upload"), id, changed});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("does not match its content")), qPrintable(r.err));
    }
    // A file that is not an update of the document's own is refused here, before any network.
    r = cli.run({QStringLiteral("act"), id, QStringLiteral("sign"), QStringLiteral("--file"),
                 m_tmp.filePath(QStringLiteral("signed.pdf"))});
    QCOMPARE(r.code, 1);
    r = cli.run(
        {QStringLiteral("act"), id, QStringLiteral("sign"), QStringLiteral("--file"), signedFile});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("status")}).out.contains(QStringLiteral("Pending actions: 1")));
    r = cli.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("status")}).out.contains(QStringLiteral("Pending actions: 0")));

    QFile f(signedFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ServerProbe probe(m_server.url(), QStringLiteral("leader"));
    const QJsonObject onServer = probe.document(id);
    QCOMPARE(onServer.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:signed"));
    const QJsonObject main =
        onServer.value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(main.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(
        main.value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {signedFile});
    QVERIFY(pdfsig.waitForFinished(60'000));
    QVERIFY(pdfsig.readAllStandardOutput().contains("Signature is Valid."));
}

void TestClientFlow::settingsFromTheCommandLine()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("settings")));
    QString error;
    auto token = TestToken::create(QStringLiteral("EC:prime256v1"), &error);
    QVERIFY2(token, qPrintable(error));
    const QString offline = m_tmp.filePath(QStringLiteral("settings-offline"));
    auto r = cli.run({QStringLiteral("settings"), QStringLiteral("--ca-certificate"),
                      token->rootCertificate(), QStringLiteral("--pkcs11-module"),
                      token->modulePath(), QStringLiteral("--offline-limit"), QStringLiteral("300"),
                      QStringLiteral("--offline-dir"), offline, QStringLiteral("--signer-title"),
                      QStringLiteral("Giám đốc")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // What the app reads: the profile's settings file.
    QFile f(cli.profile() + QStringLiteral("/profile.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("caCertificates")).toArray().first().toString(),
             token->rootCertificate());
    QCOMPARE(o.value(QStringLiteral("pkcs11Modules")).toArray().first().toString(),
             token->modulePath());
    QCOMPARE(o.value(QStringLiteral("offlineLimitBytes")).toInteger(), 300LL * 1024 * 1024);
    QCOMPARE(o.value(QStringLiteral("signerTitle")).toString(), QStringLiteral("Giám đốc"));
    QVERIFY(o.value(QStringLiteral("offlineDirectory"))
                .toString()
                .endsWith(QStringLiteral("settings-offline")));
    // Shown again without changes; a file without certificates is refused.
    r = cli.run({QStringLiteral("settings")});
    QVERIFY(r.out.contains(token->rootCertificate()));
    r = cli.run({QStringLiteral("settings"), QStringLiteral("--ca-certificate"),
                 cli.profile() + QStringLiteral("/profile.json")});
    QCOMPARE(r.code, 2);
    // The ready-made phrases: built-in at first, the user's own, built-in again.
    r = cli.run({QStringLiteral("settings")});
    QVERIFY2(r.out.contains(QStringLiteral("Ready-made phrases (built-in):")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("  - Agreed.")));
    r = cli.run({QStringLiteral("settings"), QStringLiteral("--phrase"),
                 QStringLiteral("Giao Văn phòng tổng hợp."), QStringLiteral("--phrase"),
                 QStringLiteral("Đồng ý, trình ký.")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("  - Giao Văn phòng tổng hợp.\n  - Đồng ý, trình ký.")));
    QVERIFY(!r.out.contains(QStringLiteral("Agreed.")));
    QFile saved(cli.profile() + QStringLiteral("/profile.json")); // written anew
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll())
                 .object()
                 .value(QStringLiteral("phrases"))
                 .toArray()
                 .size(),
             2);
    r = cli.run({QStringLiteral("settings"), QStringLiteral("--default-phrases")});
    QVERIFY(r.out.contains(QStringLiteral("Ready-made phrases (built-in):")));
}

namespace {
QJsonArray listed(const CliRunner &cli, const QStringList &options)
{
    const auto r = cli.run(QStringList{QStringLiteral("ls"), QStringLiteral("--json"),
                                       QStringLiteral("--limit"), QStringLiteral("1000")} +
                           options);
    return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array() : QJsonArray();
}

QStringList idsOf(const QJsonArray &documents)
{
    QStringList ids;
    for (const QJsonValue &v : documents)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}
} // namespace

// Every row stayed bold: nothing was ever marked read. Read on one computer, it is read on the
// server and on the user's other computers too.
void TestClientFlow::readHereIsReadEverywhere()
{
    const auto signIn = [&](const QString &dir) {
        CliRunner cli(m_tmp.filePath(dir));
        const auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                                QStringLiteral("--user"), QStringLiteral("deputy"),
                                QStringLiteral("--password-stdin")},
                               "demo123\n");
        return r.code == 0 && cli.run({QStringLiteral("sync")}).code == 0;
    };
    QVERIFY(signIn(QStringLiteral("deputy-office")));
    CliRunner office(m_tmp.filePath(QStringLiteral("deputy-office")));
    const QStringList unread = idsOf(listed(office, {QStringLiteral("--unread")}));
    QVERIFY2(unread.size() >= 2, qPrintable(QString::number(unread.size())));
    const QString read = unread.first();
    auto r = office.run({QStringLiteral("read"), read});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!idsOf(listed(office, {QStringLiteral("--unread")})).contains(read));
    QVERIFY(idsOf(listed(office, {QStringLiteral("--unread")})).contains(unread.at(1)));
    // Not known to the server before the sync; known after it.
    ServerProbe probe(m_server.url(), QStringLiteral("deputy"));
    QVERIFY(probe.document(read).value(QStringLiteral("unread")).toBool());
    r = office.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!probe.document(read).value(QStringLiteral("unread")).toBool());
    QVERIFY(probe.document(unread.at(1)).value(QStringLiteral("unread")).toBool());
    // Another computer of the same person: read there too, from its first sync.
    QVERIFY(signIn(QStringLiteral("deputy-home")));
    CliRunner home(m_tmp.filePath(QStringLiteral("deputy-home")));
    const QStringList there = idsOf(listed(home, {QStringLiteral("--unread")}));
    QVERIFY(!there.contains(read));
    QVERIFY(there.contains(unread.at(1)));
    // Marked unread again: bold here at once, unread on the server after the sync, and the
    // sync's own pages do not make it read again.
    r = office.run({QStringLiteral("unread"), read});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(idsOf(listed(office, {QStringLiteral("--unread")})).contains(read));
    QVERIFY(!probe.document(read).value(QStringLiteral("unread")).toBool());
    r = office.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(probe.document(read).value(QStringLiteral("unread")).toBool());
    QVERIFY(idsOf(listed(office, {QStringLiteral("--unread")})).contains(read));
    QVERIFY(office.run({QStringLiteral("sync")}).code == 0);
    QVERIFY(idsOf(listed(office, {QStringLiteral("--unread")})).contains(read));
    // An id that is not a document here is refused, nothing marked.
    r = office.run({QStringLiteral("read"), QStringLiteral("no-such-document")});
    QCOMPARE(r.code, 1);
    r = office.run({QStringLiteral("unread"), QStringLiteral("no-such-document")});
    QCOMPARE(r.code, 1);
}

// "Công việc" counted 0 and listed every document: it lists the open documents given to the
// user or their unit (lead, co-operating, assigned by name).
void TestClientFlow::workListsWhatIsGiven()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("head")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("head"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("sync")}).code == 0);
    const QJsonArray all = listed(cli, {});
    const QJsonArray work = listed(cli, {QStringLiteral("--work")});
    QVERIFY(!work.isEmpty());
    QVERIFY(work.size() < all.size());
    const QSet<QString> given{QStringLiteral("lead"), QStringLiteral("cooperating"),
                              QStringLiteral("assignee")};
    int expected = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject d = v.toObject();
        bool mine = false;
        for (const QJsonValue &rel : d.value(QStringLiteral("relations")).toArray())
            mine = mine || given.contains(rel.toString());
        const QString state = d.value(QStringLiteral("state")).toString();
        static const QStringList closedStates{
            QStringLiteral("incoming:done"), QStringLiteral("incoming:returned"),
            QStringLiteral("incoming:recalled"), QStringLiteral("outgoing:dispatched"),
            QStringLiteral("outgoing:recalled")};
        const bool closed = closedStates.contains(state);
        if (mine && !closed)
            ++expected;
        if (idsOf(work).contains(d.value(QStringLiteral("id")).toString()))
            QVERIFY2(mine && !closed, qPrintable(d.value(QStringLiteral("subject")).toString()));
    }
    QCOMPARE(work.size(), expected);
}

// A refused action stayed in the server's Vietnamese under --lang en: the server sends the
// words' key and the client says them (with the action's and state's names) in English.
void TestClientFlow::aRefusalInTheUsersLanguage()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("refusal")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("deputy"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("sync")}).code == 0);
    QString target;
    for (const QJsonValue &v :
         listed(cli, {QStringLiteral("--box"), QStringLiteral("to-handle")})) {
        if (v.toObject().value(QStringLiteral("state")).toString() == u"incoming:submitted")
            target = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!target.isEmpty());
    // Directed meanwhile from another desk: this copy is behind.
    ServerProbe other(m_server.url(), QStringLiteral("deputy"));
    const QJsonObject done =
        other.act(target, QStringLiteral("direct"), QStringLiteral("Giao Sở Nội vụ."),
                  {QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-snv")},
                               {QStringLiteral("kind"), QStringLiteral("lead")}}});
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    r = cli.run({QStringLiteral("act"), target, QStringLiteral("direct"), QStringLiteral("--text"),
                 QStringLiteral("Lần hai."), QStringLiteral("--lead"), QStringLiteral("org-stc")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli.run({QStringLiteral("sync")});
    r = cli.run({QStringLiteral("show"), target});
    QVERIFY2(r.out.contains(QStringLiteral("[rejected]")), qPrintable(r.out));
    const QString line = r.out.section(QStringLiteral("[rejected]"), 1).section(u'\n', 0, 0);
    QVERIFY2(line.contains(QStringLiteral("is not possible for a document that is")) ||
                 line.contains(QStringLiteral("cannot")),
             qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("không")), qPrintable(line));
}

// The demo rang false to a Vietnamese reader: a Thông tư from a provincial committee signed by
// a "Giám đốc", the Prime Minister's report signed by a "Giám đốc". Issuer, type, notation and
// signer fit together (Decree 30: who issues what, and the signing-authority prefixes).
void TestClientFlow::demoDocumentsRingTrue()
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("demo-reader")));
    auto r = cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                      QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(cli.run({QStringLiteral("sync")}).code == 0);
    const QJsonArray all = listed(cli, {});
    QVERIFY(all.size() >= 50);
    int central = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject d = v.toObject();
        const QString type = d.value(QStringLiteral("type")).toString();
        const QString issuer = d.value(QStringLiteral("issuerName")).toString();
        const QString title = d.value(QStringLiteral("signerTitle")).toString().toUpper();
        const QString notation = d.value(QStringLiteral("notation")).toString();
        const QString what = d.value(QStringLiteral("subject")).toString() + u' ' + issuer + u' ' +
                             title + u' ' + notation;
        // (Bộ Chỉ huy Quân sự tỉnh is a province's military command, not a ministry.)
        const bool ministry = issuer.startsWith(QStringLiteral("Bộ ")) &&
                              !issuer.startsWith(QStringLiteral("Bộ Chỉ huy"));
        const bool primeMinister = issuer.contains(QStringLiteral("Thủ tướng"));
        const bool government = issuer == u"Chính phủ";
        const bool governmentOffice = issuer.contains(QStringLiteral("Văn phòng Chính phủ"));
        // A circular comes from a ministry, and only from one.
        if (type == u"thong_tu")
            QVERIFY2(ministry, qPrintable(what));
        if (ministry || primeMinister || government || governmentOffice) {
            ++central;
            QVERIFY2(!title.contains(QStringLiteral("GIÁM ĐỐC")), qPrintable(what));
        }
        if (ministry && !title.isEmpty())
            QVERIFY2(title.contains(QStringLiteral("BỘ TRƯỞNG")) ||
                         title.contains(QStringLiteral("THỨ TRƯỞNG")) || title.contains(u"TL."),
                     qPrintable(what));
        if (primeMinister && !title.isEmpty())
            QVERIFY2(title.contains(QStringLiteral("THỦ TƯỚNG")), qPrintable(what));
        // A People's Committee's decision carries its notation.
        if (issuer.startsWith(QStringLiteral("Ủy ban nhân dân")) && type == u"quyet_dinh" &&
            !notation.isEmpty())
            QVERIFY2(notation.endsWith(QStringLiteral("QĐ-UBND")), qPrintable(what));
    }
    QVERIFY(central > 0);
}

QTEST_GUILESS_MAIN(TestClientFlow)
#include "tst_clientflow.moc"
