#include "clientcommands.h"
#include "core/text/units.h"

#include "commands.h"

#include "core/desk/commands.h"
#include "core/desk/lifecycle.h"
#include "core/model/json.h"
#include "core/net/apiclient.h"
#include "core/signing/signer.h"
#include "core/sync/backoff.h"
#include "core/sync/client.h"
#include "core/workflow/decide.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <optional>

namespace lt::cli {

namespace {

struct ClientTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::cli)
};

const QStringList kCommands{
    QStringLiteral("upload"),   QStringLiteral("login"),  QStringLiteral("logout"),
    QStringLiteral("sync"),     QStringLiteral("status"), QStringLiteral("ls"),
    QStringLiteral("search"),   QStringLiteral("show"),   QStringLiteral("pin"),
    QStringLiteral("unpin"),    QStringLiteral("act"),    QStringLiteral("settings"),
    QStringLiteral("read"),     QStringLiteral("draft"),  QStringLiteral("incoming"),
    QStringLiteral("register"), QStringLiteral("issue"),  QStringLiteral("unread")};

// Simple option reader: "--name value", "--name=value" and flags.
class Args
{
public:
    explicit Args(QStringList args)
        : m_args(std::move(args))
    {
    }

    bool flag(const QString &name) { return m_args.removeAll(QStringLiteral("--") + name) > 0; }
    std::optional<QString> value(const QString &name)
    {
        const QString opt = QStringLiteral("--") + name;
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            if (m_args.at(i) == opt && i + 1 < m_args.size()) {
                const QString v = m_args.at(i + 1);
                m_args.remove(i, 2);
                return v;
            }
            if (m_args.at(i).startsWith(opt + u'=')) {
                const QString v = m_args.at(i).mid(opt.size() + 1);
                m_args.remove(i);
                return v;
            }
        }
        return std::nullopt;
    }
    QStringList values(const QString &name)
    {
        QStringList all;
        while (auto v = value(name))
            all << *v;
        return all;
    }
    // What is left must be positional.
    std::optional<QString> unknownOption() const
    {
        for (const QString &a : m_args) {
            if (a.startsWith(QStringLiteral("--")))
                return a;
        }
        return std::nullopt;
    }
    const QStringList &rest() const { return m_args; }

private:
    QStringList m_args;
};

// "to-handle" or "to_handle" → Box.
std::optional<Box> parseBox(QString name)
{
    name.replace(u'-', u'_');
    return boxes::fromKey(name);
}

int exitFor(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Offline:
    case ErrorCode::Timeout:
        return OfflineExit;
    case ErrorCode::Unauthorized:
    case ErrorCode::Locked:
        return UnauthorizedExit;
    case ErrorCode::InvalidArgument:
        return Usage;
    default:
        return Refused;
    }
}

int report(QTextStream &err, const Error &e)
{
    err << (e.message.isEmpty() ? errorText(e.code) : e.message) << '\n';
    if (e.code == ErrorCode::Unauthorized)
        err << ClientTr::tr("Sign in with: lienthong-cli login --server URL --user NAME") << '\n';
    return exitFor(e);
}

QString readPassword(bool fromStdin, QTextStream &err)
{
    return readSecret(ClientTr::tr("Password: "), fromStdin, err);
}

// Runs the event loop until `started` calls its completion.
template <typename T>
T wait(const std::function<void(std::function<void(T)>)> &started)
{
    std::optional<T> result;
    QEventLoop loop;
    started([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString stateText(const DocumentState &s)
{
    return std::visit([](auto x) -> QString { return enums::displayName(x); }, s);
}

QString line(const Document &d, const QDate &today)
{
    QString urgency;
    if (d.urgency != Urgency::Normal)
        urgency = u'[' + enums::displayName(d.urgency) + QStringLiteral("] ");
    QString due;
    if (d.isOverdue(today))
        due =
            QStringLiteral(" (") + ClientTr::tr("overdue since %1").arg(dateText(d.dueDate)) + u')';
    else if (d.dueDate.isValid() && !d.isClosed())
        due = QStringLiteral(" (") + ClientTr::tr("due %1").arg(dateText(d.dueDate)) + u')';
    const QString number = d.numberNotation().isEmpty() ? QStringLiteral("—") : d.numberNotation();
    const QDate date = d.receivedAt.isValid() ? d.receivedAt.toLocalTime().date() : d.issueDate;
    return QStringLiteral("%1  %2  %3  %4%5%6  · %7%8")
        .arg(d.id, -8)
        .arg(number, -18)
        .arg(dateText(date), 10)
        .arg(urgency, d.unread ? QStringLiteral("• ") : QString(), d.subject.left(90),
             stateText(d.state), due);
}

void printDocuments(QTextStream &out, const QList<Document> &docs, bool asJson)
{
    if (asJson) {
        QJsonArray a;
        for (const Document &d : docs)
            a.append(json::toJson(d));
        out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return;
    }
    const QDate today = QDate::currentDate();
    for (const Document &d : docs)
        out << line(d, today) << '\n';
}

class Session
{
public:
    Session(sync::Profile &profile, const ClientOptions &options)
        : m_secrets(std::make_unique<auth::KeychainSecretStore>())
        , m_client(profile, *m_secrets)
    {
        m_client.setTimeout(options.timeoutMs);
        if (!options.caFile.isEmpty())
            m_caStatus = m_client.setCaFile(options.caFile);
    }
    sync::Client &client() { return m_client; }
    const Status &caStatus() const { return m_caStatus; }

    // A live session: the remembered one, or a password from stdin (degraded mode).
    Status ensure(bool passwordStdin, QTextStream &err)
    {
        if (m_client.hasSession())
            return {};
        Status s = wait<Status>([&](auto done) { m_client.resume(done); });
        if (s || s.error().code != ErrorCode::Unauthorized || !passwordStdin)
            return s;
        const auto &settings = m_client.profile().settings();
        return wait<Status>([&](auto done) {
            m_client.signIn(settings.server, settings.login, readPassword(true, err), done);
        });
    }
    void finish()
    {
        wait<bool>([&](auto done) { m_client.whenIdle([done] { done(true); }); });
    }

private:
    std::unique_ptr<auth::SecretStore> m_secrets;
    sync::Client m_client;
    Status m_caStatus;
};

int cmdLogin(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
             QTextStream &err)
{
    const auto server = a.value(QStringLiteral("server"));
    const auto user = a.value(QStringLiteral("user"));
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    if (a.unknownOption() || !a.rest().isEmpty()) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli login --server URL --user NAME "
                                       "[--password-stdin]"));
    }
    const QUrl url = QUrl::fromUserInput(server.value_or(profile.settings().server.toString()));
    const QString login = user.value_or(profile.settings().login);
    if (!url.isValid() || url.host().isEmpty() || login.isEmpty()) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli login --server URL --user NAME "
                                       "[--password-stdin]"));
    }
    if (url.scheme() == u"http" && !QHostAddress(url.host()).isLoopback() &&
        url.host() != u"localhost") {
        err << ClientTr::tr("Refusing to send a password over plain HTTP to %1; use https://.")
                   .arg(url.host())
            << '\n';
        return Refused;
    }
    Session session(profile, options);
    if (!session.caStatus())
        return report(err, session.caStatus().error());
    const QString password = readPassword(fromStdin, err);
    const Status s =
        wait<Status>([&](auto done) { session.client().signIn(url, login, password, done); });
    session.finish();
    if (!s)
        return report(err, s.error());
    out << ClientTr::tr("Signed in to %1 as %2 (%3).")
               .arg(url.toString(), profile.settings().fullName, login)
        << '\n';
    if (session.client().keychainDegraded()) {
        err << ClientTr::tr("No keychain is available: the session is not remembered, and each "
                            "command will need --password-stdin.")
            << '\n';
    }
    return Ok;
}

