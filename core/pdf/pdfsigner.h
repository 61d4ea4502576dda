#pragma once

#include "core/pdf/cms.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace lt::pdf {

// How the signature shows on the page (Decree 30/2020 practice, see docs/signing.md).
enum class StampProfile {
    Leader, // the competent person: title, signature image, name, time
    Agency, // the clerk's agency signature: top right of page 1, "Ký bởi / Cơ quan / Thời gian ký"
    Attachment, // separate attachment files: number/notation and time, top right of page 1
    Invisible,  // no mark on the page
};

struct StampText
{
    QString signerName;   // "Nguyễn Văn An"
    QString signerTitle;  // "CHỦ TỊCH"
    QString organisation; // "Ủy ban nhân dân tỉnh Thử Nghiệm"
    QString email;
    QString notation; // "05/QĐ-UBND", for attachments
    // The certificate's holder (its CN), which the agency's stamp names after "Ký bởi"; set
    // from the signing certificate (see completedText).
    QString signedBy;
};

// The number, notation and date the clerk writes into a document as the agency issues it
// (Decree 30/2020, Annex I): the number before "/notation" on the "Số:" line, the day, month
// and year in the "…, ngày … tháng … năm …" line of page 1, found in the page's text; written
// in the same incremental update as the agency's signature, which then covers them.
struct IssueMark
{
    int number = 0;
    QString notation; // "KH-UBND"
    QDate date;
    // Where to write them when page 1 has no text to find them by (a scan, a template whose
    // text is unreadable): the start of the baseline of the blank the template leaves for the
    // number (after "Số:", before "/"), the day, the month and, when the template leaves the
    // year blank too, the year; in points from the bottom left of the page as shown. Only the
    // digits are written there. Given, they are used even where the text is found.
    std::optional<QPointF> numberAt;
    std::optional<QPointF> dayAt;
    std::optional<QPointF> monthAt;
    std::optional<QPointF> yearAt;
    double placedSize = 13; // the size of the digits written at given places (points)
};

struct SignOptions
{
    StampProfile profile = StampProfile::Leader;
    int page = -1; // 1-based; -1: the profile's default (last page for the leader)
    // In points from the bottom-left corner of the page as it is shown (its crop box, turned by
    // its /Rotate), the stamp upright in it. Default: found on the page (see placeStamp).
    std::optional<QRectF> rect;
    QString imagePng; // the handwritten signature or the seal (transparent PNG)
    // An empty signature field of the document to sign into (its page and rectangle are
    // used; page and rect are then ignored). Empty: a new field.
    QString field;
    QString reason;
    StampText text;
    QDateTime time = QDateTime::currentDateTime();
    int reserveBytes = 10 * 1024; // room for the CMS: the chain, and a timestamp added later
    bool pss = false;             // the RSA signature value is RSASSA-PSS (SHA-256, salt 32)
    // A document timestamp instead of a signature (/Type /DocTimeStamp, ETSI.RFC3161): the
    // timestamp authority's token over the whole document so far; no token, no stamp.
    bool documentTimestamp = false;
    // Issuing (the agency's signature): the number and date written into page 1 first.
    std::optional<IssueMark> issue;
};

struct SignReport
{
    qint64 inputBytes = 0;
    qint64 outputBytes = 0;
    int page = 0;
    QRectF rect;
    // Asked for but not reached because the network was not there (see signing::Request):
    // the signature is B-B and waits to be extended.
    bool timestampMissing = false;
    bool validationDataMissing = false;
};

// Where a profile puts its stamp by default (points from the page's bottom-left), and on which
// page (1-based) of a document of `pages` pages.
QRectF defaultStampRect(StampProfile profile, const QSizeF &pageSizePoints);

// The signing time as a stamp prints it: "dd.MM.yyyy HH:mm:ss +07:00", in the time's own
// offset from UTC (ISO 8601), as Decree 30 asks.
QString stampTime(const QDateTime &time);
int defaultStampPage(StampProfile profile, int pages);

// Signs `input` into `output` as a PAdES B-B signature (ETSI.CAdES.detached, SHA-256) in an
// incremental update: `input` is a byte prefix of `output`. The output appears atomically or
// not at all; encrypted or unreadable input is refused with a reason.
// With `timestamp` the signature is PAdES B-T (see buildCades).
Result<SignReport> signPdf(const QString &input, const QString &output, const SignOptions &options,
                           const QByteArray &certificateDer, const QList<QByteArray> &chainDer,
                           const RawSign &sign, const Timestamper &timestamp = {});

// An incremental update in the making: the input's bytes (to check they stay a prefix) and an
// empty file next to `output` to write into (`.lienthong-sign-PID-XXXXXX.pdf`, removed on
// failure, on SIGINT/SIGTERM/SIGHUP once removeWorkFilesOnSignals() was called, and on the next
// run after a crash or SIGKILL). Refuses what is not a PDF, an output that is read-only or a
// directory. An output that is a symbolic link is followed: its target is replaced.
// Keeps a work file's name where the signal handlers find it, while the update is made.
class WorkRegistration
{
public:
    WorkRegistration() = default;
    explicit WorkRegistration(const QString &path);
    WorkRegistration(WorkRegistration &&other) noexcept;
    WorkRegistration &operator=(WorkRegistration &&other) noexcept;
    ~WorkRegistration();

private:
    int m_slot = -1;
};

// A work file next to the output, removed when it goes unless it was published.
class WorkFile
{
public:
    explicit WorkFile(QString path)
        : m_path(std::move(path))
    {
    }
    ~WorkFile();
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;
    QString fileName() const { return m_path; }
    // false: it was renamed into place (nothing left to remove).
    void setAutoRemove(bool remove) { m_remove = remove; }

private:
    QString m_path;
    bool m_remove = true;
};

struct PendingUpdate
{
    QByteArray original;
    WorkRegistration registration; // before the file: destroyed after it is removed
    std::unique_ptr<WorkFile> work;
};
Result<PendingUpdate> prepareUpdate(const QString &input, const QString &output);

// Writes `original` + the update in `work` to `output`: checks that `original` is a byte prefix
// of `work`, then renames it into place atomically (the target of a symbolic link; the mode of
// the file it replaces is kept). `outputBytes` receives the new size.
// `expectedBytes`: the size the writer says it wrote (-1: not known); a file of another size,
// or without its end-of-file marker, is not published.
Status publishUpdate(const QByteArray &original, const QString &work, const QString &output,
                     qint64 *outputBytes = nullptr, qint64 expectedBytes = -1);

// A work file of this process in the folder of `output`, for a step before the last (a stage
// of B-LT): named like the update's work files, so that it is cleaned the same way.
QString workFileFor(const QString &output, const QString &tag);

// Removes the work files of signatures that no running process is making any more (left by a
// crash or SIGKILL) from `folder`.
void removeStaleWorkFiles(const QString &folder);

// Installs handlers of SIGINT, SIGTERM and SIGHUP that remove this process's work files before
// it ends as the signal says (the command line and the desktop call it at start).
void removeWorkFilesOnSignals();

} // namespace lt::pdf
