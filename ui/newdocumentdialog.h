#pragma once

#include "core/protocol/messages.h"

#include <QDialog>
#include <QJsonArray>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace lt::ui {

// A new document: a draft (Soạn văn bản mới — type, subject, signer, recipients, deadline, the
// main file and appendices) or, for the clerk, a document received on paper or by e-mail (Vào
// sổ văn bản đến — issuer, number and notation, date, signer, pages, the scan). Checks what it
// can before the server does (a PDF, a notation that parses) and says why it cannot go on.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    // `organisations`: the directory the server sent (GET /api/v1/organisations).
    NewDocumentDialog(Direction direction, const QJsonArray &organisations,
                      QWidget *parent = nullptr);

    // What was filled in (id made here), and the files, the main one first.
    protocol::NewDocument document() const;
    QStringList files() const;

    // For tests and the screenshots.
    void setSubject(const QString &subject);
    void setMainFile(const QString &path);
    void setSigner(const QString &login);
    void addRecipient(const QString &organisationId);
    void setIncoming(const QString &issuerName, const QString &notation, const QDate &date);
    QString problem() const; // why "Create" is not possible now (empty: it is)

private:
    void chooseMain();
    void addAppendix();
    void addChosenRecipient();
    void update();

    Direction m_direction;
    QString m_id;
    QComboBox *m_type = nullptr;
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_main = nullptr;
    QListWidget *m_appendices = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_secrecy = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    // outgoing
    QLineEdit *m_signer = nullptr;
    QComboBox *m_recipientChoice = nullptr;
    QLineEdit *m_recipientOther = nullptr;
    QListWidget *m_recipients = nullptr;
    // incoming
    QLineEdit *m_issuerName = nullptr;
    QLineEdit *m_issuerCode = nullptr;
    QLineEdit *m_notation = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_signerName = nullptr;
    QSpinBox *m_pages = nullptr;
    QLineEdit *m_register = nullptr;

    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lt::ui
