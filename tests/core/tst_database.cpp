#include "core/store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;
using namespace lt::store;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreNumberedAndApplyOnce();
    void newerSchemaIsRefused();
    void transactionRollsBackUnlessCommitted();
    void statementsAreCachedAndReset();
    void walAndForeignKeys();
    void damagedFileIsRefusedUntouched();
    void unicodeAndBlobsRoundTrip();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

static const QList<Migration> kMigrations{
    {1, "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT NOT NULL);"},
    {2, "ALTER TABLE t ADD COLUMN note TEXT; CREATE INDEX t_name ON t(name);"},
};

void TestDatabase::migrationsAreNumberedAndApplyOnce()
{
    {
        auto db = Database::open(path("m.db"));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), 0);
        QVERIFY(db.value()->migrate(kMigrations.mid(0, 1)).ok());
        QCOMPARE(db.value()->schemaVersion(), 1);
        QVERIFY(db.value()->exec("INSERT INTO t(name) VALUES ('a')").ok());
    }
    auto db = Database::open(path("m.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->migrate(kMigrations).ok());
    QCOMPARE(db.value()->schemaVersion(), 2);
    QVERIFY(db.value()->migrate(kMigrations).ok()); // idempotent
    auto st = db.value()->prepare("SELECT name, note FROM t");
    QVERIFY(st.ok());
    QCOMPARE(st.value()->step(), Statement::Step::Row);
    QCOMPARE(st.value()->text(0), QStringLiteral("a"));
    QVERIFY(st.value()->isNull(1));
}

void TestDatabase::newerSchemaIsRefused()
{
    auto db = Database::open(path("newer.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->migrate(kMigrations).ok());
    const auto s = db.value()->migrate(kMigrations.mid(0, 1));
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.contains(QStringLiteral("newer")));

    // A failing migration leaves the schema where it was.
    const QList<Migration> broken{kMigrations.at(0),
                                  kMigrations.at(1),
                                  {3, "CREATE TABLE x(a); SELECT nonsense FROM nowhere;"}};
    QVERIFY(!db.value()->migrate(broken).ok());
    QCOMPARE(db.value()->schemaVersion(), 2);
    auto st = db.value()->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x'");
    QVERIFY(st.ok() && st.value()->step() == Statement::Step::Row);
    QCOMPARE(st.value()->integer(0), 0);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = Database::open(path("tx.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->migrate(kMigrations).ok());
    {
        Transaction tx(*db.value());
        QVERIFY(tx.isActive());
        QVERIFY(db.value()->exec("INSERT INTO t(name) VALUES ('lost')").ok());
    }
    {
        Transaction tx(*db.value());
        QVERIFY(db.value()->exec("INSERT INTO t(name) VALUES ('kept')").ok());
        QVERIFY(tx.commit().ok());
    }
    auto st = db.value()->prepare("SELECT group_concat(name) FROM t");
    QVERIFY(st.ok() && st.value()->step() == Statement::Step::Row);
    QCOMPARE(st.value()->text(0), QStringLiteral("kept"));
}

void TestDatabase::statementsAreCachedAndReset()
{
    auto db = Database::open(path("cache.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->migrate(kMigrations).ok());
    auto a = db.value()->prepare("INSERT INTO t(name) VALUES (?)");
    QVERIFY(a.ok());
    QVERIFY(a.value()->bind(1, QStringLiteral("x")).run().ok());
    auto b = db.value()->prepare("INSERT INTO t(name) VALUES (?)");
    QCOMPARE(b.value(), a.value());
    // Bindings were cleared: NULL violates NOT NULL.
    const auto s = b.value()->run();
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(!db.value()->prepare("SELEKT 1").ok());
}

void TestDatabase::walAndForeignKeys()
{
    auto db = Database::open(path("wal.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    auto st = db.value()->prepare("PRAGMA journal_mode");
    QVERIFY(st.ok() && st.value()->step() == Statement::Step::Row);
    QCOMPARE(st.value()->text(0), QStringLiteral("wal"));
    st = db.value()->prepare("PRAGMA foreign_keys");
    QVERIFY(st.ok() && st.value()->step() == Statement::Step::Row);
    QCOMPARE(st.value()->integer(0), 1);
    QCOMPARE(db.value()->integrityCheck(), QStringLiteral("ok"));
}

void TestDatabase::damagedFileIsRefusedUntouched()
{
    const QString file = path("damaged.db");
    {
        auto db = Database::open(file);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(db.value()->migrate(kMigrations).ok());
        QVERIFY(db.value()->exec("PRAGMA journal_mode=DELETE").ok());
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(0));
    f.write(QByteArray(100, '\x5a')); // destroy the header
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    auto db = Database::open(file);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Io);
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged")),
             qPrintable(db.error().message));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDatabase::unicodeAndBlobsRoundTrip()
{
    auto db = Database::open(path("u.db"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    QVERIFY(db.value()->exec("CREATE TABLE u(s TEXT, b BLOB)").ok());
    const QString s = QStringLiteral("Quyết định 📄 số 05/QĐ-UBND");
    const QByteArray b("\x00\x01\xff", 3);
    auto ins = db.value()->prepare("INSERT INTO u VALUES (?, ?)");
    QVERIFY(ins.value()->bindAll(s, b).run().ok());
    QCOMPARE(db.value()->changes(), 1);
    auto sel = db.value()->prepare("SELECT s, b FROM u");
    QVERIFY(sel.value()->step() == Statement::Step::Row);
    QCOMPARE(sel.value()->text(0), s);
    QCOMPARE(sel.value()->blob(1), b);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
