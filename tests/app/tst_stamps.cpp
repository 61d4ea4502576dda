// The stamps as a reader sees them, checked with poppler (pdftotext -bbox for where the words
// landed, pdftoppm for the pixels): the leader's signature between the title and the name the
// page prints (not a second title and name over them), the preview equal to what is written,
// stamps upright in the page as shown (/Rotate, CropBox, a MediaBox off the origin), long words
// wrapped or made smaller inside their box, lines without a value left out, and a form that
// asks viewers to make appearances (/NeedAppearances).
#include "pdftools.h"
#include "testtoken.h"

#include "core/pdf/pdfsigner.h"
#include "core/pdf/stamp.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace lt::test;

namespace {

// A decision closed by its signature block as Decree 30 lays it out: the title, room for the
// signature, the printed name; "Nơi nhận" on the left at the same height.
bool makeDecision(const QString &path, bool withBlock,
                  const QString &printedName = QStringLiteral("Nguyễn Văn An"))
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(0, 0, 0, 0));
    w.setResolution(72);
    QPainter p(&w);
    QFont regular(QStringLiteral("Liberation Serif"));
    regular.setPixelSize(13);
    QFont bold = regular;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(85, 60, 453, 20), Qt::AlignCenter, QStringLiteral("QUYẾT ĐỊNH"));
    p.setFont(regular);
    for (int i = 0; i < 12; ++i) {
        p.drawText(QRect(85, 100 + i * 22, 453, 20), Qt::AlignLeft,
                   QStringLiteral("Điều %1. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan "
                                  "liên quan thực hiện.")
                       .arg(i + 1));
    }
    if (withBlock) {
        p.drawText(QRect(85, 400, 200, 20), Qt::AlignLeft, QStringLiteral("Nơi nhận:"));
        p.drawText(QRect(85, 420, 200, 20), Qt::AlignLeft, QStringLiteral("- Như Điều 3;"));
        p.drawText(QRect(85, 440, 200, 20), Qt::AlignLeft, QStringLiteral("- Lưu: VT."));
        p.setFont(bold);
        const QRect sign(312, 400, 226, 110);
        p.drawText(sign, Qt::AlignHCenter | Qt::AlignTop,
                   QStringLiteral("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"));
        p.drawText(sign.adjusted(0, 100, 0, 30), Qt::AlignHCenter | Qt::AlignTop, printedName);
    }
    return p.end();
}

const Word *find(const QList<Word> &words, const QString &text, int nth = 0)
{
    for (const Word &w : words) {
        if (w.text == text && nth-- == 0)
            return &w;
    }
    return nullptr;
}

int count(const QList<Word> &words, const QString &text)
{
    return int(
        std::count_if(words.cbegin(), words.cend(), [&](const Word &w) { return w.text == text; }));
}

// The words of `after` that `before` did not have (the stamp's), by text and place.
QList<Word> added(const QList<Word> &before, const QList<Word> &after)
{
    QList<Word> words;
    for (const Word &w : after) {
        const bool old = std::any_of(before.cbegin(), before.cend(), [&](const Word &b) {
            return b.text == w.text && (b.box.center() - w.box.center()).manhattanLength() < 1;
        });
        if (!old)
            words << w;
    }
    return words;
}

// The words of `before` whose pixels `after` changed: covered by a stamp.
QStringList coveredWords(const QString &before, const QString &after, int page = 1)
{
    const QImage a = renderedPage(before, page, 72);
    const QImage b = renderedPage(after, page, 72);
    QStringList covered;
    if (a.size() != b.size())
        return {QStringLiteral("(the page changed size)")};
    for (const Word &w : wordsOnPage(before, page)) {
        const QRect box = w.box.toAlignedRect().adjusted(-1, -1, 1, 1).intersected(a.rect());
        int changed = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x)
                changed += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 64;
        }
        if (changed > 0)
            covered << w.text;
    }
    return covered;
}

// A visible rectangle (points from the shown page's bottom-left) in pdftotext's coordinates.
QRectF topDown(const QRectF &r, const QSizeF &page)
{
    return QRectF(r.x(), page.height() - r.y() - r.height(), r.width(), r.height());
}

