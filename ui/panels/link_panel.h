#pragma once
#include "core/scenario/run_options.h"
#include "core/sim/link_config.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace wirestep {

// The link's knobs: a "Lossy link" switch with loss, delay and seed, and the list of faults
// added from the diagram (each removable); and the timer profile both nodes run with (as in the
// scenario, classroom, Linux or RFC), with the values it gives and, where they are shortened,
// the real ones. Every change emits changed() at once.
class LinkPanel : public QWidget {
    Q_OBJECT

public:
    explicit LinkPanel(QWidget *parent = nullptr);

    // The overrides to run the scenario with: no link ones while the switch is off; the timer
    // profile when one is chosen.
    RunOptions options() const;
    // The timers the nodes run with now (the scenario's, or the chosen profile's): shown under
    // the profile choice, with the real values where they are shortened.
    void showTimers(TimerProfile profile, const TcpTimers &timers);
    // A trace no scenario made (a live lab): its timers are the kernel's; there is no profile to choose.
    void showKernelTimers();
    // A capture file's trace: the timers are those of whatever system recorded it, not this one's.
    void showCaptureTimers();
    QComboBox *profileBox() const { return m_profile; }
    QLabel *timersLabel() const { return m_timers; }
    const std::vector<FaultRule> &faults() const { return m_faults; }
    bool isLossy() const;
    void setLossy(bool on);
    // The delay shown before the user changes it (the scenario's own one-way delay).
    void setDefaultDelayUs(std::int64_t us);
    void clearFaults();

    QCheckBox *lossySwitch() const { return m_lossy; }
    QDoubleSpinBox *lossBox() const { return m_loss; }
    QSpinBox *delayBox() const { return m_delay; }
    QSpinBox *seedBox() const { return m_seed; }
    QListWidget *faultList() const { return m_list; }

public Q_SLOTS:
    void addFault(const wirestep::FaultRule &rule);
    void removeFault(int row);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshList();
    // Sets every text in the current language.
    void retranslate();

    QCheckBox *m_lossy = nullptr;
    QDoubleSpinBox *m_loss = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_seed = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_faultsLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_timers = nullptr;
    bool m_kernelTimers = false;
    bool m_captureTimers = false;
    TimerProfile m_shownProfile = TimerProfile::Classroom;
    TcpTimers m_shownTimers = timersFor(TimerProfile::Classroom);
    std::vector<FaultRule> m_faults;
};

} // namespace wirestep
