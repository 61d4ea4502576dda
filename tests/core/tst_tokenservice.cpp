// The desktop's token thread: tokens listed off the calling thread, plugging in and pulling
// out noticed by the periodic listing (a PKCS#11 module that forwards to SoftHSM2 and hides
// the token on command), and a signature made on the token thread, checked by pdfsig.
#include "fakehttp.h"
#include "testtoken.h"

#include "core/signing/tokenservice.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lt;

class TestTokenService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOffTheCallingThread();
    void plugAndUnplug();
    void signsOnTheTokenThread();
    void wrongPinIsOneTry();
    void networkWaitsOffTheTokenThreadAndCancels();

private:
    void command(const QByteArray &word);
    std::unique_ptr<test::TestToken> m_token;
    QTemporaryDir m_dir;
    QString m_faulty;
    QString m_commandFile;
};

void TestTokenService::initTestCase()
{
    QString error;
    m_token = test::TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_token, qPrintable(error));
    m_faulty = qEnvironmentVariable("LT_FAULTY_MODULE");
    QVERIFY(QFile::exists(m_faulty));
    m_commandFile = m_dir.filePath(QStringLiteral("command"));
    qputenv("LT_FAULTY_COMMAND", m_commandFile.toLocal8Bit());
    command("");
}

void TestTokenService::command(const QByteArray &word)
{
    QFile f(m_commandFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(word);
}

void TestTokenService::listsOffTheCallingThread()
{
    signing::TokenService service({m_token->modulePath()}, 60'000);
    QSignalSpy changed(&service, &signing::TokenService::candidatesChanged);
    QVERIFY(!service.hasListed()); // the constructor did not wait for the token
    QVERIFY(changed.wait(30'000));
    QCOMPARE(service.candidates().size(), 1);
    const signing::Candidate c = service.candidates().first();
    QCOMPARE(c.certificate.commonName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(c.token.label, m_token->label());
}

void TestTokenService::plugAndUnplug()
{
    signing::TokenService service({m_faulty}, 100);
    QSignalSpy changed(&service, &signing::TokenService::candidatesChanged);
    QTRY_VERIFY_WITH_TIMEOUT(service.hasListed(), 30'000);
    QCOMPARE(service.candidates().size(), 1);
    changed.clear();
    command("unplugged"); // pulled out
    QVERIFY(changed.wait(30'000));
    QCOMPARE(service.candidates().size(), 0);
    command(""); // plugged in again
    QVERIFY(changed.wait(30'000));
    QCOMPARE(service.candidates().size(), 1);
    // Nothing changes: no signal (the listing goes on every 100 ms).
    changed.clear();
    QTest::qWait(500);
    QCOMPARE(changed.size(), 0);
}

static bool makePdf(const QString &path)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&w);
    p.drawText(QRect(100, 100, 4000, 400), QStringLiteral("Công văn số 12/UBND-VP"));
    return p.end();
}

void TestTokenService::signsOnTheTokenThread()
{
    signing::TokenService service({m_token->modulePath()}, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(service.hasListed(), 30'000);
    QThread *tokenThread = nullptr;
    bool ran = false;
    service.run([&] { tokenThread = QThread::currentThread(); }, [&] { ran = true; });
    QTRY_VERIFY(ran);
    QVERIFY(tokenThread && tokenThread != QThread::currentThread());

    signing::Request request;
    request.input = m_dir.filePath(QStringLiteral("in.pdf"));
    request.output = m_dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(makePdf(request.input));
    request.options.profile = pdf::StampProfile::Agency;
    request.options.text.organisation = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
    std::optional<Result<pdf::SignReport>> result;
    service.sign(service.candidates().first(), "1234", request,
                 [&](Result<pdf::SignReport> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {request.output});
    QVERIFY(pdfsig.waitForFinished(60'000));
    QVERIFY(pdfsig.readAllStandardOutput().contains("Signature is Valid."));
}

void TestTokenService::wrongPinIsOneTry()
{
    signing::TokenService service({m_token->modulePath()}, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(service.hasListed(), 30'000);
    signing::Request request;
    request.input = m_dir.filePath(QStringLiteral("in.pdf"));
    request.output = m_dir.filePath(QStringLiteral("wrong.pdf"));
    std::optional<Result<pdf::SignReport>> result;
    QSignalSpy changed(&service, &signing::TokenService::candidatesChanged);
    service.sign(service.candidates().first(), "9999", request,
                 [&](Result<pdf::SignReport> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, ErrorCode::WrongPin);
    QVERIFY(!QFile::exists(request.output));
    // The token now says a wrong PIN was entered; the next listing shows it.
    service.refresh();
    QVERIFY(changed.wait(30'000));
    QVERIFY(service.candidates().first().token.pinCountLow);
}

// A B-LT signature waits for an OCSP responder that says nothing: the wait is on the signing
// thread, so the token thread keeps serving (at its own event loop, not inside a nested one
// of the signature); a cancel gives the request up at once (its timeout is far beyond the
// test's patience), nothing is written and no PIN try is spent.
void TestTokenService::networkWaitsOffTheTokenThreadAndCancels()
{
    test::FakeHttp silent([](const QByteArray &, const QByteArray &) { return QByteArray(); });
    signing::TokenService service({m_token->modulePath()}, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(service.hasListed(), 30'000);
    auto chain = signing::readPemCertificates({m_token->intermediateCertificate()});
    QVERIFY(chain.ok());

    signing::Request request;
    request.input = m_dir.filePath(QStringLiteral("in-ocsp.pdf"));
    request.output = m_dir.filePath(QStringLiteral("never.pdf"));
    QVERIFY(makePdf(request.input));
    request.level = signing::Level::BLT;
    request.tsa = QUrl(silent.url());
    request.ocsp = QUrl(silent.url());
    request.chain = chain.value();
    request.signOfflineAtBB = true;     // without an answer it would go on at B-B: to the token
    request.networkTimeoutMs = 120'000; // only the cancel can end the wait within the test
    // A wrong PIN: had the token been asked, the answer would be WrongPin, not Cancelled.
    std::optional<Result<pdf::SignReport>> result;
    service.sign(service.candidates().first(), "9999", request,
                 [&](Result<pdf::SignReport> r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(silent.requests() > 0, 10'000); // the OCSP request is out

    int level = -1;
    bool ran = false;
    service.run([&] { level = QThread::currentThread()->loopLevel(); }, [&] { ran = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ran, 20'000); // while the responder keeps silent
    QVERIFY(!result.has_value());
    QCOMPARE(level, 1);

    service.cancelSignature(); // gives the OCSP request up: no waiting for its timeout
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20'000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, ErrorCode::Cancelled);
    QVERIFY(!QFile::exists(request.output));
}

QTEST_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
