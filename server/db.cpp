#include "server/db.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace lt::server {

Q_LOGGING_CATEGORY(lcDb, "lt.server.db")

namespace {

struct DbTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::server::Db)
};

// Portable schema: the few dialect differences are spelled out per statement.
struct Step
{
    const char *sqlite;
    const char *postgres; // nullptr: same as sqlite
};

// clang-format off
const QList<QList<Step>> kCentralMigrations{
    // 1: the whole first schema
    {
        {"CREATE TABLE counters(name TEXT PRIMARY KEY, value BIGINT NOT NULL)", nullptr},
        {"INSERT INTO counters(name, value) VALUES ('change_seq', 0)", nullptr},
        {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)", nullptr},
        {"CREATE TABLE organisations(id TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL, "
         "short_name TEXT, level TEXT NOT NULL, parent_id TEXT, retired_on TEXT, successor_id TEXT)", nullptr},
        {"CREATE TABLE people(id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, "
         "title TEXT, organisation_id TEXT NOT NULL, roles TEXT NOT NULL, email TEXT, "
         "password_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0, "
         "locked_until BIGINT NOT NULL DEFAULT 0)", nullptr},
        {"CREATE TABLE tokens(hash TEXT PRIMARY KEY, kind TEXT NOT NULL, person_id TEXT NOT NULL, "
         "family TEXT NOT NULL, expires_at BIGINT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0, "
         "rotated_at BIGINT NOT NULL DEFAULT 0)", nullptr},
        {"CREATE INDEX tokens_family ON tokens(family)", nullptr},
        {"CREATE TABLE documents(id TEXT PRIMARY KEY, holder_id TEXT NOT NULL, data TEXT NOT NULL, "
         "revision INTEGER NOT NULL, change_seq BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)", nullptr},
        {"CREATE INDEX documents_change_seq ON documents(change_seq)", nullptr},
        {"CREATE TABLE document_people(document_id TEXT NOT NULL, person_id TEXT NOT NULL, "
         "relations INTEGER NOT NULL, unread INTEGER NOT NULL DEFAULT 1, "
         "PRIMARY KEY(document_id, person_id))", nullptr},
        {"CREATE INDEX document_people_person ON document_people(person_id, document_id)", nullptr},
        {"CREATE TABLE document_blobs(document_id TEXT NOT NULL, sha256 TEXT NOT NULL, "
         "PRIMARY KEY(document_id, sha256))", nullptr},
        {"CREATE INDEX document_blobs_sha256 ON document_blobs(sha256)", nullptr},
        {"CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL)", nullptr},
        {"CREATE TABLE decisions(id TEXT PRIMARY KEY, document_id TEXT NOT NULL, person_id TEXT NOT NULL, "
         "role TEXT NOT NULL, action TEXT NOT NULL, text TEXT, payload TEXT, at TEXT NOT NULL, "
         "outcome TEXT NOT NULL, reason TEXT, response TEXT NOT NULL)", nullptr},
        {"CREATE INDEX decisions_document ON decisions(document_id, at)", nullptr},
        {"CREATE TABLE tasks(id TEXT PRIMARY KEY, document_id TEXT NOT NULL, organisation_id TEXT NOT NULL, "
         "kind TEXT NOT NULL, deadline TEXT, state TEXT NOT NULL)", nullptr},
        {"CREATE INDEX tasks_document ON tasks(document_id)", nullptr},
    },
    // 2: decisions taken within the same second keep the order in which they were taken
    {
        {"ALTER TABLE decisions ADD COLUMN seq BIGINT NOT NULL DEFAULT 0", nullptr},
    },
    // 3: relation bit 2 meant "assigned" (lead or co-operating); it now means the lead unit,
    // and co-operating units have a bit of their own (128): members of a unit whose task on
    // the document is co-operation, and none to lead, are co-operating.
    {
        {"UPDATE document_people SET relations = (relations | 128) - 2 "
         "WHERE (relations & 2) <> 0 "
         "AND EXISTS (SELECT 1 FROM tasks t JOIN people p ON p.organisation_id = t.organisation_id "
         "WHERE t.document_id = document_people.document_id AND p.id = document_people.person_id "
         "AND t.kind = 'cooperate') "
         "AND NOT EXISTS (SELECT 1 FROM tasks t JOIN people p ON p.organisation_id = t.organisation_id "
         "WHERE t.document_id = document_people.document_id AND p.id = document_people.person_id "
         "AND t.kind = 'lead')", nullptr},
    },
    // 4: a document's life inside the agency: files sent before the document that names them,
    // the ids clients gave new documents, the registers (Decree 30/2020, Annex IV), what waits
    // for the exchange with other agencies.
    {
        {"CREATE TABLE IF NOT EXISTS staged_files(sha256 TEXT NOT NULL, person_id TEXT NOT NULL, at BIGINT NOT NULL, "
         "PRIMARY KEY(sha256, person_id))", nullptr},
        {"CREATE TABLE IF NOT EXISTS created_documents(request_id TEXT PRIMARY KEY, person_id TEXT NOT NULL, "
         "document_id TEXT NOT NULL)", nullptr},
        {"CREATE TABLE IF NOT EXISTS incoming_keys(holder_id TEXT NOT NULL, key TEXT NOT NULL, document_id TEXT NOT NULL, "
         "PRIMARY KEY(holder_id, key, document_id))", nullptr},
        {"CREATE TABLE IF NOT EXISTS register_entries(holder_id TEXT NOT NULL, direction TEXT NOT NULL, series TEXT NOT NULL, "
         "year INTEGER NOT NULL, number INTEGER NOT NULL, document_id TEXT NOT NULL, row TEXT NOT NULL, "
         "search TEXT NOT NULL, PRIMARY KEY(holder_id, direction, series, year, number, document_id))", nullptr},
        {"CREATE INDEX IF NOT EXISTS register_entries_document ON register_entries(document_id)", nullptr},
        {"CREATE TABLE IF NOT EXISTS exchange_queue(document_id TEXT NOT NULL, organisation_code TEXT NOT NULL, "
         "queued_at BIGINT NOT NULL, state TEXT NOT NULL, PRIMARY KEY(document_id, organisation_code))", nullptr},
    },
    // 5: a unit's part passed on to one of its people (chuyển xử lý) is that person's task
    {
        {"ALTER TABLE tasks ADD COLUMN person_id TEXT", nullptr},
    },
};

