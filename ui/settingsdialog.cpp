#include "ui/settingsdialog.h"
#include "core/text/units.h"

#include "core/i18n/language.h"
#include "core/pki/pkcs11.h"
#include "core/signing/signer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lt::ui {

// A list of files with "Add…" (checked by `check`, which answers what is wrong) and "Remove".
QListWidget *SettingsDialog::fileList(QWidget *box, QVBoxLayout *layout, const QString &name,
                                      const QStringList &files, const QString &addText,
                                      const QString &title, const QString &filter,
                                      std::function<QString(const QString &)> check)
{
    auto *list = new QListWidget(box);
    list->setObjectName(name);
    list->addItems(files);
    list->setMaximumHeight(80);
    layout->addWidget(list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(addText, box);
    auto *remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, list, title, filter, check] {
        const QString path = QFileDialog::getOpenFileName(this, title, {}, filter);
        if (path.isEmpty())
            return;
        if (const QString problem = check(path); !problem.isEmpty()) {
            QMessageBox::warning(this, title, problem);
            return;
        }
        if (list->findItems(path, Qt::MatchExactly).isEmpty())
            list->addItem(path);
    });
    connect(remove, &QPushButton::clicked, list, [list] { delete list->currentItem(); });
    return list;
}

SettingsDialog::SettingsDialog(sync::Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setWindowTitle(tr("Settings — LienThong"));
    const auto &s = profile.settings();
    auto *layout = new QVBoxLayout(this);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    auto *serverRow = new QHBoxLayout;
    auto *server =
        new QLabel(s.server.isEmpty() ? tr("(not signed in)") : s.server.toString(), general);
    server->setObjectName(QStringLiteral("settingsServer"));
    server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *changeServer = new QPushButton(tr("Sign in to another server…"), general);
    connect(changeServer, &QPushButton::clicked, this, [this] {
        reject();
        emit changeServerRequested();
    });
    serverRow->addWidget(server, 1);
    serverRow->addWidget(changeServer);
    generalForm->addRow(tr("Server"), serverRow);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_initialLanguage =
        QSettings().value(QStringLiteral("ui/language"), i18n::currentLanguage()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    generalForm->addRow(tr("Language"), m_language);
    m_phrases = new QPlainTextEdit(profile.phrases().join(u'\n'), general);
    m_phrases->setObjectName(QStringLiteral("settingsPhrases"));
    m_phrases->setMaximumHeight(90);
    m_phrases->setToolTip(tr("Offered when you give a direction or a comment; one a line."));
    generalForm->addRow(tr("Ready-made phrases"), m_phrases);
    layout->addWidget(general);

    // Digital signature, in plain words first; the technical parts under "Advanced".
    auto *signing = new QGroupBox(tr("Digital signature"), this);
    auto *signingLayout = new QVBoxLayout(signing);
    auto *plainForm = new QFormLayout;
    m_drivers = new QListWidget(signing);
    m_drivers->setObjectName(QStringLiteral("settingsDrivers"));
    m_drivers->setMaximumHeight(70);
    m_drivers->setSelectionMode(QAbstractItemView::NoSelection);
    plainForm->addRow(tr("Token drivers"), m_drivers);
    m_level = new QComboBox(signing);
    m_level->setObjectName(QStringLiteral("settingsLevel"));
    m_level->addItem(tr("The signature alone (works without a network)"), QStringLiteral("B-B"));
    m_level->addItem(tr("With the time certified by a timestamp service"), QStringLiteral("B-T"));
    m_level->addItem(tr("With the certified time and the certificate's check, for keeping "
                        "(recommended)"),
                     QStringLiteral("B-LT"));
    m_level->setCurrentIndex(std::max(0, m_level->findData(s.signatureLevel)));
    plainForm->addRow(tr("Signatures made"), m_level);
    signingLayout->addLayout(plainForm);

    auto *advancedButton = new QPushButton(tr("Advanced ▸"), signing);
    advancedButton->setObjectName(QStringLiteral("settingsAdvanced"));
    advancedButton->setCheckable(true);
    advancedButton->setFlat(true);
    signingLayout->addWidget(advancedButton, 0, Qt::AlignLeft);
    m_advanced = new QWidget(signing);
    m_advanced->setObjectName(QStringLiteral("settingsAdvancedPart"));
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(new QLabel(
        tr("Token drivers (PKCS#11 modules) added by hand, besides those found:"), m_advanced));
#ifdef Q_OS_WIN
    const QString driverFilter = tr("Token drivers (*.dll)");
#else
    const QString driverFilter = tr("Token drivers (*.so *.dylib)");
#endif
    m_modules =
        fileList(m_advanced, advancedLayout, QStringLiteral("settingsModules"), s.pkcs11Modules,
                 tr("Add a driver…"), tr("Token driver"), driverFilter, [](const QString &path) {
                     auto m = pki::Module::load(path);
                     return m ? QString() : m.error().message;
                 });
    advancedLayout->addWidget(new QLabel(
        tr("Trusted CA certificates (PEM): signing certificates are checked against them, and "
           "intermediate ones go with each signature."),
        m_advanced));
    m_cas = fileList(m_advanced, advancedLayout, QStringLiteral("settingsCaCertificates"),
                     s.caCertificates, tr("Add a certificate…"), tr("CA certificate"),
                     tr("Certificates (*.pem *.crt *.cer)"), [](const QString &path) {
                         auto read = signing::readPemCertificates({path});
                         return read ? QString() : read.error().message;
                     });
    auto *levelForm = new QFormLayout;
    m_tsa = new QLineEdit(s.timestampUrl, m_advanced);
    m_tsa->setObjectName(QStringLiteral("settingsTsa"));
    m_tsa->setPlaceholderText(QStringLiteral("http://tsa.example.gov.vn"));
    levelForm->addRow(tr("Timestamp authority"), m_tsa);
    m_ocsp = new QLineEdit(s.ocspUrl, m_advanced);
    m_ocsp->setObjectName(QStringLiteral("settingsOcsp"));
    m_ocsp->setPlaceholderText(tr("(the one the certificate names)"));
    levelForm->addRow(tr("OCSP responder"), m_ocsp);
    auto *levels =
        new QLabel(tr("The levels are PAdES B-B, B-T and B-LT (ETSI EN 319 142)."), m_advanced);
    levels->setWordWrap(true);
    levelForm->addRow(levels);
    advancedLayout->addLayout(levelForm);
    m_advanced->setVisible(false);
    signingLayout->addWidget(m_advanced);
    connect(advancedButton, &QPushButton::toggled, this, [this, advancedButton](bool open) {
        m_advanced->setVisible(open);
        advancedButton->setText(open ? tr("Advanced ▾") : tr("Advanced ▸"));
        adjustSize();
    });
    // The drivers this computer signs with: found, and added by hand.
    connect(m_modules->model(), &QAbstractItemModel::rowsInserted, this,
            &SettingsDialog::listDrivers);
    connect(m_modules->model(), &QAbstractItemModel::rowsRemoved, this,
            &SettingsDialog::listDrivers);
    listDrivers();
    layout->addWidget(signing);

    auto *offline = new QGroupBox(tr("Files kept offline"), this);
    auto *offlineForm = new QFormLayout(offline);
    auto *dirRow = new QHBoxLayout;
    m_offlineDir = new QLineEdit(profile.offlineDirectory(), offline);
    m_offlineDir->setObjectName(QStringLiteral("settingsOfflineDir"));
    auto *browse = new QPushButton(tr("Choose…"), offline);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Files kept offline"), m_offlineDir->text());
        if (!dir.isEmpty())
            m_offlineDir->setText(dir);
    });
    dirRow->addWidget(m_offlineDir, 1);
    dirRow->addWidget(browse);
    offlineForm->addRow(tr("Folder"), dirRow);
    m_limit = new QSpinBox(offline);
    m_limit->setObjectName(QStringLiteral("settingsOfflineLimit"));
    m_limit->setRange(0, 1024 * 1024);
    m_limit->setSingleStep(256);
    m_limit->setSuffix(tr(" MB"));
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setValue(int(s.offlineLimit / (1024 * 1024)));
    offlineForm->addRow(tr("Limit"), m_limit);
    m_used = new QLabel(text::dataSize(profile.blobs().bytesUsed()), offline);
    offlineForm->addRow(tr("In use"), m_used);
    layout->addWidget(offline);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QStringList SettingsDialog::modules() const
{
    QStringList paths;
    for (int i = 0; i < m_modules->count(); ++i)
        paths << m_modules->item(i)->text();
    return paths;
}