int cmdLogout(sync::Profile &profile, const ClientOptions &options, QTextStream &out,
              QTextStream &err)
{
    if (!profile.isSignedIn()) {
        out << ClientTr::tr("Not signed in.") << '\n';
        return Ok;
    }
    Session session(profile, options);
    (void)session.ensure(false, err); // to revoke on the server when possible
    const Status s = wait<Status>([&](auto done) { session.client().signOut(done); });
    if (!s && s.error().code != ErrorCode::Offline && s.error().code != ErrorCode::Timeout)
        return report(err, s.error());
    out << ClientTr::tr("Signed out. Documents kept offline stay on this computer.") << '\n';
    return Ok;
}

int cmdSync(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
            QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    const auto pageSize = a.value(QStringLiteral("page-size"));
    const auto waitFor = a.value(QStringLiteral("wait"));
    if (a.unknownOption() || !a.rest().isEmpty()) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli sync [--wait SECONDS] "
                                       "[--page-size N] [--password-stdin]"));
    }
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    QDeadlineTimer deadline(qint64(waitFor.value_or(QStringLiteral("0")).toDouble() * 1000));
    sync::Backoff backoff(1'000, 30'000);
    while (true) {
        Status ready = session.ensure(fromStdin, err);
        Result<sync::SyncReport> result = ready ? Result<sync::SyncReport>(sync::SyncReport{})
                                                : Result<sync::SyncReport>(ready.error());
        if (ready) {
            if (pageSize)
                session.client().engine()->setPageSize(qBound(1, pageSize->toInt(), 2000));
            // The desktop's sync command (the session is live: ensured above).
            desk::SyncCommand command(session.client());
            const Status synced = command.exec();
            result = synced ? Result<sync::SyncReport>(command.report())
                            : Result<sync::SyncReport>(synced.error());
        }
        if (!result &&
            (result.error().code == ErrorCode::Offline ||
             result.error().code == ErrorCode::Timeout) &&
            !deadline.hasExpired()) {
            const int delay = int(qMin<qint64>(backoff.next(), deadline.remainingTime()));
            err << result.error().message << ' '
                << ClientTr::tr("Retrying in %1 s.").arg(delay / 1000.0, 0, 'f', 1) << '\n';
            QEventLoop loop;
            QTimer::singleShot(delay, &loop, &QEventLoop::quit);
            loop.exec();
            continue;
        }
        session.finish();
        if (!result)
            return report(err, result.error());
        const sync::SyncReport &r = result.value();
        out << ClientTr::tr("Synchronised: %1 document(s) updated, %2 removed; %3 action(s) "
                            "delivered (%4 applied, %5 rejected); %6 file(s) downloaded.")
                   .arg(r.updated)
                   .arg(r.removed)
                   .arg(r.delivered)
                   .arg(r.applied)
                   .arg(r.rejected)
                   .arg(r.filesFetched)
            << '\n';
        for (const QString &x : r.rejections)
            out << x << '\n'; // "… refused for 05/QĐ-UBND: the reason"
        for (const QString &x : r.fileErrors)
            err << x << '\n';
        return r.fileErrors.isEmpty() ? Ok : Refused;
    }
}

int cmdStatus(sync::Profile &profile, QTextStream &out)
{
    const auto &s = profile.settings();
    out << ClientTr::tr("Profile: %1").arg(profile.directory()) << '\n';
    if (profile.isSignedIn()) {
        out << ClientTr::tr("Server: %1").arg(s.server.toString()) << '\n';
        out << ClientTr::tr("User: %1 (%2)").arg(s.fullName, s.login) << '\n';
    } else {
        out << ClientTr::tr("Not signed in.") << '\n';
    }
    const QString cursor = profile.cache().meta(QStringLiteral("cursor")).valueOr(QString());
    const QString last = profile.cache().meta(QStringLiteral("last_sync")).valueOr(QString());
    out << ClientTr::tr("Cursor: %1").arg(cursor.isEmpty() ? QStringLiteral("0") : cursor) << '\n';
    out << ClientTr::tr("Last sync: %1")
               .arg(last.isEmpty() ? ClientTr::tr("never")
                                   : QDateTime::fromString(last, Qt::ISODate)
                                         .toLocalTime()
                                         .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
        << '\n';
    out << ClientTr::tr("Documents: %1").arg(profile.cache().countAll().valueOr(0)) << '\n';
    for (Box b : boxes::all()) {
        out << QStringLiteral("  %1: %2")
                   .arg(boxes::key(b), -10)
                   .arg(profile.cache().count(b).valueOr(0))
            << '\n';
    }
    out << ClientTr::tr("Pending actions: %1").arg(profile.outbox().countPending().valueOr(0))
        << '\n';
    const auto rejected = profile.outbox().rejected().valueOr({});
    if (!rejected.isEmpty())
        out << ClientTr::tr("Rejected actions: %1").arg(rejected.size()) << '\n';
    const qint64 bytes = profile.blobs().bytesUsed();
    out << ClientTr::tr("Files kept offline: %1")
               .arg(bytes < 1'000'000 ? QStringLiteral("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1)
                                      : QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1))
        << '\n';
    return Ok;
}

int cmdList(sync::Profile &profile, Args &a, QTextStream &out, QTextStream &err)
{
    store::DocumentCache::Query q;
    const auto box = a.value(QStringLiteral("box"));
    q.urgentOnly = a.flag(QStringLiteral("urgent"));
    q.overdueOnly = a.flag(QStringLiteral("overdue"));
    q.unreadOnly = a.flag(QStringLiteral("unread"));
    if (a.flag(QStringLiteral("work"))) {
        q.relationsAny = quint32(Relation::LeadUnit) | quint32(Relation::Cooperating) |
                         quint32(Relation::AssignedPerson);
    }
    const bool asJson = a.flag(QStringLiteral("json"));
    q.limit = a.value(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
    q.offset = a.value(QStringLiteral("offset")).value_or(QStringLiteral("0")).toInt();
    if (box) {
        q.box = parseBox(*box);
        if (!q.box)
            return usage(err, ClientTr::tr("Unknown box \"%1\" (to-handle, incoming, outgoing, "
                                           "to-sign, sent).")
                                  .arg(*box));
    }
    if (a.unknownOption() || !a.rest().isEmpty() || q.limit < 1) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli ls [--box incoming|outgoing|to-sign|"
                                       "sent|to-handle] [--work] [--urgent] [--overdue] "
                                       "[--unread] [--limit N] [--offset N] [--json]"));
    }
    auto docs = profile.cache().list(q);
    if (!docs)
        return report(err, docs.error());
    printDocuments(out, docs.value(), asJson);
    return Ok;
}

