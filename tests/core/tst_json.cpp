#include "core/model/json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace lt;

namespace {
Document sample()
{
    Document d;
    d.id = QStringLiteral("d1");
    d.state = OutgoingState::UnderReview;
    d.type = DocumentType::ToTrinh;
    d.number = 12;
    d.notation = QStringLiteral("TTr-SYT");
    d.subject = QStringLiteral("Tờ trình về việc mua sắm trang thiết bị y tế");
    d.issuerCode = QStringLiteral("000.00.11.H53");
    d.issuerName = QStringLiteral("Sở Y tế");
    d.signerName = QStringLiteral("Lê Văn Cường");
    d.signerTitle = QStringLiteral("Giám đốc");
    d.issueDate = QDate(2026, 11, 2);
    d.receivedAt = QDateTime(QDate(2026, 11, 3), QTime(9, 15, 2, 120), Qt::UTC);
    d.incomingNumber = 0;
    d.urgency = Urgency::Urgent;
    d.confidentiality = Confidentiality::Normal;
    d.dueDate = QDate(2026, 11, 30);
    d.revision = 7;
    Attachment a;
    a.sha256 =
        QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    a.size = 123456;
    a.fileName = QStringLiteral("Tờ trình.pdf");
    a.version = 2;
    a.previousSha256 = QByteArray(32, '\x11');
    d.attachments = {a};
    d.boxes = quint32(Box::ToSign) | quint32(Box::ToHandle);
    d.unread = true;
    return d;
}
} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void documentRoundTrip();
    void unknownFieldsAreIgnored();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void stateKeys();
};

void TestJson::documentRoundTrip()
{
    const Document d = sample();
    const QByteArray wire = QJsonDocument(json::toJson(d)).toJson(QJsonDocument::Compact);
    const auto back = json::documentFromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value(), d);
}

void TestJson::unknownFieldsAreIgnored()
{
    QJsonObject o = json::toJson(sample());
    o.insert(QStringLiteral("futureField"), QJsonObject{{QStringLiteral("x"), 1}});
    QJsonArray boxes = o.value(QStringLiteral("boxes")).toArray();
    boxes.append(QStringLiteral("some_future_box"));
    o.insert(QStringLiteral("boxes"), boxes);
    // A decision of a kind a newer server added: left out, the document still reads.
    QJsonArray history = o.value(QStringLiteral("history")).toArray();
    const qsizetype known = history.size();
    history.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x1")},
                               {QStringLiteral("action"), QStringLiteral("archive_for_2030")},
                               {QStringLiteral("at"), QStringLiteral("2026-12-01T08:00:00.000Z")}});
    o.insert(QStringLiteral("history"), history);
    const auto back = json::documentFromJson(o);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back.value(), sample());
    QCOMPARE(back->history.size(), known);
}

void TestJson::invalidValuesAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no id") << "id" << QJsonValue();
    QTest::newRow("id not a string") << "id" << QJsonValue(5);
    QTest::newRow("bad state") << "state" << QJsonValue(QStringLiteral("outgoing:teleported"));
    QTest::newRow("state without direction") << "state" << QJsonValue(QStringLiteral("draft"));
    QTest::newRow("bad type") << "type" << QJsonValue(QStringLiteral("memo"));
    QTest::newRow("urgency out of range") << "urgency" << QJsonValue(9);
    QTest::newRow("urgency fractional") << "urgency" << QJsonValue(1.5);
    QTest::newRow("number negative") << "number" << QJsonValue(-1);
    QTest::newRow("number as string") << "number" << QJsonValue(QStringLiteral("5"));
    QTest::newRow("bad date") << "issueDate" << QJsonValue(QStringLiteral("31/12/2026"));
    QTest::newRow("attachments not array") << "attachments" << QJsonValue(QStringLiteral("x"));
    QJsonObject badSha{{QStringLiteral("sha256"), QStringLiteral("abcd")},
                       {QStringLiteral("fileName"), QStringLiteral("a.pdf")}};
    QTest::newRow("short sha256") << "attachments" << QJsonValue(QJsonArray{badSha});
    QJsonObject traversal{{QStringLiteral("sha256"), QString(64, u'a')},
                          {QStringLiteral("fileName"), QStringLiteral("../../etc/passwd")}};
    QTest::newRow("path in file name") << "attachments" << QJsonValue(QJsonArray{traversal});
}

void TestJson::invalidValuesAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject o = json::toJson(sample());
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    const auto back = json::documentFromJson(o);
    QVERIFY(!back.ok());
    QCOMPARE(back.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(back.error().message.contains(field) || field == u"attachments",
             qPrintable(back.error().message));
}

void TestJson::stateKeys()
{
    for (IncomingState s : enums::allIncomingStates())
        QCOMPARE(json::stateFromKey(json::stateKey(s)), std::optional<DocumentState>(s));
    for (OutgoingState s : enums::allOutgoingStates())
        QCOMPARE(json::stateFromKey(json::stateKey(s)), std::optional<DocumentState>(s));
    QCOMPARE(json::stateKey(IncomingState::Done), QStringLiteral("incoming:done"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
