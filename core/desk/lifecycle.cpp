#include "core/desk/lifecycle.h"

#include "core/desk/convert.h"
#include "core/model/json.h"
#include "core/net/apiclient.h"
#include "core/pdf/registerpdf.h"
#include "core/sync/blobstore.h"
#include "core/sync/profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QSaveFile>
#include <QUrlQuery>

#include <xlsxwriter.h>

#include <cstdio>

namespace lt::desk {

namespace {

struct LifecycleTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::desk)
};

// A file to send: read whole (drafts and scans are small next to memory), and a PDF.
Result<QByteArray> readPdf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, LifecycleTr::tr("\"%1\" cannot be read.").arg(path)};
    const QByteArray content = f.readAll();
    if (!content.left(1024).contains("%PDF-")) {
        return Error{ErrorCode::InvalidArgument,
                     LifecycleTr::tr("\"%1\" is not a PDF file, nor a document LibreOffice "
                                     "makes a PDF of (.docx, .doc, .odt, .rtf).")
                         .arg(QFileInfo(path).fileName())};
    }
    return content;
}

// POST /api/v1/files, the bytes kept here too (they are the document's file).
void sendFile(sync::Profile &profile, net::ApiClient &api, const QByteArray &content,
              std::function<void(Result<QByteArray>)> done)
{
    api.postBytes(
        QStringLiteral("/api/v1/files"), content, QByteArrayLiteral("application/pdf"),
        [&profile, content, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer)
                return done(answer.error());
            const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
            if (answer->value(QStringLiteral("sha256")).toString().toLatin1() != sha.toHex()) {
                return done(Error{ErrorCode::ServerError,
                                  LifecycleTr::tr("The server kept another file than "
                                                  "the one sent.")});
            }
            if (auto s = profile.blobs().put(sha, content); !s)
                return done(s.error());
            done(sha);
        });
}

// The files LibreOffice makes PDFs of (.docx, .odt…), converted one after the other from
// `from`; then `done` with the files to send, each PDF in place of its original. The
// converters (and the PDFs they made) live as long as `owner`.
void convertFiles(QObject *owner, QStringList files, qsizetype from,
                  std::function<void(Result<QStringList>)> done)
{
    for (qsizetype i = from; i < files.size(); ++i) {
        QFile f(files.at(i));
        const bool pdf = f.open(QIODevice::ReadOnly) && f.read(1024).contains("%PDF-");
        if (pdf || !ConvertToPdfCommand::converts(files.at(i)))
            continue;
        auto *convert = new ConvertToPdfCommand(files.at(i), owner);
        QPointer<QObject> alive(owner);
        QObject::connect(convert, &Command::finished, owner,
                         [alive, owner, convert, files, i, done]() mutable {
                             if (!alive)
                                 return;
                             if (!convert->result())
                                 return done(convert->result().error());
                             files[i] = convert->output();
                             convertFiles(owner, files, i + 1, std::move(done));
                         });
        convert->start();
        return;
    }
    done(files);
}

} // namespace

CreateDocumentCommand::CreateDocumentCommand(sync::Profile &profile, net::ApiClient &api,
                                             protocol::NewDocument document, QStringList files,
                                             QObject *parent)
    : Command(parent)
    , m_profile(profile)
    , m_api(api)
    , m_document(std::move(document))
    , m_files(std::move(files))
{
}

void CreateDocumentCommand::run()
{
    if (m_files.isEmpty()) {
        finish(Error{ErrorCode::InvalidArgument,
                     LifecycleTr::tr("A document needs its main file (a PDF).")});
        return;
    }
    // Word-processor files become PDFs first; every file is read and checked before anything
    // is sent.
    QPointer<CreateDocumentCommand> self(this);
    convertFiles(this, m_files, 0, [self](Result<QStringList> files) {
        if (!self || self->isFinished())
            return;
        if (!files) {
            self->finish(files.error());
            return;
        }
        self->m_files = files.value();
        for (const QString &f : std::as_const(self->m_files)) {
            if (auto r = readPdf(f); !r) {
                self->finish(r.error());
                return;
            }
        }
        self->m_document.files.clear();
        self->sendNext();
    });
}

void CreateDocumentCommand::onCancel()
{
    // A LibreOffice still converting a file is stopped too.
    for (ConvertToPdfCommand *c : findChildren<ConvertToPdfCommand *>())
        c->cancel();
}