int cmdSearch(sync::Profile &profile, Args &a, QTextStream &out, QTextStream &err)
{
    const bool asJson = a.flag(QStringLiteral("json"));
    const int limit = a.value(QStringLiteral("limit")).value_or(QStringLiteral("50")).toInt();
    if (a.unknownOption() || a.rest().isEmpty())
        return usage(err, ClientTr::tr("Usage: lienthong-cli search TEXT... [--limit N] [--json]"));
    auto docs = profile.cache().search(a.rest().join(u' '), qMax(1, limit));
    if (!docs)
        return report(err, docs.error());
    printDocuments(out, docs.value(), asJson);
    return Ok;
}

int cmdShow(sync::Profile &profile, Args &a, QTextStream &out, QTextStream &err)
{
    const bool asJson = a.flag(QStringLiteral("json"));
    if (a.unknownOption() || a.rest().size() != 1)
        return usage(err, ClientTr::tr("Usage: lienthong-cli show ID [--json]"));
    auto doc = profile.cache().get(a.rest().first());
    if (!doc)
        return report(err, doc.error());
    if (!doc.value()) {
        err << ClientTr::tr("No document \"%1\" on this computer.").arg(a.rest().first()) << '\n';
        return Refused;
    }
    const Document &d = *doc.value();
    const auto queued = profile.outbox().forDocument(d.id).valueOr({});
    if (asJson) {
        QJsonObject o = json::toJson(d);
        QJsonArray pending;
        for (const auto &e : queued) {
            static const char *states[] = {"pending", "applied", "rejected"};
            pending.append(
                QJsonObject{{QStringLiteral("id"), e.id},
                            {QStringLiteral("action"), actions::key(e.action)},
                            {QStringLiteral("state"), QLatin1String(states[int(e.state)])},
                            {QStringLiteral("reason"), e.reason}});
        }
        o.insert(QStringLiteral("outbox"), pending);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const auto row = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << QStringLiteral("%1: %2").arg(label, value) << '\n';
    };
    row(ClientTr::tr("Number and notation"), d.numberNotation());
    row(ClientTr::tr("Type"), doctype::displayName(d.type));
    row(ClientTr::tr("Subject"), d.subject);
    row(ClientTr::tr("Issued by"), d.issuerName);
    row(ClientTr::tr("Issue date"), dateText(d.issueDate));
    row(ClientTr::tr("Received"), d.receivedAt.isValid() ? d.receivedAt.toLocalTime().toString(
                                                               QStringLiteral("dd/MM/yyyy HH:mm"))
                                                         : QString());
    row(ClientTr::tr("Incoming number"),
        d.incomingNumber > 0 ? QString::number(d.incomingNumber) : QString());
    row(ClientTr::tr("Signer"),
        d.signerName.isEmpty() ? QString() : d.signerTitle + u' ' + d.signerName);
    row(ClientTr::tr("Urgency"), enums::displayName(d.urgency));
    row(ClientTr::tr("Confidentiality"), enums::displayName(d.confidentiality));
    row(ClientTr::tr("Due date"), dateText(d.dueDate));
    // Who handles it: the units of the last direction and the people they passed it on to.
    QHash<QString, QString> names;
    for (const QJsonValue &v : profile.organisations())
        names.insert(v[QStringLiteral("id")].toString(), v[QStringLiteral("name")].toString());
    for (const QJsonValue &v : profile.people()) {
        const QString title = v[QStringLiteral("title")].toString();
        const QString name = v[QStringLiteral("fullName")].toString();
        names.insert(v[QStringLiteral("id")].toString(),
                     title.isEmpty() ? name : title + u' ' + name);
    }
    const auto named = [&names](const QString &id) { return names.value(id, id); };
    row(ClientTr::tr("Lead unit"),
        desk::handlingChain(d.history, AssignmentKind::Lead, named, named));
    row(ClientTr::tr("Co-operating units"),
        desk::handlingChain(d.history, AssignmentKind::Cooperate, named, named));
    row(ClientTr::tr("State"), stateText(d.state));
    for (const Attachment &x : d.attachments) {
        row(ClientTr::tr("File"),
            QStringLiteral("%1 (%2)%3")
                .arg(x.fileName)
                .arg(text::dataSize(x.size))
                .arg(profile.blobs().has(x.sha256)
                         ? QStringLiteral(" — ") + profile.blobs().path(x.sha256)
                         : QStringLiteral(" — ") + ClientTr::tr("not downloaded")));
    }
    if (!d.history.isEmpty())
        out << ClientTr::tr("History:") << '\n';
    for (const Decision &h : d.history) {
        out << QStringLiteral("  %1  %2 (%3): %4")
                   .arg(h.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                        h.actorName, enums::displayName(h.actorRole),
                        actions::displayName(h.action));
        if (h.receivedAt.isValid()) {
            out << ' '
                << ClientTr::tr("(sent %1)")
                       .arg(
                           h.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        }
        if (!h.text.isEmpty())
            out << QStringLiteral(" — “%1”").arg(h.text);
        out << '\n';
    }
    for (const auto &e : queued) {
        if (e.state == store::OutboxEntry::State::Applied)
            continue;
        out << QStringLiteral("  %1  %2")
                   .arg(e.state == store::OutboxEntry::State::Pending ? ClientTr::tr("[pending]")
                                                                      : ClientTr::tr("[rejected]"),
                        actions::displayName(e.action));
        if (!e.text.isEmpty())
            out << QStringLiteral(" — “%1”").arg(e.text);
        if (!e.reason.isEmpty())
            out << QStringLiteral(" — ") << e.reason;
        out << '\n';
    }
    return Ok;
}

// Marks documents read, as opening them in the desktop does (or unread again, as "mark
// unread" does); the server learns it at the next sync.
int cmdRead(sync::Profile &profile, Args &a, bool read, QTextStream &out, QTextStream &err)
{
    if (a.unknownOption() || a.rest().isEmpty())
        return usage(err, read ? ClientTr::tr("Usage: lienthong-cli read ID...")
                               : ClientTr::tr("Usage: lienthong-cli unread ID..."));
    for (const QString &id : a.rest()) {
        auto doc = profile.cache().get(id);
        if (!doc)
            return report(err, doc.error());
        if (!doc.value()) {
            err << ClientTr::tr("No document \"%1\" on this computer.").arg(id) << '\n';
            return Refused;
        }
        if (auto s = profile.cache().markRead(id, read); !s)
            return report(err, s.error());
    }
    out << (read ? ClientTr::tr("Marked read: %n document(s).", nullptr, int(a.rest().size()))
                 : ClientTr::tr("Marked unread: %n document(s).", nullptr, int(a.rest().size())))
        << '\n';
    return Ok;
}

int cmdPin(sync::Profile &profile, Args &a, bool pin, QTextStream &out, QTextStream &err)
{
    const auto box = a.value(QStringLiteral("box"));
    if (a.unknownOption() || (box ? !a.rest().isEmpty() : a.rest().size() != 1)) {
        return usage(err, pin ? ClientTr::tr("Usage: lienthong-cli pin ID | --box NAME")
                              : ClientTr::tr("Usage: lienthong-cli unpin ID | --box NAME"));
    }
    if (box) {
        const auto b = parseBox(*box);
        if (!b)
            return usage(err, ClientTr::tr("Unknown box \"%1\".").arg(*box));
        if (auto s = profile.pinBox(*b, pin); !s)
            return report(err, s.error());
    } else {
        auto doc = profile.cache().get(a.rest().first());
        if (!doc)
            return report(err, doc.error());
        if (!doc.value()) {
            err << ClientTr::tr("No document \"%1\" on this computer.").arg(a.rest().first())
                << '\n';
            return Refused;
        }
        if (auto s = profile.pinDocument(a.rest().first(), pin); !s)
            return report(err, s.error());
    }
    out << (pin ? ClientTr::tr("Kept offline: the files are downloaded by the next sync.")
                : ClientTr::tr("No longer kept offline."))
        << '\n';
    return Ok;
}

int cmdAct(sync::Profile &profile, Args &a, QTextStream &out, QTextStream &err)
{
    const QString text = a.value(QStringLiteral("text")).value_or(QString());
    const QStringList leads = a.values(QStringLiteral("lead"));
    const QStringList coops = a.values(QStringLiteral("cooperate"));
    const QStringList informs = a.values(QStringLiteral("inform"));
    const QString deadlineText = a.value(QStringLiteral("deadline")).value_or(QString());
    const QString signedFile = a.value(QStringLiteral("file")).value_or(QString());
    const QString to = a.value(QStringLiteral("to")).value_or(QString());
    if (a.unknownOption() || a.rest().size() != 2) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli act ID ACTION [--text TEXT] [--lead "
                                       "UNIT[:PERSON]] [--cooperate UNIT[:PERSON]]... [--inform "
                                       "UNIT]... [--deadline yyyy-MM-dd] [--to LOGIN] [--file "
                                       "SIGNED.pdf]\nActions: approve, return, direct, reassign, "
                                       "comment, register, submit, sign, issue, dispatch, …\n"
                                       "--to names the leader (submit) or reviewer "
                                       "(submit_for_review) it goes to; UNIT:PERSON gives the "
                                       "part to one person of the unit (pass_on: --lead LOGIN "
                                       "and --cooperate LOGIN, people of your unit). With --file "
                                       "the signed version of the main file goes up before the "
                                       "action."));
    }
    const QString id = a.rest().at(0);
    const auto action = actions::fromKey(a.rest().at(1));
    if (!action)
        return usage(err, ClientTr::tr("Unknown action \"%1\".").arg(a.rest().at(1)));
    const QDate deadline = QDate::fromString(deadlineText, Qt::ISODate);
    if (!deadlineText.isEmpty() && !deadline.isValid())
        return usage(err, ClientTr::tr("The deadline must be written yyyy-MM-dd."));
    QList<Assignment> assignments;
    // UNIT:PERSON, the person by login or id; passing on names people only (of one's unit).
    const QJsonArray people = profile.people();
    const auto part = [&](const QString &spec, AssignmentKind kind) {
        const bool personOnly = *action == Action::PassOn && !spec.contains(u':');
        QString unit = personOnly ? QString() : spec.section(u':', 0, 0);
        QString person = personOnly ? spec : spec.section(u':', 1);
        for (const QJsonValue &v : people) {
            const QJsonObject p = v.toObject();
            if (person.isEmpty() || (p.value(QStringLiteral("login")).toString() != person &&
                                     p.value(QStringLiteral("id")).toString() != person))
                continue;
            person = p.value(QStringLiteral("id")).toString();
            if (unit.isEmpty())
                unit = p.value(QStringLiteral("organisation")).toString();
            break;
        }
        if (unit.isEmpty() && *action == Action::PassOn)
            unit = profile.settings().organisationId;
        return Assignment{unit, kind, deadline, person};
    };
    for (const QString &u : leads)
        assignments << part(u, AssignmentKind::Lead);
    for (const QString &u : coops)
        assignments << part(u, AssignmentKind::Cooperate);
    for (const QString &u : informs)
        assignments << Assignment{u, AssignmentKind::ForInformation, QDate()};

    // The desktop's command: judged by the server's own judge against this computer's copy, so
    // that a mistake shows at once (the server judges again when the action arrives), then
    // queued, with the signed file when one is given.
    desk::QueueActionCommand queue(profile, id, workflow::Request{*action, text, assignments, to});
    if (!signedFile.isEmpty()) {
        QFile f(signedFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << ClientTr::tr("\"%1\" cannot be read.").arg(signedFile) << '\n';
            return Refused;
        }
        queue.setSignedVersion(f.readAll());
    }
    if (auto s = queue.exec(); !s) {
        err << s.error().message << '\n';
        if ((*action == Action::Direct || *action == Action::Reassign) && leads.size() != 1)
            err << ClientTr::tr("Choose exactly one lead unit with --lead.") << '\n';
        return s.error().code == ErrorCode::Unauthorized ? Refused : exitFor(s.error());
    }
    const store::OutboxEntry *queued = &queue.entry();
    out << ClientTr::tr("Queued \"%1\" on %2 (action %3); it is sent by the next sync.")
               .arg(actions::displayName(*action), id, queued->id)
        << '\n';
    return Ok;
}

