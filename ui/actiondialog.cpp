#include "ui/actiondialog.h"

#include "core/text/fold.h"
#include "ui/documentpanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lt::ui {

ActionDialog::ActionDialog(Action action, const QJsonArray &units, QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setWindowTitle(actions::displayName(action));
    auto *form = new QFormLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setPlaceholderText(
        action == Action::Direct || action == Action::Reassign
            ? tr("Direction (bút phê), e.g. Giao Sở Tài chính chủ trì…")
        : action == Action::PassOn
            ? tr("What to do, e.g. Đề nghị đồng chí nghiên cứu, tham mưu văn bản trả lời…")
        : action == Action::VoidNumber
            ? tr("Why the number is voided (required: it goes into the register)")
            : tr("Your words (optional)"));
    form->addRow(tr("Text"), m_text);
    if (action == Action::Direct || action == Action::Reassign) {
        m_text->setMaximumHeight(110); // the units need the room
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("leadUnit"));
        for (const QJsonValue &v : units) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("level")).toString() == u"province")
                continue;
            m_unit->addItem(o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("id")).toString());
        }
        // Typing finds a unit among dozens: a part of its name is enough.
        m_unit->setEditable(true);
        m_unit->setInsertPolicy(QComboBox::NoInsert);
        m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
        m_unit->completer()->setFilterMode(Qt::MatchContains);
        m_unit->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        form->addRow(tr("Lead unit"), m_unit);
        m_filter = new QLineEdit(this);
        m_filter->setObjectName(QStringLiteral("unitFilter"));
        m_filter->setPlaceholderText(tr("Find a unit (with or without accents)"));
        m_filter->setClearButtonEnabled(true);
        connect(m_filter, &QLineEdit::textChanged, this, &ActionDialog::setUnitFilter);
        form->addRow(tr("Find"), m_filter);
        const auto unitList = [this, &units](const char *name) {
            auto *list = new QListWidget(this);
            list->setObjectName(QLatin1String(name));
            list->setMinimumHeight(150);
            list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            connect(list, &QListWidget::itemChanged, this, &ActionDialog::updateSummary);
            for (const QJsonValue &v : units) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("level")).toString() == u"province")
                    continue;
                auto *item = new QListWidgetItem(o.value(QStringLiteral("name")).toString(), list);
                item->setData(Qt::UserRole, o.value(QStringLiteral("id")).toString());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            return list;
        };
        m_cooperating = unitList("cooperatingUnits");
        m_informed = unitList("informedUnits");
        // Side by side, each with its own room: they never overlap, whatever their number.
        auto *lists = new QGridLayout;
        lists->addWidget(new QLabel(tr("Co-operating units"), this), 0, 0);
        lists->addWidget(new QLabel(tr("For information"), this), 0, 1);
        lists->addWidget(m_cooperating, 1, 0);
        lists->addWidget(m_informed, 1, 1);
        form->addRow(lists);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("assignmentSummary"));
        m_summary->setWordWrap(true);
        form->addRow(m_summary);
        connect(m_unit, &QComboBox::currentIndexChanged, this, &ActionDialog::updateSummary);
        m_deadline = new QDateEdit(QDate::currentDate().addDays(10), this);
        m_deadline->setCalendarPopup(true);
        m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        form->addRow(tr("Deadline"), m_deadline);
        if (m_unit->count() == 0) {
            form->addRow(
                new QLabel(tr("The list of units arrives with the next synchronisation."), this));
        }
    }
    if (action == Action::PassOn) {
        // The people come with setPeople(); until then the lists are empty.
        m_text->setMaximumHeight(110);
        m_leadPerson = new QComboBox(this);
        m_leadPerson->setObjectName(QStringLiteral("leadPerson"));
        form->addRow(tr("Handles it"), m_leadPerson);
        m_helping = new QListWidget(this);
        m_helping->setObjectName(QStringLiteral("helpingPeople"));
        m_helping->setMinimumHeight(150);
        form->addRow(tr("Helping"), m_helping);
        m_deadline = new QDateEdit(QDate::currentDate().addDays(7), this);
        m_deadline->setCalendarPopup(true);
        m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        form->addRow(tr("Deadline"), m_deadline);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actions::displayName(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_unit && m_unit->count() == 0)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    if (m_leadPerson) {
        resize(600, 520);
    } else if (m_unit) {
        setMinimumSize(600, 600);
        resize(720, 680);
        updateSummary();
    } else {
        resize(520, 260);
    }
}