// The hub's own database (lienthong-server --hub): the systems that connect, the national
// directory of agencies, and the packages in transit with one delivery per receiver.
const QList<QList<Step>> kHubMigrations{
    // 1: the whole first schema
    {
        {"CREATE TABLE counters(name TEXT PRIMARY KEY, value BIGINT NOT NULL)", nullptr},
        {"INSERT INTO counters(name, value) VALUES ('change_seq', 0)", nullptr},
        {"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)", nullptr},
        {"CREATE TABLE systems(id TEXT PRIMARY KEY, secret_hash TEXT NOT NULL, created_at BIGINT NOT NULL)", nullptr},
        {"CREATE TABLE agencies(code TEXT PRIMARY KEY, name TEXT NOT NULL, mail TEXT NOT NULL, "
         "system_id TEXT NOT NULL, position BIGINT NOT NULL)", nullptr},
        {"CREATE INDEX agencies_position ON agencies(position)", nullptr},
        {"CREATE TABLE packages(id TEXT PRIMARY KEY, sender_system TEXT NOT NULL, from_code TEXT NOT NULL, "
         "message_type TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, sent_at BIGINT NOT NULL, "
         "UNIQUE(sender_system, sha256))", nullptr},
        {"CREATE TABLE deliveries(package_id TEXT NOT NULL, to_code TEXT NOT NULL, system_id TEXT NOT NULL, "
         "state TEXT NOT NULL, description TEXT NOT NULL, updated_at BIGINT NOT NULL, seq BIGINT NOT NULL, "
         "PRIMARY KEY(package_id, to_code))", nullptr},
        {"CREATE INDEX deliveries_receiver ON deliveries(system_id, state, seq)", nullptr},
        {"CREATE INDEX deliveries_seq ON deliveries(seq)", nullptr},
    },
};
// clang-format on

} // namespace