void SettingsDialog::listDrivers()
{
    m_drivers->clear();
    const QStringList all = signing::modulesToUse(std::nullopt, modules());
    // One line per driver (the same one is often installed under two paths); the system's
    // certificate store (p11-kit-trust, no keys) is no token's driver.
    QMap<QString, QStringList> byName;
    for (const QString &path : all) {
        if (!QFileInfo(path).fileName().contains(QLatin1String("p11-kit-trust")))
            byName[pki::driverName(path)] << QDir::toNativeSeparators(path);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        auto *item = new QListWidgetItem(it.key(), m_drivers);
        item->setToolTip(it.value().join(u'\n'));
    }
    if (byName.isEmpty()) {
        new QListWidgetItem(tr("None found: plug in your token and install the driver that came "
                               "with it (or add it under \"Advanced\")."),
                            m_drivers);
    }
}

QStringList SettingsDialog::caCertificates() const
{
    QStringList paths;
    for (int i = 0; i < m_cas->count(); ++i)
        paths << m_cas->item(i)->text();
    return paths;
}

void SettingsDialog::setCaCertificates(const QStringList &pemFiles)
{
    m_cas->clear();
    m_cas->addItems(pemFiles);
}

void SettingsDialog::setTimestampAuthority(const QString &url)
{
    m_tsa->setText(url);
}

