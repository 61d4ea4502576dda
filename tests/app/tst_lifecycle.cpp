// A document's life inside the agency, through lienthong-cli against a real server on
// 127.0.0.1 (session in a real keychain): a specialist drafts, the head returns it, a new
// version, approved, signed, numbered, issued and dispatched to named recipients, who find it;
// a paper document registered with its arrival number, a duplicate flagged, submitted to a
// chosen deputy, directed to one specialist; the registers with their ten columns; bad input
// refused with a reason and nothing changed.
#include "clirunner.h"
#include "pdftools.h"
#include "testprocess.h"
#include "testtoken.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lt::test;

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aDraftGoesFromTheSpecialistToItsRecipients();
    void aPaperDocumentIsRegisteredAndReachesASpecialist();
    void badInputIsRefusedAndChangesNothing();
    void aWordProcessorFileBecomesAPdf();
    void aCouncilKeepsItsOwnRegister();
    void clerksRegisteringAtOnceGetDenseNumbers();

private:
    CliRunner as(const QString &login, const QString &tag = {});
    QString pdf(const QString &name, const QString &words);
    QString server() const { return m_server.url().toString(); }
    QJsonObject get(const QString &login, const QString &path, int *status = nullptr);
    QByteArray bytes(const QString &login, const QString &path);
    QJsonObject get(const QString &login, const QString &path, int *status, bool);
    QByteArray m_lastBody;
    QString draft(const QString &name);
    std::unique_ptr<TestToken> m_token;
    QTemporaryDir m_tmp;
    ListeningProcess m_server;
    QNetworkAccessManager m_nam;
};