// The settings the desktop's settings dialog changes, for scripts: shown, or changed.
int cmdSettings(sync::Profile &profile, Args &a, QTextStream &out, QTextStream &err)
{
    const QStringList modules = a.values(QStringLiteral("pkcs11-module"));
    const QStringList cas = a.values(QStringLiteral("ca-certificate"));
    const auto offlineDir = a.value(QStringLiteral("offline-dir"));
    const auto limit = a.value(QStringLiteral("offline-limit"));
    const auto title = a.value(QStringLiteral("signer-title"));
    const auto email = a.value(QStringLiteral("signer-email"));
    const bool clear = a.flag(QStringLiteral("clear-lists"));
    const auto tsa = a.value(QStringLiteral("tsa"));
    const auto ocsp = a.value(QStringLiteral("ocsp"));
    const auto level = a.value(QStringLiteral("level"));
    const QStringList phrases = a.values(QStringLiteral("phrase"));
    const bool defaultPhrases = a.flag(QStringLiteral("default-phrases"));
    if (a.unknownOption() || !a.rest().isEmpty() || (defaultPhrases && !phrases.isEmpty())) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli settings [--pkcs11-module PATH]... "
                                       "[--ca-certificate PEM]... [--clear-lists] "
                                       "[--offline-dir DIR] [--offline-limit MB] "
                                       "[--signer-title TEXT] [--signer-email TEXT] "
                                       "[--level B-B|B-T|B-LT] [--tsa URL] [--ocsp URL] "
                                       "[--phrase TEXT]... | [--default-phrases]"));
    }
    if (level && *level != u"B-B" && *level != u"B-T" && *level != u"B-LT")
        return usage(err, ClientTr::tr("Unknown level \"%1\" (B-B, B-T or B-LT).").arg(*level));
    for (const QString &pem : cas) {
        if (QSslCertificate::fromPath(pem, QSsl::Pem).isEmpty()) {
            err << ClientTr::tr("No certificate could be read from \"%1\".").arg(pem) << '\n';
            return Usage;
        }
    }
    qint64 limitMb = -1;
    if (limit) {
        bool ok = false;
        limitMb = limit->toLongLong(&ok);
        if (!ok || limitMb < 0)
            return usage(err, ClientTr::tr("--offline-limit takes megabytes (0: no limit)."));
    }
    if (offlineDir) {
        if (auto s = profile.setOfflineDirectory(*offlineDir); !s)
            return report(err, s.error());
    }
    sync::Profile::Settings s = profile.settings();
    if (clear) {
        s.pkcs11Modules.clear();
        s.caCertificates.clear();
    }
    for (const QString &m : modules) {
        const QString path = QFileInfo(m).absoluteFilePath();
        if (!s.pkcs11Modules.contains(path))
            s.pkcs11Modules << path;
    }
    for (const QString &c : cas) {
        const QString path = QFileInfo(c).absoluteFilePath();
        if (!s.caCertificates.contains(path))
            s.caCertificates << path;
    }
    if (limitMb >= 0)
        s.offlineLimit = limitMb * 1024 * 1024;
    if (title)
        s.signerTitle = *title;
    if (email)
        s.signerEmail = *email;
    if (tsa)
        s.timestampUrl = *tsa;
    if (ocsp)
        s.ocspUrl = *ocsp;
    if (level)
        s.signatureLevel = *level;
    // The ready-made phrases: the ones given replace the list; --default-phrases: built-in.
    if (!phrases.isEmpty())
        s.phrases = phrases;
    if (defaultPhrases)
        s.phrases.reset();
    if (auto saved = profile.saveSettings(s); !saved)
        return report(err, saved.error());
    out << ClientTr::tr("Token drivers: %1")
               .arg(s.pkcs11Modules.isEmpty() ? ClientTr::tr("(those discovered)")
                                              : s.pkcs11Modules.join(QStringLiteral(", ")))
        << '\n';
    out << ClientTr::tr("CA certificates: %1")
               .arg(s.caCertificates.isEmpty() ? ClientTr::tr("(none)")
                                               : s.caCertificates.join(QStringLiteral(", ")))
        << '\n';
    out << ClientTr::tr("Offline files: %1, limit %2")
               .arg(profile.offlineDirectory(),
                    s.offlineLimit > 0 ? QStringLiteral("%1 MB").arg(s.offlineLimit / 1024 / 1024)
                                       : ClientTr::tr("none"))
        << '\n';
    out << ClientTr::tr("Signature level: %1; timestamps: %2; OCSP: %3")
               .arg(s.signatureLevel.isEmpty() ? QStringLiteral("B-B") : s.signatureLevel,
                    s.timestampUrl.isEmpty() ? ClientTr::tr("none") : s.timestampUrl,
                    s.ocspUrl.isEmpty() ? ClientTr::tr("the certificate's") : s.ocspUrl)
        << '\n';
    if (!s.signerTitle.isEmpty() || !s.signerEmail.isEmpty())
        out << ClientTr::tr("Signer: %1 %2").arg(s.signerTitle, s.signerEmail).trimmed() << '\n';
    out << (s.phrases ? ClientTr::tr("Ready-made phrases:")
                      : ClientTr::tr("Ready-made phrases (built-in):"))
        << '\n';
    for (const QString &p : profile.phrases())
        out << QStringLiteral("  - ") << p << '\n';
    return Ok;
}