void CreateDocumentCommand::sendNext()
{
    if (isCancelled())
        return;
    const qsizetype index = m_document.files.size();
    if (index < m_files.size()) {
        emit progress(index, m_files.size() + 1);
        auto content = readPdf(m_files.at(index));
        if (!content) {
            finish(content.error());
            return;
        }
        QPointer<CreateDocumentCommand> self(this);
        sendFile(m_profile, m_api, content.value(), [self, index](Result<QByteArray> sha) {
            if (!self)
                return;
            if (!sha) {
                self->finish(sha.error());
                return;
            }
            self->m_document.files.append(protocol::NewDocument::File{
                sha.value(), QFileInfo(self->m_files.at(index)).fileName(), index == 0});
            self->sendNext();
        });
        return;
    }
    QPointer<CreateDocumentCommand> self(this);
    m_api.post(QStringLiteral("/api/v1/documents"), m_document.toJson(),
               [self](Result<QJsonObject> answer) {
                   if (!self)
                       return;
                   if (!answer) {
                       self->finish(answer.error());
                       return;
                   }
                   auto parsed = protocol::NewDocumentAnswer::fromJson(answer.value());
                   if (!parsed) {
                       self->finish(parsed.error());
                       return;
                   }
                   self->m_answer = parsed.value();
                   if (self->m_answer.document) {
                       if (auto s = self->m_profile.cache().upsert(*self->m_answer.document); !s) {
                           self->finish(s);
                           return;
                       }
                   }
                   self->finish({});
               });
}

AddVersionCommand::AddVersionCommand(sync::Profile &profile, net::ApiClient &api,
                                     QString documentId, QString file, QObject *parent)
    : Command(parent)
    , m_profile(profile)
    , m_api(api)
    , m_id(std::move(documentId))
    , m_file(std::move(file))
{
}

void AddVersionCommand::run()
{
    QPointer<AddVersionCommand> self(this);
    convertFiles(this, {m_file}, 0, [self](Result<QStringList> files) {
        if (!self || self->isFinished())
            return;
        if (!files) {
            self->finish(files.error());
            return;
        }
        self->m_file = files->first();
        self->send();
    });
}

void AddVersionCommand::send()
{
    auto content = readPdf(m_file);
    if (!content) {
        finish(content.error());
        return;
    }
    QPointer<AddVersionCommand> self(this);
    sendFile(m_profile, m_api, content.value(), [self](Result<QByteArray> sha) {
        if (!self)
            return;
        if (!sha) {
            self->finish(sha.error());
            return;
        }
        const QJsonObject body{{QStringLiteral("sha256"), QString::fromLatin1(sha->toHex())},
                               {QStringLiteral("fileName"), QFileInfo(self->m_file).fileName()}};
        self->m_api.post(QStringLiteral("/api/v1/documents/%1/versions").arg(self->m_id), body,
                         [self](Result<QJsonObject> answer) {
                             if (!self)
                                 return;
                             auto doc = answer ? json::documentFromJson(answer.value())
                                               : Result<Document>(answer.error());
                             if (!doc) {
                                 self->finish(doc.error());
                                 return;
                             }
                             self->m_doc = doc.value();
                             self->finish(self->m_profile.cache().upsert(doc.value()));
                         });
    });
}