void ActionDialog::setUnitFilter(const QString &text)
{
    const QString needle = text::foldForSearch(text).simplified();
    for (QListWidget *list : {m_cooperating, m_informed}) {
        if (!list)
            continue;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const bool match =
                needle.isEmpty() || text::foldForSearch(item->text()).contains(needle);
            item->setHidden(!match && item->checkState() != Qt::Checked);
        }
    }
}

QString ActionDialog::summary() const
{
    return m_summary ? m_summary->text() : QString();
}

void ActionDialog::updateSummary()
{
    if (!m_summary)
        return;
    // As the assignments go: a unit once, with its strongest part; said as the history says it.
    m_summary->setText(describeAssignments(assignments(), [this](const QString &id) {
        const int at = m_unit->findData(id);
        return at >= 0 ? m_unit->itemText(at) : id;
    }));
}

void ActionDialog::setPeople(const QJsonArray &people, const QString &unit, const QString &self)
{
    if (m_leadPerson) {
        // The unit's own people who handle work: specialists and the other heads.
        m_unitOfActor = unit;
        m_leadPerson->clear();
        m_helping->clear();
        m_leadPerson->addItem(tr("(nobody: only helpers)"), QString());
        for (const QJsonValue &v : people) {
            const QJsonObject p = v.toObject();
            const QString id = p.value(QStringLiteral("id")).toString();
            if (id == self || p.value(QStringLiteral("organisation")).toString() != unit)
                continue;
            const QJsonArray roles = p.value(QStringLiteral("roles")).toArray();
            if (!roles.contains(QStringLiteral("specialist")) &&
                !roles.contains(QStringLiteral("head_of_unit")))
                continue;
            const QString title = p.value(QStringLiteral("title")).toString();
            const QString name = p.value(QStringLiteral("fullName")).toString();
            const QString shown = title.isEmpty() ? name : title + u' ' + name;
            m_leadPerson->addItem(shown, id);
            auto *item = new QListWidgetItem(shown, m_helping);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // The first specialist leads unless the head chooses otherwise.
        m_leadPerson->setCurrentIndex(m_leadPerson->count() > 1 ? 1 : 0);
        return;
    }
    if (m_action != Action::Submit && m_action != Action::SubmitForReview)
        return;
    // Submit: a leader or a deputy; submit for review: a head of unit or a leader.
    const QStringList takes =
        m_action == Action::Submit
            ? QStringList{QStringLiteral("leader"), QStringLiteral("deputy_leader")}
            : QStringList{QStringLiteral("head_of_unit"), QStringLiteral("leader"),
                          QStringLiteral("deputy_leader")};
    if (!m_to) {
        m_to = new QComboBox(this);
        m_to->setObjectName(QStringLiteral("submitTo"));
        auto *form = qobject_cast<QFormLayout *>(layout());
        form->insertRow(0, tr("Put before"), m_to);
    }
    m_to->clear();
    m_to->addItem(m_action == Action::Submit ? tr("The agency's leader (default)")
                                             : tr("The heads of my unit (default)"),
                  QString());
    for (const QJsonValue &v : people) {
        const QJsonObject p = v.toObject();
        bool fits = false;
        for (const QJsonValue &r : p.value(QStringLiteral("roles")).toArray())
            fits = fits || takes.contains(r.toString());
        if (!fits)
            continue;
        const QString title = p.value(QStringLiteral("title")).toString();
        const QString name = p.value(QStringLiteral("fullName")).toString();
        m_to->addItem(title.isEmpty() ? name : title + QStringLiteral(" ") + name,
                      p.value(QStringLiteral("id")).toString());
    }
}

QString ActionDialog::to() const
{
    return m_to ? m_to->currentData().toString() : QString();
}

void ActionDialog::setTo(const QString &personId)
{
    if (m_to)
        m_to->setCurrentIndex(std::max(0, m_to->findData(personId)));
}

QString ActionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QList<Assignment> ActionDialog::assignments() const
{
    if (m_leadPerson) {
        QList<Assignment> result;
        const QString lead = m_leadPerson->currentData().toString();
        if (!lead.isEmpty())
            result << Assignment{m_unitOfActor, AssignmentKind::Lead, m_deadline->date(), lead};
        for (int i = 0; i < m_helping->count(); ++i) {
            const QString id = m_helping->item(i)->data(Qt::UserRole).toString();
            if (m_helping->item(i)->checkState() == Qt::Checked && id != lead)
                result << Assignment{m_unitOfActor, AssignmentKind::Cooperate, m_deadline->date(),
                                     id};
        }
        return result;
    }
    if (!m_unit || m_unit->currentIndex() < 0)
        return {};
    const QString lead = m_unit->currentData().toString();
    QList<Assignment> result{Assignment{lead, AssignmentKind::Lead, m_deadline->date()}};
    // A unit is named once, with its strongest part: lead, then co-operating, then informed.
    QStringList named{lead};
    for (const auto &[list, kind] : {std::pair{m_cooperating, AssignmentKind::Cooperate},
                                     std::pair{m_informed, AssignmentKind::ForInformation}}) {
        for (int i = 0; i < list->count(); ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            if (list->item(i)->checkState() != Qt::Checked || named.contains(id))
                continue;
            named << id;
            result << Assignment{id, kind,
                                 kind == AssignmentKind::Cooperate ? m_deadline->date() : QDate()};
        }
    }
    return result;
}

static void checkUnits(QListWidget *list, const QStringList &ids)
{
    if (!list)
        return;
    for (int i = 0; i < list->count(); ++i) {
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toString())
                                         ? Qt::Checked
                                         : Qt::Unchecked);
    }
}