int cmdUpload(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
              QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    if (a.unknownOption() || a.rest().size() != 2)
        return usage(err,
                     ClientTr::tr("Usage: lienthong-cli upload ID SIGNED.pdf [--password-stdin]"));
    const QString id = a.rest().at(0);
    QFile file(a.rest().at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err << ClientTr::tr("\"%1\" cannot be read.").arg(file.fileName()) << '\n';
        return Refused;
    }
    const QByteArray content = file.readAll();
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    if (auto s = session.ensure(fromStdin, err); !s)
        return report(err, s.error());
    auto answer = wait<Result<QJsonObject>>([&](auto done) {
        session.client().api()->put(QStringLiteral("/api/v1/documents/%1/file").arg(id), content,
                                    QByteArrayLiteral("application/pdf"), done);
    });
    session.finish();
    if (!answer)
        return report(err, answer.error());
    auto doc = json::documentFromJson(answer.value());
    if (!doc)
        return report(err, doc.error());
    // Keep what was sent: it is the new version of the file, here already.
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    if (auto s = profile.blobs().put(sha, content); !s)
        return report(err, s.error());
    if (auto s = profile.cache().upsert(doc.value()); !s)
        return report(err, s.error());
    const Attachment main = doc->attachments.value(0);
    out << ClientTr::tr("Sent: %1 is now at version %2 of its file.").arg(id).arg(main.version)
        << '\n';
    return Ok;
}

