#include "ui/signdialog.h"

#include "core/pdf/stamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lt::ui {

StampPlacer::StampPlacer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stampPlacer"));
    setMinimumSize(240, 320);
    setCursor(Qt::OpenHandCursor);
}

void StampPlacer::setPage(const QImage &page, const QSizeF &pagePoints)
{
    m_page = page;
    m_points = pagePoints;
    update();
}

void StampPlacer::setStamp(const QRectF &points, const QImage &appearance)
{
    m_stamp = points;
    m_appearance = appearance;
    update();
}

QRectF StampPlacer::pageArea() const
{
    if (m_points.isEmpty())
        return {};
    const QRectF inner = QRectF(rect()).adjusted(6, 6, -6, -6);
    const double scale =
        std::min(inner.width() / m_points.width(), inner.height() / m_points.height());
    const QSizeF size = m_points * scale;
    return QRectF(inner.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QPointF StampPlacer::toWidget(const QPointF &p) const
{
    const QRectF area = pageArea();
    if (area.isEmpty())
        return {};
    return {area.left() + p.x() / m_points.width() * area.width(),
            area.top() + (m_points.height() - p.y()) / m_points.height() * area.height()};
}

QPointF StampPlacer::toPoints(const QPointF &w) const
{
    const QRectF area = pageArea();
    if (area.isEmpty())
        return {};
    return {(w.x() - area.left()) / area.width() * m_points.width(),
            m_points.height() - (w.y() - area.top()) / area.height() * m_points.height()};
}

QRectF StampPlacer::stampOnWidget() const
{
    return QRectF(toWidget(QPointF(m_stamp.left(), m_stamp.top() + m_stamp.height())),
                  toWidget(QPointF(m_stamp.left() + m_stamp.width(), m_stamp.top())))
        .normalized();
}

void StampPlacer::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    const QRectF area = pageArea();
    if (area.isEmpty())
        return;
    if (m_page.isNull())
        p.fillRect(area, Qt::white);
    else
        p.drawImage(area, m_page);
    if (m_stamp.isEmpty())
        return;
    const QRectF s = stampOnWidget();
    // The stamp as it will be written, then the frame that says it can be moved.
    if (!m_appearance.isNull())
        p.drawImage(s, m_appearance);
    p.setPen(QPen(QColor(183, 28, 28), 1.5, m_grab ? Qt::SolidLine : Qt::DashLine));
    p.drawRect(s);
}

void StampPlacer::mousePressEvent(QMouseEvent *event)
{
    const QRectF s = stampOnWidget();
    if (event->button() == Qt::LeftButton && s.contains(event->position())) {
        m_grab = event->position() - s.topLeft();
        setCursor(Qt::ClosedHandCursor);
        update();
    }
}

void StampPlacer::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_grab)
        return;
    const QPointF topLeft = toPoints(event->position() - *m_grab);
    QRectF moved = m_stamp;
    moved.moveLeft(std::clamp(topLeft.x(), 0.0, m_points.width() - m_stamp.width()));
    moved.moveTop(
        std::clamp(topLeft.y() - m_stamp.height(), 0.0, m_points.height() - m_stamp.height()));
    if (moved != m_stamp) {
        m_stamp = moved;
        update();
        emit stampMoved(m_stamp);
    }
}

void StampPlacer::mouseReleaseEvent(QMouseEvent *)
{
    m_grab.reset();
    setCursor(Qt::OpenHandCursor);
    update();
}

