#pragma once

#include "core/model/decision.h"

#include <QMap>
#include <QObject>

class QAction;
class QMainWindow;

namespace lt::ui {

// The menu bar of the desk and its keyboard shortcuts (Alt+↓/↑ next/previous, Ctrl+D direct,
// Ctrl+Shift+A approve, Ctrl+Shift+R return, Ctrl+M comment, Ctrl+K keep offline, Ctrl+O
// open, Ctrl+S save as, Ctrl+Shift+B registers), the language choice and the About box. Without a
// profile only File (Quit), View and Help.
class DeskMenus : public QObject
{
    Q_OBJECT

public:
    DeskMenus(QMainWindow *window, bool withProfile);
    void setSignedIn(bool signedIn);
    // What the person's roles offer: new drafts, registering incoming documents.
    void setRoles(const QList<Role> &roles);
    // The document actions' shortcuts follow what the open document offers.
    void setOffered(bool documentOpen, const QList<Action> &offered);

signals:
    void signInRequested();
    void signOutRequested();
    void settingsRequested();
    void nextRequested();
    void previousRequested();
    void actionRequested(lt::Action action);
    void keepOfflineRequested();
    void markUnreadRequested();
    void openExternallyRequested();
    void saveAsRequested();
    void newDraftRequested();
    void registerIncomingRequested();
    void registersRequested();

private:
    void chooseLanguage(const QString &language);
    void showAbout();
    QMainWindow *m_window;
    QAction *m_signOut = nullptr;
    QAction *m_newDraft = nullptr;
    QAction *m_registerIncoming = nullptr;
    QAction *m_registers = nullptr;
    QMap<Action, QAction *> m_shortcuts;
};

} // namespace lt::ui
