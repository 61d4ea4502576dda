// The desk's document list over a real cache: lazy pages, boxes, and the model contract
// checked by QAbstractItemModelTester.
#include "core/store/documentcache.h"
#include "core/store/schema.h"
#include "ui/documentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>

using namespace lt;

class TestDocumentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesArriveAsTheViewScrolls();
    void boxesAndColumns();
    void sortAndFilter();
    void urgenciesAreTold();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::DocumentCache> m_cache;
};

void TestDocumentListModel::initTestCase()
{
    auto db = store::Database::open(m_dir.filePath(QStringLiteral("c.db")));
    QVERIFY(db.ok());
    m_db = std::move(db.value());
    QVERIFY(m_db->migrate(store::clientMigrations()).ok());
    m_cache = std::make_unique<store::DocumentCache>(*m_db);
    store::Transaction tx(*m_db);
    for (int i = 1; i <= 450; ++i) {
        Document d;
        d.id = QStringLiteral("d%1").arg(i, 4, 10, QLatin1Char('0'));
        d.state = i % 3 ? DocumentState{IncomingState::Submitted}
                        : DocumentState{OutgoingState::Approved};
        d.type = DocumentType::CongVan;
        d.number = i;
        d.notation = QStringLiteral("UBND-VP");
        d.subject = QStringLiteral("Về việc số %1").arg(i);
        d.issuerName = QStringLiteral("Sở Y tế");
        d.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(3600 * i);
        d.urgency = i % 5 == 0 ? Urgency::Flash : Urgency::Normal;
        d.dueDate = QDate(2026, 1, 1).addDays(i % 40);
        d.boxes = quint32(i % 3 ? Box::Incoming : Box::OutgoingDrafts) |
                  (i % 2 ? quint32(Box::ToHandle) : 0);
        d.unread = i % 4 == 0;
        QVERIFY(m_cache->upsert(d).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestDocumentListModel::pagesArriveAsTheViewScrolls()
{
    ui::DocumentListModel model(*m_cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBox(std::nullopt);
    QCOMPARE(model.rowCount(), ui::DocumentListModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ui::DocumentListModel::kPageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // Newest first.
    QCOMPARE(model.data(model.index(0, 0), ui::DocumentListModel::IdRole).toString(),
             QStringLiteral("d0450"));
    QCOMPARE(model.data(model.index(449, 0), ui::DocumentListModel::IdRole).toString(),
             QStringLiteral("d0001"));
}

void TestDocumentListModel::boxesAndColumns()
{
    ui::DocumentListModel model(*m_cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBox(Box::OutgoingDrafts);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
    model.setBox(Box::ToHandle);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), m_cache->count(Box::ToHandle).value());
    const QModelIndex first = model.index(0, ui::DocumentListModel::Number);
    QCOMPARE(first.data().toString(), QStringLiteral("449/UBND-VP"));
    QCOMPARE(model.index(0, ui::DocumentListModel::Date).data().toString(),
             QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC)
                 .addSecs(3600 * 449)
                 .toLocalTime()
                 .date()
                 .toString(QStringLiteral("dd/MM/yyyy")));
    // Flash documents stand out; overdue deadlines are red.
    const int flashRow = [&] {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (!model.index(r, ui::DocumentListModel::Urgency).data().toString().isEmpty())
                return r;
        }
        return -1;
    }();
    QVERIFY(flashRow >= 0);
    QVERIFY(
        model.index(flashRow, ui::DocumentListModel::Urgency).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, ui::DocumentListModel::Due)
                .data(Qt::ForegroundRole)
                .isValid()); // 2026-01-… is past
    QCOMPARE(model.headerData(0, Qt::Horizontal).isValid(), true);
    QVERIFY(!model.index(0, 0).parent().isValid());
}

// Every row of the model, fetched to the end.
static QList<const Document *> allRows(ui::DocumentListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<const Document *> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.documentAt(r);
    return rows;
}

void TestDocumentListModel::sortAndFilter()
{
    ui::DocumentListModel model(*m_cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBox(Box::Incoming); // 300 documents: i % 3 != 0
    QCOMPARE(allRows(model).size(), 300);

    // Oldest first, by the date column.
    model.sort(ui::DocumentListModel::Date, Qt::AscendingOrder);
    QList<const Document *> rows = allRows(model);
    QCOMPARE(rows.size(), 300);
    QCOMPARE(rows.first()->id, QStringLiteral("d0001"));
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1)->receivedAt <= rows.at(i)->receivedAt);
    // Urgency: every Hỏa tốc before any normal one, newest first within each.
    model.sort(ui::DocumentListModel::Urgency, Qt::DescendingOrder);
    rows = allRows(model);
    QCOMPARE(rows.size(), 300);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1)->urgency >= rows.at(i)->urgency);
        if (rows.at(i - 1)->urgency == rows.at(i)->urgency)
            QVERIFY(rows.at(i - 1)->receivedAt >= rows.at(i)->receivedAt);
    }
    QCOMPARE(rows.first()->urgency, Urgency::Flash);
    // Deadline: nearest first.
    model.sort(ui::DocumentListModel::Due, Qt::AscendingOrder);
    rows = allRows(model);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1)->dueDate <= rows.at(i)->dueDate);
    // Number: highest first.
    model.sort(ui::DocumentListModel::Number, Qt::DescendingOrder);
    rows = allRows(model);
    QCOMPARE(rows.first()->number, 449);
    // The other way round on each column, as its arrow says (the urgency's pointed the
    // opposite way to the date's).
    model.sort(ui::DocumentListModel::Urgency, Qt::AscendingOrder);
    rows = allRows(model);
    QCOMPARE(rows.first()->urgency, Urgency::Normal);
    QCOMPARE(rows.last()->urgency, Urgency::Flash);
    model.sort(ui::DocumentListModel::Number, Qt::AscendingOrder);
    QCOMPARE(allRows(model).first()->number, 1);
    model.sort(ui::DocumentListModel::Due, Qt::DescendingOrder);
    rows = allRows(model);
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1)->dueDate >= rows.at(i)->dueDate);
    model.sort(ui::DocumentListModel::Number, Qt::DescendingOrder);

    // Filters narrow the box, in the chosen order.
    model.setFilter(ui::DocumentListModel::Filter::Urgent);
    rows = allRows(model);
    QCOMPARE(rows.size(), 60); // i % 5 == 0 among i % 3 != 0: 90 - 30
    for (const Document *d : rows)
        QCOMPARE(d->urgency, Urgency::Flash);
    model.setFilter(ui::DocumentListModel::Filter::Unread);
    rows = allRows(model);
    QCOMPARE(rows.size(), 75); // i % 4 == 0 among i % 3 != 0: 112 - 37
    for (const Document *d : rows)
        QVERIFY(d->unread);
    model.setFilter(ui::DocumentListModel::Filter::Overdue);
    rows = allRows(model);
    QVERIFY(!rows.isEmpty()); // every deadline is in January 2026
    for (const Document *d : rows)
        QVERIFY(d->dueDate < QDate::currentDate());
    model.setFilter(ui::DocumentListModel::Filter::All);
    QCOMPARE(allRows(model).size(), 300);
}

