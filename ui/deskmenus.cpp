#include "ui/deskmenus.h"

#include "core/i18n/language.h"
#include "core/version.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace lt::ui {

DeskMenus::DeskMenus(QMainWindow *window, bool withProfile)
    : QObject(window)
    , m_window(window)
{
    QMenuBar *bar = window->menuBar();
    auto *file = bar->addMenu(tr("&File"));
    if (withProfile) {
        file->addAction(tr("Sign &in…"), this, &DeskMenus::signInRequested);
        m_signOut = file->addAction(tr("Sign &out"), this, &DeskMenus::signOutRequested);
        m_signOut->setObjectName(QStringLiteral("actionSignOut"));
        file->addSeparator();
        auto *settings = file->addAction(tr("&Settings…"), this, &DeskMenus::settingsRequested);
        settings->setShortcut(QKeySequence::Preferences);
        file->addSeparator();
    }
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    if (withProfile) {
        // The daily path from the keyboard.
        auto *document = bar->addMenu(tr("&Document"));
        const auto add = [this, document](const QString &text, const QKeySequence &keys,
                                          const char *name, auto slot) {
            auto *a = document->addAction(text, this, slot);
            a->setShortcut(keys);
            a->setObjectName(QLatin1String(name));
            return a;
        };
        m_newDraft = add(tr("&New draft…"), QKeySequence::New, "actionNewDraft",
                         &DeskMenus::newDraftRequested);
        m_registerIncoming = add(tr("&Register an incoming document…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                 "actionRegisterIncoming", &DeskMenus::registerIncomingRequested);
        m_registers = add(tr("Re&gisters…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                          "actionRegisters", &DeskMenus::registersRequested);
        document->addSeparator();
        add(tr("&Next document"), QKeySequence(Qt::ALT | Qt::Key_Down), "actionNextDocument",
            &DeskMenus::nextRequested);
        add(tr("&Previous document"), QKeySequence(Qt::ALT | Qt::Key_Up), "actionPreviousDocument",
            &DeskMenus::previousRequested);
        document->addSeparator();
        const QList<std::tuple<Action, QKeySequence, const char *>> daily{
            {Action::Direct, QKeySequence(Qt::CTRL | Qt::Key_D), "actionDirect"},
            {Action::Approve, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "actionApprove"},
            {Action::Return, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "actionReturn"},
            {Action::Comment, QKeySequence(Qt::CTRL | Qt::Key_M), "actionComment"}};
        for (const auto &[action, keys, name] : daily) {
            m_shortcuts.insert(action,
                               add(actions::displayName(action), keys, name,
                                   [this, action = action] { emit actionRequested(action); }));
        }
        document->addSeparator();
        add(tr("&Keep offline"), QKeySequence(Qt::CTRL | Qt::Key_K), "actionKeepOffline",
            &DeskMenus::keepOfflineRequested);
        add(tr("Mark &unread"), QKeySequence(Qt::CTRL | Qt::Key_U), "actionMarkUnread",
            &DeskMenus::markUnreadRequested);
        add(tr("&Open externally"), QKeySequence::Open, "actionOpenExternally",
            &DeskMenus::openExternallyRequested);
        add(tr("&Save the file as…"), QKeySequence::Save, "actionSaveAs",
            &DeskMenus::saveAsRequested);
    }

    auto *view = bar->addMenu(tr("&View"));
    auto *languages = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = i18n::currentLanguage();
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : names) {
        auto *action = languages->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    auto *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&About LienThong"), this, &DeskMenus::showAbout);
}

void DeskMenus::setRoles(const QList<Role> &roles)
{
    // Drafts are made by specialists and heads of units; the clerk registers what arrives.
    if (m_newDraft)
        m_newDraft->setVisible(roles.contains(Role::Specialist) ||
                               roles.contains(Role::HeadOfUnit));
    if (m_registerIncoming)
        m_registerIncoming->setVisible(roles.contains(Role::Clerk));
    // The clerk keeps the registers; the agency's leaders read them.
    if (m_registers)
        m_registers->setVisible(roles.contains(Role::Clerk) || roles.contains(Role::Leader) ||
                                roles.contains(Role::DeputyLeader));
}

void DeskMenus::setSignedIn(bool signedIn)
{
    if (m_signOut)
        m_signOut->setEnabled(signedIn);
}

void DeskMenus::setOffered(bool documentOpen, const QList<Action> &offered)
{
    for (auto it = m_shortcuts.cbegin(); it != m_shortcuts.cend(); ++it)
        it.value()->setEnabled(documentOpen && offered.contains(it.key()));
}

void DeskMenus::showAbout()
{
    QMessageBox::about(
        m_window, tr("About LienThong"),
        tr("<h3>LienThong %1</h3><p>Desktop client for the document management and operations "
           "system of Vietnamese public administration.</p><p>Licensed under the Apache "
           "License 2.0.</p>")
            .arg(QStringLiteral(LT_VERSION_STRING)));
}

void DeskMenus::chooseLanguage(const QString &language)
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), language);
    QMessageBox::information(m_window, tr("Language"),
                             tr("The new language is used from the next start of LienThong."));
}

} // namespace lt::ui
