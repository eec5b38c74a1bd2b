#pragma once
#include "core/live/lab_options.h"
#include "core/trace/trace.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace wirestep {

class CentralViews;
class LiveLab;
class LivePanel;
class PortWatch;
class MainWindow;

// Live mode in the window: the Live dock and menu, and the lab that runs on loopback sockets.
// Its trace is shown in the window's diagram and event list as it grows (the player follows the
// end), until the user opens something else. "Compare with simulation" puts the matching
// catalog scenario beside it. A note the lab leaves (no capture permission ...) stays in the
// dock's banner and in the status bar.
class LiveMode : public QObject {
    Q_OBJECT

public:
    LiveMode(MainWindow &window, CentralViews &central);
    ~LiveMode() override;

    // Starts a lab by id with the dock's message and, while the link panel's lossy switch is on,
    // its loss, delay and seed for the UDP relay. False (with a dialog-free status line) if the
    // lab is unknown or cannot start.
    bool start(const QString &labId);
    void stop();
    // Shows the last lab's trace beside its simulated scenario; false if it has none.
    bool compareWithSimulation();
    // The catalog scenario that shows in simulation what a lab shows live ("" if none).
    static QString scenarioFor(const QString &labId);

    bool isRunning() const;
    QString labId() const { return m_labId; }
    const Trace &liveTrace() const { return m_trace; }
    QStringList notes() const { return m_notes; }
    LivePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *compareAction() const { return m_compareAction; }
    // Live ▸ Watch a port: the student's own programs on a loopback port.
    PortWatch *portWatch() const { return m_watch; }
    QAction *absoluteSeqAction() const { return m_absoluteSeqAction; }

Q_SIGNALS:
    void labStarted(const QString &labId);
    // The lab has ended (finished, failed or stopped) and its whole trace is shown.
    void labFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished();
    // Shows the trace as it is now, if it has grown and the window still shows it.
    void refresh(bool force = false);
    void updateActions();
    void setNotes(const QStringList &notes);
    QString statusText() const;
    void retranslate();

    MainWindow &m_window;
    CentralViews &m_central;
    LivePanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_labsMenu = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_compareAction = nullptr;
    PortWatch *m_watch = nullptr;
    QAction *m_absoluteSeqAction = nullptr;
    QLabel *m_statusNote = nullptr;
    QTimer m_refresh;
    Trace m_trace; // declared before the lab: the lab records into it until it is destroyed
    std::unique_ptr<LiveLab> m_lab;
    QString m_labId;
    QString m_error;
    QStringList m_notes;
    const Trace *m_shown = nullptr; // the trace last handed to the window
    std::size_t m_shownSize = 0;
    bool m_comparing = false;
    std::shared_ptr<const Trace> m_simulated;
    std::string m_simulatedId;
};

} // namespace wirestep
