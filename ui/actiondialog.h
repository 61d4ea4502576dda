#pragma once

#include "core/model/decision.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace lt::ui {

// The words that go with an action (a direction, a comment, the reason for a return) and, to
// direct or reassign, the lead unit and the deadline.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    // `units`: the organisations directory as the server gives it (id, name, code…).
    ActionDialog(Action action, const QJsonArray &units, QWidget *parent = nullptr);

    QString text() const;
    QList<Assignment> assignments() const;
    bool needsUnit() const { return m_unit != nullptr; }

    // For tests: fill the form as a user would.
    void setText(const QString &text);
    void setLeadUnit(const QString &organisationId);

private:
    Action m_action;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_unit = nullptr;
    QDateEdit *m_deadline = nullptr;
};

} // namespace lt::ui