SignDialog::SignDialog(signing::TokenService &tokens, const QString &input, const QString &output,
                       pdf::StampProfile profile, const pdf::StampText &text,
                       const QList<QByteArray> &anchors, const SignLevel &level, QWidget *parent)
    : QDialog(parent)
    , m_tokens(tokens)
    , m_input(input)
    , m_output(output)
    , m_text(text)
    , m_anchors(anchors)
    , m_pdf(new QPdfDocument(this))
    , m_stampDocument(new QPdfDocument(this))
    , m_levelSettings(level)
{
    setWindowTitle(tr("Sign — LienThong"));
    m_pdf->load(input);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_document = new QLabel(this);
    m_document->setObjectName(QStringLiteral("signDocument"));
    m_document->setWordWrap(true);
    m_document->setTextFormat(Qt::PlainText);
    QFont bold = m_document->font();
    bold.setBold(true);
    m_document->setFont(bold);
    m_document->hide();
    left->addWidget(m_document);
    auto *form = new QFormLayout;
    m_certificates = new QComboBox(this);
    m_certificates->setObjectName(QStringLiteral("signCertificate"));
    m_certificates->setMinimumWidth(300);
    form->addRow(tr("Certificate"), m_certificates);
    m_certificateInfo = new QLabel(this);
    m_certificateInfo->setObjectName(QStringLiteral("signCertificateInfo"));
    m_certificateInfo->setWordWrap(true);
    form->addRow(QString(), m_certificateInfo);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("signProfile"));
    m_profile->addItem(tr("Leader's signature (name, title, image)"),
                       int(pdf::StampProfile::Leader));
    m_profile->addItem(tr("Agency's signature (top right of page 1)"),
                       int(pdf::StampProfile::Agency));
    m_profile->addItem(tr("Attachment (number and time)"), int(pdf::StampProfile::Attachment));
    m_profile->addItem(tr("Invisible"), int(pdf::StampProfile::Invisible));
    m_profile->setCurrentIndex(m_profile->findData(int(profile)));
    form->addRow(tr("Stamp"), m_profile);
    m_page = new QSpinBox(this);
    m_page->setObjectName(QStringLiteral("signPage"));
    const int pages = std::max(1, m_pdf->pageCount());
    m_page->setRange(1, pages);
    m_page->setValue(pdf::defaultStampPage(profile, pages));
    form->addRow(tr("Page"), m_page);
    m_title = new QLineEdit(text.signerTitle, this);
    m_title->setObjectName(QStringLiteral("signTitle"));
    m_title->setPlaceholderText(tr("e.g. Chủ tịch, Giám đốc"));
    form->addRow(tr("Title"), m_title);
    m_email = new QLineEdit(text.email, this);
    m_email->setObjectName(QStringLiteral("signEmail"));
    form->addRow(tr("Email"), m_email);
    // The handwritten signature (leader) or the seal (agency), a transparent PNG.
    auto *imageRow = new QHBoxLayout;
    m_image = new QLineEdit(this);
    m_image->setObjectName(QStringLiteral("signImage"));
    m_image->setPlaceholderText(tr("(none)"));
    auto *chooseImage = new QPushButton(tr("Choose…"), this);
    connect(chooseImage, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Signature image"),
                                                          m_image->text(), tr("Images (*.png)"));
        if (!path.isEmpty())
            setImage(path);
    });
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(chooseImage);
    form->addRow(tr("Image"), imageRow);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("signLevel"));
    m_level->addItem(tr("B-B: the signature"), int(signing::Level::BB));
    m_level->addItem(tr("B-T: with a timestamp"), int(signing::Level::BT));
    m_level->addItem(tr("B-LT: with a timestamp and revocation data"), int(signing::Level::BLT));
    m_level->setToolTip(tr("Without a network the signature is made at B-B and completed when "
                           "the network is back."));
    if (level.tsa.isEmpty()) {
        // No timestamp authority configured (Settings): only B-B.
        for (int i = 1; i < m_level->count(); ++i)
            qobject_cast<QStandardItemModel *>(m_level->model())->item(i)->setEnabled(false);
    }
    setLevel(level.tsa.isEmpty() ? signing::Level::BB : level.level);
    form->addRow(tr("Level"), m_level);
    auto *hint = new QLabel(tr("Drag the stamp on the page to move it."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("signPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("The token's PIN"));
    form->addRow(tr("PIN"), m_pin);
    left->addLayout(form);
    m_pinWarning = new QLabel(this);
    m_pinWarning->setObjectName(QStringLiteral("signPinWarning"));
    m_pinWarning->setWordWrap(true);
    m_pinWarning->setStyleSheet(QStringLiteral("color:#e65100"));
    left->addWidget(m_pinWarning);
    m_finalTry = new QCheckBox(tr("I know that one more wrong PIN locks the token."), this);
    m_finalTry->setObjectName(QStringLiteral("signFinalTry"));
    left->addWidget(m_finalTry);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b71c1c"));
    left->addWidget(m_error);
    left->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    m_signButton = buttons->addButton(tr("Sign"), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(QStringLiteral("signSubmit"));
    buttons->addButton(QDialogButtonBox::Cancel);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_signButton, &QPushButton::clicked, this, &SignDialog::sign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    left->addWidget(buttons);
    layout->addLayout(left, 1);
    m_placer = new StampPlacer(this);
    layout->addWidget(m_placer, 1);

    connect(&m_tokens, &signing::TokenService::candidatesChanged, this,
            &SignDialog::refreshCertificates);
    connect(m_certificates, &QComboBox::currentIndexChanged, this, &SignDialog::updateCertificate);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_moved.reset();
        m_page->setValue(pdf::defaultStampPage(
            static_cast<pdf::StampProfile>(m_profile->currentData().toInt()), m_page->maximum()));
        updatePage();
    });
    connect(m_page, &QSpinBox::valueChanged, this, [this] {
        m_moved.reset();
        updatePage();
    });
    connect(m_placer, &StampPlacer::stampMoved, this, [this](const QRectF &r) { m_moved = r; });
    connect(m_pin, &QLineEdit::textChanged, this, &SignDialog::updateSignButton);
    connect(m_title, &QLineEdit::textChanged, this, &SignDialog::updatePage);
    connect(m_email, &QLineEdit::textChanged, this, &SignDialog::updatePage);
    connect(m_image, &QLineEdit::textChanged, this, &SignDialog::updatePage);
    connect(m_finalTry, &QCheckBox::toggled, this, &SignDialog::updateSignButton);
    refreshCertificates();
    updatePage();
}

SignDialog::~SignDialog()
{
    *m_alive = false;
}

void SignDialog::refreshCertificates()
{
    const QByteArray current = m_certificates->currentData().toByteArray();
    const QSignalBlocker quiet(m_certificates);
    m_certificates->clear();
    const auto list = m_tokens.candidates();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const signing::Candidate &c = list.at(i);
        m_certificates->addItem(
            tr("%1 — token \"%2\"").arg(c.certificate.commonName, c.token.label),
            QByteArray(c.token.serial.toUtf8() + '|' + c.certificate.id.toHex()));
    }
    // The one chosen before stays; else the agency's for its signature, the person's own for
    // theirs (signing::preferredCandidate).
    const int again = m_certificates->findData(current);
    const int preferred = signing::preferredCandidate(
        list,
        static_cast<pdf::StampProfile>(m_profile->currentData().toInt()) ==
            pdf::StampProfile::Agency,
        m_text.signerName, m_text.organisation);
    m_certificates->setCurrentIndex(again >= 0 ? again : std::max(0, preferred));
    m_certificates->setEnabled(!list.isEmpty());
    updateCertificate();
}

