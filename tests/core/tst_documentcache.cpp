#include "core/store/documentcache.h"
#include "core/store/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lt;
using namespace lt::store;

namespace {

Document makeDocument(int i)
{
    Document d;
    d.id = QStringLiteral("doc-%1").arg(i);
    d.state = IncomingState::Submitted;
    d.type = DocumentType::QuyetDinh;
    d.number = i;
    d.notation = QStringLiteral("QĐ-UBND");
    d.subject = QStringLiteral("Quyết định về việc phê duyệt kế hoạch số %1").arg(i);
    d.issuerName = QStringLiteral("Ủy ban nhân dân tỉnh Thử Nghiệm");
    d.issuerCode = QStringLiteral("000.00.00.H53");
    d.issueDate = QDate(2026, 1, 1).addDays(i % 300);
    d.receivedAt = QDateTime(d.issueDate, QTime(8, 0), Qt::UTC).addSecs(i);
    d.revision = 1;
    d.boxes = quint32(Box::Incoming) | (i % 2 ? quint32(Box::ToHandle) : 0);
    Attachment a;
    a.sha256 = QByteArray(32, char(i));
    a.size = 1000 + i;
    a.fileName = QStringLiteral("vb-%1.pdf").arg(i);
    d.attachments = {a};
    return d;
}

} // namespace

class TestDocumentCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upsertAndGetRoundTrip();
    void aReadStaysReadUntilItsReceiptIsSent();
    void updateReplacesEverything();
    void removeDeletesFromIndexToo();
    void listByBoxNewestFirst();
    void urgentAndOverdueFilters();
    void searchWithAndWithoutDiacritics_data();
    void searchWithAndWithoutDiacritics();
    void searchBodyText();
    void ftsQueryIsSafe();
    void metaIsTransactional();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentCache> m_cache;
};

void TestDocumentCache::init()
{
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db.value());
    QVERIFY(m_db->migrate(clientMigrations()).ok());
    m_cache = std::make_unique<DocumentCache>(*m_db);
}

void TestDocumentCache::cleanup()
{
    m_cache.reset();
    m_db.reset();
}

void TestDocumentCache::upsertAndGetRoundTrip()
{
    Document d = makeDocument(5);
    d.dueDate = QDate(2026, 2, 1);
    d.urgency = Urgency::VeryUrgent;
    d.confidentiality = Confidentiality::Confidential;
    d.signerName = QStringLiteral("Nguyễn Văn An");
    d.incomingNumber = 77;
    d.unread = true;
    d.relations = quint32(Relation::Addressee) | quint32(Relation::Cooperating);
    QVERIFY(m_cache->upsert(d).ok());
    const auto got = m_cache->get(d.id);
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(*got.value(), d);
    QVERIFY(!m_cache->get(QStringLiteral("missing")).value().has_value());
}

void TestDocumentCache::updateReplacesEverything()
{
    Document d = makeDocument(1);
    QVERIFY(m_cache->upsert(d).ok());
    d.state = IncomingState::Assigned;
    d.subject = QStringLiteral("Chỉ thị mới");
    d.boxes = quint32(Box::Incoming);
    d.relations = quint32(Relation::Informed); // reassigned: the unit keeps reading
    d.attachments.append(d.attachments.first());
    d.attachments.last().version = 2;
    d.revision = 2;
    QVERIFY(m_cache->upsert(d).ok());
    QCOMPARE(*m_cache->get(d.id).value(), d);
    QCOMPARE(m_cache->count(Box::ToHandle).value(), 0);
    QCOMPARE(m_cache->countAll().value(), 1);
    QCOMPARE(m_cache->search(QStringLiteral("chi thi")).value().size(), 1);
    QCOMPARE(m_cache->search(QStringLiteral("phe duyet")).value().size(), 0);
}

void TestDocumentCache::removeDeletesFromIndexToo()
{
    QVERIFY(m_cache->upsert(makeDocument(1)).ok());
    QVERIFY(m_cache->upsert(makeDocument(2)).ok());
    QVERIFY(m_cache->remove(QStringLiteral("doc-1")).ok());
    QVERIFY(m_cache->remove(QStringLiteral("doc-1")).ok()); // again: nothing to do
    QCOMPARE(m_cache->countAll().value(), 1);
    const auto found = m_cache->search(QStringLiteral("ke hoach"));
    QCOMPARE(found.value().size(), 1);
    QCOMPARE(found.value().first().id, QStringLiteral("doc-2"));
    QCOMPARE(m_cache->count(Box::Incoming).value(), 1);
}

