// "Sign in through the web page": the server's /login page in Qt WebEngine (a module loaded
// on demand), filled and submitted like a user would; the one-time code it hands back signs
// the desktop in. WebEngine is not a dependency of the program itself.
#include "testprocess.h"

#include "core/auth/secretstore.h"
#include "core/sync/client.h"
#include "ui/logindialog.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace lt;

class TestWebSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void programDoesNotLinkWebEngine();
    void signInThroughTheWebPage();

private:
    QVariant js(QWebEngineView *view, const QString &script);
    QTemporaryDir m_tmp;
    test::ListeningProcess m_server;
};

void TestWebSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        m_server.start(qEnvironmentVariable("LT_SERVER"),
                       {QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                        QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                        QStringLiteral("20"), QStringLiteral("--demo-pdfs"), QStringLiteral("1")},
                       120'000),
        qPrintable(m_server.errorString()));
}

void TestWebSignIn::programDoesNotLinkWebEngine()
{
    // Every library the desktop loads at start (ldd resolves the whole tree): no WebEngine.
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {qEnvironmentVariable("LT_DESKTOP")});
    QVERIFY(ldd.waitForFinished(30'000));
    const QString libs = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libs.contains(QStringLiteral("libQt6Widgets")), qPrintable(libs));
    QVERIFY2(!libs.contains(QStringLiteral("WebEngine")), qPrintable(libs));
    // The module does.
    ldd.start(QStringLiteral("ldd"), {qEnvironmentVariable("LIENTHONG_WEBSIGNIN")});
    QVERIFY(ldd.waitForFinished(30'000));
    QVERIFY(QString::fromLocal8Bit(ldd.readAllStandardOutput())
                .contains(QStringLiteral("libQt6WebEngineWidgets")));
}

QVariant TestWebSignIn::js(QWebEngineView *view, const QString &script)
{
    std::optional<QVariant> result;
    view->page()->runJavaScript(script, [&](const QVariant &v) { result = v; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
        return {};
    return *result;
}

void TestWebSignIn::signInThroughTheWebPage()
{
    auto profile = sync::Profile::open(m_tmp.filePath(QStringLiteral("profile")));
    QVERIFY(profile.ok());
    auth::MemorySecretStore secrets;
    sync::Client client(*profile.value(), secrets);
    ui::LoginDialog dialog(client);
    dialog.setServer(m_server.url());
    dialog.show();
    QSignalSpy attempts(&dialog, &ui::LoginDialog::attemptFinished);
    dialog.signInThroughWeb();
    auto *web = dialog.findChild<QDialog *>(QStringLiteral("webSignIn"));
    QVERIFY2(web, qPrintable(dialog.errorText()));
    auto *view = web->findChild<QWebEngineView *>(QStringLiteral("webSignInView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(
        js(view, QStringLiteral("document.getElementById('password') !== null")).toBool(), 60'000);
    QVERIFY(view->url().path() == QStringLiteral("/login"));

    // A wrong password: the page says so, the desktop is not signed in.
    js(view, QStringLiteral("document.getElementById('login').value = 'leader';"
                            "document.getElementById('password').value = 'wrong';"
                            "document.forms[0].submit(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(
        js(view, QStringLiteral("document.querySelector('.error') !== null")).toBool(), 30'000);
    QVERIFY(!profile.value()->isSignedIn());
    QVERIFY(attempts.isEmpty());

    // The right one: the page hands the code back and the dialog signs in with it.
    js(view, QStringLiteral("document.getElementById('login').value = 'leader';"
                            "document.getElementById('password').value = 'demo123';"
                            "document.forms[0].submit(); true"));
    QVERIFY(attempts.wait(60'000));
    QCOMPARE(attempts.first().first().toBool(), true);
    QVERIFY(profile.value()->isSignedIn());
    QCOMPARE(profile.value()->settings().login, QStringLiteral("leader"));
    QVERIFY(!secrets.isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QApplication app(argc, argv);
    TestWebSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_websignin.moc"
