#include "core/store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace lt::store {

Q_LOGGING_CATEGORY(lcStore, "lt.core.store")

namespace {
struct StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(lt::store::Database)
};
} // namespace

// --- Statement -------------------------------------------------------------------------------

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                            SQLITE_TRANSIENT);
    return *this;
}

Statement::Step Statement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

Status Statement::run()
{
    Step s;
    while ((s = step()) == Step::Row) {
    }
    if (s == Step::Error)
        return lastError();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return QString(reinterpret_cast<const QChar *>(data), bytes / 2);
}

QByteArray Statement::blob(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, bytes);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Error Statement::lastError() const
{
    return m_db->error(QString::fromUtf8(sqlite3_sql(m_stmt)));
}

// --- Database --------------------------------------------------------------------------------

Database::~Database()
{
    m_cache.clear(); // finalizes every statement before the connection closes
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::error(const QString &context) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    qCWarning(lcStore) << "sqlite error" << code << message << "in" << context;
    ErrorCode ec = ErrorCode::Io;
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        ec = ErrorCode::Unavailable;
    else if ((code & 0xff) == SQLITE_CONSTRAINT || (code & 0xff) == SQLITE_ERROR)
        ec = ErrorCode::Internal;
    QString text = StoreTr::tr("The local database reported an error: %1").arg(message);
    if ((code & 0xff) == SQLITE_FULL)
        text = StoreTr::tr("The disk is full: the local database cannot be written.");
    return Error{ec, text};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Check check)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const QByteArray file = QFile::encodeName(path);
    const int rc =
        sqlite3_open_v2(file.constData(), &db->m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        return Error{ErrorCode::Io, StoreTr::tr("The local database \"%1\" cannot be opened: %2")
                                        .arg(path, QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, 5000);

    if (check != Check::None) {
        const QString verdict = check == Check::Full ? db->integrityCheck() : [&] {
            auto st = db->prepare("PRAGMA quick_check(1)");
            if (!st || st.value()->step() != Statement::Step::Row)
                return StoreTr::tr("the check could not run");
            const QString verdict = st.value()->text(0);
            st.value()->reset();
            return verdict;
        }();
        if (verdict != u"ok") {
            return Error{ErrorCode::Io,
                         StoreTr::tr("The local database \"%1\" is damaged (%2). It was left "
                                     "untouched; remove it to download your documents again.")
                             .arg(path, verdict)};
        }
    }
    if (auto s = db->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                          "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;");
        !s) {
        return s.error();
    }
    return db;
}

QString Database::integrityCheck()
{
    auto st = prepare("PRAGMA integrity_check(10)");
    if (!st)
        return st.error().message;
    QStringList lines;
    while (st.value()->step() == Statement::Step::Row)
        lines << st.value()->text(0);
    return lines.isEmpty() ? StoreTr::tr("no answer") : lines.join(u"; ");
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return error(QString::fromUtf8(sql).left(200));
    }
    return {};
}

Result<Statement *> Database::prepare(const char *sql)
{
    const auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        sqlite3_reset(it->second->m_stmt);
        sqlite3_clear_bindings(it->second->m_stmt);
        return it->second.get();
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return error(QString::fromUtf8(sql));
    auto &slot = m_cache[sql];
    slot.reset(new Statement(this, stmt));
    return slot.get();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Status Database::checkpoint()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

int Database::schemaVersion()
{
    auto version = queryInt("PRAGMA user_version");
    return version ? int(version.value()) : -1;
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return error(QStringLiteral("PRAGMA user_version"));
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest) {
        return Error{ErrorCode::Io,
                     StoreTr::tr("The local database was written by a newer version of "
                                 "LienThong (schema %1, this version knows %2).")
                         .arg(current)
                         .arg(latest)};
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        Transaction tx(*this);
        if (!tx.isActive())
            return tx.beginStatus();
        if (auto s = exec(m.sql); !s)
            return s;
        const QByteArray pragma = "PRAGMA user_version=" + QByteArray::number(m.version);
        if (auto s = exec(pragma.constData()); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << m.version;
    }
    return {};
}

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_begin = m_db.exec("BEGIN IMMEDIATE");
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status(Error{ErrorCode::Internal, QStringLiteral("not active")})
                            : m_begin;
    m_active = false;
    if (auto s = m_db.exec("COMMIT"); !s) {
        (void)m_db.exec("ROLLBACK");
        return s;
    }
    return {};
}

} // namespace lt::store
