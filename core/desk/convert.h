#pragma once

#include "core/desk/command.h"

#include <QPointer>
#include <QTemporaryDir>

class QProcess;

namespace lt::desk {

// A word-processor file (.docx, .doc, .odt, .fodt, .rtf) made into a PDF by LibreOffice,
// headless (`soffice --convert-to pdf`), in a profile of its own so that a LibreOffice the user
// has open is not disturbed. The PDF lives as long as the command. Without LibreOffice: a clear
// error saying how to make the PDF by hand. LIENTHONG_SOFFICE names the program to use (empty:
// none, as on a computer without it).
class ConvertToPdfCommand : public Command
{
    Q_OBJECT

public:
    explicit ConvertToPdfCommand(QString input, QObject *parent = nullptr);
    ~ConvertToPdfCommand() override;
    // The PDF made, named as the input with ".pdf" (once finished well).
    QString output() const { return m_output; }

    // Whether `path` is a file this command converts (by its name).
    static bool converts(const QString &path);
    // The LibreOffice program found on this computer, or empty.
    static QString converter();
    // Kills a conversion that takes longer (120 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

protected:
    void run() override;
    void onCancel() override;

private:
    QString m_input;
    QString m_output;
    QTemporaryDir m_dir;
    QPointer<QProcess> m_process;
    int m_timeoutMs = 120'000;
};

} // namespace lt::desk