// A page whose content is upright once the page is turned by `rotate`: the content is drawn in
// the shown page's coordinates through a matrix to user space.
QByteArray turnedPage(int rotate, const QRectF &box, const QString &entries)
{
    const double l = box.left(), b = box.top(), cw = box.width(), ch = box.height();
    QString cm;
    QSizeF shown = box.size();
    switch (rotate) {
    case 90:
        cm = QStringLiteral("0 1 -1 0 %1 %2").arg(l + cw).arg(b);
        shown.transpose();
        break;
    case 180:
        cm = QStringLiteral("-1 0 0 -1 %1 %2").arg(l + cw).arg(b + ch);
        break;
    case 270:
        cm = QStringLiteral("0 -1 1 0 %1 %2").arg(l).arg(b + ch);
        shown.transpose();
        break;
    default:
        cm = QStringLiteral("1 0 0 1 %1 %2").arg(l).arg(b);
    }
    const double top = shown.height();
    const double right = shown.width();
    const QString content =
        QStringLiteral("q %1 cm BT /F1 12 Tf 60 %2 Td (UY BAN NHAN DAN) Tj ET "
                       "BT /F1 12 Tf 60 %3 Td (Dieu 1. Giao So Tai chinh chu tri) Tj ET "
                       "BT /F1 12 Tf %4 %5 Td (CHU TICH) Tj ET "
                       "BT /F1 12 Tf %6 %7 Td (Nguyen Van An) Tj ET Q")
            .arg(cm)
            .arg(top - 80)
            .arg(top - 110)
            .arg(right - 180)
            .arg(top - 260)
            .arg(right - 190)
            .arg(top - 340);
    return handMadePdf(entries.arg(rotate), content.toLatin1());
}

} // namespace

class TestStamps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leaderSignsBetweenTitleAndName();
    void leaderFindsTheBlockByItsTitle();
    void leaderWithoutABlockSaysWhoSigned();
    void previewIsWhatIsWritten_data();
    void previewIsWhatIsWritten();
    void uprightOnThePageAsShown_data();
    void uprightOnThePageAsShown();
    void aSecondStampBesideTheFirst();
    void narrowTopMarginMovesTheStampDown();
    void aNameInTheTextIsNoSignatureBlock();
    void longWordsStayInsideTheirStamp();
    void linesWithoutAValueAreLeftOut();
    void shownWhenTheFormAsksViewersForAppearances();

private:
    Run sign(const TestToken &token, const QStringList &args);

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_decision; // with the signature block
    QString m_plain;    // without it
    std::unique_ptr<TestToken> m_token;
};

void TestStamps::initTestCase()
{
    m_cli = qEnvironmentVariable("LT_CLI");
    QVERIFY(QFile::exists(m_cli));
    m_decision = m_dir.filePath(QStringLiteral("quyet-dinh.pdf"));
    m_plain = m_dir.filePath(QStringLiteral("cong-van.pdf"));
    QVERIFY(makeDecision(m_decision, true));
    QVERIFY(makeDecision(m_plain, false));
    QString error;
    m_token = TestToken::create(QStringLiteral("rsa:2048"), &error);
    QVERIFY2(m_token, qPrintable(error));
}

Run TestStamps::sign(const TestToken &token, const QStringList &args)
{
    qputenv("SOFTHSM2_CONF", (token.directory() + QStringLiteral("/softhsm2.conf")).toLocal8Bit());
    return run(m_cli,
               QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sign"),
                           QStringLiteral("--module"), token.modulePath(),
                           QStringLiteral("--pin-stdin")} +
                   args,
               "1234\n");
}

// Decree 30, Annex I: the signature's image goes between the title and the printed name. The
// stamp used to print its own title and name over the page's.
void TestStamps::leaderSignsBetweenTitleAndName()
{
    const QString out = m_dir.filePath(QStringLiteral("leader-block.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), m_decision, QStringLiteral("--out"), out,
                                  QStringLiteral("--title"), QStringLiteral("Chủ tịch")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> words = wordsOnPage(out, 1);
    // The page's title and name, once each: the stamp did not print them again.
    QCOMPARE(count(words, QStringLiteral("Nguyễn")), 1);
    QCOMPARE(count(words, QStringLiteral("TỊCH")), 1);
    const Word *title = find(words, QStringLiteral("TỊCH"));
    const Word *name = find(words, QStringLiteral("Nguyễn"));
    const Word *mark = find(words, QStringLiteral("(Đã"));
    const Word *time = find(words, QStringLiteral("số:"));
    QVERIFY(title && name && mark && time);
    for (const Word *w : {mark, time}) {
        QVERIFY2(w->box.top() > title->box.bottom() && w->box.bottom() < name->box.top(),
                 qPrintable(w->text));
        QVERIFY(w->box.right() > name->box.left() && w->box.left() < name->box.right() + 40);
    }
    // The stamp covers no printed word of the page, not even a diacritic of the name.
    const QImage page = renderedPage(out, 1, 72);
    QVERIFY(!boundingBoxOf(page, isBlue).isEmpty());
    const QStringList covered = coveredWords(m_decision, out);
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u' ')));
    page.save(QDir(qEnvironmentVariable("LT_SCREENSHOTS", m_dir.path()))
                  .filePath(QStringLiteral("stamp-leader-block.png")));
}

