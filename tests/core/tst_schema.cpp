// The client database has one schema owner (core/store/schema.cpp): its migrations are
// numbered 1, 2, 3… without gaps, and a database created by any older release migrates to
// exactly the schema of a new one, keeping its rows.
#include "core/store/database.h"
#include "core/store/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lt;
using namespace lt::store;

namespace {

// Tables with their columns (name, type, not null, default, key), indexes with their SQL:
// what a program relies on, independent of how ALTER TABLE wrote the CREATE statement.
QStringList describe(Database &db)
{
    QStringList out;
    auto objects = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name "
                              "NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts_%' ORDER BY "
                              "type, name");
    if (!objects)
        return {QStringLiteral("error")};
    QList<std::pair<QString, QString>> tables;
    while (objects.value()->step() == Statement::Step::Row) {
        const QString type = objects.value()->text(0);
        const QString name = objects.value()->text(1);
        if (type == u"table")
            tables.append({name, objects.value()->text(2)});
        else
            out << type + u' ' + name + u' ' + objects.value()->text(2).simplified();
    }
    for (const auto &[name, sql] : std::as_const(tables)) {
        if (sql.startsWith(u"CREATE VIRTUAL")) {
            out << QStringLiteral("virtual ") + sql.simplified();
            continue;
        }
        const QByteArray pragma = "SELECT name, type, \"notnull\", coalesce(dflt_value, ''), pk "
                                  "FROM pragma_table_info('" +
                                  name.toUtf8() + "') ORDER BY cid";
        auto columns = db.prepare(pragma.constData());
        if (!columns)
            return {QStringLiteral("error")};
        QStringList cols;
        while (columns.value()->step() == Statement::Step::Row) {
            cols << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(columns.value()->text(0), columns.value()->text(1),
                             columns.value()->text(2), columns.value()->text(3),
                             columns.value()->text(4));
        }
        out << QStringLiteral("table %1 (%2)%3")
                   .arg(name, cols.join(u", "),
                        sql.contains(u"WITHOUT ROWID") ? QStringLiteral(" without rowid")
                                                       : QString());
    }
    out.sort();
    return out;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreContiguous();
    void everyOlderDatabaseMigratesToTheNewSchema();
    void rowsSurviveAndTheFeedIsReadAgain();

private:
    QTemporaryDir m_dir;
};

void TestSchema::versionsAreContiguous()
{
    const auto &list = clientMigrations();
    QVERIFY(!list.isEmpty());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).version, int(i + 1));
        QVERIFY(list.at(i).sql && *list.at(i).sql);
    }
}

void TestSchema::everyOlderDatabaseMigratesToTheNewSchema()
{
    const auto &all = clientMigrations();
    auto fresh = Database::open(m_dir.filePath(QStringLiteral("fresh.db")));
    QVERIFY(fresh.ok());
    QVERIFY(fresh.value()->migrate(all).ok());
    QCOMPARE(fresh.value()->schemaVersion(), all.last().version);
    const QStringList expected = describe(*fresh.value());
    QVERIFY(expected.size() > 8);
    QVERIFY2(expected.join(u'\n').contains(u"relations INTEGER 1 0"),
             qPrintable(expected.join(u'\n')));

    for (qsizetype old = 1; old < all.size(); ++old) {
        const QString path = m_dir.filePath(QStringLiteral("v%1.db").arg(old));
        {
            auto db = Database::open(path); // written by the release that knew `old` versions
            QVERIFY(db.ok());
            QVERIFY(db.value()->migrate(all.mid(0, old)).ok());
            QCOMPARE(db.value()->schemaVersion(), int(old));
            QVERIFY(describe(*db.value()) != expected);
        }
        auto db = Database::open(path); // opened by this release
        QVERIFY(db.ok());
        QVERIFY(db.value()->migrate(all).ok());
        QCOMPARE(describe(*db.value()), expected);
    }
}

void TestSchema::rowsSurviveAndTheFeedIsReadAgain()
{
    const auto &all = clientMigrations();
    const QString path = m_dir.filePath(QStringLiteral("rows.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->migrate(all.mid(0, 4)).ok());
        QVERIFY(db.value()
                    ->exec("INSERT INTO meta(key, value) VALUES ('cursor', '812');"
                           "INSERT INTO documents(id, state, type, sort_key, boxes) VALUES "
                           "('d-1', 'incoming:submitted', 'cong_van', '2026', 3);"
                           "INSERT INTO outbox(id, document_id, action, created_at) VALUES "
                           "('a-1', 'd-1', 'direct', '2026-11-30T08:00:00.000Z');")
                    .ok());
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY(db.value()->migrate(all).ok());
    auto boxes = db.value()->queryInt("SELECT boxes FROM documents WHERE id = 'd-1'");
    QVERIFY(boxes.ok());
    QCOMPARE(boxes.value(), 3);
    auto relations = db.value()->queryInt("SELECT relations FROM documents WHERE id = 'd-1'");
    QVERIFY(relations.ok());
    QCOMPARE(relations.value(), 0);
    auto queued = db.value()->queryInt("SELECT count(*) FROM outbox WHERE state = 'pending'");
    QVERIFY(queued.ok());
    QCOMPARE(queued.value(), 1); // the user's queued action is kept
    // The relations come with the feed: the cursor is gone, so the next sync reads it all.
    auto cursor = db.value()->queryInt("SELECT count(*) FROM meta WHERE key = 'cursor'");
    QVERIFY(cursor.ok());
    QCOMPARE(cursor.value(), 0);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