void ActionDialog::setCooperatingUnits(const QStringList &organisationIds)
{
    checkUnits(m_cooperating, organisationIds);
}

void ActionDialog::setInformedUnits(const QStringList &organisationIds)
{
    checkUnits(m_informed, organisationIds);
}

void ActionDialog::reuse(const QString &text, const QList<Assignment> &assignments)
{
    setText(text);
    if (m_leadPerson) {
        QStringList helping;
        for (const Assignment &a : assignments) {
            if (a.kind == AssignmentKind::Lead)
                setLeadPerson(a.personId);
            else
                helping << a.personId;
            if (a.deadline.isValid())
                m_deadline->setDate(a.deadline);
        }
        setHelpingPeople(helping);
        return;
    }
    QStringList cooperating;
    QStringList informed;
    for (const Assignment &a : assignments) {
        if (a.kind == AssignmentKind::Lead) {
            setLeadUnit(a.organisationId);
            if (m_deadline && a.deadline.isValid())
                m_deadline->setDate(a.deadline);
        } else if (a.kind == AssignmentKind::Cooperate) {
            cooperating << a.organisationId;
        } else {
            informed << a.organisationId;
        }
    }
    setCooperatingUnits(cooperating);
    setInformedUnits(informed);
}

void ActionDialog::setLatestDeadline(const QDate &date)
{
    if (!m_leadPerson || !date.isValid())
        return;
    m_deadline->setMaximumDate(date);
    if (m_deadline->date() > date)
        m_deadline->setDate(date);
}

void ActionDialog::setPhrases(const QStringList &phrases)
{
    if (phrases.isEmpty())
        return;
    if (!m_phrases) {
        m_phrases = new QComboBox(this);
        m_phrases->setObjectName(QStringLiteral("phrases"));
        auto *form = qobject_cast<QFormLayout *>(layout());
        int row = 0;
        form->getWidgetPosition(m_text, &row, nullptr);
        form->insertRow(row + 1, tr("Ready-made"), m_phrases);
        connect(m_phrases, &QComboBox::activated, this, &ActionDialog::usePhrase);
    }
    m_phrases->clear();
    m_phrases->addItem(tr("(choose a ready-made phrase)"));
    for (const QString &p : phrases)
        m_phrases->addItem(p);
}

void ActionDialog::usePhrase(int index)
{
    if (!m_phrases || index <= 0 || index >= m_phrases->count())
        return;
    const QString phrase = m_phrases->itemText(index);
    const QString now = m_text->toPlainText().trimmed();
    m_text->setPlainText(now.isEmpty() ? phrase : now + u' ' + phrase);
    m_phrases->setCurrentIndex(0);
}

void ActionDialog::setLeadPerson(const QString &personId)
{
    if (m_leadPerson)
        m_leadPerson->setCurrentIndex(std::max(0, m_leadPerson->findData(personId)));
}

void ActionDialog::setHelpingPeople(const QStringList &personIds)
{
    checkUnits(m_helping, personIds);
}

void ActionDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ActionDialog::setLeadUnit(const QString &organisationId)
{
    if (m_unit)
        m_unit->setCurrentIndex(m_unit->findData(organisationId));
}

} // namespace lt::ui