void TestLifecycle::initTestCase()
{
    QStringList args{QStringLiteral("--data"), m_tmp.filePath(QStringLiteral("server")),
                     QStringLiteral("--demo"), QStringLiteral("--demo-size"),
                     QStringLiteral("60"),     QStringLiteral("--demo-pdfs"),
                     QStringLiteral("2")};
    // Run by tst_lifecycle_postgres (tests/support/scripts/with-postgres.sh): on PostgreSQL.
    const QString pg = qEnvironmentVariable("LT_TEST_POSTGRES_URL");
    if (!pg.isEmpty())
        args << QStringLiteral("--db") << pg;
    QVERIFY2(m_server.start(qEnvironmentVariable("LT_SERVER"), args, 120'000),
             qPrintable(m_server.errorString()));
    QString error;
    m_token = TestToken::create(QStringLiteral("rsa:2048"), &error); // the CLI sees it too
    QVERIFY2(m_token, qPrintable(error));
}

void TestLifecycle::cleanupTestCase()
{
    m_server.stop();
}

CliRunner TestLifecycle::as(const QString &login, const QString &tag)
{
    CliRunner cli(m_tmp.filePath(QStringLiteral("profile-") + login + tag));
    if (!QFile::exists(cli.profile())) {
        const auto r =
            cli.run({QStringLiteral("login"), QStringLiteral("--server"), server(),
                     QStringLiteral("--user"), login, QStringLiteral("--password-stdin")},
                    "demo123\n");
        if (r.code != 0)
            qWarning() << "login" << login << r.err;
    }
    return cli;
}

QString TestLifecycle::pdf(const QString &name, const QString &words)
{
    const QString path = m_tmp.filePath(name);
    writeFile(path, handMadePdf(
                        QStringLiteral("/MediaBox [0 0 595 842]"),
                        QStringLiteral("BT /F1 14 Tf 72 760 Td (%1) Tj ET").arg(words).toLatin1()));
    return path;
}

QString TestLifecycle::draft(const QString &name)
{
    const QString path = m_tmp.filePath(name);
    makeDraft(path);
    return path;
}

QByteArray TestLifecycle::bytes(const QString &login, const QString &path)
{
    int status = 0;
    get(login, path, &status, true);
    return m_lastBody;
}

QJsonObject TestLifecycle::get(const QString &login, const QString &path, int *status)
{
    return get(login, path, status, false);
}

QJsonObject TestLifecycle::get(const QString &login, const QString &path, int *status, bool)
{
    // ServerProbe knows documents; registers are read with a plain request.
    QNetworkRequest session(m_server.url().resolved(QUrl(QStringLiteral("/api/v1/session"))));
    session.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> s(m_nam.post(
        session, QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                           {QStringLiteral("password"), QStringLiteral("demo123")}})
                     .toJson()));
    QSignalSpy done(s.get(), &QNetworkReply::finished);
    done.wait(30'000);
    const QString token = QJsonDocument::fromJson(s->readAll())
                              .object()
                              .value(QStringLiteral("accessToken"))
                              .toString();
    QNetworkRequest request(m_server.url().resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    std::unique_ptr<QNetworkReply> r(m_nam.get(request));
    QSignalSpy finished(r.get(), &QNetworkReply::finished);
    finished.wait(30'000);
    if (status)
        *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastBody = r->readAll();
    return QJsonDocument::fromJson(m_lastBody).object();
}

void TestLifecycle::aDraftGoesFromTheSpecialistToItsRecipients()
{
    CliRunner specialist = as(QStringLiteral("specialist"));
    CliRunner head = as(QStringLiteral("head"));
    CliRunner leader = as(QStringLiteral("leader"));
    CliRunner clerk = as(QStringLiteral("clerk"));
    const QString v1 = draft(QStringLiteral("draft-v1.pdf"));
    const QString appendix = pdf(QStringLiteral("appendix.pdf"), QStringLiteral("Phu luc"));

    auto r = specialist.run(
        {QStringLiteral("draft"),       QStringLiteral("new"),
         QStringLiteral("--type"),      QStringLiteral("KH"),
         QStringLiteral("--subject"),   QStringLiteral("Kế hoạch chuyển đổi số năm 2027"),
         QStringLiteral("--file"),      v1,
         QStringLiteral("--appendix"),  appendix,
         QStringLiteral("--signer"),    QStringLiteral("leader"),
         QStringLiteral("--recipient"), QStringLiteral("org-snv"),
         QStringLiteral("--recipient"), QStringLiteral("snv.cv1"),
         QStringLiteral("--recipient"), QStringLiteral("external:000.00.31.H99"),
         QStringLiteral("--recipient"), QStringLiteral("paper:Bưu điện tỉnh"),
         QStringLiteral("--deadline"),  QStringLiteral("2027-01-15")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    QVERIFY(id.startsWith(u'd'));
    ServerProbe byClerk(m_server.url(), QStringLiteral("clerk"));
    QJsonObject doc = byClerk.document(id);
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:draft"));
    QCOMPARE(doc.value(QStringLiteral("notation")).toString(), QStringLiteral("KH-UBND"));
    QCOMPARE(doc.value(QStringLiteral("attachments")).toArray().size(), 2);
    const QJsonArray recipients = doc.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 4);
    QCOMPARE(recipients.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Sở Nội vụ"));
    QCOMPARE(recipients.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("external"));

    // Submitted to the head of unit by name; returned; a new version; submitted again.
    r = specialist.run({QStringLiteral("draft"), QStringLiteral("submit"), id,
                        QStringLiteral("--to"), QStringLiteral("head")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(specialist.run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(head.run({QStringLiteral("sync")}).code, 0);
    r = head.run({QStringLiteral("act"), id, QStringLiteral("return"), QStringLiteral("--text"),
                  QStringLiteral("Bổ sung kinh phí.")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(head.run({QStringLiteral("sync")}).code, 0);
    const QString v2 = m_tmp.filePath(QStringLiteral("draft-v2.pdf"));
    DraftLayout second;
    second.size = 12;
    QVERIFY(makeDraft(v2, second));
    QCOMPARE(specialist.run({QStringLiteral("sync")}).code, 0);
    // Submitted again as it was returned: only when the drafter says so.
    r = specialist.run({QStringLiteral("draft"), QStringLiteral("submit"), id});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--same-version")), qPrintable(r.err));
    r = specialist.run(
        {QStringLiteral("draft"), QStringLiteral("version"), id, QStringLiteral("--file"), v2});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("version 2")), qPrintable(r.out));
    doc = byClerk.document(id);
    const QJsonArray versions = doc.value(QStringLiteral("versions")).toArray();
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(0).toObject().value(QStringLiteral("sha256")) !=
            versions.at(1).toObject().value(QStringLiteral("sha256")));
    QVERIFY(!versions.at(1).toObject().value(QStringLiteral("byName")).toString().isEmpty());
    r = specialist.run({QStringLiteral("draft"), QStringLiteral("submit"), id,
                        QStringLiteral("--to"), QStringLiteral("head")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(specialist.run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(head.run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(head.run({QStringLiteral("act"), id, QStringLiteral("approve")}).code, 0);
    QCOMPARE(head.run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(leader.run({QStringLiteral("sync")}).code, 0);
    // The leader signs the version approved, on the token (its file kept here first).
    QCOMPARE(leader.run({QStringLiteral("pin"), id}).code, 0);
    QCOMPARE(leader.run({QStringLiteral("sync")}).code, 0);
    const QString leaderSigned = m_tmp.filePath(QStringLiteral("leader-signed.pdf"));
    r = leader.run({QStringLiteral("sign"), QStringLiteral("--module"), m_token->modulePath(),
                    QStringLiteral("--pin-stdin"), QStringLiteral("--in"), v2,
                    QStringLiteral("--out"), leaderSigned, QStringLiteral("--title"),
                    QStringLiteral("Chủ tịch")},
                   "1234\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = leader.run({QStringLiteral("act"), id, QStringLiteral("sign"), QStringLiteral("--file"),
                    leaderSigned});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(leader.run({QStringLiteral("sync")}).code, 0);

    // Issued by the clerk: the number from the register written into the file with the
    // agency's signature; then dispatched, and the recipients reached. The clerk's tokens hold
    // their own certificate and the agency's (added after the leader's): the agency's signs.
    {
        QProcess agencyToken;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LT_TOKEN_LABEL"), QStringLiteral("Con dau co quan"));
        env.insert(QStringLiteral("LT_TOKEN_SUBJECT"),
                   QStringLiteral("/C=VN/ST=Hà Nội/O=Ủy ban nhân dân tỉnh Thử Nghiệm/CN=Ủy ban "
                                  "nhân dân tỉnh Thử Nghiệm"));
        agencyToken.setProcessEnvironment(env);
        agencyToken.setProcessChannelMode(QProcess::MergedChannels);
        agencyToken.start(
            QStringLiteral("bash"),
            {sourceDir() + QStringLiteral("/tests/support/scripts/make-test-token.sh"),
             m_token->directory()});
        QVERIFY(agencyToken.waitForFinished(120'000));
        QVERIFY2(agencyToken.exitCode() == 0, agencyToken.readAll().constData());
    }
    QCOMPARE(clerk.run({QStringLiteral("sync")}).code, 0);
    r = clerk.run({QStringLiteral("issue"), id, QStringLiteral("--module"), m_token->modulePath(),
                   QStringLiteral("--pin-stdin")},
                  "1234\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("/KH-UBND")), qPrintable(r.out));
    QVERIFY(clerk.run({QStringLiteral("act"), id, QStringLiteral("dispatch")}).code == 0);
    r = clerk.run({QStringLiteral("sync")});
    QVERIFY2(r.out.contains(QStringLiteral("2 applied")), qPrintable(r.out));
    doc = byClerk.document(id);
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:dispatched"));
    const int number = doc.value(QStringLiteral("number")).toInt();
    QVERIFY(number > 0);
    const QJsonArray sent = doc.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(sent.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("sent"));
    QCOMPARE(sent.at(2).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending")); // waits for the exchange with other agencies
    QCOMPARE(sent.at(3).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("sent"));

    // The issued file: the number and the date in its text, both signatures valid.
    const QJsonObject mainFile =
        doc.value(QStringLiteral("attachments")).toArray().first().toObject();
    const QString issuedPath = m_tmp.filePath(QStringLiteral("issued.pdf"));
    QVERIFY(writeFile(issuedPath, bytes(QStringLiteral("clerk"),
                                        QStringLiteral("/api/v1/blobs/") +
                                            mainFile.value(QStringLiteral("sha256")).toString())));
    const QDate issued =
        QDate::fromString(doc.value(QStringLiteral("issueDate")).toString(), Qt::ISODate);
    QVERIFY(issued.isValid());
    const QString issuedText =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"),
                                          QStringLiteral("1"), issuedPath, QStringLiteral("-")})
            .out;
    QVERIFY2(issuedText.contains(QRegularExpression(
                 QStringLiteral("Số:\\s*%1\\s*/KH-UBND").arg(number, 2, 10, QLatin1Char('0')))),
             qPrintable(issuedText));
    QVERIFY2(issuedText.contains(QRegularExpression(
                 QStringLiteral("ngày\\s+%1\\s+tháng\\s+%2\\s+năm\\s+%3")
                     .arg(issued.day(), 2, 10, QLatin1Char('0'))
                     .arg(issued.month(), issued.month() < 3 ? 2 : 1, 10, QLatin1Char('0'))
                     .arg(issued.year()))),
             qPrintable(issuedText));
    const QString sig = run(QStringLiteral("pdfsig"), {issuedPath}).out;
    QCOMPARE(sig.count(QStringLiteral("Signature is Valid")), 2);
    // The leader's, then the agency's.
    const QString agencySignature = sig.section(QStringLiteral("Signature #2"), 1);
    QVERIFY2(agencySignature.contains(
                 QStringLiteral("Signer Certificate Common Name: Ủy ban nhân dân tỉnh "
                                "Thử Nghiệm")),
             qPrintable(sig));
    QVERIFY2(sig.section(QStringLiteral("Signature #2"), 0, 0)
                 .contains(QStringLiteral("Common Name: Nguyễn Văn An")),
             qPrintable(sig));

    // The recipients find it in their incoming box after their sync.
    CliRunner recipient = as(QStringLiteral("snv.cv2"));
    QCOMPARE(recipient.run({QStringLiteral("sync")}).code, 0);
    r = recipient.run({QStringLiteral("ls"), QStringLiteral("--box"), QStringLiteral("incoming"),
                       QStringLiteral("--json"), QStringLiteral("--limit"),
                       QStringLiteral("1000")});
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        found = found || v.toObject().value(QStringLiteral("id")).toString() == id;
    QVERIFY2(found, qPrintable(r.out.left(2000)));
    // Read by someone of the Home Affairs department: that recipient has received it (the
    // clerk's copy and the register say so); the others not yet.
    QCOMPARE(recipient.run({QStringLiteral("read"), id}).code, 0);
    QCOMPARE(recipient.run({QStringLiteral("sync")}).code, 0);
    const QJsonArray received = byClerk.document(id).value(QStringLiteral("recipients")).toArray();
    QCOMPARE(received.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("received"));
    QCOMPARE(received.at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("sent")); // snv.cv1, named, has not read it

    // The outgoing register: its row with the ten columns of Annex IV.
    const QJsonObject reg = get(
        QStringLiteral("clerk"),
        QStringLiteral("/api/v1/registers?direction=out&year=%1").arg(QDate::currentDate().year()));
    QJsonArray cells;
    for (const QJsonValue &v : reg.value(QStringLiteral("rows")).toArray()) {
        if (v.toObject().value(QStringLiteral("document")).toString() == id)
            cells = v.toObject().value(QStringLiteral("cells")).toArray();
    }
    QCOMPARE(cells.size(), 10);
    QCOMPARE(cells.at(0).toString(),
             QStringLiteral("%1/KH-UBND").arg(number, 2, 10, QLatin1Char('0')));
    QVERIFY(cells.at(2).toString().contains(QStringLiteral("Kế hoạch chuyển đổi số")));
    QCOMPARE(cells.at(3).toString(), doc.value(QStringLiteral("signerName")).toString());
    QVERIFY(cells.at(4).toString().contains(QStringLiteral("Sở Nội vụ")));
    QVERIFY(cells.at(4).toString().contains(QStringLiteral("Bưu điện tỉnh")));
    QCOMPARE(cells.at(6).toString(), QStringLiteral("5"));
    QVERIFY(!cells.at(7).toString().isEmpty());
    QVERIFY2(cells.at(8).toString().contains(QRegularExpression(QStringLiteral("^1\\D"))),
             qPrintable(cells.at(8).toString()));
    // And the postal register has the paper copy.
    const QJsonObject post =
        get(QStringLiteral("clerk"), QStringLiteral("/api/v1/registers?direction=post&year=%1")
                                         .arg(QDate::currentDate().year()));
    QCOMPARE(post.value(QStringLiteral("total")).toInt(), 1);

    // The CLI writes the register as CSV, titles first.
    const QString csv = m_tmp.filePath(QStringLiteral("out.csv"));
    r = clerk.run({QStringLiteral("register"), QStringLiteral("show"),
                   QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--csv"),
                   csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray bytes = readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"Number and notation\""));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("\"%1/KH-UBND\"").arg(number, 2, 10, QLatin1Char('0'))));
    // And as a workbook for spreadsheets: its sheet holds the row.
    const QString xlsx = m_tmp.filePath(QStringLiteral("out.xlsx"));
    r = clerk.run({QStringLiteral("register"), QStringLiteral("show"),
                   QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--xlsx"),
                   xlsx});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(readFile(xlsx).startsWith("PK"));
    const Run sheet = run(QStringLiteral("unzip"),
                          {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    QVERIFY2(sheet.out.contains(QStringLiteral("%1/KH-UBND").arg(number, 2, 10, QLatin1Char('0'))),
             qPrintable(sheet.err + sheet.out.left(400)));
    QVERIFY(sheet.out.contains(QStringLiteral("Số, ký hiệu văn bản")) ||
            sheet.out.contains(QStringLiteral("Number and notation")));
    // And printed as the annex lays it out: a first page with the agency, then the table.
    const QString printed = m_tmp.filePath(QStringLiteral("out.pdf"));
    r = clerk.run({QStringLiteral("--lang"), QStringLiteral("vi"), QStringLiteral("register"),
                   QStringLiteral("show"), QStringLiteral("--direction"), QStringLiteral("out"),
                   QStringLiteral("--pdf"), printed});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), printed}).code, 0);
    const Run cover = run(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"),
                                                        printed, QStringLiteral("-")});
    QVERIFY2(cover.out.contains(QStringLiteral("SỔ ĐĂNG KÝ VĂN BẢN ĐI")), qPrintable(cover.out));
    QVERIFY2(cover.out.contains(QStringLiteral("ỦY BAN NHÂN DÂN")), qPrintable(cover.out));
    const Run page = run(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"), QStringLiteral("2"), printed, QStringLiteral("-")});
    QVERIFY(page.out.contains(QStringLiteral("%1/KH-UBND").arg(number, 2, 10, QLatin1Char('0'))));
    QVERIFY(page.out.contains(QStringLiteral("Trang 1/")));
    // A file that cannot be written: said, nothing left behind.
    r = clerk.run({QStringLiteral("register"), QStringLiteral("show"),
                   QStringLiteral("--direction"), QStringLiteral("out"), QStringLiteral("--pdf"),
                   m_tmp.filePath(QStringLiteral("no-such-folder/out.pdf"))});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));

    // The number voided: not without a reason, once, recorded in the register with who and
    // when; the next document issued gets the next number, never this one.
    r = clerk.run({QStringLiteral("act"), id, QStringLiteral("void_number")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Say why")), qPrintable(r.err));
    r = clerk.run({QStringLiteral("act"), id, QStringLiteral("void_number"),
                   QStringLiteral("--text"),
                   QStringLiteral("Sai thể thức, ban hành văn bản khác")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = clerk.run({QStringLiteral("sync")});
    QVERIFY2(r.out.contains(QStringLiteral("1 applied")), qPrintable(r.out));
    QCOMPARE(byClerk.document(id).value(QStringLiteral("state")).toString(),
             QStringLiteral("outgoing:recalled"));
    r = clerk.run({QStringLiteral("act"), id, QStringLiteral("void_number"),
                   QStringLiteral("--text"), QStringLiteral("Lần nữa")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("voided already")), qPrintable(r.err));
    const QJsonObject voidedRegister = get(
        QStringLiteral("clerk"),
        QStringLiteral("/api/v1/registers?direction=out&year=%1").arg(QDate::currentDate().year()));
    QString voidedNote;
    for (const QJsonValue &v : voidedRegister.value(QStringLiteral("rows")).toArray()) {
        if (v[QStringLiteral("document")].toString() == id)
            voidedNote = v[QStringLiteral("cells")].toArray().at(9).toString();
    }
    QVERIFY2(voidedNote.contains(QStringLiteral("Sai thể thức, ban hành văn bản khác")),
             qPrintable(voidedNote));
    // The register speaks Vietnamese time (UTC+7), whatever the machine's zone: after 17:00 UTC
    // it is already tomorrow there.
    const QDate vietnamToday =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
    QVERIFY2(voidedNote.contains(vietnamToday.toString(QStringLiteral("dd/MM/yyyy"))),
             qPrintable(voidedNote));
    const QString clerkName = get(QStringLiteral("clerk"), QStringLiteral("/api/v1/me"))
                                  .value(QStringLiteral("fullName"))
                                  .toString();
    QVERIFY2(voidedNote.contains(clerkName), qPrintable(voidedNote));
    // Another signed document issued now: the next number.
    QString other;
    for (const QJsonObject &d : byClerk.all()) {
        if (d.value(QStringLiteral("state")).toString() == u"outgoing:signed" &&
            d.value(QStringLiteral("confidentiality")).toString(QStringLiteral("normal")) ==
                u"normal" &&
            !d.value(QStringLiteral("attachments")).toArray().isEmpty()) {
            other = d.value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY2(!other.isEmpty(), "the demo has signed documents waiting for their number");
    r = clerk.run({QStringLiteral("issue"), other, QStringLiteral("--module"),
                   m_token->modulePath(), QStringLiteral("--pin-stdin")},
                  "1234\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(clerk.run({QStringLiteral("sync")}).code, 0);
    const QJsonObject next = byClerk.document(other);
    QCOMPARE(next.value(QStringLiteral("state")).toString(), QStringLiteral("outgoing:issued"));
    QVERIFY2(next.value(QStringLiteral("number")).toInt() > number,
             qPrintable(QString::number(next.value(QStringLiteral("number")).toInt())));
}

void TestLifecycle::aPaperDocumentIsRegisteredAndReachesASpecialist()
{
    CliRunner clerk = as(QStringLiteral("clerk"));
    const QString scan = pdf(QStringLiteral("scan.pdf"), QStringLiteral("So 12/KH-SYT"));
    const QStringList args{QStringLiteral("incoming"),      QStringLiteral("register"),
                           QStringLiteral("--issuer-code"), QStringLiteral("000.00.09.H99"),
                           QStringLiteral("--issuer-name"), QStringLiteral("Sở Y tế"),
                           QStringLiteral("--notation"),    QStringLiteral("12/KH-SYT"),
                           QStringLiteral("--date"),        QStringLiteral("2026-11-20"),
                           QStringLiteral("--type"),        QStringLiteral("KH"),
                           QStringLiteral("--subject"),     QStringLiteral("Kế hoạch tiêm chủng"),
                           QStringLiteral("--pages"),       QStringLiteral("3"),
                           QStringLiteral("--file"),        scan};
    auto r = clerk.run(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = r.out.section(u' ', 0, 0);
    ServerProbe byClerk(m_server.url(), QStringLiteral("clerk"));
    QJsonObject doc = byClerk.document(id);
    QCOMPARE(doc.value(QStringLiteral("state")).toString(), QStringLiteral("incoming:registered"));
    const int arrival = doc.value(QStringLiteral("incomingNumber")).toInt();
    QVERIFY(arrival > 0);
    QVERIFY(
        r.out.contains(QStringLiteral("arrival number %1").arg(arrival, 2, 10, QLatin1Char('0'))));
    QCOMPARE(doc.value(QStringLiteral("number")).toInt(), 12);
    QCOMPARE(doc.value(QStringLiteral("notation")).toString(), QStringLiteral("KH-SYT"));

    // The same document again: flagged, not registered; registered when the clerk insists.
    r = clerk.run(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("registered already")), qPrintable(r.err));
    QVERIFY(r.err.contains(id));
    r = clerk.run(args + QStringList{QStringLiteral("--accept-duplicate")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString second = r.out.section(u' ', 0, 0);
    QCOMPARE(byClerk.document(second).value(QStringLiteral("incomingNumber")).toInt(), arrival + 1);

    // Submitted to a chosen deputy, who directs it to one specialist of the finance department.
    r = clerk.run({QStringLiteral("sync")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = clerk.run({QStringLiteral("act"), id, QStringLiteral("submit"), QStringLiteral("--to"),
                   QStringLiteral("deputy2")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = clerk.run({QStringLiteral("sync")});
    QVERIFY2(r.out.contains(QStringLiteral("1 applied")), qPrintable(r.out));
    doc = byClerk.document(id);
    const QJsonObject submitted = doc.value(QStringLiteral("history")).toArray().last().toObject();
    QCOMPARE(submitted.value(QStringLiteral("action")).toString(), QStringLiteral("submit"));
    QVERIFY(!submitted.value(QStringLiteral("toName")).toString().isEmpty());
    ServerProbe deputy(m_server.url(), QStringLiteral("deputy2"));
    QVERIFY(deputy.document(id)
                .value(QStringLiteral("relations"))
                .toArray()
                .contains(QStringLiteral("addressee")));
    // Submitted without naming anyone, the second copy goes to the agency's leader.
    r = clerk.run({QStringLiteral("act"), second, QStringLiteral("submit")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = clerk.run({QStringLiteral("sync")});
    QVERIFY2(r.out.contains(QStringLiteral("1 applied")), qPrintable(r.out));
    QVERIFY(ServerProbe(m_server.url(), QStringLiteral("leader"))
                .document(second)
                .value(QStringLiteral("relations"))
                .toArray()
                .contains(QStringLiteral("addressee")));
    int notChosen = 0;
    ServerProbe(m_server.url(), QStringLiteral("deputy2")).document(second, &notChosen);
    QCOMPARE(notChosen, 404);
    // Another deputy was not chosen: the document is not theirs to direct.
    ServerProbe other(m_server.url(), QStringLiteral("deputy3"));
    int status = 0;
    other.document(id, &status);
    QCOMPARE(status, 404);

    const QJsonObject specialistDoc =
        ServerProbe(m_server.url(), QStringLiteral("specialist")).document(id, &status);
    QCOMPARE(status, 404);
    Q_UNUSED(specialistDoc)
    const QString specialistId = get(QStringLiteral("specialist"), QStringLiteral("/api/v1/me"))
                                     .value(QStringLiteral("id"))
                                     .toString();
    const QJsonObject answer = deputy.act(
        id, QStringLiteral("direct"), QStringLiteral("Giao chuyên viên xử lý."),
        QJsonArray{QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                               {QStringLiteral("kind"), QStringLiteral("lead")},
                               {QStringLiteral("person"), specialistId},
                               {QStringLiteral("deadline"), QStringLiteral("2026-12-30")}}});
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    ServerProbe specialist(m_server.url(), QStringLiteral("specialist"));
    QVERIFY(specialist.document(id)
                .value(QStringLiteral("relations"))
                .toArray()
                .contains(QStringLiteral("assignee")));
    // The unit's head was not given it.
    ServerProbe(m_server.url(), QStringLiteral("head")).document(id, &status);
    QCOMPARE(status, 404);
    QCOMPARE(specialist.act(id, QStringLiteral("start_handling"), QString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(specialist.act(id, QStringLiteral("complete"), QStringLiteral("Đã xong."))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));

    // The second copy: the leader directs it to the finance department, whose head passes it
    // on (chuyển xử lý) to a specialist who leads and a colleague who helps; the specialist
    // reads the chain and completes it.
    ServerProbe leader(m_server.url(), QStringLiteral("leader"));
    QCOMPARE(leader
                 .act(second, QStringLiteral("direct"), QStringLiteral("Giao Sở Tài chính."),
                      QJsonArray{
                          QJsonObject{{QStringLiteral("organisation"), QStringLiteral("org-stc")},
                                      {QStringLiteral("kind"), QStringLiteral("lead")},
                                      {QStringLiteral("deadline"), QStringLiteral("2026-12-30")}}})
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    ServerProbe(m_server.url(), QStringLiteral("specialist")).document(second, &status);
    QCOMPARE(status, 404); // the unit's part is the head's to pass on
    CliRunner head = as(QStringLiteral("head"));
    QCOMPARE(head.run({QStringLiteral("sync")}).code, 0);
    // Later than the document's deadline, or someone of another unit: refused here at once.
    r = head.run({QStringLiteral("act"), second, QStringLiteral("pass_on"),
                  QStringLiteral("--lead"), QStringLiteral("specialist"),
                  QStringLiteral("--deadline"), QStringLiteral("2027-01-05")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("30/12/2026")), qPrintable(r.err));
    r = head.run({QStringLiteral("act"), second, QStringLiteral("pass_on"),
                  QStringLiteral("--lead"), QStringLiteral("snv.cv1")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("own unit")), qPrintable(r.err));
    r = head.run({QStringLiteral("act"), second, QStringLiteral("pass_on"),
                  QStringLiteral("--text"), QStringLiteral("Đề nghị đồng chí tham mưu."),
                  QStringLiteral("--lead"), QStringLiteral("specialist"),
                  QStringLiteral("--cooperate"), QStringLiteral("stc.cv2"),
                  QStringLiteral("--deadline"), QStringLiteral("2026-12-20")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = head.run({QStringLiteral("sync")});
    QVERIFY2(r.out.contains(QStringLiteral("1 applied")), qPrintable(r.out + r.err));
    const QJsonObject passedOn = specialist.document(second);
    QVERIFY(
        passedOn.value(QStringLiteral("relations")).toArray().contains(QStringLiteral("assignee")));
    const QJsonArray helper = ServerProbe(m_server.url(), QStringLiteral("stc.cv2"))
                                  .document(second)
                                  .value(QStringLiteral("relations"))
                                  .toArray();
    QVERIFY(helper.contains(QStringLiteral("cooperating")));
    QVERIFY(!helper.contains(QStringLiteral("assignee")));
    CliRunner specialistCli = as(QStringLiteral("specialist"));
    QCOMPARE(specialistCli.run({QStringLiteral("sync")}).code, 0);
    r = specialistCli.run({QStringLiteral("show"), second});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // "Lead unit: Sở Tài chính (by 30/12/2026) — Chuyên viên … (by 20/12/2026), … helping"
    const QString chain = r.out.section(QStringLiteral("Lead unit: "), 1).section(u'\n', 0, 0);
    QVERIFY2(chain.startsWith(QStringLiteral("Sở Tài chính (by 30/12/2026) — Chuyên viên ")),
             qPrintable(r.out));
    QVERIFY2(chain.contains(QStringLiteral("(by 20/12/2026)")), qPrintable(chain));
    QVERIFY2(chain.contains(QStringLiteral("helping")), qPrintable(chain));
    // The specialist starts; the helper cannot complete the document, only report its part;
    // the specialist completes it.
    QCOMPARE(specialist.act(second, QStringLiteral("start_handling"), QString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    ServerProbe helperProbe(m_server.url(), QStringLiteral("stc.cv2"));
    QCOMPARE(helperProbe.act(second, QStringLiteral("complete"), QString())
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("rejected"));
    QCOMPARE(helperProbe.act(second, QStringLiteral("report_part"), QStringLiteral("Số liệu kèm."))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    // The helper's report ends the helper's part only: the head and the lead keep theirs.
    QVERIFY(ServerProbe(m_server.url(), QStringLiteral("head"))
                .document(second)
                .value(QStringLiteral("relations"))
                .toArray()
                .contains(QStringLiteral("lead")));
    QVERIFY(ServerProbe(m_server.url(), QStringLiteral("stc.cv2"))
                .document(second)
                .value(QStringLiteral("relations"))
                .toArray()
                .contains(QStringLiteral("informed")));
    QCOMPARE(specialist.act(second, QStringLiteral("complete"), QStringLiteral("Đã trả lời."))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    QCOMPARE(specialist.document(second).value(QStringLiteral("state")).toString(),
             QStringLiteral("incoming:done"));

    // The incoming register: arrival date and number, author, number/notation, date, type and
    // subject, the unit it went to.
    const QJsonObject reg = get(
        QStringLiteral("clerk"),
        QStringLiteral("/api/v1/registers?direction=in&year=%1").arg(QDate::currentDate().year()));
    QJsonArray cells;
    for (const QJsonValue &v : reg.value(QStringLiteral("rows")).toArray()) {
        if (v.toObject().value(QStringLiteral("document")).toString() == id)
            cells = v.toObject().value(QStringLiteral("cells")).toArray();
    }
    QCOMPARE(cells.size(), 10);
    QCOMPARE(cells.at(1).toString(), QStringLiteral("%1").arg(arrival, 2, 10, QLatin1Char('0')));
    QCOMPARE(cells.at(2).toString(), QStringLiteral("Sở Y tế"));
    QCOMPARE(cells.at(3).toString(), QStringLiteral("12/KH-SYT"));
    QCOMPARE(cells.at(4).toString(), QStringLiteral("20/11/2026"));
    QVERIFY(cells.at(5).toString().contains(QStringLiteral("Kế hoạch tiêm chủng")));
    QCOMPARE(cells.at(6).toString(), QStringLiteral("Sở Tài chính"));
    QVERIFY(cells.at(9).toString().contains(QStringLiteral("3 page(s)")) ||
            cells.at(9).toString().contains(QStringLiteral("3 trang")));
    // Searched without accents, as the desk searches.
    const QJsonObject found =
        get(QStringLiteral("clerk"),
            QStringLiteral("/api/v1/registers?direction=in&year=%1&q=tiem%20chung")
                .arg(QDate::currentDate().year()));
    QVERIFY(found.value(QStringLiteral("total")).toInt() >= 2); // the document and its duplicate
    // A duplicate is found by the issuer's name written without accents too.
    r = clerk.run(
        QStringList(args).replaceInStrings(QStringLiteral("Sở Y tế"), QStringLiteral("SO Y TE")));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("registered already")), qPrintable(r.err));
    // A specialist does not read the registers.
    get(QStringLiteral("specialist"), QStringLiteral("/api/v1/registers?direction=in&year=2026"),
        &status);
    QCOMPARE(status, 403);
}

// A draft from Word or LibreOffice Writer: made a PDF by LibreOffice before it is sent (the text
// read back from the PDF on the server); without LibreOffice, said so and nothing sent; a
// damaged .docx, said so.
void TestLifecycle::aWordProcessorFileBecomesAPdf()
{
    const QString words = QStringLiteral("Tờ trình về việc thí điểm chuyển đổi số");
    // A flat OpenDocument text written by hand, and a .docx LibreOffice saves from it.
    const QString fodt = m_tmp.filePath(QStringLiteral("phu-luc.fodt"));
    QVERIFY(writeFile(
        fodt,
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document "
                       "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                       "office:version=\"1.2\" "
                       "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body>"
                       "<office:text><text:p>%1</text:p><text:p>Phụ lục kèm theo</text:p>"
                       "</office:text></office:body></office:document>\n")
            .arg(words)
            .toUtf8()));
    const Run saved = run(
        QStringLiteral("soffice"),
        {QStringLiteral("-env:UserInstallation=file://") + m_tmp.filePath(QStringLiteral("lo")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), m_tmp.path(), fodt});
    QVERIFY2(saved.code == 0, qPrintable(saved.err + saved.out));
    const QString docx = m_tmp.filePath(QStringLiteral("phu-luc.docx"));
    const QString mainDocx = m_tmp.filePath(QStringLiteral("du-thao.docx"));
    QVERIFY(QFile::rename(docx, mainDocx));
    CliRunner specialist = as(QStringLiteral("specialist"));
    const QStringList args{QStringLiteral("draft"),      QStringLiteral("new"),
                           QStringLiteral("--type"),     QStringLiteral("TTr"),
                           QStringLiteral("--subject"),  QStringLiteral("Thí điểm chuyển đổi số"),
                           QStringLiteral("--file"),     mainDocx,
                           QStringLiteral("--appendix"), fodt,
                           QStringLiteral("--signer"),   QStringLiteral("leader")};
    auto r = specialist.run(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString id = r.out.trimmed();
    const QJsonObject doc = ServerProbe(m_server.url(), QStringLiteral("specialist")).document(id);
    const QJsonArray files = doc.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(files.size(), 2);
    for (const QJsonValue &f : files) {
        QVERIFY(f[QStringLiteral("fileName")].toString().endsWith(QStringLiteral(".pdf")));
        const QString path =
            m_tmp.filePath(f[QStringLiteral("sha256")].toString() + QStringLiteral(".pdf"));
        QVERIFY(writeFile(
            path, bytes(QStringLiteral("specialist"), QStringLiteral("/api/v1/blobs/") +
                                                          f[QStringLiteral("sha256")].toString())));
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).code, 0);
        const QString text =
            run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out.simplified();
        QVERIFY2(text.contains(words), qPrintable(text));
    }

    // Without LibreOffice: said, with the way out, and no draft made.
    const int before = int(ServerProbe(m_server.url(), QStringLiteral("specialist")).all().size());
    qputenv("LIENTHONG_SOFFICE", "");
    r = specialist.run(args);
    qunsetenv("LIENTHONG_SOFFICE");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("needs LibreOffice")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("save the file as PDF")), qPrintable(r.err));
    // A .docx that is not one: said.
    const QString broken = m_tmp.filePath(QStringLiteral("hong.docx"));
    QVERIFY(writeFile(broken, "PK\x03\x04 not really a Word file"));
    r = specialist.run(QStringList(args).replaceInStrings(mainDocx, broken));
    QCOMPARE(r.code, 2); // the input, as for a file that is not a PDF
    QVERIFY2(r.err.contains(QStringLiteral("could not make a PDF")), qPrintable(r.err));
    QCOMPARE(int(ServerProbe(m_server.url(), QStringLiteral("specialist")).all().size()), before);
}

// A council (Hội đồng Thi đua - Khen thưởng) registers in a register of its own: its numbers
// start at 01 whatever the agency's register has reached, and the registers stay apart.
void TestLifecycle::aCouncilKeepsItsOwnRegister()
{
    CliRunner clerk = as(QStringLiteral("clerk"));
    const QString council = QStringLiteral("Hội đồng Thi đua - Khen thưởng");
    const QString scan = pdf(QStringLiteral("council.pdf"), QStringLiteral("So 3/TTr-SNV"));
    const auto registerOne = [&](const QString &notation, const QString &book) {
        QStringList args{QStringLiteral("incoming"),      QStringLiteral("register"),
                         QStringLiteral("--issuer-name"), QStringLiteral("Sở Nội vụ"),
                         QStringLiteral("--notation"),    notation,
                         QStringLiteral("--date"),        QStringLiteral("2026-11-25"),
                         QStringLiteral("--type"),        QStringLiteral("TTr"),
                         QStringLiteral("--subject"),     QStringLiteral("Đề nghị khen thưởng"),
                         QStringLiteral("--file"),        scan};
        if (!book.isEmpty())
            args << QStringLiteral("--register") << book;
        return clerk.run(args);
    };
    auto r = registerOne(QStringLiteral("3/TTr-SNV"), council);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("arrival number 01")), qPrintable(r.out));
    r = registerOne(QStringLiteral("4/TTr-SNV"), council);
    QVERIFY2(r.out.contains(QStringLiteral("arrival number 02")), qPrintable(r.out));
    // The agency's register goes on from where it was, not from the council's.
    r = registerOne(QStringLiteral("5/TTr-SNV"), QString());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("arrival number 03")), qPrintable(r.out));
    r = clerk.run({QStringLiteral("register"), QStringLiteral("show"),
                   QStringLiteral("--direction"), QStringLiteral("in"),
                   QStringLiteral("--register"), council});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 row")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("3/TTr-SNV")) &&
            r.out.contains(QStringLiteral("4/TTr-SNV")));
    QVERIFY(!r.out.contains(QStringLiteral("05/TTr-SNV")));
    r = clerk.run({QStringLiteral("register"), QStringLiteral("show"),
                   QStringLiteral("--direction"), QStringLiteral("in")});
    QVERIFY(r.out.contains(QStringLiteral("5/TTr-SNV")) &&
            !r.out.contains(QStringLiteral("3/TTr-SNV")));
    QVERIFY2(r.out.contains(QStringLiteral("Other registers this year: ")) &&
                 r.out.contains(council),
             qPrintable(r.out.right(300)));
    // A name that could be taken for a series key is refused.
    r = registerOne(QStringLiteral("6/TTr-SNV"), QStringLiteral("Hội đồng:secret"));
    QVERIFY(r.code != 0);
    // (The protocol's refusals are said in the server's language.)
    QVERIFY2(r.err.contains(QStringLiteral("cannot name a register")) ||
                 r.err.contains(QStringLiteral("không dùng được làm tên sổ")),
             qPrintable(r.err));
}

void TestLifecycle::badInputIsRefusedAndChangesNothing()
{
    CliRunner clerk = as(QStringLiteral("clerk"));
    CliRunner specialist = as(QStringLiteral("specialist"));
    ServerProbe probe(m_server.url(), QStringLiteral("clerk"));
    const int before = probe.all().size();

    // A "scan" that is not a PDF.
    const QString text = m_tmp.filePath(QStringLiteral("scan.jpg"));
    writeFile(text, "\xFF\xD8\xFF\xE0 a JPEG, not a PDF");
    auto r = clerk.run({QStringLiteral("incoming"), QStringLiteral("register"),
                        QStringLiteral("--issuer-name"), QStringLiteral("Sở Y tế"),
                        QStringLiteral("--notation"), QStringLiteral("13/KH-SYT"),
                        QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                        QStringLiteral("--type"), QStringLiteral("KH"), QStringLiteral("--subject"),
                        QStringLiteral("X"), QStringLiteral("--file"), text});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("is not a PDF")), qPrintable(r.err));

    // A notation that does not parse.
    const QString scan = pdf(QStringLiteral("scan2.pdf"), QStringLiteral("So"));
    r = clerk.run({QStringLiteral("incoming"), QStringLiteral("register"),
                   QStringLiteral("--issuer-name"), QStringLiteral("Sở Y tế"),
                   QStringLiteral("--notation"), QStringLiteral("KH-SYT"), QStringLiteral("--date"),
                   QStringLiteral("2026-11-20"), QStringLiteral("--type"), QStringLiteral("KH"),
                   QStringLiteral("--subject"), QStringLiteral("X"), QStringLiteral("--file"),
                   scan});
    QVERIFY(r.code != 0);
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.err));

    // An unknown recipient code; a signer who is not a leader.
    r = specialist.run({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--type"),
                        QStringLiteral("TTr"), QStringLiteral("--subject"), QStringLiteral("X"),
                        QStringLiteral("--file"), scan, QStringLiteral("--recipient"),
                        QStringLiteral("external:not-a-code")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("not-a-code")), qPrintable(r.err));
    r = specialist.run({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--type"),
                        QStringLiteral("TTr"), QStringLiteral("--subject"), QStringLiteral("X"),
                        QStringLiteral("--file"), scan, QStringLiteral("--signer"),
                        QStringLiteral("clerk")});
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(QStringLiteral("not a leader")), qPrintable(r.err));
    // A clerk does not draft; a specialist does not register.
    r = clerk.run({QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("--type"),
                   QStringLiteral("TTr"), QStringLiteral("--subject"), QStringLiteral("X"),
                   QStringLiteral("--file"), scan});
    QVERIFY(r.code != 0);
    QCOMPARE(probe.all().size(), before);
}

void TestLifecycle::clerksRegisteringAtOnceGetDenseNumbers()
{
    // Eight clerks' programs at once (the demo has two clerk accounts; each program is its own
    // client with its own session).
    const QString scan = pdf(QStringLiteral("scan-many.pdf"), QStringLiteral("So"));
    QList<std::shared_ptr<QProcess>> runs;
    for (int i = 0; i < 8; ++i) {
        CliRunner clerk =
            as(i % 2 ? QStringLiteral("clerk2") : QStringLiteral("clerk"), QString::number(i));
        auto p = std::make_shared<QProcess>();
        clerk.start(*p, {QStringLiteral("incoming"), QStringLiteral("register"),
                         QStringLiteral("--issuer-name"), QStringLiteral("Sở Xây dựng"),
                         QStringLiteral("--notation"), QStringLiteral("%1/BC-SXD").arg(100 + i),
                         QStringLiteral("--date"), QStringLiteral("2026-11-21"),
                         QStringLiteral("--type"), QStringLiteral("BC"),
                         QStringLiteral("--subject"), QStringLiteral("Báo cáo %1").arg(i),
                         QStringLiteral("--file"), scan, QStringLiteral("--password-stdin")});
        // Profiles of one account on one computer share its keychain entry: a session renewed
        // by one may need the password in another.
        p->write("demo123\n");
        p->waitForBytesWritten(10'000);
        p->closeWriteChannel();
        runs << p;
    }
    QList<int> numbers;
    ServerProbe probe(m_server.url(), QStringLiteral("clerk"));
    for (const auto &p : runs) {
        QSignalSpy finished(p.get(), &QProcess::finished);
        if (p->state() != QProcess::NotRunning && !finished.wait(120'000)) {
            p->kill();
            p->waitForFinished();
            QFAIL(qPrintable(QString::fromUtf8(p->readAllStandardError())));
        }
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError())));
        numbers << probe.document(out.section(u' ', 0, 0))
                       .value(QStringLiteral("incomingNumber"))
                       .toInt();
    }
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
}

QTEST_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
