#include "ui/live/live_panel.h"

#include "core/live/lab_registry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirestep {

namespace {
// The labs whose client sends what the user types (udp-time: a time format).
bool takesMessage(const QString &id)
{
    return id == QLatin1String("echo") || id == QLatin1String("chat") || id == QLatin1String("udp-chat")
        || id == QLatin1String("udp-time");
}
} // namespace

LivePanel::LivePanel(QWidget *parent) : QWidget(parent)
{
    m_labs = new QListWidget(this);
    m_labs->setWordWrap(true);
    m_labs->setObjectName(QStringLiteral("liveLabs"));
    m_messageLabel = new QLabel(this);
    m_message = new QLineEdit(this);
    m_message->setMaxLength(1024);
    m_messageLabel->setBuddy(m_message);
    m_start = new QPushButton(this);
    m_stop = new QPushButton(this);
    m_compare = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("liveNotes"));
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setStyleSheet(QStringLiteral("QLabel#liveNotes { background: #FFF4CC; color: #3A2E00; border: 1px solid #E69F00;"
                                          " border-radius: 4px; padding: 6px; }"));
    m_notes->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_labs, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel);
    messageRow->addWidget(m_message, 1);
    layout->addLayout(messageRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    layout->addLayout(buttons);
    layout->addWidget(m_compare);
    layout->addWidget(m_status);
    layout->addWidget(m_notes);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!selectedLab().isEmpty()) Q_EMIT startRequested(selectedLab());
    });
    connect(m_labs, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_running) Q_EMIT startRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_labs, &QListWidget::currentRowChanged, this, &LivePanel::updateMessageEnabled);
    connect(m_message, &QLineEdit::returnPressed, m_start, &QPushButton::click);
    connect(m_stop, &QPushButton::clicked, this, &LivePanel::stopRequested);
    connect(m_compare, &QPushButton::clicked, this, &LivePanel::compareRequested);
    fillLabs();
    m_labs->setCurrentRow(0);
    setRunning(false);
    setCanCompare(false);
    retranslate();
}

void LivePanel::fillLabs()
{
    const QString selected = selectedLab();
    m_labs->clear();
    for (const LabRegistry::Entry &lab : LabRegistry::labs()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(lab.id, LabRegistry::describe(lab)), m_labs);
        item->setData(Qt::UserRole, lab.id);
        item->setToolTip(LabRegistry::describe(lab));
    }
    if (!selected.isEmpty()) selectLab(selected);
}

QString LivePanel::selectedLab() const
{
    const QListWidgetItem *item = m_labs->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void LivePanel::selectLab(const QString &id)
{
    for (int i = 0; i < m_labs->count(); ++i)
        if (m_labs->item(i)->data(Qt::UserRole).toString() == id) m_labs->setCurrentRow(i);
}

QString LivePanel::message() const { return m_message->text(); }

void LivePanel::setMessage(const QString &text) { m_message->setText(text); }

void LivePanel::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_labs->setEnabled(!running);
    updateMessageEnabled();
}

void LivePanel::setCanCompare(bool can) { m_compare->setEnabled(can); }

void LivePanel::setStatus(const QString &text) { m_status->setText(text); }

void LivePanel::setNotes(const QStringList &notes)
{
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void LivePanel::updateMessageEnabled()
{
    const bool enabled = !m_running && takesMessage(selectedLab());
    m_message->setEnabled(enabled);
    m_messageLabel->setEnabled(enabled);
    m_message->setPlaceholderText(selectedLab() == QLatin1String("udp-time") ? tr("a time format, such as %H:%M:%S")
                                                                              : tr("the lab's own message"));
}

void LivePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void LivePanel::retranslate()
{
    fillLabs();
    m_messageLabel->setText(tr("&Message:"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_compare->setText(tr("&Compare with simulation"));
    updateMessageEnabled();
}

} // namespace wirestep