// The name printed is not the certificate's (a deputy signing for the chair, a name written
// another way): the title shows where the block is.
void TestStamps::leaderFindsTheBlockByItsTitle()
{
    const QString input = m_dir.filePath(QStringLiteral("quyet-dinh-khac.pdf"));
    QVERIFY(makeDecision(input, true, QStringLiteral("Đỗ Xuân Linh")));
    const QString out = m_dir.filePath(QStringLiteral("leader-title.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), input, QStringLiteral("--out"), out,
                                  QStringLiteral("--title"), QStringLiteral("Chủ tịch")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> words = wordsOnPage(out, 1);
    QCOMPARE(count(words, QStringLiteral("TỊCH")), 1);
    QCOMPARE(count(words, QStringLiteral("Nguyễn")), 0);
    const Word *title = find(words, QStringLiteral("TỊCH"));
    const Word *name = find(words, QStringLiteral("Linh"));
    const Word *time = find(words, QStringLiteral("số:"));
    QVERIFY(title && name && time);
    QVERIFY(time->box.top() > title->box.bottom() && time->box.bottom() < name->box.top());
    const QStringList covered = coveredWords(input, out);
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u' ')));
}

void TestStamps::leaderWithoutABlockSaysWhoSigned()
{
    const QString out = m_dir.filePath(QStringLiteral("leader-plain.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), m_plain, QStringLiteral("--out"), out,
                                  QStringLiteral("--title"), QStringLiteral("Phó Chủ tịch"),
                                  QStringLiteral("--name"), QStringLiteral("Trần Thị Bình")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> stamp = added(wordsOnPage(m_plain, 1), wordsOnPage(out, 1));
    for (const char *word : {"PHÓ", "CHỦ", "TỊCH", "Trần", "Thị", "Bình", "Ký", "số:"})
        QVERIFY2(find(stamp, QString::fromUtf8(word)), word);
    // On a white ground: no word of the page shows through it.
    const QRectF area = topDown(QRectF(338, 110, 200, 110), QSizeF(595, 842));
    for (const Word &w : wordsOnPage(out, 1)) {
        if (area.contains(w.box.center()))
            QVERIFY2(find(stamp, w.text), qPrintable(w.text));
    }
}

void TestStamps::previewIsWhatIsWritten_data()
{
    QTest::addColumn<bool>("block");
    QTest::addColumn<int>("profile");
    QTest::addRow("leader between title and name") << true << int(lt::pdf::StampProfile::Leader);
    QTest::addRow("leader alone") << false << int(lt::pdf::StampProfile::Leader);
    QTest::addRow("agency") << true << int(lt::pdf::StampProfile::Agency);
    QTest::addRow("attachment") << false << int(lt::pdf::StampProfile::Attachment);
}

// The dialog shows stampAppearancePdf rendered: it must be the pixels the signature writes.
void TestStamps::previewIsWhatIsWritten()
{
    QFETCH(bool, block);
    QFETCH(int, profile);
    const QString input = block ? m_decision : m_plain;
    lt::pdf::SignOptions o;
    o.profile = lt::pdf::StampProfile(profile);
    o.text.signerName = QStringLiteral("Nguyễn Văn An");
    o.text.signerTitle = QStringLiteral("Chủ tịch");
    o.text.notation = QStringLiteral("05/QĐ-UBND");
    o.time = QDateTime(QDate(2026, 12, 1), QTime(14, 5, 9), QTimeZone(7 * 3600));
    auto place = lt::pdf::placeStamp(input, o);
    QVERIFY(place);
    QCOMPARE(place->namesOnPage, block && o.profile == lt::pdf::StampProfile::Leader);
    o.rect = place->rect;

    const QByteArray certificate = readFile(m_token->directory() + QStringLiteral("/signer.der"));
    QVERIFY(!certificate.isEmpty());
    lt::pdf::SignOptions shown = o;
    shown.text = lt::pdf::completedText(o.text, certificate);
    auto preview = lt::pdf::stampAppearancePdf(shown, o.rect->size(), place->namesOnPage);
    QVERIFY(preview);
    const QString previewFile = m_dir.filePath(QStringLiteral("preview.pdf"));
    QVERIFY(writeFile(previewFile, *preview));

    // Signed with a stand-in signature value: only the appearance is compared here.
    const QString out = m_dir.filePath(QStringLiteral("preview-signed.pdf"));
    auto signedPdf = lt::pdf::signPdf(input, out, o, certificate, {},
                                      [](const QByteArray &) { return QByteArray(256, '\1'); });
    QVERIFY2(signedPdf, qPrintable(signedPdf ? QString() : signedPdf.error().message));
    QCOMPARE(signedPdf->rect, *o.rect);

    const int dpi = 144;
    const double k = dpi / 72.0;
    const QRectF r = topDown(*o.rect, place->pageSize);
    const QImage expected = renderedPage(previewFile, 1, dpi);
    const QImage written = renderedPage(
        out, place->page, dpi,
        QRect(qRound(r.x() * k), qRound(r.y() * k), expected.width(), expected.height()));
    QVERIFY(!expected.isNull() && !written.isNull());
    QCOMPARE(written.size(), expected.size());
    // Pixels that differ clearly, at the best shift of one pixel at most (rounding).
    qsizetype best = expected.width() * expected.height();
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            qsizetype differ = 0;
            for (int y = 1; y < expected.height() - 1; ++y) {
                for (int x = 1; x < expected.width() - 1; ++x) {
                    const QRgb a = expected.pixel(x, y);
                    const QRgb b = written.pixel(x + dx, y + dy);
                    if (std::abs(qGray(a) - qGray(b)) > 96)
                        ++differ;
                }
            }
            best = std::min(best, differ);
        }
    }
    QVERIFY2(best <= expected.width() * expected.height() / 100,
             qPrintable(QStringLiteral("%1 pixels differ").arg(best)));
    // And the preview is not blank.
    QVERIFY(!boundingBoxOf(expected, [](QRgb p) { return qGray(p) < 128; }).isEmpty());
}

