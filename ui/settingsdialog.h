#pragma once

#include "core/sync/profile.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QListWidget;
class QSpinBox;
class QVBoxLayout;

namespace lt::ui {

// The settings a user may change: the language, the PKCS#11 drivers used for signing, and
// where files kept offline are stored and how much room they may take. The server is shown
// with a button to sign in elsewhere.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(sync::Profile &profile, QWidget *parent = nullptr);

    QString language() const;
    QStringList modules() const;
    QStringList caCertificates() const;
    void setCaCertificates(const QStringList &pemFiles);
    void setTimestampAuthority(const QString &url);
    void setOcspResponder(const QString &url);
    void setSignatureLevel(const QString &level); // "B-B", "B-T", "B-LT"
    QString offlineDirectory() const;
    qint64 offlineLimitMb() const;

    // For tests: set the fields as a user would.
    void setLanguage(const QString &code);
    void setModules(const QStringList &paths);
    void setOfflineDirectory(const QString &path);
    void setOfflineLimitMb(qint64 mb);
    // While a sync downloads files the folder cannot move (the dialog says why).
    void setOfflineDirectoryMovable(bool movable);

    // Saves into the profile (the offline files are moved when their folder changed) and
    // the language into the user's settings. Shows what went wrong and answers false.
    bool apply();

signals:
    void changeServerRequested();

private:
    QListWidget *fileList(QWidget *box, QVBoxLayout *layout, const QString &name,
                          const QStringList &files, const QString &addText, const QString &title,
                          const QString &filter, std::function<QString(const QString &)> check);
    void listDrivers();

    sync::Profile &m_profile;
    QListWidget *m_drivers;
    QWidget *m_advanced;
    QComboBox *m_language;
    QListWidget *m_modules;
    QListWidget *m_cas;
    QLineEdit *m_tsa;
    QPlainTextEdit *m_phrases;
    QLineEdit *m_ocsp;
    QComboBox *m_level;
    QLineEdit *m_offlineDir;
    QSpinBox *m_limit;
    QLabel *m_used;
    QString m_initialLanguage;
};

} // namespace lt::ui