void TestDocumentCache::listByBoxNewestFirst()
{
    Transaction tx(*m_db);
    for (int i = 1; i <= 50; ++i)
        QVERIFY(m_cache->upsert(makeDocument(i)).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(m_cache->count(Box::Incoming).value(), 50);
    QCOMPARE(m_cache->count(Box::ToHandle).value(), 25);
    DocumentCache::Query q;
    q.box = Box::ToHandle;
    q.limit = 10;
    const auto page = m_cache->list(q);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 10);
    QCOMPARE(page.value().first().id, QStringLiteral("doc-49"));
    for (qsizetype i = 1; i < page.value().size(); ++i)
        QVERIFY(page.value().at(i - 1).receivedAt > page.value().at(i).receivedAt);
    q.offset = 20;
    QCOMPARE(m_cache->list(q).value().size(), 5);
    q.box.reset();
    q.offset = 0;
    q.limit = 1000;
    QCOMPARE(m_cache->list(q).value().size(), 50);
}

void TestDocumentCache::urgentAndOverdueFilters()
{
    Document a = makeDocument(1);
    a.urgency = Urgency::Flash;
    a.dueDate = QDate(2026, 3, 1);
    Document b = makeDocument(2);
    b.dueDate = QDate(2026, 3, 10);
    Document c = makeDocument(3);
    c.dueDate = QDate(2026, 3, 1);
    c.state = IncomingState::Done; // closed: never overdue
    for (const auto &d : {a, b, c})
        QVERIFY(m_cache->upsert(d).ok());
    DocumentCache::Query q;
    q.urgentOnly = true;
    QCOMPARE(m_cache->list(q).value().size(), 1);
    q.urgentOnly = false;
    q.overdueOnly = true;
    q.today = QDate(2026, 3, 5);
    const auto overdue = m_cache->list(q).value();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.first().id, a.id);
    q.today = QDate(2026, 3, 11);
    QCOMPARE(m_cache->list(q).value().size(), 2);
}

void TestDocumentCache::searchWithAndWithoutDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // comma-separated ids, best first
    QTest::newRow("accents") << QStringLiteral("Quyết định") << "a,b";
    QTest::newRow("no accents") << QStringLiteral("quyet dinh") << "a,b";
    QTest::newRow("upper") << QStringLiteral("QUYẾT ĐỊNH") << "a,b";
    QTest::newRow("decomposed")
        << QStringLiteral("Quyết định").normalized(QString::NormalizationForm_D) << "a,b";
    QTest::newRow("đ as d") << QStringLiteral("dat dai") << "b";
    QTest::newRow("prefix") << QStringLiteral("chuyen do") << "c";
    QTest::newRow("notation") << QStringLiteral("05/QĐ-UBND") << "a";
    QTest::newRow("notation folded") << QStringLiteral("05 qd ubnd") << "a";
    QTest::newRow("issuer") << QStringLiteral("so tai nguyen") << "b";
    QTest::newRow("signer") << QStringLiteral("Trần Thị Bình") << "c";
    QTest::newRow("nothing") << QStringLiteral("khong co gi") << "";
    QTest::newRow("punctuation only") << QStringLiteral("\"*:()") << "";
}

void TestDocumentCache::searchWithAndWithoutDiacritics()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    Document a = makeDocument(5);
    a.id = QStringLiteral("a");
    a.subject = QStringLiteral("Quyết định phê duyệt quy hoạch");
    Document b = makeDocument(12);
    b.id = QStringLiteral("b");
    b.notation = QStringLiteral("STNMT-QLĐĐ");
    b.type = DocumentType::CongVan;
    b.subject = QStringLiteral("Hướng dẫn thi hành quyết định về đất đai");
    b.issuerName = QStringLiteral("Sở Tài nguyên và Môi trường");
    Document c = makeDocument(20);
    c.id = QStringLiteral("c");
    c.type = DocumentType::KeHoach;
    c.notation = QStringLiteral("KH-UBND");
    c.subject = QStringLiteral("Kế hoạch chuyển đổi số năm 2026");
    c.signerName = QStringLiteral("Trần Thị Bình");
    for (const auto &d : {a, b, c})
        QVERIFY(m_cache->upsert(d).ok());
    const auto found = m_cache->search(query);
    QVERIFY(found.ok());
    QStringList ids;
    for (const auto &d : found.value())
        ids << d.id;
    QCOMPARE(ids.join(u','), expected);
}