void TestStamps::uprightOnThePageAsShown_data()
{
    QTest::addColumn<int>("rotate");
    QTest::addColumn<QRectF>("box");
    QTest::addColumn<QString>("entries");
    QTest::addColumn<bool>("blockFound");
    const QRectF a4(0, 0, 595, 842);
    const QString media = QStringLiteral("/MediaBox [0 0 595 842] /Rotate %1");
    QTest::addRow("upright") << 0 << a4 << media << true;
    QTest::addRow("Rotate 90") << 90 << a4 << media << true;
    QTest::addRow("Rotate 180") << 180 << a4 << media << true;
    QTest::addRow("Rotate 270") << 270 << a4 << media << true;
    QTest::addRow("CropBox") << 0 << QRectF(40, 60, 500, 720)
                             << QStringLiteral(
                                    "/MediaBox [0 0 595 842] /CropBox [40 60 540 780] /Rotate %1")
                             << false;
    QTest::addRow("MediaBox off the origin")
        << 0 << QRectF(100, 200, 595, 842)
        << QStringLiteral("/MediaBox [100 200 695 1042] /Rotate %1") << false;
    for (int rotate : {90, 180, 270}) {
        QTest::addRow("CropBox and Rotate %d", rotate)
            << rotate << QRectF(40, 60, 500, 720)
            << QStringLiteral("/MediaBox [0 0 595 842] /CropBox [40 60 540 780] /Rotate %1")
            << false;
    }
}