QString handlingChain(const QList<Decision> &history, AssignmentKind kind,
                      const std::function<QString(const QString &)> &unitName,
                      const std::function<QString(const QString &)> &personName)
{
    // The parts as the last direction gave them, with the people each unit's head passed its
    // part on to since (or the person the leader named).
    QList<Assignment> units;
    QList<Assignment> people;
    for (const Decision &d : history) {
        if (d.action == Action::Direct || d.action == Action::Reassign) {
            units.clear();
            people.clear();
            for (const Assignment &a : d.assignments) {
                units << Assignment{a.organisationId, a.kind, a.deadline, {}};
                if (!a.personId.isEmpty())
                    people << a;
            }
        } else if (d.action == Action::PassOn) {
            people << d.assignments;
        }
    }
    const auto by = [](const QString &who, const QDate &deadline) {
        return deadline.isValid() ? LifecycleTr::tr("%1 (by %2)")
                                        .arg(who, deadline.toString(QStringLiteral("dd/MM/yyyy")))
                                  : who;
    };
    QStringList lines;
    for (const Assignment &u : std::as_const(units)) {
        if (u.kind != kind)
            continue;
        QStringList handlers;
        // The one leading the unit's part first.
        for (const AssignmentKind k :
             {AssignmentKind::Lead, AssignmentKind::Cooperate, AssignmentKind::ForInformation}) {
            for (const Assignment &p : std::as_const(people)) {
                if (p.organisationId != u.organisationId || p.kind != k)
                    continue;
                const QString who = personName(p.personId);
                handlers << (k == AssignmentKind::Lead ? by(who, p.deadline)
                             : k == AssignmentKind::Cooperate
                                 ? LifecycleTr::tr("%1, helping").arg(by(who, p.deadline))
                                 : LifecycleTr::tr("%1, to know").arg(who));
            }
        }
        QString line = by(unitName(u.organisationId), u.deadline);
        if (!handlers.isEmpty())
            line += QStringLiteral(" — ") + handlers.join(QStringLiteral(", "));
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

QStringList registerColumns(const QString &direction)
{
    if (direction == u"in") {
        return {LifecycleTr::tr("Arrival date"),
                LifecycleTr::tr("Arrival number"),
                LifecycleTr::tr("Author"),
                LifecycleTr::tr("Number and notation"),
                LifecycleTr::tr("Date of the document"),
                LifecycleTr::tr("Type and subject"),
                LifecycleTr::tr("Unit or person receiving"),
                LifecycleTr::tr("Date passed on"),
                LifecycleTr::tr("Signature of receipt"),
                LifecycleTr::tr("Notes")};
    }
    if (direction == u"out") {
        return {LifecycleTr::tr("Number and notation"),
                LifecycleTr::tr("Date of the document"),
                LifecycleTr::tr("Type and subject"),
                LifecycleTr::tr("Signer"),
                LifecycleTr::tr("Recipients"),
                LifecycleTr::tr("Unit or person keeping the copy"),
                LifecycleTr::tr("Copies"),
                LifecycleTr::tr("Date sent"),
                LifecycleTr::tr("Signature of receipt"),
                LifecycleTr::tr("Notes")};
    }
    return {LifecycleTr::tr("Date sent"),
            LifecycleTr::tr("Number and notation"),
            LifecycleTr::tr("Recipients"),
            LifecycleTr::tr("Envelopes"),
            LifecycleTr::tr("Receipt and postmark"),
            LifecycleTr::tr("Notes")};
}

RegisterCommand::RegisterCommand(net::ApiClient &api, QString direction, int year, QString search,
                                 int offset, int limit, QObject *parent)
    : Command(parent)
    , m_api(api)
    , m_direction(std::move(direction))
    , m_year(year)
    , m_search(std::move(search))
    , m_offset(offset)
    , m_limit(limit)
{
}

void RegisterCommand::run()
{
    fetch(m_offset, m_limit == All ? 5000 : m_limit);
}

void RegisterCommand::fetch(int offset, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("direction"), m_direction);
    q.addQueryItem(QStringLiteral("year"), QString::number(m_year));
    if (!m_series.isEmpty())
        q.addQueryItem(QStringLiteral("series"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_series)));
    if (!m_search.isEmpty())
        q.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(m_search)));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    QPointer<RegisterCommand> self(this);
    m_api.get(QStringLiteral("/api/v1/registers?") + q.toString(QUrl::FullyEncoded),
              [self, offset, limit](Result<QJsonObject> answer) {
                  if (!self || self->isCancelled())
                      return;
                  if (!answer) {
                      self->finish(answer.error());
                      return;
                  }
                  RegisterRows &r = self->m_rows;
                  r.direction = answer->value(QStringLiteral("direction")).toString();
                  r.year = answer->value(QStringLiteral("year")).toInt();
                  r.total = answer->value(QStringLiteral("total")).toInteger();
                  r.series = answer->value(QStringLiteral("series")).toString();
                  r.registers.clear();
                  for (const QJsonValue &v : answer->value(QStringLiteral("registers")).toArray())
                      r.registers << v.toString();
                  const QJsonArray rows = answer->value(QStringLiteral("rows")).toArray();
                  for (const QJsonValue &v : rows) {
                      const QJsonObject o = v.toObject();
                      RegisterRows::Row row;
                      row.number = o.value(QStringLiteral("number")).toInt();
                      row.documentId = o.value(QStringLiteral("document")).toString();
                      for (const QJsonValue &c : o.value(QStringLiteral("cells")).toArray())
                          row.cells << c.toString();
                      r.rows.append(row);
                  }
                  if (self->m_limit == All && !rows.isEmpty() && r.rows.size() < r.total) {
                      emit self->progress(r.rows.size(), r.total);
                      self->fetch(offset + int(rows.size()), limit);
                      return;
                  }
                  self->finish({});
              });
}

Status writeRegisterCsv(const QString &path, const QStringList &columns,
                        const QList<RegisterRows::Row> &rows)
{
    const auto field = [](const QString &s) -> QString {
        QString x = s;
        x.replace(u'"', QStringLiteral("\"\""));
        return u'"' + x + u'"';
    };
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << field(c);
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(columns);
    for (const RegisterRows::Row &r : rows)
        line(r.cells);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return Error{ErrorCode::Io, LifecycleTr::tr("\"%1\" cannot be written.").arg(path)};
    return {};
}