std::optional<DocumentType> parseType(const QString &text)
{
    if (const auto t = doctype::fromKey(text))
        return t;
    return doctype::fromAbbreviation(text);
}

// The options a new document shares: urgency, confidentiality, deadline.
std::optional<QString> readCommon(Args &a, protocol::NewDocument &n)
{
    const QString urgency = a.value(QStringLiteral("urgency")).value_or(QString());
    const QString secrecy = a.value(QStringLiteral("confidentiality")).value_or(QString());
    const QString deadline = a.value(QStringLiteral("deadline")).value_or(QString());
    // A named register (a council's own series) instead of the agency's.
    n.registerName = a.value(QStringLiteral("register")).value_or(QString());
    if (!urgency.isEmpty()) {
        const auto u = enums::urgencyFromKey(urgency);
        if (!u)
            return ClientTr::tr("Urgency is one of normal, urgent, very_urgent, flash, "
                                "flash_timed.");
        n.urgency = *u;
    }
    if (!secrecy.isEmpty()) {
        const auto c = enums::confidentialityFromKey(secrecy);
        if (!c)
            return ClientTr::tr("Confidentiality is one of normal, confidential, secret, "
                                "top_secret.");
        n.confidentiality = *c;
    }
    if (!deadline.isEmpty()) {
        n.dueDate = QDate::fromString(deadline, Qt::ISODate);
        if (!n.dueDate.isValid())
            return ClientTr::tr("The deadline must be written yyyy-MM-dd.");
    }
    return std::nullopt;
}

void printDuplicates(QTextStream &err, const QList<Document> &duplicates)
{
    err << ClientTr::tr("Not registered: the same document (issuer, number and date) is "
                        "registered already:")
        << '\n';
    const QDate today = QDate::currentDate();
    for (const Document &d : duplicates)
        err << "  " << line(d, today) << '\n';
    err << ClientTr::tr("Register it anyway with --accept-duplicate.") << '\n';
}

int cmdDraft(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
             QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    const QString verb = a.rest().value(0);
    if (verb == u"submit") {
        const QString to = a.value(QStringLiteral("to")).value_or(QString());
        const QString text = a.value(QStringLiteral("text")).value_or(QString());
        const bool same = a.flag(QStringLiteral("same-version"));
        if (a.unknownOption() || a.rest().size() != 2)
            return usage(err, ClientTr::tr("Usage: lienthong-cli draft submit ID [--to LOGIN] "
                                           "[--text TEXT] [--same-version]"));
        // The text that was returned, sent again as it was: only when the drafter says so.
        if (auto d = profile.cache().get(a.rest().at(1));
            !same && d && d.value() && d.value()->returnedSinceLastVersion()) {
            err << ClientTr::tr("The draft was returned and has no new version since: give one "
                                "with \"draft version\", or submit the same text again with "
                                "--same-version.")
                << '\n';
            return Refused;
        }
        desk::QueueActionCommand queue(profile, a.rest().at(1),
                                       workflow::Request{Action::SubmitForReview, text, {}, to});
        if (auto s = queue.exec(); !s)
            return report(err, s.error());
        out << ClientTr::tr("Queued \"%1\" on %2 (action %3); it is sent by the next sync.")
                   .arg(actions::displayName(Action::SubmitForReview), a.rest().at(1),
                        queue.entry().id)
            << '\n';
        return Ok;
    }
    if (verb == u"version") {
        const QString file = a.value(QStringLiteral("file")).value_or(QString());
        if (a.unknownOption() || a.rest().size() != 2 || file.isEmpty())
            return usage(err, ClientTr::tr("Usage: lienthong-cli draft version ID --file F.pdf"));
        if (!profile.isSignedIn())
            return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
        Session session(profile, options);
        if (auto s = session.ensure(fromStdin, err); !s)
            return report(err, s.error());
        desk::AddVersionCommand add(profile, *session.client().api(), a.rest().at(1), file);
        const Status s = add.exec();
        session.finish();
        if (!s)
            return report(err, s.error());
        const DraftVersion v = add.document().versions.value(add.document().versions.size() - 1);
        out << ClientTr::tr("%1 is now at version %2 (%3).")
                   .arg(a.rest().at(1))
                   .arg(v.version)
                   .arg(v.fileName)
            << '\n';
        return Ok;
    }
    if (verb != u"new") {
        return usage(err, ClientTr::tr("Usage: lienthong-cli draft new --type TYPE --subject TEXT "
                                       "--file F.pdf [--appendix F.pdf]... [--signer LOGIN] "
                                       "[--unit UNIT] [--recipient UNIT|PERSON|external:ORGCODE|"
                                       "paper:NAME]... [--urgency U] [--confidentiality C] "
                                       "[--deadline yyyy-MM-dd] [--register NAME]\n       "
                                       "lienthong-cli draft "
                                       "version ID --file F.pdf\n       lienthong-cli draft "
                                       "submit ID [--to LOGIN]"));
    }
    protocol::NewDocument n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.direction = Direction::Outgoing;
    const QString type = a.value(QStringLiteral("type")).value_or(QString());
    n.subject = a.value(QStringLiteral("subject")).value_or(QString());
    const QString file = a.value(QStringLiteral("file")).value_or(QString());
    const QStringList appendices = a.values(QStringLiteral("appendix"));
    n.signer = a.value(QStringLiteral("signer")).value_or(QString());
    n.draftingUnit = a.value(QStringLiteral("unit")).value_or(QString());
    for (const QString &r : a.values(QStringLiteral("recipient"))) {
        Recipient x;
        if (r.startsWith(QStringLiteral("external:"))) {
            x.kind = Recipient::Kind::External;
            x.id = r.mid(9);
        } else if (r.startsWith(QStringLiteral("paper:"))) {
            x.kind = Recipient::Kind::Paper;
            x.name = r.mid(6);
        } else if (r.startsWith(QStringLiteral("org-")) || r.count(u'.') == 3) {
            x.kind = Recipient::Kind::Unit;
            x.id = r;
        } else {
            x.kind = Recipient::Kind::Person;
            x.id = r;
        }
        n.recipients << x;
    }
    if (const auto problem = readCommon(a, n))
        return usage(err, *problem);
    const auto t = parseType(type);
    if (a.unknownOption() || a.rest().size() != 1 || !t || n.subject.trimmed().isEmpty() ||
        file.isEmpty()) {
        return usage(err, ClientTr::tr("A draft needs --type (such as QĐ, KH, TTr or cong_van), "
                                       "--subject and --file."));
    }
    n.type = *t;
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    if (auto s = session.ensure(fromStdin, err); !s)
        return report(err, s.error());
    desk::CreateDocumentCommand create(profile, *session.client().api(), n,
                                       QStringList{file} + appendices);
    const Status s = create.exec();
    session.finish();
    if (!s)
        return report(err, s.error());
    out << create.answer().document->id << '\n';
    return Ok;
}