// Stamps used to be drawn sideways on turned pages, outside the crop box, or off a media box
// that does not start at 0,0.
void TestStamps::uprightOnThePageAsShown()
{
    QFETCH(int, rotate);
    QFETCH(QRectF, box);
    QFETCH(QString, entries);
    QFETCH(bool, blockFound);
    const QString input = m_dir.filePath(QStringLiteral("turned.pdf"));
    QVERIFY(writeFile(input, turnedPage(rotate, box, entries)));
    const QSizeF shown = shownPageSize(input, 1);
    QCOMPARE(shown, rotate % 180 ? box.size().transposed() : box.size());

    const QString agency = m_dir.filePath(QStringLiteral("turned-agency.pdf"));
    Run r = sign(*m_token, {QStringLiteral("--in"), input, QStringLiteral("--out"), agency,
                            QStringLiteral("--profile"), QStringLiteral("agency")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The red frame at the top right of the page as shown, its full size.
    const QImage page = renderedPage(agency, 1, 72);
    QCOMPARE(page.size(), shown.toSize());
    const QRect red = boundingBoxOf(page, isRed);
    QVERIFY2(std::abs(red.right() - (page.width() - 9)) <= 3,
             qPrintable(QString::number(red.right())));
    QVERIFY2(std::abs(red.top() - 6) <= 3, qPrintable(QString::number(red.top())));
    QVERIFY2(std::abs(red.width() - 215) <= 3 && std::abs(red.height() - 46) <= 3,
             qPrintable(QStringLiteral("%1×%2").arg(red.width()).arg(red.height())));
    // Upright: its words read from left to right, its first line above its last.
    const QList<Word> words = wordsOnPage(agency, 1);
    const Word *when = find(words, QStringLiteral("Thời"));
    const Word *by = find(words, QStringLiteral("Ký"));
    QVERIFY(when && by);
    QVERIFY2(when->box.width() > when->box.height(), "the stamp's words run sideways");
    QVERIFY2(by->box.bottom() < when->box.top(), "the stamp is upside down");
    QVERIFY(by->box.left() < when->box.right());
    QVERIFY(QRectF(red).adjusted(-1, -1, 1, 1).contains(when->box));
    QStringList covered = coveredWords(input, agency);
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u' ')));

    // The leader's, after it: between the block's title and name when they were found.
    const QString leader = m_dir.filePath(QStringLiteral("turned-leader.pdf"));
    r = sign(*m_token, {QStringLiteral("--in"), agency, QStringLiteral("--out"), leader,
                        QStringLiteral("--name"), QStringLiteral("Nguyen Van An"),
                        QStringLiteral("--title"), QStringLiteral("Chu tich")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> after = wordsOnPage(leader, 1);
    const Word *time = find(after, QStringLiteral("số:"));
    QVERIFY(time);
    QVERIFY2(time->box.width() > time->box.height(), "the leader's stamp runs sideways");
    QVERIFY(QRectF(QPointF(0, 0), shown).contains(time->box));
    const Word *title = find(after, QStringLiteral("TICH"));
    const Word *name = find(after, QStringLiteral("Nguyen"));
    QVERIFY(title && name);
    const bool between =
        time->box.top() > title->box.bottom() && time->box.bottom() < name->box.top();
    QCOMPARE(between, blockFound);
    if (blockFound) {
        covered = coveredWords(agency, leader);
        QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u' ')));
    }
    QCOMPARE(count(after, QStringLiteral("Nguyen")), blockFound ? 1 : 2);
}