void TestDocumentCache::searchBodyText()
{
    QVERIFY(m_cache->upsert(makeDocument(1)).ok());
    QVERIFY(
        m_cache
            ->setBodyText(QStringLiteral("doc-1"), QStringLiteral("Điều 1. Giao Sở Y tế chủ trì"))
            .ok());
    QCOMPARE(m_cache->search(QStringLiteral("so y te chu tri")).value().size(), 1);
    // The text survives a metadata update from the server.
    Document d = makeDocument(1);
    d.revision = 2;
    QVERIFY(m_cache->upsert(d).ok());
    QCOMPARE(m_cache->search(QStringLiteral("y te")).value().size(), 1);
    QCOMPARE(m_cache->setBodyText(QStringLiteral("nope"), QStringLiteral("x")).error().code,
             ErrorCode::NotFound);
}

void TestDocumentCache::ftsQueryIsSafe()
{
    QCOMPARE(DocumentCache::ftsQuery(QStringLiteral("Quyết định")),
             QStringLiteral("\"quyet\" \"dinh\"*"));
    QCOMPARE(DocumentCache::ftsQuery(QStringLiteral("a\" OR NEAR(bc")),
             QStringLiteral("\"a\" \"or\" \"near\" \"bc\"*"));
    QVERIFY(DocumentCache::ftsQuery(QStringLiteral("  -- ")).isEmpty());
    QCOMPARE(DocumentCache::ftsQuery(QStringLiteral("quyết t")), QStringLiteral("\"quyet\" \"t\""));
    QVERIFY(m_cache->search(QStringLiteral("a\" OR NEAR(b")).ok());
}

void TestDocumentCache::metaIsTransactional()
{
    QCOMPARE(m_cache->meta(QStringLiteral("cursor")).value(), QString());
    {
        Transaction tx(*m_db);
        QVERIFY(m_cache->upsert(makeDocument(1)).ok());
        QVERIFY(m_cache->setMeta(QStringLiteral("cursor"), QStringLiteral("41")).ok());
        // not committed
    }
    QCOMPARE(m_cache->meta(QStringLiteral("cursor")).value(), QString());
    QCOMPARE(m_cache->countAll().value(), 0);
    Transaction tx(*m_db);
    QVERIFY(m_cache->upsert(makeDocument(1)).ok());
    QVERIFY(m_cache->setMeta(QStringLiteral("cursor"), QStringLiteral("42")).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(m_cache->meta(QStringLiteral("cursor")).value(), QStringLiteral("42"));
}

// A feed page that still says "unread" (the receipt not sent yet, or sent while the page was
// on its way) used to make a read document bold again, for good.
void TestDocumentCache::aReadStaysReadUntilItsReceiptIsSent()
{
    Document d = makeDocument(7);
    d.unread = true;
    QVERIFY(m_cache->upsert(d).ok());
    QVERIFY(m_cache->markRead(d.id).ok());
    QVERIFY(!m_cache->get(d.id).value()->unread);
    QCOMPARE(m_cache->pendingReadReceipts().value(), QStringList{d.id});
    QVERIFY(m_cache->upsert(d).ok()); // the feed, still saying unread
    QVERIFY(!m_cache->get(d.id).value()->unread);
    // Sent: from now on the server's word counts (new work makes it unread again).
    QVERIFY(m_cache->dropReadReceipts({d.id}).ok());
    QVERIFY(m_cache->upsert(d).ok());
    QVERIFY(m_cache->get(d.id).value()->unread);
    // Marking a read document read again queues nothing.
    d.unread = false;
    QVERIFY(m_cache->upsert(d).ok());
    QVERIFY(m_cache->markRead(d.id).ok());
    QVERIFY(m_cache->pendingReadReceipts().value().isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentCache)
#include "tst_documentcache.moc"
