#include "ui/panels/link_panel.h"

#include "core/narration/terms.h"
#include "ui/panels/event_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wirestep {

LinkPanel::LinkPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_lossy = new QCheckBox(this);
    layout->addWidget(m_lossy);

    m_form = new QFormLayout;
    m_loss = new QDoubleSpinBox(this);
    m_loss->setRange(0, 100);
    m_loss->setDecimals(1);
    m_loss->setSingleStep(5);
    m_loss->setValue(10);
    m_form->addRow(new QLabel(this), m_loss);
    m_delay = new QSpinBox(this);
    m_delay->setRange(0, 10'000);
    m_delay->setValue(10);
    m_form->addRow(new QLabel(this), m_delay);
    m_seed = new QSpinBox(this);
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    m_form->addRow(new QLabel(this), m_seed);
    layout->addLayout(m_form);

    m_profileLabel = new QLabel(this);
    layout->addWidget(m_profileLabel);
    m_profile = new QComboBox(this);
    for (int i = 0; i < 4; ++i) m_profile->addItem(QString());
    layout->addWidget(m_profile);
    m_timers = new QLabel(this);
    m_timers->setTextFormat(Qt::PlainText);
    layout->addWidget(m_timers);

    m_faultsLabel = new QLabel(this);
    m_faultsLabel->setWordWrap(true);
    layout->addWidget(m_faultsLabel);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_remove = new QPushButton(this);
    m_remove->setEnabled(false);
    layout->addWidget(m_remove);
    retranslate();

    for (QWidget *w : std::initializer_list<QWidget *>{m_loss, m_delay, m_seed}) w->setEnabled(false);
    connect(m_lossy, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_loss, m_delay, m_seed}) w->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_loss, &QDoubleSpinBox::valueChanged, this, [this] {
        if (isLossy()) Q_EMIT changed();
    });
    connect(m_delay, &QSpinBox::valueChanged, this, [this] {
        if (isLossy()) Q_EMIT changed();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] {
        if (isLossy()) Q_EMIT changed();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeFault(m_list->currentRow()); });
}

void LinkPanel::retranslate()
{
    m_lossy->setText(tr("Lossy link"));
    m_lossy->setToolTip(tr("Run the scenario again over a link that loses and delays segments"));
    m_loss->setSuffix(tr(" %"));
    m_delay->setSuffix(tr(" ms"));
    m_seed->setToolTip(tr("The same seed gives the same losses every time"));
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) label->setText(text);
    };
    setLabel(m_loss, tr("Loss:"));
    setLabel(m_delay, tr("One-way delay:"));
    setLabel(m_seed, tr("Seed:"));
    m_faultsLabel->setText(tr("Faults (right-click a segment to add one):"));
    m_profileLabel->setText(tr("Timers:"));
    m_profile->setItemText(0, tr("As in the scenario"));
    m_profile->setItemText(1, tr("Classroom: shortened to watch"));
    m_profile->setItemText(2, tr("Linux: real values"));
    m_profile->setItemText(3, tr("RFC: the standards' values"));
    m_profile->setToolTip(tr("Run the scenario again with every timer as this profile sets it (values the scenario sets itself stay)"));
    if (m_captureTimers) showCaptureTimers();
    else if (m_kernelTimers) showKernelTimers();
    else showTimers(m_shownProfile, m_shownTimers);
    m_remove->setText(tr("Remove fault"));
    refreshList();
}

void LinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void LinkPanel::showCaptureTimers()
{
    m_captureTimers = true;
    m_kernelTimers = false;
    m_profile->setEnabled(false);
    m_timers->setText(tr("A capture file: its timers are those of the system\nthat recorded it; the ones the packets show\nare drawn as inferred"));
}

void LinkPanel::showKernelTimers()
{
    m_captureTimers = false;
    m_kernelTimers = true;
    m_profile->setEnabled(false);
    m_timers->setText(tr("Real sockets: the kernel's own timers\n(Linux: 2MSL = 60 s, RTO at least 200 ms,\nkeepalive after 7200 s when a program turns it on)"));
}

void LinkPanel::showTimers(TimerProfile profile, const TcpTimers &timers)
{
    m_kernelTimers = false;
    m_captureTimers = false;
    m_profile->setEnabled(true);
    m_shownProfile = profile;
    m_shownTimers = timers;
    m_timers->setText(tr("Timer profile: %1\n%2").arg(Terms::profile(profile), Terms::timerSummary(timers)));
}

RunOptions LinkPanel::options() const
{
    RunOptions o;
    static constexpr TimerProfile kProfiles[] = {TimerProfile::Classroom, TimerProfile::Linux, TimerProfile::Rfc};
    if (m_profile->currentIndex() >= 1) o.profile = kProfiles[m_profile->currentIndex() - 1];
    if (!isLossy()) return o;
    o.loss = m_loss->value() / 100.0;
    o.delayUs = std::int64_t{m_delay->value()} * 1000;
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    return o;
}

bool LinkPanel::isLossy() const { return m_lossy->isChecked(); }

void LinkPanel::setLossy(bool on) { m_lossy->setChecked(on); }

void LinkPanel::setDefaultDelayUs(std::int64_t us)
{
    const QSignalBlocker block(m_delay);
    m_delay->setValue(static_cast<int>(us / 1000));
}

void LinkPanel::addFault(const FaultRule &rule)
{
    m_faults.push_back(rule);
    refreshList();
    Q_EMIT changed();
}

void LinkPanel::removeFault(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_faults.size()) return;
    m_faults.erase(m_faults.begin() + row);
    refreshList();
    Q_EMIT changed();
}

void LinkPanel::clearFaults()
{
    m_faults.clear();
    refreshList();
}

void LinkPanel::refreshList()
{
    m_list->clear();
    for (const FaultRule &r : m_faults) m_list->addItem(EventText::faultRule(r));
}

} // namespace wirestep