// QtPdf draws no annotation: a second stamp at the top right used to land on the first.
void TestStamps::aSecondStampBesideTheFirst()
{
    const QString once = m_dir.filePath(QStringLiteral("attachment-once.pdf"));
    const QString twice = m_dir.filePath(QStringLiteral("attachment-twice.pdf"));
    Run r = sign(*m_token, {QStringLiteral("--in"), m_plain, QStringLiteral("--out"), once,
                            QStringLiteral("--profile"), QStringLiteral("attachment"),
                            QStringLiteral("--notation"), QStringLiteral("05/QĐ-UBND")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = sign(*m_token, {QStringLiteral("--in"), once, QStringLiteral("--out"), twice,
                        QStringLiteral("--profile"), QStringLiteral("attachment"),
                        QStringLiteral("--notation"), QStringLiteral("06/QĐ-UBND")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> words = wordsOnPage(twice, 1);
    const Word *first = find(words, QStringLiteral("05/QĐ-UBND"));
    const Word *second = find(words, QStringLiteral("06/QĐ-UBND"));
    QVERIFY(first && second);
    QVERIFY2(second->box.top() > first->box.bottom() + 10,
             qPrintable(QStringLiteral("%1 / %2").arg(first->box.top()).arg(second->box.top())));
}

// A heading 20 pt from the top edge: the agency's stamp goes below the first lines, not over
// them.
void TestStamps::narrowTopMarginMovesTheStampDown()
{
    const QString input = m_dir.filePath(QStringLiteral("narrow-margin.pdf"));
    QVERIFY(writeFile(input, handMadePdf(QStringLiteral("/MediaBox [0 0 595 842]"),
                                         "BT /F1 11 Tf 300 815 Td (CONG HOA XA HOI CHU NGHIA "
                                         "VIET NAM) Tj ET BT /F1 11 Tf 330 800 Td (Doc lap - Tu "
                                         "do - Hanh phuc) Tj ET BT /F1 12 Tf 85 640 Td (Dieu 1.) "
                                         "Tj ET")));
    const QString out = m_dir.filePath(QStringLiteral("narrow-margin-signed.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), input, QStringLiteral("--out"), out,
                                  QStringLiteral("--profile"), QStringLiteral("agency")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList covered = coveredWords(input, out);
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u' ')));
    const QRect red = boundingBoxOf(renderedPage(out, 1, 72), isRed);
    QVERIFY2(red.top() > 45 && red.height() >= 44,
             qPrintable(QStringLiteral("%1 %2").arg(red.top()).arg(red.height())));
}

// The signer's name inside the text (a decision that names them) is no signature block: the
// stamp then says who signed, at its usual place.
void TestStamps::aNameInTheTextIsNoSignatureBlock()
{
    const QString input = m_dir.filePath(QStringLiteral("name-in-text.pdf"));
    QVERIFY(writeFile(input, handMadePdf(QStringLiteral("/MediaBox [0 0 595 842]"),
                                         "BT /F1 12 Tf 85 700 Td (Dieu 1. Giao ong Nguyen Van An "
                                         "theo doi.) Tj ET")));
    const QString out = m_dir.filePath(QStringLiteral("name-in-text-signed.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), input, QStringLiteral("--out"), out,
                                  QStringLiteral("--name"), QStringLiteral("Nguyen Van An"),
                                  QStringLiteral("--title"), QStringLiteral("Chu tich")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<Word> words = wordsOnPage(out, 1);
    QCOMPARE(count(words, QStringLiteral("Nguyen")), 2);
    QVERIFY(find(words, QStringLiteral("TICH")));
    QVERIFY(coveredWords(input, out).isEmpty());
}

// Long organisations, titles and notations are wrapped or made smaller: every word of the
// stamp is inside its box, none cut off.
void TestStamps::longWordsStayInsideTheirStamp()
{
    const QString organisation =
        QStringLiteral("Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân "
                       "tỉnh Thử Nghiệm, Phòng Hành chính Tổ chức");
    const QList<std::tuple<QString, QRectF, QStringList>> cases{
        {QStringLiteral("agency"),
         QRectF(330, 760, 200, 44),
         {QStringLiteral("--organisation"), organisation}},
        {QStringLiteral("attachment"),
         QRectF(380, 780, 150, 26),
         {QStringLiteral("--notation"), QStringLiteral("1234/QĐ-UBND-SNNPTNT-VPĐPCTNTW")}},
        {QStringLiteral("leader"),
         QRectF(360, 100, 150, 80),
         {QStringLiteral("--title"),
          QStringLiteral("Phó Giám đốc phụ trách Sở Nông nghiệp và Phát triển nông thôn"),
          QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Phương Thảo Hoàng Anh")}},
    };
    const QList<Word> before = wordsOnPage(m_plain, 1);
    for (const auto &[profile, rect, args] : cases) {
        const QString out = m_dir.filePath(profile + QStringLiteral("-long.pdf"));
        const Run r = sign(
            *m_token, QStringList{QStringLiteral("--in"), m_plain, QStringLiteral("--out"), out,
                                  QStringLiteral("--profile"), profile, QStringLiteral("--rect"),
                                  QStringLiteral("%1,%2,%3,%4")
                                      .arg(rect.x())
                                      .arg(rect.y())
                                      .arg(rect.width())
                                      .arg(rect.height())} +
                          args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<Word> stamp = added(before, wordsOnPage(out, 1));
        const QRectF box = topDown(rect, QSizeF(595, 842)).adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const Word &w : stamp)
            QVERIFY2(box.contains(w.box), qPrintable(profile + u' ' + w.text));
        // Every word given is there: nothing was cut.
        const QString given = args.at(1) + (args.size() > 3 ? u' ' + args.at(3) : QString());
        for (const QString &word : given.split(u' ')) {
            const QString expected =
                profile == u"leader" && args.at(1).contains(word) ? word.toUpper() : word;
            QVERIFY2(find(stamp, expected), qPrintable(profile + u' ' + expected));
        }
    }
}

// "Ký bởi / Email / Cơ quan" are printed only with something after them: from the options or,
// without them, from the certificate (CN, e-mail, O).
void TestStamps::linesWithoutAValueAreLeftOut()
{
    const auto lines = [](const QString &pdf) {
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-l"),
                                              QStringLiteral("1"), pdf, QStringLiteral("-")});
        return text.out;
    };
    QString out = m_dir.filePath(QStringLiteral("agency-from-certificate.pdf"));
    Run r = sign(*m_token, {QStringLiteral("--in"), m_plain, QStringLiteral("--out"), out,
                            QStringLiteral("--profile"), QStringLiteral("agency")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QString text = lines(out);
    QVERIFY2(text.contains(QStringLiteral("Ký bởi: Nguyễn Văn An")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Email: nguyen.van.an@thunghiem.gov.vn")));
    QVERIFY(text.contains(QStringLiteral("Cơ quan: Ủy ban nhân dân tỉnh Thử Nghiệm")));

    // A certificate with no organisation, and none given: no "Cơ quan:" line at all.
    qputenv("LT_TOKEN_SUBJECT", "/C=VN/CN=Văn thư Ủy ban");
    QString error;
    auto bare = TestToken::create(QStringLiteral("rsa:2048"), &error);
    qunsetenv("LT_TOKEN_SUBJECT");
    QVERIFY2(bare, qPrintable(error));
    out = m_dir.filePath(QStringLiteral("agency-bare.pdf"));
    r = sign(*bare, {QStringLiteral("--in"), m_plain, QStringLiteral("--out"), out,
                     QStringLiteral("--profile"), QStringLiteral("agency")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    text = lines(out);
    QVERIFY2(text.contains(QStringLiteral("Ký bởi: Văn thư Ủy ban")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Cơ quan:")));
    QVERIFY(text.contains(QStringLiteral("Thời gian ký:")));
    static const QRegularExpression empty(QStringLiteral("(Ký bởi|Email|Cơ quan):\\s*(\\n|$)"));
    QVERIFY(!empty.match(text).hasMatch());
}

// With /NeedAppearances true, poppler makes the form's appearances itself and drew no
// signature stamp at all.
void TestStamps::shownWhenTheFormAsksViewersForAppearances()
{
    const QString input = m_dir.filePath(QStringLiteral("form.pdf"));
    QVERIFY(writeFile(
        input,
        handMadePdf(QStringLiteral("/MediaBox [0 0 595 842] /Annots [7 0 R]"),
                    "BT /F1 12 Tf 60 700 Td (Ho ten:) Tj ET", QStringLiteral("/AcroForm 6 0 R"),
                    {"<< /Fields [7 0 R] /NeedAppearances true /DA (/Helv 0 Tf 0 g) >>",
                     "<< /Type /Annot /Subtype /Widget /FT /Tx /T (hoten) /V (Nguyen Van "
                     "An) /Rect [120 695 320 715] /P 3 0 R /F 4 /DA (/Helv 12 Tf 0 g) >>"})));
    QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), input}).code, 0);
    const QString out = m_dir.filePath(QStringLiteral("form-signed.pdf"));
    const Run r = sign(*m_token, {QStringLiteral("--in"), input, QStringLiteral("--out"), out,
                                  QStringLiteral("--profile"), QStringLiteral("agency")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QRect red = boundingBoxOf(renderedPage(out, 1, 72), isRed);
    QVERIFY2(red.width() > 200 && red.height() > 40,
             qPrintable(QStringLiteral("%1×%2").arg(red.width()).arg(red.height())));
    QVERIFY(
        run(QStringLiteral("pdfsig"), {out}).out.contains(QStringLiteral("Signature is Valid.")));
    // The form's own field still shows its value.
    QVERIFY(run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")})
                .out.contains(QStringLiteral("Ho ten:")));
}

QTEST_MAIN(TestStamps)
#include "tst_stamps.moc"
