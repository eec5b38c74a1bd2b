#pragma once
#include "core/live/live_recorder.h"
#include "core/live/sock_diag.h"

#include "core/trace/tcp_state.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <map>
#include <memory>
#include <cstdint>
#include <optional>
#include <set>
#include <tuple>
#include <string>
#include <vector>

namespace wirestep {

// Samples the kernel's TCP state of the sockets a lab watches and records each change it sees
// as a `state` event (from -> to) on the watch's node. On Linux it asks the kernel for each
// watched socket by its addresses (SockDiag); where that is refused it reads /proc/net/tcp and
// /proc/net/tcp6, which is slower (the kernel walks its whole connection table), so the poll
// interval stretches to a few times what one poll costs. Without /proc it is unavailable and
// says why.
//
// A socket is found by its local and remote address and port (a listening socket has the remote
// 0.0.0.0:0). A watched socket that has gone from the tables is CLOSED. The kernel changes state
// faster than any poll, so short-lived states (SYN_SENT on loopback) may be skipped: the events
// show what was seen, from the last state seen.
class KernelStateObserver : public QObject {
    Q_OBJECT

public:
    // One row of the kernel's table.
    struct Endpoint {
        std::array<std::uint8_t, 16> address{}; // IPv6, or IPv4-mapped (::ffff:a.b.c.d)
        std::uint16_t port = 0;
        bool operator==(const Endpoint &) const = default;
        static Endpoint from(const QHostAddress &address, std::uint16_t port);
    };
    struct KernelSocket {
        Endpoint local;
        Endpoint remote;
        int code = 0; // the kernel's state number (1 ESTABLISHED ... 12 NEW_SYN_RECV)
    };

    explicit KernelStateObserver(LiveRecorder &recorder, QObject *parent = nullptr);
    ~KernelStateObserver() override;

    static constexpr int kIntervalMs = 5;
    // True when sockets are looked up one by one (sock_diag), false when /proc is read.
    bool usesSockDiag() const { return m_diag != nullptr; }

    bool available() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

    // Watches one socket; `initial` is the state it is taken to be in before it is first seen
    // (a connection accepted from a listener starts in LISTEN). `tag` goes into the events' data.
    // Returns the watch's number.
    int watch(NodeId node, const QHostAddress &local, std::uint16_t localPort, const QHostAddress &remote,
              std::uint16_t remotePort, TcpState initial = TcpState::Closed, std::string tag = {});
    // Stops watching a socket (a listener once its connection has been accepted, so that the
    // node's states are those of the connection).
    void unwatch(int watchId);
    // The state last seen for a watch.
    TcpState stateOf(int watchId) const;
    std::size_t watchCount() const { return m_watches.size(); }

    void start(int intervalMs = kIntervalMs);
    void stop();
    // Reads the tables now and records the changes.
    void poll();
    // A poll at the next turn of the event loop (several requests make one poll).
    void pollSoon();
    // Forgets every watch.
    void clear();
    // A captured segment `node` sent (or, with sent false, received): the states it proves the
    // node's socket passed through are recorded, marked inferred, if the poll has not seen them
    // (a SYN,ACK leaves from SYN_RECEIVED, a FIN from ESTABLISHED or CLOSE_WAIT). A RST sent or
    // received lets the socket go to CLOSED from any state.
    void noteSegment(NodeId node, const Segment &seg, bool sent);
    // A RST was captured on the connection of `node` from `localPort` to `remotePort`.
    bool resetSeen(NodeId node, std::uint16_t localPort, std::uint16_t remotePort) const;

    // The kernel's tables, or nullopt where there are none (the reason in `error`).
    static std::optional<std::vector<KernelSocket>> readTables(QString *error = nullptr);
    // One /proc/net/tcp or /proc/net/tcp6 text (header line included) to its rows.
    static std::vector<KernelSocket> parseTable(const std::string &text);
    // The kernel's state number as an RFC 9293 state; nullopt for an unknown number.
    static std::optional<TcpState> fromKernelCode(int code);

private:
    struct Watch {
        NodeId node;
        Endpoint local;
        Endpoint remote;
        TcpState state;
        bool seen = false;
        std::string tag;
        bool active = true;
    };
    // What a lifeline (a node, or one client of a node: the watch's tag) has shown last.
    struct Lifeline {
        TcpState state = TcpState::Closed;
        bool reset = false; // a RST went one way or the other: CLOSED from anywhere is a reset
    };

    Lifeline &lifelineOf(const Watch &w) { return m_lifelines[{static_cast<int>(w.node), w.tag}]; }
    // The watch's socket was seen in `to`: its lifeline moves there. Where the RFC's state
    // diagram has no edge from the lifeline's last state (a poll missed a short state), first the
    // states between, marked inferred; a state the lifeline has already passed (a listener seen
    // late) is not shown again. Lifelines never show a transition the RFC does not have.
    void record(Watch &w, TcpState to);
    // The lifeline of `w` moves to `to` by way of the RFC's states between, all inferred.
    void infer(const Watch &w, TcpState to);
    // Records the lifeline's move to `to`; inferred unless `basis` is None, which says what proves it.
    void recordOne(const Watch &w, TcpState to, InferenceBasis basis);

    LiveRecorder &m_recorder;
    std::unique_ptr<SockDiag> m_diag;
    int m_intervalMs = kIntervalMs;
    QString m_unavailableReason;
    std::vector<Watch> m_watches;
    std::map<std::pair<int, std::string>, Lifeline> m_lifelines;
    std::set<std::tuple<int, std::uint16_t, std::uint16_t>> m_resets; // (node, local port, remote port)
    QTimer m_timer;
    QTimer m_soon;
};

} // namespace wirestep
