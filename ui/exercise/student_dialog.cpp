#include "ui/exercise/student_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirestep {

StudentDialog::StudentDialog(const QString &packTitle, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("studentDialog"));
    setWindowTitle(tr("Exercises: who are you?"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("You are about to answer the exercises \"%1\" in predict mode. Your name and student id go into "
                            "the results file you hand in (File ▸ Export results).")
                             .arg(packTitle),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("studentName"));
    m_name->setMaxLength(200);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("studentId"));
    m_id->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Student &id:"), m_id);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &StudentDialog::updateOk);
    connect(m_id, &QLineEdit::textChanged, this, &StudentDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

QString StudentDialog::name() const { return m_name->text().simplified(); }

QString StudentDialog::studentId() const { return m_id->text().simplified(); }

void StudentDialog::setName(const QString &name) { m_name->setText(name); }

void StudentDialog::setStudentId(const QString &id) { m_id->setText(id); }

void StudentDialog::updateOk() { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty() || !studentId().isEmpty()); }

} // namespace wirestep
