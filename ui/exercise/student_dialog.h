#pragma once
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wirestep {

// Asks a student for a name and a student id once, when an exercise pack opens: the results
// file names them. Either is enough; OK stays disabled while both are empty.
class StudentDialog : public QDialog {
    Q_OBJECT

public:
    StudentDialog(const QString &packTitle, QWidget *parent = nullptr);

    QString name() const;
    QString studentId() const;
    void setName(const QString &name);
    void setStudentId(const QString &id);
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QLabel *m_intro = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wirestep
