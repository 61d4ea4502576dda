#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace lt::server {

// The server's database through QtSql: SQLite (a file, the default) or PostgreSQL (production,
// several server instances). One connection, used by the thread that opened it.
class Db
{
public:
    enum class Dialect { Sqlite, Postgres };

    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    // `url`: "postgresql://user:password@host:port/database", or a path to a SQLite file.
    static Result<std::unique_ptr<Db>> open(const QString &url);

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase &connection() { return m_db; }

    // Which database: the central system's, or the hub's (lienthong-server --hub).
    enum class Schema { Central, Hub };
    // Creates or upgrades the schema.
    Status migrate(Schema schema = Schema::Central);

    // Runs one statement with positional (?) values. The query is returned for reading.
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> values = {});
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values);
    // The first column of the first row, or a null QVariant.
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    Status begin();
    Status commit();
    void rollback();

    // The next value of the global change sequence; call inside a transaction (it locks the
    // counter row, so changes are numbered in commit order).
    Result<qint64> nextChangeSeq();

    Error error(const QSqlError &e, const QString &context) const;

private:
    Db() = default;
    QSqlDatabase m_db;
    QString m_name;
    Dialect m_dialect = Dialect::Sqlite;
};

// A transaction that rolls back unless committed.
class DbTransaction
{
public:
    explicit DbTransaction(Db &db)
        : m_db(db)
        , m_status(db.begin())
    {
    }
    ~DbTransaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    const Status &status() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Db &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace lt::server