void SettingsDialog::setOcspResponder(const QString &url)
{
    m_ocsp->setText(url);
}

void SettingsDialog::setSignatureLevel(const QString &level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

QString SettingsDialog::offlineDirectory() const
{
    return m_offlineDir->text().trimmed();
}

qint64 SettingsDialog::offlineLimitMb() const
{
    return m_limit->value();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void SettingsDialog::setModules(const QStringList &paths)
{
    m_modules->clear();
    m_modules->addItems(paths);
}

void SettingsDialog::setOfflineDirectory(const QString &path)
{
    m_offlineDir->setText(path);
}

void SettingsDialog::setOfflineDirectoryMovable(bool movable)
{
    m_offlineDir->setEnabled(movable);
    m_offlineDir->setToolTip(movable ? QString()
                                     : tr("A synchronisation is running: the folder can be "
                                          "moved when it has ended."));
}

void SettingsDialog::setOfflineLimitMb(qint64 mb)
{
    m_limit->setValue(int(mb));
}

bool SettingsDialog::apply()
{
    if (m_offlineDir->isEnabled() && offlineDirectory() != m_profile.offlineDirectory()) {
        if (auto moved = m_profile.setOfflineDirectory(offlineDirectory()); !moved) {
            QMessageBox::warning(this, windowTitle(), moved.error().message);
            return false;
        }
    }
    sync::Profile::Settings s = m_profile.settings();
    s.pkcs11Modules = modules();
    s.caCertificates = caCertificates();
    s.timestampUrl = m_tsa->text().trimmed();
    s.ocspUrl = m_ocsp->text().trimmed();
    s.signatureLevel = m_level->currentData().toString();
    s.offlineLimit = offlineLimitMb() * 1024 * 1024;
    QStringList phrases;
    for (const QString &line : m_phrases->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            phrases << line.trimmed();
    }
    // Unchanged, the built-in ones stay built-in (they follow the language).
    if (phrases != m_profile.phrases())
        s.phrases = phrases;
    if (auto saved = m_profile.saveSettings(s); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return false;
    }
    if (language() != m_initialLanguage) {
        QSettings().setValue(QStringLiteral("ui/language"), language());
        m_initialLanguage = language();
        if (isVisible()) {
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used from the next start of "
                                        "LienThong."));
        }
    }
    return true;
}

} // namespace lt::ui