int cmdIncoming(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
                QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    protocol::NewDocument n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.direction = Direction::Incoming;
    n.issuerCode = a.value(QStringLiteral("issuer-code")).value_or(QString());
    n.issuerName = a.value(QStringLiteral("issuer-name")).value_or(QString());
    n.notation = a.value(QStringLiteral("notation")).value_or(QString());
    const QString date = a.value(QStringLiteral("date")).value_or(QString());
    const QString type = a.value(QStringLiteral("type")).value_or(QString());
    n.subject = a.value(QStringLiteral("subject")).value_or(QString());
    const QString file = a.value(QStringLiteral("file")).value_or(QString());
    const QStringList appendices = a.values(QStringLiteral("appendix"));
    n.signerName = a.value(QStringLiteral("signer-name")).value_or(QString());
    n.signerTitle = a.value(QStringLiteral("signer-title")).value_or(QString());
    n.pages = a.value(QStringLiteral("pages")).value_or(QStringLiteral("0")).toInt();
    n.acceptDuplicate = a.flag(QStringLiteral("accept-duplicate"));
    if (const auto problem = readCommon(a, n))
        return usage(err, *problem);
    n.issueDate = QDate::fromString(date, Qt::ISODate);
    const auto t = parseType(type);
    if (a.unknownOption() || a.rest().size() != 1 || a.rest().at(0) != u"register" || !t ||
        n.notation.isEmpty() || !n.issueDate.isValid() || n.subject.isEmpty() || file.isEmpty() ||
        (n.issuerCode.isEmpty() && n.issuerName.isEmpty())) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli incoming register --issuer-code "
                                       "ORGCODE|--issuer-name TEXT --notation N/KH-XX --date "
                                       "yyyy-MM-dd --type TYPE --subject TEXT --file F.pdf "
                                       "[--appendix F.pdf]... [--signer-name TEXT] "
                                       "[--signer-title TEXT] [--pages N] [--urgency U] "
                                       "[--confidentiality C] [--deadline yyyy-MM-dd] "
                                       "[--register NAME] [--accept-duplicate]"));
    }
    n.type = *t;
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    if (auto s = session.ensure(fromStdin, err); !s)
        return report(err, s.error());
    desk::CreateDocumentCommand create(profile, *session.client().api(), n,
                                       QStringList{file} + appendices);
    const Status s = create.exec();
    session.finish();
    if (!s)
        return report(err, s.error());
    if (!create.answer().created) {
        printDuplicates(err, create.answer().duplicates);
        return Refused;
    }
    const Document &d = *create.answer().document;
    out << ClientTr::tr("%1 registered with arrival number %2.")
               .arg(d.id, numbering::formatNumber(d.incomingNumber))
        << '\n';
    return Ok;
}

int cmdRegister(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
                QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    const QString direction = a.value(QStringLiteral("direction")).value_or(QString());
    const int year = a.value(QStringLiteral("year"))
                         .value_or(QString::number(QDate::currentDate().year()))
                         .toInt();
    const QString search = a.value(QStringLiteral("search")).value_or(QString());
    const QString csv = a.value(QStringLiteral("csv")).value_or(QString());
    const QString xlsx = a.value(QStringLiteral("xlsx")).value_or(QString());
    const QString pdfFile = a.value(QStringLiteral("pdf")).value_or(QString());
    const QString series = a.value(QStringLiteral("register")).value_or(QString());
    if (a.unknownOption() || a.rest() != QStringList{QStringLiteral("show")} ||
        (direction != u"in" && direction != u"out" && direction != u"post") || year < 1900) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli register show --direction "
                                       "in|out|post [--year YYYY] [--register NAME|secret] "
                                       "[--search WORDS] [--csv FILE] [--xlsx FILE] [--pdf FILE]"));
    }
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    if (auto s = session.ensure(fromStdin, err); !s)
        return report(err, s.error());
    desk::RegisterCommand fetch(*session.client().api(), direction, year, search, 0,
                                desk::RegisterCommand::All);
    fetch.setSeries(series);
    const Status fetched = fetch.exec();
    session.finish();
    if (!fetched)
        return report(err, fetched.error());
    const QList<desk::RegisterRows::Row> &rows = fetch.rows().rows;
    const QStringList columns = desk::registerColumns(direction);
    if (!csv.isEmpty() || !xlsx.isEmpty() || !pdfFile.isEmpty()) {
        for (const auto &[file, format] : {std::pair{csv, desk::RegisterFormat::Csv},
                                           std::pair{xlsx, desk::RegisterFormat::Xlsx},
                                           std::pair{pdfFile, desk::RegisterFormat::Pdf}}) {
            if (file.isEmpty())
                continue;
            if (auto s = desk::writeRegisterFile(file, format, direction, year,
                                                 profile.agencyName(), rows);
                !s)
                return report(err, s.error());
            out << ClientTr::tr("%n row(s) written to %1.", nullptr, int(rows.size())).arg(file)
                << '\n';
        }
        return Ok;
    }
    for (const desk::RegisterRows::Row &r : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells << columns.at(i) + QStringLiteral(": ") + r.cells.value(i);
        out << cells.join(QStringLiteral(" | ")) << '\n';
    }
    out << ClientTr::tr("%n row(s).", nullptr, int(rows.size())) << '\n';
    // The other registers of that year (--register NAME shows one).
    QStringList others;
    for (const QString &r : fetch.rows().registers) {
        if (r != series)
            others << (r.isEmpty() ? ClientTr::tr("(the agency's)") : r);
    }
    if (!others.isEmpty())
        out << ClientTr::tr("Other registers this year: %1").arg(others.join(QStringLiteral("; ")))
            << '\n';
    return Ok;
}

