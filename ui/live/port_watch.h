#pragma once
#include "core/trace/trace.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <deque>
#include <memory>

class QAction;
class QMenu;

namespace wirestep {

class MainWindow;
class PacketFeed;
class PortCapture;

// Live ▸ Watch a port: the student's own server and client on the loopback interface, captured
// as they talk (PortCapture, libpcap: root or CAP_NET_RAW) and drawn as they go, with both
// sides' states inferred from the segments (PacketFeed, as wirestep-cli watch does; see
// docs/captures.md "Watching a port"). The window shows the newest connection on that port and
// follows it until the user opens something else; Stop watching ends the capture.
class PortWatch : public QObject {
    Q_OBJECT

public:
    // Adds its actions to `menu` (Live).
    PortWatch(MainWindow &window, QMenu &menu);
    ~PortWatch() override;

    // Starts watching `port` (TCP, or UDP with `udp`); false with errorString() set when the
    // capture cannot start (no permission: the sentence says how to get it).
    bool start(std::uint16_t port, bool udp);
    void stop();
    bool isWatching() const;
    QString errorString() const { return m_error; }
    // Connections seen so far on the watched port, and the trace of the one shown.
    std::size_t connectionCount() const { return m_traces.size(); }
    const Trace *shownConnection() const { return m_traces.empty() ? nullptr : &m_traces.back(); }
    QString title() const;

    QAction *watchAction() const { return m_watchTcp; }
    QAction *watchUdpAction() const { return m_watchUdp; }
    QAction *stopAction() const { return m_stop; }

Q_SIGNALS:
    void watchingChanged(bool watching);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Asks for the port (a dialog), then starts; a refusal is shown in a message box.
    void ask(bool udp);
    void refresh(bool force = false);
    void updateActions();
    void retranslate();

    MainWindow &m_window;
    QAction *m_watchTcp = nullptr;
    QAction *m_watchUdp = nullptr;
    QAction *m_stop = nullptr;
    QTimer m_refresh;
    std::deque<Trace> m_traces; // one per connection, in the order they began
    std::unique_ptr<PacketFeed> m_feed;
    std::unique_ptr<PortCapture> m_capture;
    std::uint16_t m_port = 0;
    bool m_udp = false;
    QString m_error;
    const Trace *m_shown = nullptr; // the window's trace after the last refresh
    std::size_t m_shownConnection = 0;
    std::size_t m_shownSize = 0;
};

} // namespace wirestep