Db::~Db()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Error Db::error(const QSqlError &e, const QString &context) const
{
    qCWarning(lcDb) << "database error" << e.text() << "in" << context.left(300);
    return Error{ErrorCode::Io, DbTr::tr("The server could not read or write its database."),
                 e.text()};
}

Result<std::unique_ptr<Db>> Db::open(const QString &url)
{
    std::unique_ptr<Db> db(new Db);
    db->m_name = QStringLiteral("lt-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (url.startsWith(QStringLiteral("postgresql://")) ||
        url.startsWith(QStringLiteral("postgres://"))) {
        const QUrl u(url);
        db->m_dialect = Dialect::Postgres;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_name);
        db->m_db.setHostName(u.host());
        db->m_db.setPort(u.port(5432));
        db->m_db.setUserName(u.userName());
        db->m_db.setPassword(u.password());
        db->m_db.setDatabaseName(u.path().mid(1));
    } else {
        db->m_dialect = Dialect::Sqlite;
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_name);
        db->m_db.setDatabaseName(url);
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db->m_db.isValid()) {
        return Error{ErrorCode::Unavailable,
                     DbTr::tr("The Qt SQL driver for %1 is not installed.")
                         .arg(db->m_dialect == Dialect::Postgres ? u"PostgreSQL" : u"SQLite")};
    }
    if (!db->m_db.open())
        return db->error(db->m_db.lastError(), QStringLiteral("open"));
    if (db->m_dialect == Dialect::Sqlite) {
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (auto r = db->exec(QLatin1String(pragma)); !r)
                return r.error();
        }
    }
    return db;
}

Result<QSqlQuery> Db::exec(const QString &sql, std::initializer_list<QVariant> values)
{
    return exec(sql, QVariantList(values));
}

Result<QSqlQuery> Db::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (values.isEmpty()) {
        // Without values, no server-side PREPARE (PostgreSQL cannot prepare DDL).
        if (!q.exec(sql))
            return error(q.lastError(), sql);
        return q;
    }
    if (!q.prepare(sql))
        return error(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return error(q.lastError(), sql);
    return q;
}

Result<QVariant> Db::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

Status Db::begin()
{
    if (!m_db.transaction())
        return error(m_db.lastError(), QStringLiteral("BEGIN"));
    return {};
}

Status Db::commit()
{
    if (!m_db.commit()) {
        const Error e = error(m_db.lastError(), QStringLiteral("COMMIT"));
        m_db.rollback();
        return e;
    }
    return {};
}

void Db::rollback()
{
    m_db.rollback();
}

Result<qint64> Db::nextChangeSeq()
{
    auto q = exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'change_seq' "
                                 "RETURNING value"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, DbTr::tr("The server's database is not set up."),
                     QStringLiteral("no change_seq counter")};
    return q.value().value(0).toLongLong();
}

Status Db::migrate(Schema schema)
{
    const QList<QList<Step>> &migrations =
        schema == Schema::Hub ? kHubMigrations : kCentralMigrations;
    // meta may not exist yet: read the version defensively.
    int version = 0;
    if (m_db.tables().contains(QStringLiteral("meta"))) {
        auto v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"));
        if (!v)
            return v.error();
        version = v.value().toInt();
    }
    if (version > migrations.size()) {
        return Error{ErrorCode::Io, QStringLiteral("the database schema (%1) is newer than this "
                                                   "server (%2)")
                                        .arg(version)
                                        .arg(migrations.size())};
    }
    for (int i = version; i < migrations.size(); ++i) {
        DbTransaction tx(*this);
        if (!tx.status())
            return tx.status();
        for (const Step &step : migrations.at(i)) {
            const char *sql =
                m_dialect == Dialect::Postgres && step.postgres ? step.postgres : step.sqlite;
            if (auto r = exec(QLatin1String(sql)); !r)
                return r.error();
        }
        const QString upsert = QStringLiteral(
            "INSERT INTO meta(key, value) VALUES ('schema', ?) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value");
        if (auto r = exec(upsert, {QString::number(i + 1)}); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
        qCInfo(lcDb) << "database schema" << i + 1;
    }
    return {};
}

} // namespace lt::server
