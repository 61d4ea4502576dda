#include "ui/newdocumentdialog.h"

#include "core/desk/convert.h"
#include "core/model/json.h"
#include "core/model/orgcode.h"
#include "core/workflow/numbering.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace lt::ui {

namespace {

bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(1024).contains("%PDF-");
}

// The recipient an entry of the list stands for (its data), and how it reads.
constexpr int kRecipientRole = Qt::UserRole + 1;

} // namespace

NewDocumentDialog::NewDocumentDialog(Direction direction, const QJsonArray &organisations,
                                     QWidget *parent)
    : QDialog(parent)
    , m_direction(direction)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const bool outgoing = direction == Direction::Outgoing;
    setWindowTitle(outgoing ? tr("New draft — LienThong")
                            : tr("Register an incoming document — LienThong"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_type = new QComboBox(this);
    for (DocumentType t : doctype::all())
        m_type->addItem(doctype::displayName(t), doctype::key(t));
    m_type->setCurrentIndex(m_type->findData(doctype::key(DocumentType::CongVan)));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setPlaceholderText(tr("Về việc …"));

    if (!outgoing) {
        m_issuerName = new QLineEdit(this);
        m_issuerName->setObjectName(QStringLiteral("issuerName"));
        m_issuerCode = new QLineEdit(this);
        m_issuerCode->setPlaceholderText(tr("e.g. 000.00.09.H99 (if known)"));
        m_notation = new QLineEdit(this);
        m_notation->setObjectName(QStringLiteral("notation"));
        m_notation->setPlaceholderText(tr("e.g. 12/KH-SYT"));
        m_date = new QDateEdit(QDate::currentDate(), this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        m_signerName = new QLineEdit(this);
        m_pages = new QSpinBox(this);
        m_pages->setRange(0, 9999);
        m_pages->setSpecialValueText(tr("not counted"));
        form->addRow(tr("Issued by:"), m_issuerName);
        form->addRow(tr("Organisation code:"), m_issuerCode);
        form->addRow(tr("Number and notation:"), m_notation);
        form->addRow(tr("Date of the document:"), m_date);
    }
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Subject (trích yếu):"), m_subject);
    if (!outgoing) {
        form->addRow(tr("Signed by:"), m_signerName);
        form->addRow(tr("Pages:"), m_pages);
        // A council or board with a register of its own; empty: the agency's register.
        m_register = new QLineEdit(this);
        m_register->setObjectName(QStringLiteral("registerName"));
        m_register->setPlaceholderText(tr("The agency's register (or a council's own)"));
        form->addRow(tr("Register:"), m_register);
    }

    m_main = new QLineEdit(this);
    m_main->setObjectName(QStringLiteral("mainFile"));
    m_main->setPlaceholderText(outgoing ? tr("The draft as a PDF") : tr("The scan as a PDF"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &NewDocumentDialog::chooseMain);
    auto *mainRow = new QHBoxLayout;
    mainRow->addWidget(m_main, 1);
    mainRow->addWidget(browse);
    form->addRow(tr("Main file:"), mainRow);
    m_appendices = new QListWidget(this);
    m_appendices->setMaximumHeight(60);
    auto *addAppendix = new QPushButton(tr("Add an appendix…"), this);
    connect(addAppendix, &QPushButton::clicked, this, &NewDocumentDialog::addAppendix);
    auto *appendixColumn = new QVBoxLayout;
    appendixColumn->addWidget(m_appendices);
    appendixColumn->addWidget(addAppendix, 0, Qt::AlignLeft);
    form->addRow(tr("Appendices:"), appendixColumn);

    m_urgency = new QComboBox(this);
    for (Urgency u : {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash,
                      Urgency::FlashTimed})
        m_urgency->addItem(enums::displayName(u), int(u));
    m_secrecy = new QComboBox(this);
    for (Confidentiality c : {Confidentiality::Normal, Confidentiality::Confidential,
                              Confidentiality::Secret, Confidentiality::TopSecret})
        m_secrecy->addItem(enums::displayName(c), int(c));
    auto *levels = new QHBoxLayout;
    levels->addWidget(m_urgency);
    levels->addWidget(new QLabel(tr("Confidentiality:"), this));
    levels->addWidget(m_secrecy);
    levels->addStretch();
    form->addRow(tr("Urgency:"), levels);
    m_hasDeadline = new QCheckBox(tr("Deadline"), this);
    m_deadline = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_deadline->setEnabled(false);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addStretch();
    form->addRow(QString(), deadlineRow);

    if (outgoing) {
        m_signer = new QLineEdit(this);
        m_signer->setObjectName(QStringLiteral("signer"));
        m_signer->setPlaceholderText(tr("The leader's user name, e.g. leader"));
        form->addRow(tr("To be signed by:"), m_signer);
        m_recipientChoice = new QComboBox(this);
        m_recipientChoice->setEditable(false);
        for (const QJsonValue &v : organisations) {
            const QJsonObject o = v.toObject();
            m_recipientChoice->addItem(o.value(QStringLiteral("name")).toString(),
                                       o.value(QStringLiteral("id")).toString());
        }
        m_recipientOther = new QLineEdit(this);
        m_recipientOther->setPlaceholderText(
            tr("or an organisation code, a user name, \"paper:\" and an address"));
        auto *add = new QPushButton(tr("Add"), this);
        connect(add, &QPushButton::clicked, this, &NewDocumentDialog::addChosenRecipient);
        auto *pick = new QHBoxLayout;
        pick->addWidget(m_recipientChoice, 1);
        pick->addWidget(add);
        m_recipients = new QListWidget(this);
        m_recipients->setObjectName(QStringLiteral("recipients"));
        m_recipients->setMaximumHeight(90);
        auto *remove = new QPushButton(tr("Remove"), this);
        connect(remove, &QPushButton::clicked, this, [this] {
            delete m_recipients->currentItem();
            update();
        });
        auto *column = new QVBoxLayout;
        column->addLayout(pick);
        column->addWidget(m_recipientOther);
        column->addWidget(m_recipients);
        column->addWidget(remove, 0, Qt::AlignLeft);
        form->addRow(tr("Recipients (Nơi nhận):"), column);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(outgoing ? tr("Create the draft") : tr("Register"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, &NewDocumentDialog::update);
    resize(640, sizeHint().height());
    update();
}

void NewDocumentDialog::chooseMain()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The main file"), QString(),
        tr("PDF and word-processor documents (*.pdf *.docx *.doc *.odt *.rtf)"));
    if (!path.isEmpty())
        m_main->setText(path);
}

void NewDocumentDialog::addAppendix()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Appendices"), QString(),
        tr("PDF and word-processor documents (*.pdf *.docx *.doc *.odt *.rtf)"));
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_appendices);
        item->setData(Qt::UserRole, p);
    }
    update();
}

