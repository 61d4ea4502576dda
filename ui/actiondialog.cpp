#include "ui/actiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
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
    resize(480, 260);
}

QString ActionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QList<Assignment> ActionDialog::assignments() const
{
    if (!m_unit || m_unit->currentIndex() < 0)
        return {};
    return {Assignment{m_unit->currentData().toString(), AssignmentKind::Lead, m_deadline->date()}};
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