int SignDialog::certificateCount() const
{
    return m_certificates->count();
}

bool SignDialog::chooseCertificate(int index)
{
    if (index < 0 || index >= m_certificates->count())
        return false;
    m_certificates->setCurrentIndex(index);
    return true;
}

void SignDialog::updateCertificate()
{
    const auto list = m_tokens.candidates();
    const int i = m_certificates->currentIndex();
    m_pinWarning->clear();
    m_finalTry->setVisible(false);
    m_finalTry->setChecked(false);
    if (i < 0 || i >= list.size()) {
        m_certificateInfo->setText(m_tokens.hasListed()
                                       ? tr("No token with a signing certificate is plugged in. "
                                            "Plug in your token; it shows here at once.")
                                       : tr("Looking for tokens…"));
        updateSignButton();
        return;
    }
    const signing::Candidate &c = list.at(i);
    const signing::CertificateCheck check =
        signing::checkCertificate(c.certificate, m_anchors, m_anchors);
    // The issuer's common name, not the whole distinguished name.
    static const QRegularExpression cn(QStringLiteral("CN\\s*=\\s*([^,/]+)"));
    const auto issuerCn = cn.match(c.certificate.issuer);
    QString info =
        tr("Issued by %1, valid until %2.")
            .arg(issuerCn.hasMatch() ? issuerCn.captured(1).trimmed() : c.certificate.issuer,
                 c.certificate.notAfter.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
    for (const QString &problem : check.problems)
        info += QStringLiteral("\n⚠ ") + problem;
    m_certificateInfo->setText(info);
    m_certificateInfo->setProperty("usable", check.usable);
    if (c.token.pinLocked) {
        m_pinWarning->setText(tr("The token's PIN is locked. Ask your certificate provider to "
                                 "unlock it."));
    } else if (c.token.pinFinalTry) {
        m_pinWarning->setText(tr("Only one PIN try is left: a wrong PIN locks the token."));
        m_finalTry->setVisible(true);
    } else if (c.token.pinCountLow) {
        m_pinWarning->setText(tr("A wrong PIN was entered on this token recently."));
    }
    updateSignButton();
    updatePage(); // the stamp's words that come from the certificate
}

void SignDialog::updatePage()
{
    const int index = m_page->value() - 1;
    const QSizeF points = m_pdf->pagePointSize(index);
    const pdf::SignOptions o = options();
    if (!points.isEmpty()) {
        const QSize size = (points * (480.0 / points.height())).toSize();
        m_placer->setPage(m_pdf->render(index, size), points);
    }
    if (o.profile == pdf::StampProfile::Invisible) {
        m_placer->setStamp(QRectF(), QImage());
        return;
    }
    // The preview is the appearance the signature writes, rendered (at twice the page's scale
    // on the screen, for sharp words).
    const int i = m_certificates->currentIndex();
    const auto list = m_tokens.candidates();
    pdf::SignOptions shown = o;
    if (i >= 0 && i < list.size())
        shown.text = pdf::completedText(o.text, list.at(i).certificate.der);
    QImage appearance;
    const QRectF r = *o.rect;
    // As the signature decides: the names are left to the page only on its block.
    const bool namesOnPage = place(o).namesOnPage && r.intersects(place(o).rect);
    if (auto bytes = pdf::stampAppearancePdf(shown, r.size(), namesOnPage)) {
        m_stampPdf.setData(bytes.value());
        m_stampPdf.open(QIODevice::ReadOnly);
        m_stampDocument->load(&m_stampPdf);
        const double scale = 2.0 * 480.0 / std::max(1.0, points.height());
        appearance = m_stampDocument->render(0, (r.size() * scale).toSize());
        m_stampDocument->close();
        m_stampPdf.close();
    }
    m_placer->setStamp(r, appearance);
}

const SignDialog::Place &SignDialog::place(const pdf::SignOptions &o) const
{
    if (m_place.profile != int(o.profile) || m_place.page != o.page ||
        m_place.title != o.text.signerTitle || m_place.name != o.text.signerName) {
        pdf::SignOptions asked = o;
        asked.rect.reset();
        m_place = Place{int(o.profile),
                        o.page,
                        o.text.signerTitle,
                        o.text.signerName,
                        pdf::defaultStampRect(o.profile, m_pdf->pagePointSize(o.page - 1)),
                        false};
        if (auto found = pdf::placeStamp(m_input, asked)) {
            m_place.rect = found->rect;
            m_place.namesOnPage = found->namesOnPage;
        }
    }
    return m_place;
}

void SignDialog::updateSignButton()
{
    const int i = m_certificates->currentIndex();
    const auto list = m_tokens.candidates();
    const bool chosen = i >= 0 && i < list.size();
    const bool locked = chosen && list.at(i).token.pinLocked;
    const bool usable = chosen && m_certificateInfo->property("usable").toBool();
    const bool confirmed = !m_finalTry->isVisible() || m_finalTry->isChecked();
    m_signButton->setEnabled(!m_busy && chosen && usable && !locked && confirmed &&
                             !m_pin->text().isEmpty());
}

pdf::SignOptions SignDialog::options() const
{
    pdf::SignOptions o;
    o.profile = static_cast<pdf::StampProfile>(m_profile->currentData().toInt());
    o.page = m_page->value();
    o.text = m_text;
    o.text.signerTitle = m_title->text().trimmed();
    o.text.email = m_email->text().trimmed();
    if (QFileInfo(m_image->text().trimmed()).isFile())
        o.imagePng = m_image->text().trimmed();
    o.rect = m_moved.value_or(place(o).rect);
    o.issue = m_issue;
    return o;
}

void SignDialog::setDocumentTitle(const QString &title)
{
    m_document->setText(title);
    m_document->setVisible(!title.isEmpty());
    setWindowTitle(title.isEmpty() ? tr("Sign — LienThong")
                                   : tr("Sign %1 — LienThong").arg(title.left(60)));
}

QString SignDialog::documentTitle() const
{
    return m_document->text();
}

void SignDialog::setPin(const QString &pin)
{
    m_pin->setText(pin);
}

void SignDialog::setProfile(pdf::StampProfile profile)
{
    m_profile->setCurrentIndex(m_profile->findData(int(profile)));
}

void SignDialog::setSignerTitle(const QString &title)
{
    m_title->setText(title);
}

signing::Level SignDialog::level() const
{
    return static_cast<signing::Level>(m_level->currentData().toInt());
}

void SignDialog::setLevel(signing::Level level)
{
    m_level->setCurrentIndex(std::max(0, m_level->findData(int(level))));
}

void SignDialog::reject()
{
    if (!m_busy) {
        QDialog::reject();
        return;
    }
    // Still waiting for the network before the token: that can stop. Once the token signs,
    // the signature completes (and is kept).
    m_tokens.cancelSignature();
    m_error->setText(tr("Cancelling… (a signature already on the token completes)"));
}

void SignDialog::setImage(const QString &png)
{
    m_image->setText(png);
}

QString SignDialog::image() const
{
    return m_image->text().trimmed();
}

QString SignDialog::signerTitle() const
{
    return m_title->text().trimmed();
}

QString SignDialog::signerEmail() const
{
    return m_email->text().trimmed();
}

void SignDialog::setPage(int page)
{
    m_page->setValue(page);
}

QRectF SignDialog::stampRect() const
{
    return *options().rect;
}

int SignDialog::page() const
{
    return m_page->value();
}

QString SignDialog::errorText() const
{
    return m_error->text();
}

QString SignDialog::warningText() const
{
    return m_certificateInfo->text() + u'\n' + m_pinWarning->text();
}

void SignDialog::sign()
{
    updateSignButton();
    if (!m_signButton->isEnabled())
        return;
    const auto list = m_tokens.candidates();
    const signing::Candidate candidate = list.at(m_certificates->currentIndex());
    signing::Request request;
    request.input = m_input;
    request.output = m_output;
    request.options = options();
    request.options.time = QDateTime::currentDateTime();
    request.level = level();
    request.tsa = m_levelSettings.tsa;
    request.ocsp = m_levelSettings.ocsp;
    request.signOfflineAtBB = true; // a traveller signs now; the rest comes with the network
    request.finalPinTryConfirmed = !m_finalTry->isHidden() && m_finalTry->isChecked();
    // Intermediates from the configured certificates go with the signature (not the roots:
    // a validator has its own, and they cost room).
    for (const QByteArray &der : m_anchors) {
        const QSslCertificate c(der, QSsl::Der);
        if (der != candidate.certificate.der && !c.isSelfSigned())
            request.chain << der;
    }
    const QByteArray pin = m_pin->text().toUtf8();
    m_pin->clear(); // never kept: asked for every signature
    m_busy = true;
    m_error->setText(tr("Signing… keep the token plugged in."));
    updateSignButton();
    std::weak_ptr<bool> alive = m_alive;
    m_tokens.sign(candidate, pin, request, [this, alive](Result<pdf::SignReport> r) {
        if (alive.expired())
            return;
        m_busy = false;
        m_error->setText(r ? QString() : r.error().message);
        if (r)
            m_report = r.value();
        updateSignButton();
        // The token's PIN counters may have changed, or the token gone: list again.
        m_tokens.refresh();
        emit attemptFinished(r.ok());
        if (r) {
            accept();
            return;
        }
        switch (r.error().code) {
        case ErrorCode::Cancelled:
            QDialog::reject();
            return;
        case ErrorCode::WrongPin:
            // Another try, where the PIN goes; the token's new warning comes with the listing.
            m_pin->setFocus();
            break;
        case ErrorCode::PinLocked:
            m_pin->setEnabled(false); // no try left to spend: the administrator unblocks it
            break;
        case ErrorCode::TokenRemoved:
            m_certificates->setFocus(); // the picker lists the tokens again
            break;
        default:
            break;
        }
    });
}

} // namespace lt::ui
