// lienthong_websignin: the server's sign-in page in Qt WebEngine, in a module of its own so
// that WebEngine (a browser, ~100 MB) is loaded only when a user chooses to sign in this way.
// The page redirects to http://127.0.0.1/lienthong-signed-in?code=…; the code ends the dialog.
#include <QDialog>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// The loopback redirect of RFC 8252: the server sends the browser to it with ?code=…, and
// the page below catches the navigation before any request is made.
const QString kCallbackPath = QStringLiteral("/lienthong-signed-in");

bool isCallback(const QUrl &url)
{
    return url.scheme() == QStringLiteral("http") && url.host() == QStringLiteral("127.0.0.1") &&
           url.path() == kCallbackPath;
}

class SignInPage : public QWebEnginePage
{
public:
    SignInPage(QWebEngineProfile *profile, QDialog *dialog, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_dialog(dialog)
    {
    }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool) override
    {
        if (!isCallback(url))
            return true;
        const QString code = QUrlQuery(url).queryItemValue(QStringLiteral("code"));
        if (!code.isEmpty()) {
            m_dialog->setProperty("code", code);
            QMetaObject::invokeMethod(m_dialog, &QDialog::accept, Qt::QueuedConnection);
        }
        return false; // nothing listens there: the code never leaves this process
    }

private:
    QDialog *m_dialog;
};

} // namespace

extern "C" Q_DECL_EXPORT QDialog *lt_create_web_signin(const QUrl &server, QWidget *parent)
{
#ifdef Q_OS_UNIX
    // Chromium's sandbox refuses to run as root (a kiosk or a test machine).
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("webSignIn"));
    dialog->resize(520, 640);
    auto *layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    // The view (and its page) before the profile: children go in creation order, and a
    // profile must outlive its pages.
    auto *view = new QWebEngineView(dialog);
    view->setObjectName(QStringLiteral("webSignInView"));
    // An off-the-record profile: no cookies or history of the sign-in stay on disk.
    auto *profile = new QWebEngineProfile(dialog);
    view->setPage(new SignInPage(profile, dialog, view));
    layout->addWidget(view);
    QUrl url = server.resolved(QUrl(QStringLiteral("/login")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QStringLiteral("http://127.0.0.1") + kCallbackPath);
    url.setQuery(query);
    view->load(url);
    return dialog;
}
