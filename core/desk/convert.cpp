#include "core/desk/convert.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace lt::desk {

namespace {

Q_LOGGING_CATEGORY(lcConvert, "lt.desk.convert")

struct ConvertTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::desk)
};

} // namespace

ConvertToPdfCommand::ConvertToPdfCommand(QString input, QObject *parent)
    : Command(parent)
    , m_input(std::move(input))
{
}

ConvertToPdfCommand::~ConvertToPdfCommand()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ConvertToPdfCommand::converts(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("docx"), QStringLiteral("doc"),
                                      QStringLiteral("odt"), QStringLiteral("fodt"),
                                      QStringLiteral("rtf")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString ConvertToPdfCommand::converter()
{
    if (qEnvironmentVariableIsSet("LIENTHONG_SOFFICE")) {
        const QString named = qEnvironmentVariable("LIENTHONG_SOFFICE");
        return named.isEmpty() || !QFileInfo(named).isExecutable() ? QString() : named;
    }
    for (const char *name : {"soffice", "libreoffice"}) {
        const QString found = QStandardPaths::findExecutable(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
#ifdef Q_OS_WIN
    for (const char *place : {"C:/Program Files/LibreOffice/program/soffice.exe",
                              "C:/Program Files (x86)/LibreOffice/program/soffice.exe"}) {
        if (QFileInfo::exists(QLatin1String(place)))
            return QLatin1String(place);
    }
#endif
    return {};
}

void ConvertToPdfCommand::run()
{
    const QString name = QFileInfo(m_input).fileName();
    if (!QFileInfo(m_input).isReadable()) {
        finish(Error{ErrorCode::Io, ConvertTr::tr("\"%1\" cannot be read.").arg(m_input)});
        return;
    }
    const QString program = converter();
    if (program.isEmpty()) {
        finish(Error{ErrorCode::Unavailable,
                     ConvertTr::tr("\"%1\" needs LibreOffice to become a PDF, and it is not "
                                   "installed here. Install LibreOffice, or save the file as "
                                   "PDF (File › Save as / Export as PDF) and choose the PDF.")
                         .arg(name)});
        return;
    }
    if (!m_dir.isValid()) {
        finish(Error{ErrorCode::Io, ConvertTr::tr("No room to convert \"%1\".").arg(name)});
        return;
    }
    const QString out = m_dir.filePath(QStringLiteral("pdf"));
    QDir().mkpath(out);
    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(
        {QStringLiteral("-env:UserInstallation=") +
             QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
         QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--nologo"),
         QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), out,
         QFileInfo(m_input).absoluteFilePath()});
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, process, name] {
        process->kill();
        finish(
            Error{ErrorCode::Timeout,
                  ConvertTr::tr("LibreOffice took too long to make a PDF of \"%1\".").arg(name)});
    });
    connect(process, &QProcess::errorOccurred, this, [this, name](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(Error{
                ErrorCode::Unavailable,
                ConvertTr::tr("LibreOffice could not be started to convert \"%1\".").arg(name)});
    });
    connect(process, &QProcess::finished, this, [this, process, timer, out, name](int code) {
        timer->stop();
        const QString pdf =
            out + u'/' + QFileInfo(m_input).completeBaseName() + QStringLiteral(".pdf");
        QFile made(pdf);
        const bool ok = made.open(QIODevice::ReadOnly) && made.read(1024).contains("%PDF-");
        if (!ok) {
            const QString said = QString::fromLocal8Bit(process->readAllStandardError() +
                                                        process->readAllStandardOutput())
                                     .trimmed();
            qCWarning(lcConvert) << "conversion failed" << code << said.left(500);
            finish(Error{ErrorCode::InvalidArgument,
                         ConvertTr::tr("LibreOffice could not make a PDF of \"%1\": the file may "
                                       "be damaged or not a document.")
                             .arg(name),
                         said.left(500)});
            return;
        }
        m_output = pdf;
        finish({});
    });
    process->start();
    timer->start(m_timeoutMs);
}

void ConvertToPdfCommand::onCancel()
{
    if (m_process)
        m_process->kill();
}

} // namespace lt::desk
