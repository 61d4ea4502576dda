#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace lt::store {

class Database;

// A prepared statement owned by the Database's cache. Reset and cleared on each
// Database::prepare(), so a Statement& is valid until the next prepare() of the same SQL.
class Statement
{
public:
    enum class Step { Row, Done, Error };

    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binding: 1-based indices, as in SQLite.
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value);    // NULL for a null QString
    Statement &bind(int index, const QByteArray &value); // BLOB; NULL for a null array
    Statement &bind(int index, const char *utf8) = delete;

    // Binds values in order from index 1.
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    Step step();
    // Runs to completion (for statements without rows).
    Status run();
    // Ends a statement that was not stepped to the end, releasing its read snapshot. Call it
    // after reading the single row you wanted.
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const; // null QString for NULL
    QByteArray blob(int column) const;
    bool isNull(int column) const;

    // The error of the last failed step, with the statement's SQL.
    Error lastError() const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    Database *m_db;
    sqlite3_stmt *m_stmt;
};

// One migration: the SQL that moves the schema from version `version - 1` to `version`.
struct Migration
{
    int version;
    const char *sql;
};

// A SQLite database file, opened by one thread and used by that thread only.
// WAL journal, foreign keys on, a busy timeout, and an integrity check on open.
class Database
{
public:
    enum class Check { Quick, Full, None };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and checks the file. A file that fails the check is refused
    // with ErrorCode::Io and the checker's first message; it is never modified.
    static Result<std::unique_ptr<Database>> open(const QString &path, Check check = Check::Quick);

    // Applies the migrations whose version is above PRAGMA user_version, each in its own
    // transaction. A database newer than the last migration is refused.
    Status migrate(const QList<Migration> &migrations);
    int schemaVersion();
    // Writes the write-ahead log into the file and empties it (the file's size is then true).
    Status checkpoint();

    // Runs SQL without results (may hold several statements).
    Status exec(const char *sql);

    // A cached prepared statement, reset and unbound. Errors (bad SQL) are programming errors:
    // they are logged and returned.
    Result<Statement *> prepare(const char *sql);

    // The first column of the first row of `sql` with `args` bound, as an integer; 0 when the
    // statement gives no row (counts, sums, ids).
    template <typename... Args>
    Result<qint64> queryInt(const char *sql, const Args &...args)
    {
        auto st = prepare(sql);
        if (!st)
            return st.error();
        st.value()->bindAll(args...);
        switch (st.value()->step()) {
        case Statement::Step::Row: {
            const qint64 value = st.value()->int64(0);
            st.value()->reset();
            return value;
        }
        case Statement::Step::Done:
            return qint64(0);
        case Statement::Step::Error:
            break;
        }
        return st.value()->lastError();
    }

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // PRAGMA integrity_check: "ok" or the first problems found.
    QString integrityCheck();

    Error error(const QString &context) const;

private:
    Database() = default;
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed uncommitted.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace lt::store