// The clerk issues a signed document: its number from the register, written into page 1 with
// the agency's signature (the agency's certificate first, or the one --token/--key-id name),
// queued with the action for the next sync.
int cmdIssue(sync::Profile &profile, Args &a, const ClientOptions &options, QTextStream &out,
             QTextStream &err)
{
    const bool fromStdin = a.flag(QStringLiteral("password-stdin"));
    const bool pinStdin = a.flag(QStringLiteral("pin-stdin"));
    const auto module = a.value(QStringLiteral("module"));
    const auto tokenLabel = a.value(QStringLiteral("token"));
    const auto keyIdHex = a.value(QStringLiteral("key-id"));
    if (a.unknownOption() || a.rest().size() != 1 || (fromStdin && pinStdin)) {
        return usage(err, ClientTr::tr("Usage: lienthong-cli issue ID [--module PATH] [--token "
                                       "LABEL] [--key-id HEX] [--pin-stdin] "
                                       "[--password-stdin]\n(the PIN and the password cannot "
                                       "both come from stdin: LIENTHONG_PIN gives the PIN)"));
    }
    const QString id = a.rest().at(0);
    if (!profile.isSignedIn())
        return report(err, Error{ErrorCode::Unauthorized, ClientTr::tr("Not signed in.")});
    Session session(profile, options);
    if (auto s = session.ensure(fromStdin, err); !s)
        return report(err, s.error());
    std::optional<QByteArray> keyId;
    if (keyIdHex)
        keyId = QByteArray::fromHex(keyIdHex->toLatin1());
    desk::SignDocumentCommand issue(session.client(), id, Action::Issue);
    std::optional<Error> failure;
    QObject::connect(&issue, &desk::SignDocumentCommand::readyToSign, [&] {
        const desk::SignPlan &plan = issue.plan();
        auto found = signing::findCertificates(signing::modulesToUse(module), tokenLabel, keyId);
        if (!found || found->isEmpty()) {
            failure = found ? Error{ErrorCode::NotFound,
                                    ClientTr::tr("No signing certificate was found on a token.")}
                            : found.error();
            issue.cancel();
            return;
        }
        // The agency's certificate before the clerk's own (--token / --key-id choose another).
        const signing::Candidate chosen =
            found->at(std::max(0, signing::preferredCandidate(*found, true, plan.text.signerName,
                                                              plan.text.organisation)));
        signing::Request request;
        request.input = plan.input;
        request.output = plan.output;
        request.options.profile = plan.stamp;
        request.options.text = plan.text;
        request.options.issue = plan.issue;
        request.options.time = QDateTime::currentDateTime();
        request.chain = plan.anchors;
        request.level = plan.level;
        request.tsa = plan.tsa;
        request.ocsp = plan.ocsp;
        request.signOfflineAtBB = true;
        const QByteArray pin = readPin(pinStdin, err);
        auto signedReport = signing::signPdf(chosen, pin, request);
        if (!signedReport) {
            failure = signedReport.error();
            issue.cancel();
            return;
        }
        const auto &s = profile.settings();
        issue.complete(signedReport.value(),
                       desk::SignChoices{s.signerTitle, s.signerEmail, plan.level, plan.image});
    });
    const Status s = issue.exec();
    session.finish();
    if (failure)
        return report(err, *failure);
    if (!s && !issue.isQueued())
        return report(err, s.error());
    if (!s)
        err << s.error().message << '\n';
    out << ClientTr::tr("%1 is numbered %2 and signed; it is issued by the next sync.")
               .arg(id, issue.plan().text.notation)
        << '\n';
    return Ok;
}

} // namespace

bool isClientCommand(const QString &command)
{
    return kCommands.contains(command);
}

int runClientCommand(const QString &command, const QStringList &args, const ClientOptions &options,
                     QTextStream &out, QTextStream &err)
{
    const QString dir =
        options.profileDir.isEmpty() ? sync::Profile::defaultDirectory() : options.profileDir;
    auto profile = sync::Profile::open(dir);
    if (!profile)
        return report(err, profile.error());
    Args a(args);
    sync::Profile &p = *profile.value();
    if (command == u"login")
        return cmdLogin(p, a, options, out, err);
    if (command == u"logout")
        return cmdLogout(p, options, out, err);
    if (command == u"sync")
        return cmdSync(p, a, options, out, err);
    if (command == u"status")
        return cmdStatus(p, out);
    if (command == u"ls")
        return cmdList(p, a, out, err);
    if (command == u"search")
        return cmdSearch(p, a, out, err);
    if (command == u"show")
        return cmdShow(p, a, out, err);
    if (command == u"pin" || command == u"unpin")
        return cmdPin(p, a, command == u"pin", out, err);
    if (command == u"act")
        return cmdAct(p, a, out, err);
    if (command == u"upload")
        return cmdUpload(p, a, options, out, err);
    if (command == u"settings")
        return cmdSettings(p, a, out, err);
    if (command == u"read" || command == u"unread")
        return cmdRead(p, a, command == u"read", out, err);
    if (command == u"draft")
        return cmdDraft(p, a, options, out, err);
    if (command == u"incoming")
        return cmdIncoming(p, a, options, out, err);
    if (command == u"register")
        return cmdRegister(p, a, options, out, err);
    if (command == u"issue")
        return cmdIssue(p, a, options, out, err);
    return Usage;
}

} // namespace lt::cli
