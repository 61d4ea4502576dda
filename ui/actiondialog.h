#pragma once

#include "core/model/decision.h"

#include <QDialog>
#include <QJsonArray>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
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
    // A submission: the people it may be put before (the directory the server sends: id,
    // fullName, title, roles…), offered in "Trình"; the person chosen ("" for the default).
    // Passing on: the people of `unit` (the reader's own), except `self`, offered to lead the
    // unit's part or to help.
    void setPeople(const QJsonArray &people, const QString &unit = {}, const QString &self = {});
    QString to() const;
    void setTo(const QString &personId);
    bool needsUnit() const { return m_unit != nullptr; }
    // Ready-made phrases (bút phê mẫu): choosing one adds it to the words.
    void setPhrases(const QStringList &phrases);
    void usePhrase(int index);

    // For tests: fill the form as a user would.
    void setText(const QString &text);
    void setLeadUnit(const QString &organisationId);
    void setCooperatingUnits(const QStringList &organisationIds);
    void setInformedUnits(const QStringList &organisationIds);
    // Passing on: the person who leads the unit's part ("" for none) and those who help.
    void setLeadPerson(const QString &personId);
    void setHelpingPeople(const QStringList &personIds);
    // Passing on: the document's deadline, the latest a specialist's may be (and the default
    // when it is sooner than a week).
    void setLatestDeadline(const QDate &date);
    // Starts from an earlier attempt (a refused action's words and units).
    void reuse(const QString &text, const QList<Assignment> &assignments);
    // Narrows the unit lists to the names that match (with or without accents); the units
    // already chosen stay in view.
    void setUnitFilter(const QString &text);
    // What is chosen, in words: "Chủ trì: …; Phối hợp: …; Để biết: …".
    QString summary() const;

private:
    void updateSummary();

    Action m_action;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_phrases = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_leadPerson = nullptr; // passing on
    QListWidget *m_helping = nullptr;
    QString m_unitOfActor;
    QDateEdit *m_deadline = nullptr;
    QListWidget *m_cooperating = nullptr;
    QListWidget *m_informed = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace lt::ui