void NewDocumentDialog::addChosenRecipient()
{
    Recipient r;
    QString shown;
    const QString other = m_recipientOther->text().trimmed();
    if (!other.isEmpty()) {
        if (other.startsWith(QStringLiteral("paper:"))) {
            r.kind = Recipient::Kind::Paper;
            r.name = other.mid(6).trimmed();
            shown = tr("%1 (paper copy)").arg(r.name);
        } else if (OrgCode::isValid(other)) {
            r.kind = Recipient::Kind::External;
            r.id = other;
            shown = tr("%1 (another agency)").arg(other);
        } else {
            r.kind = Recipient::Kind::Person;
            r.id = other;
            shown = tr("%1 (a person)").arg(other);
        }
        m_recipientOther->clear();
    } else if (m_recipientChoice->currentIndex() >= 0) {
        r.kind = Recipient::Kind::Unit;
        r.id = m_recipientChoice->currentData().toString();
        shown = m_recipientChoice->currentText();
    } else {
        return;
    }
    auto *item = new QListWidgetItem(shown, m_recipients);
    item->setData(kRecipientRole, QVariant::fromValue(json::toJson(r)));
    update();
}

void NewDocumentDialog::addRecipient(const QString &organisationId)
{
    m_recipientChoice->setCurrentIndex(m_recipientChoice->findData(organisationId));
    m_recipientOther->clear();
    addChosenRecipient();
}

void NewDocumentDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void NewDocumentDialog::setMainFile(const QString &path)
{
    m_main->setText(path);
}

void NewDocumentDialog::setSigner(const QString &login)
{
    if (m_signer)
        m_signer->setText(login);
}

void NewDocumentDialog::setIncoming(const QString &issuerName, const QString &notation,
                                    const QDate &date)
{
    if (!m_issuerName)
        return;
    m_issuerName->setText(issuerName);
    m_notation->setText(notation);
    m_date->setDate(date);
}

QString NewDocumentDialog::problem() const
{
    const QString main = m_main->text().trimmed();
    if (m_direction == Direction::Incoming) {
        if (m_issuerName->text().trimmed().isEmpty() && m_issuerCode->text().trimmed().isEmpty())
            return tr("Write who issued the document.");
        if (!m_issuerCode->text().trimmed().isEmpty() &&
            !OrgCode::isValid(m_issuerCode->text().trimmed()))
            return tr("The organisation code is not a national code (such as 000.00.09.H99).");
        if (auto n = numbering::parse(m_notation->text()); !n)
            return n.error().message;
    }
    if (m_subject->text().trimmed().isEmpty())
        return tr("Write the subject (trích yếu).");
    if (main.isEmpty())
        return tr("Choose the main file.");
    for (const QString &file : files()) {
        if (isPdf(file))
            continue;
        // A .docx or .odt becomes a PDF with LibreOffice, when it is here.
        if (!desk::ConvertToPdfCommand::converts(file))
            return tr("\"%1\" is not a PDF file. Save it as PDF first (in Word or LibreOffice: "
                      "File › Save as PDF).")
                .arg(QFileInfo(file).fileName());
        if (desk::ConvertToPdfCommand::converter().isEmpty())
            return tr("\"%1\" needs LibreOffice to become a PDF, and it is not installed here. "
                      "Install LibreOffice, or save the file as PDF (File › Save as PDF) and "
                      "choose the PDF.")
                .arg(QFileInfo(file).fileName());
    }
    return {};
}

void NewDocumentDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

protocol::NewDocument NewDocumentDialog::document() const
{
    protocol::NewDocument n;
    n.id = m_id;
    n.direction = m_direction;
    n.type = doctype::fromKey(m_type->currentData().toString()).value_or(DocumentType::CongVan);
    n.subject = m_subject->text().trimmed();
    n.urgency = Urgency(m_urgency->currentData().toInt());
    n.confidentiality = Confidentiality(m_secrecy->currentData().toInt());
    if (m_hasDeadline->isChecked())
        n.dueDate = m_deadline->date();
    if (m_direction == Direction::Outgoing) {
        n.signer = m_signer->text().trimmed();
        for (int i = 0; i < m_recipients->count(); ++i) {
            if (auto r = json::recipientFromJson(
                    m_recipients->item(i)->data(kRecipientRole).toJsonObject()))
                n.recipients << r.value();
        }
    } else {
        n.issuerName = m_issuerName->text().trimmed();
        n.issuerCode = m_issuerCode->text().trimmed();
        n.notation = m_notation->text().trimmed();
        n.issueDate = m_date->date();
        n.signerName = m_signerName->text().trimmed();
        n.pages = m_pages->value();
        n.registerName = m_register->text().simplified();
    }
    return n;
}

QStringList NewDocumentDialog::files() const
{
    QStringList list{m_main->text().trimmed()};
    for (int i = 0; i < m_appendices->count(); ++i)
        list << m_appendices->item(i)->data(Qt::UserRole).toString();
    return list;
}

} // namespace lt::ui
