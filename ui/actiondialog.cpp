#include "ui/actiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
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
    m_text->setPlaceholderText(action == Action::Direct || action == Action::Reassign
                                   ? tr("Direction (bút phê), e.g. Giao Sở Tài chính chủ trì…")
                                   : tr("Your words (optional)"));
    form->addRow(tr("Text"), m_text);
    if (action == Action::Direct || action == Action::Reassign) {
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("leadUnit"));
        for (const QJsonValue &v : units) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("level")).toString() == u"province")
                continue;
            m_unit->addItem(o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("id")).toString());
        }
        form->addRow(tr("Lead unit"), m_unit);
        const auto unitList = [this, &units](const char *name) {
            auto *list = new QListWidget(this);
            list->setObjectName(QLatin1String(name));
            list->setMaximumHeight(110);
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
        form->addRow(tr("Co-operating units"), m_cooperating);
        m_informed = unitList("informedUnits");
        form->addRow(tr("For information"), m_informed);
        m_deadline = new QDateEdit(QDate::currentDate().addDays(10), this);
        m_deadline->setCalendarPopup(true);
        m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        form->addRow(tr("Deadline"), m_deadline);
        if (m_unit->count() == 0) {
            form->addRow(
                new QLabel(tr("The list of units arrives with the next synchronisation."), this));
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actions::displayName(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_unit && m_unit->count() == 0)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    resize(520, m_unit ? 520 : 260);
}

QString ActionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QList<Assignment> ActionDialog::assignments() const
{
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