Status writeRegisterXlsx(const QString &path, const QString &title, const QStringList &columns,
                         const QList<RegisterRows::Row> &rows)
{
    const Error failed{ErrorCode::Io, LifecycleTr::tr("\"%1\" cannot be written.").arg(path)};
    // Written next to the target, then renamed over it: a crash leaves the old file.
    const QString part = path + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    lxw_workbook *book = workbook_new_opt(partName.constData(), &options);
    if (!book)
        return failed;
    // A sheet's name: at most 31 characters, none of []:*?/\ .
    QString sheet = title.left(31);
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        sheet.replace(c, u' ');
    lxw_worksheet *ws = workbook_add_worksheet(book, sheet.toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        // The subject and the recipients read better wide.
        const double width = columns.size() == 10 && (c == 2 || c == 4 || c == 5) ? 40 : 16;
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    bool ok = ws != nullptr;
    for (qsizetype c = 0; ok && c < columns.size(); ++c)
        ok = worksheet_write_string(ws, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(),
                                    bold) == LXW_NO_ERROR;
    for (qsizetype r = 0; ok && r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r).cells;
        for (qsizetype c = 0; ok && c < cells.size(); ++c) {
            if (cells.at(c).isEmpty())
                continue;
            ok = worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c),
                                        cells.at(c).toUtf8().constData(), wrap) == LXW_NO_ERROR;
        }
    }
    const bool closed = workbook_close(book) == LXW_NO_ERROR;
    if (!ok || !closed ||
        std::rename(partName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return failed;
    }
    return {};
}

QString registerTitle(const QString &direction)
{
    if (direction == u"in")
        return LifecycleTr::tr("REGISTER OF INCOMING DOCUMENTS");
    if (direction == u"out")
        return LifecycleTr::tr("REGISTER OF OUTGOING DOCUMENTS");
    return LifecycleTr::tr("REGISTER OF DOCUMENTS SENT BY POST");
}

QString registerSheetTitle(const QString &direction, int year)
{
    return direction == u"in"    ? LifecycleTr::tr("Incoming %1").arg(year)
           : direction == u"out" ? LifecycleTr::tr("Outgoing %1").arg(year)
                                 : LifecycleTr::tr("Post %1").arg(year);
}

std::optional<RegisterFormat> registerFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return RegisterFormat::Csv;
    if (suffix == u"xlsx")
        return RegisterFormat::Xlsx;
    if (suffix == u"pdf")
        return RegisterFormat::Pdf;
    return std::nullopt;
}

Status writeRegisterFile(const QString &path, RegisterFormat format, const QString &direction,
                         int year, const QString &agency, const QList<RegisterRows::Row> &rows)
{
    switch (format) {
    case RegisterFormat::Csv:
        return writeRegisterCsv(path, registerColumns(direction), rows);
    case RegisterFormat::Xlsx:
        return writeRegisterXlsx(path, registerSheetTitle(direction, year),
                                 registerColumns(direction), rows);
    case RegisterFormat::Pdf:
        break;
    }
    return writeRegisterPdf(path, direction, year, agency, rows);
}

Status writeRegisterPdf(const QString &path, const QString &direction, int year,
                        const QString &agency, const QList<RegisterRows::Row> &rows)
{
    pdf::RegisterBook book;
    book.agency = agency;
    book.title = registerTitle(direction);
    book.year = year;
    book.columns = registerColumns(direction);
    // The subject, the authors and the recipients take the room; numbers and dates little.
    book.weights =
        direction == u"in"    ? QList<double>{1.1, 0.8, 1.7, 1.6, 1.1, 3.3, 1.7, 1.1, 1.0, 1.3}
        : direction == u"out" ? QList<double>{1.6, 1.1, 3.3, 1.6, 2.3, 1.6, 0.7, 1.1, 1.0, 1.3}
                              : QList<double>{1.2, 1.6, 3.2, 0.9, 2.0, 1.5};
    const int dateColumn = direction == u"out" ? 1 : 0;
    QDate first, last;
    int low = 0, high = 0;
    for (const RegisterRows::Row &r : rows) {
        book.rows << r.cells;
        if (r.number > 0) {
            low = low == 0 ? r.number : std::min(low, r.number);
            high = std::max(high, r.number);
        }
        const QDate d =
            QDate::fromString(r.cells.value(dateColumn).left(10), QStringLiteral("dd/MM/yyyy"));
        if (d.isValid()) {
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
    }
    if (low > 0) {
        book.fromNumber = QStringLiteral("%1").arg(low, 2, 10, QLatin1Char('0'));
        book.toNumber = QStringLiteral("%1").arg(high, 2, 10, QLatin1Char('0'));
    }
    if (first.isValid()) {
        book.fromDate = first.toString(QStringLiteral("dd/MM/yyyy"));
        book.toDate = last.toString(QStringLiteral("dd/MM/yyyy"));
    }
    book.yearLabel = LifecycleTr::tr("Year %1");
    book.numbersLabel = LifecycleTr::tr("From number %1 to number %2");
    book.datesLabel = LifecycleTr::tr("From %1 to %2");
    book.pageLabel = LifecycleTr::tr("Page %1/%2");
    return pdf::writeRegisterPdf(path, book);
}

} // namespace lt::desk