// Hỏa tốc and Thượng khẩn looked the same: Hỏa tốc stands out most (white on red), Thượng khẩn
// is red and bold, Khẩn orange.
void TestDocumentListModel::urgenciesAreTold()
{
    QTemporaryDir dir;
    auto db = store::Database::open(dir.filePath(QStringLiteral("u.db")));
    QVERIFY(db.ok());
    QVERIFY(db.value()->migrate(store::clientMigrations()).ok());
    store::DocumentCache cache(*db.value());
    const QList<Urgency> levels{Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent,
                                Urgency::Flash, Urgency::FlashTimed};
    for (int i = 0; i < levels.size(); ++i) {
        Document d;
        d.id = QStringLiteral("u%1").arg(i);
        d.subject = QStringLiteral("Khẩn cấp %1").arg(i);
        d.urgency = levels.at(i);
        d.receivedAt = QDateTime(QDate(2026, 12, 1), QTime(8, i), Qt::UTC);
        QVERIFY(cache.upsert(d).ok());
    }
    ui::DocumentListModel model(cache);
    model.setBox(std::nullopt);
    model.sort(ui::DocumentListModel::Urgency, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), levels.size());
    const auto look = [&](int row, int role) {
        return model.index(row, ui::DocumentListModel::Urgency).data(role);
    };
    const auto colour = [&](int row, int role) {
        const QVariant v = look(row, role);
        return v.isValid() ? v.value<QBrush>().color() : QColor();
    };
    // Rows: Hỏa tốc hẹn giờ, Hỏa tốc, Thượng khẩn, Khẩn, thường.
    for (int row : {0, 1}) {
        QCOMPARE(colour(row, Qt::BackgroundRole), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(colour(row, Qt::ForegroundRole), QColor(Qt::white));
        QVERIFY(look(row, Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(!look(2, Qt::BackgroundRole).isValid());
    QCOMPARE(colour(2, Qt::ForegroundRole), QColor(0xc6, 0x28, 0x28));
    QVERIFY(look(2, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(colour(3, Qt::ForegroundRole), QColor(0xe6, 0x51, 0x00));
    QVERIFY(!look(3, Qt::FontRole).isValid());
    QVERIFY(!look(4, Qt::ForegroundRole).isValid());
    // Three looks for three levels: none shares another's.
    QVERIFY(colour(1, Qt::BackgroundRole) != colour(2, Qt::BackgroundRole));
}

QTEST_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
