#pragma once

#include "core/signing/tokenservice.h"

#include <QBuffer>
#include <QDialog>
#include <QImage>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPushButton;
class QSpinBox;

namespace lt::ui {

// The page with the stamp on it: the stamp, drawn as the signature will write it, is dragged
// with the mouse to where it should go. Coordinates are PDF points from the shown page's
// bottom-left, as the signature needs them.
class StampPlacer : public QWidget
{
    Q_OBJECT

public:
    explicit StampPlacer(QWidget *parent = nullptr);
    void setPage(const QImage &page, const QSizeF &pagePoints);
    // `appearance`: the stamp rendered from the appearance the signature writes.
    void setStamp(const QRectF &points, const QImage &appearance);
    QRectF stamp() const { return m_stamp; }
    QImage appearance() const { return m_appearance; }
    // Where a point of the page (in points) is on the widget, and back (tests drag with it).
    QPointF toWidget(const QPointF &points) const;
    QPointF toPoints(const QPointF &widget) const;
    QSize sizeHint() const override { return {360, 480}; }

signals:
    void stampMoved(const QRectF &points);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF pageArea() const;
    QRectF stampOnWidget() const;

    QImage m_page;
    QSizeF m_points;
    QRectF m_stamp;
    QImage m_appearance;
    std::optional<QPointF> m_grab; // the offset of the mouse in the stamp while dragging
};

// The level asked for and where timestamps and revocation answers come from.
struct SignLevel
{
    signing::Level level = signing::Level::BB;
    QUrl tsa;
    QUrl ocsp;
};

// "Sign": the certificate (from the tokens plugged in, updated as they come and go), what
// the stamp shows and where (by default per profile, moved by dragging on the page), the PIN
// with the token's warnings, then the signature made on the token thread.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    // `input`: the file to sign; `output`: where the signed file goes.
    using Level = SignLevel;
    SignDialog(signing::TokenService &tokens, const QString &input, const QString &output,
               pdf::StampProfile profile, const pdf::StampText &text,
               const QList<QByteArray> &anchors, const SignLevel &level = SignLevel(),
               QWidget *parent = nullptr);
    ~SignDialog() override;

    // The document signed, named at the top and in the title bar.
    void setDocumentTitle(const QString &title);
    // Issuing: the number and date written into page 1 with the signature.
    void setIssueMark(const std::optional<pdf::IssueMark> &mark) { m_issue = mark; }
    QString documentTitle() const;

    // For tests: what a user would do.
    void setPin(const QString &pin);
    bool chooseCertificate(int index);
    int certificateCount() const;
    void setProfile(pdf::StampProfile profile);
    void setPage(int page); // 1-based
    void setSignerTitle(const QString &title);
    // The handwritten signature or the seal (PNG) drawn in the stamp.
    void setImage(const QString &png);
    QString image() const;
    StampPlacer *placer() const { return m_placer; }
    QRectF stampRect() const;
    int page() const;
    QString errorText() const;
    QString warningText() const;
    void sign();
    QString output() const { return m_output; }
    QString signerTitle() const;
    QString signerEmail() const;
    signing::Level level() const;
    void setLevel(signing::Level level);
    // What the last successful signature reached (offline: below the level asked for).
    pdf::SignReport report() const { return m_report; }

    // Not while the token signs: the result would be lost with the PIN try it used.
    void reject() override;

signals:
    // A signature attempt ended (accepted when it succeeded).
    void attemptFinished(bool ok);

private:
    void refreshCertificates();
    void updateCertificate();
    void updatePage();
    void updateSignButton();
    pdf::SignOptions options() const;

    signing::TokenService &m_tokens;
    QString m_input;
    std::optional<pdf::IssueMark> m_issue;
    QString m_output;
    pdf::StampText m_text;
    QList<QByteArray> m_anchors;
    QPdfDocument *m_pdf;
    QBuffer m_stampPdf; // the stamp's appearance alone, for the preview
    QPdfDocument *m_stampDocument;
    QLabel *m_document;
    QComboBox *m_certificates;
    QLabel *m_certificateInfo;
    QComboBox *m_profile;
    QSpinBox *m_page;
    QLineEdit *m_title;
    QLineEdit *m_email;
    QLineEdit *m_image;
    QComboBox *m_level;
    Level m_levelSettings;
    pdf::SignReport m_report;
    StampPlacer *m_placer;
    QLineEdit *m_pin;
    QLabel *m_pinWarning;
    QCheckBox *m_finalTry;
    QLabel *m_error;
    QPushButton *m_signButton;
    std::optional<QRectF> m_moved; // the user's placement, when they moved the stamp
    // Where the stamp goes on the page by itself (found on the page), for a profile and page.
    struct Place
    {
        int profile = -1;
        int page = 0;
        QString title; // the search looks for the signer's name, then the title
        QString name;
        QRectF rect;
        bool namesOnPage = false;
    };
    mutable Place m_place;
    const Place &place(const pdf::SignOptions &options) const;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lt::ui
