#pragma once

#include "core/desk/command.h"
#include "core/model/decision.h"
#include "core/protocol/messages.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace lt::net {
class ApiClient;
}
namespace lt::sync {
class Profile;
}

namespace lt::desk {

// A document's life inside the agency, from this computer: they need the server (a new
// document takes its id and, incoming, its arrival number there), so they do not queue.

// A new draft, or an incoming document registered by the clerk: the files are sent (each a
// PDF, the main one first), then the document; a created one is kept in the cache at once.
// A registration that finds the same document registered before ends ok with
// answer().created false and answer().duplicates: nothing was registered.
class CreateDocumentCommand : public Command
{
    Q_OBJECT

public:
    CreateDocumentCommand(sync::Profile &profile, net::ApiClient &api,
                          protocol::NewDocument document, QStringList files,
                          QObject *parent = nullptr);
    const protocol::NewDocumentAnswer &answer() const { return m_answer; }

protected:
    void run() override;
    void onCancel() override;

private:
    void sendNext();
    sync::Profile &m_profile;
    net::ApiClient &m_api;
    protocol::NewDocument m_document;
    QStringList m_files;
    protocol::NewDocumentAnswer m_answer;
};

// A new version of a draft's main file, by its drafter.
class AddVersionCommand : public Command
{
    Q_OBJECT

public:
    AddVersionCommand(sync::Profile &profile, net::ApiClient &api, QString documentId, QString file,
                      QObject *parent = nullptr);
    const Document &document() const { return m_doc; }

protected:
    void run() override;

private:
    void send();

private:
    sync::Profile &m_profile;
    net::ApiClient &m_api;
    QString m_id;
    QString m_file;
    Document m_doc;
};

// The rows of a register (Decree 30/2020, Annex IV) of the agency, a page at a time.
struct RegisterRows
{
    QString direction; // "in", "out", "post"
    int year = 0;
    QString series;        // "" the agency's register, "secret", a named register ("NAME[:secret]")
    QStringList registers; // the series that direction has that year
    qint64 total = 0;
    struct Row
    {
        int number = 0;
        QString documentId;
        QStringList cells; // the columns of the annex, in order
    };
    QList<Row> rows;
};

// The columns' titles of a register, in the UI language (10 for "in" and "out", 6 for
// "post").
QStringList registerColumns(const QString &direction);

// Who handles the document now, for the parts of `kind`: each unit the last direction named,
// with the people its head passed the part on to, "Sở Tài chính (by 15/12/2026) — Chuyên
// viên Nguyễn Văn An (by 10/12/2026), Trần Bình, helping". Empty when no unit has that part.
QString handlingChain(const QList<Decision> &history, AssignmentKind kind,
                      const std::function<QString(const QString &)> &unitName,
                      const std::function<QString(const QString &)> &personName);

// Reads rows of a register from the server: `limit` rows from `offset`, or with `limit` = All
// every row that matches, page after page (progress() after each).
class RegisterCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int All = -1;
    RegisterCommand(net::ApiClient &api, QString direction, int year, QString search = {},
                    int offset = 0, int limit = 200, QObject *parent = nullptr);
    const RegisterRows &rows() const { return m_rows; }
    // Another register than the agency's: "secret", a named one ("NAME", "NAME:secret").
    void setSeries(const QString &series) { m_series = series; }

protected:
    void run() override;

private:
    void fetch(int offset, int limit);
    QString m_series;

    net::ApiClient &m_api;
    QString m_direction;
    int m_year;
    QString m_search;
    int m_offset;
    int m_limit;
    RegisterRows m_rows;
};

// Writes rows as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet programs
// read the diacritics), the titles first. Whole or not at all.
Status writeRegisterCsv(const QString &path, const QStringList &columns,
                        const QList<RegisterRows::Row> &rows);

// Writes rows as an Excel workbook (XLSX, one sheet named `title`, the titles in bold, the
// columns' widths set), streaming. Whole or not at all.
Status writeRegisterXlsx(const QString &path, const QString &title, const QStringList &columns,
                         const QList<RegisterRows::Row> &rows);

// Writes the rows to `path` as CSV, XLSX or PDF (the functions below).
enum class RegisterFormat { Csv, Xlsx, Pdf };
Status writeRegisterFile(const QString &path, RegisterFormat format, const QString &direction,
                         int year, const QString &agency, const QList<RegisterRows::Row> &rows);
// The format a file's name asks for (.csv, .xlsx, .pdf), if any.
std::optional<RegisterFormat> registerFormatFor(const QString &path);

// The register's name as Annex IV gives it ("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), in the UI language;
// and the short title of a sheet or a window ("Incoming 2026").
QString registerTitle(const QString &direction);
QString registerSheetTitle(const QString &direction, int year);

// Prints the rows as Annex IV lays a register out (core/pdf/registerpdf): a first page with
// `agency`, the register's name, the year, the numbers and dates it holds; the table on A4
// landscape pages. Whole or not at all.
Status writeRegisterPdf(const QString &path, const QString &direction, int year,
                        const QString &agency, const QList<RegisterRows::Row> &rows);

} // namespace lt::desk
