#pragma once
#include "core/trace/trace_event.h"

#include <cstdint>
#include <string_view>

namespace wirestep {

// What a timer's expiry led to, read from the events it caused.
enum class TimerOutcome : std::uint8_t {
    Unknown,      // not a fired timer, or its consequences are not known (yet)
    Sent,         // it sent a segment (a retransmission, a probe, an ACK): the send says which
    GaveUp,       // it gave up on the connection: the application is told an error
    Closed,       // it ended a state (2MSL, FIN_WAIT_2): the state event says which
    NotIdleYet,   // keepalive: a segment arrived since it was armed; armed again for the rest
    DataInFlight, // keepalive: data is in flight, the retransmission timer watches the peer
    Nothing,      // it sent nothing and changed nothing
    LossProbe,    // retransmission timer, linux profile: it was counting the probe timeout (PTO) and
                  // sent a tail loss probe (RFC 8985 §7.3), not a retransmission on timeout
};
std::string_view toString(TimerOutcome o); // "unknown", "sent", "gave-up", ...

// What a keepalive timer is armed for (RFC 1122 §4.2.3.6).
enum class KeepaliveArm : std::uint8_t {
    None,     // not a keepalive timer armed
    Idle,     // the keepalive time: probe once nothing has come from the peer for this long
    Interval, // after a probe: wait this long for an answer before the next probe
    Rest,     // a segment came meanwhile: the rest of the keepalive time
};
std::string_view toString(KeepaliveArm a); // "none", "idle", "interval", "rest"

// What an event means in its context: facts a view cannot read from the event alone, derived
// from the trace by FactTracker (one place, so that the narration, the diagram, the event list and
// the text ladder say the same). Each field is set only on the events it is about.
struct EventFacts {
    // Send of a TCP segment: it is duplicate ACK number `dupAck` (1, 2, 3 ...) of its sender: no
    // data, no SYN, FIN or RST, the same ack and window as the sender's previous segment, while the
    // peer has sent bytes beyond that ack (RFC 5681 §2; Wireshark's "Dup ACK #n"). 0: not one.
    int dupAck = 0;
    // Send with SendCause::FastRetransmit: the duplicate ACKs of this byte its sender had received.
    int dupAcksHeard = 0;
    // Send with SendCause::Timeout: the how-many-th retransmission since the peer last
    // acknowledged something new (1, 2 ...); fired retransmission timer that gave up: how many.
    int retries = 0;
    // Send with SendCause::KeepaliveProbe: the probe's number since the peer was last heard
    // (1, 2 ...); fired keepalive timer: the probes already sent and not answered.
    int probes = 0;
    // Fired keepalive timer and keepalive probes: the time since the node last received a segment
    // (the idle time of RFC 1122 §4.2.3.6); -1 if it never received one.
    std::int64_t idleUs = -1;
    // Fired keepalive timer: data of the node is in flight (not yet acknowledged).
    bool dataInFlight = false;
    // Send with SendCause::Timeout: the RTO that expired; with SendCause::TailLossProbe: the probe
    // timeout (PTO) that expired (0 = unknown).
    std::int64_t rtoUs = 0;
    // The state the event's node is in when it happens (as the trace's state events tell), and
    // whether the trace told it yet.
    TcpState state = TcpState::Closed;
    bool stateKnown = false;

    // Armed keepalive timer: what for.
    KeepaliveArm keepaliveArm = KeepaliveArm::None;

    // Fired timer: what it led to, and the time it was armed again for (0 = not armed again).
    TimerOutcome outcome = TimerOutcome::Unknown;
    std::int64_t rearmUs = 0;

    // The event's cause (the event with id `cause`), as far as it is known.
    bool causeKnown = false;
    EventKind causeKind = EventKind::App;
    AppCall causeCall = AppCall::None;         // cause is an app event
    TimerKind causeTimer = TimerKind::Retransmission; // cause is a timer event
    TimerAction causeAction = TimerAction::Armed;
    std::uint8_t causeFlags = 0;               // cause is a deliver: the segment's flags
    SendCause causeSendCause = SendCause::None; // cause is a deliver: why that segment was sent
    bool causeCarriedData = false;             // cause is a deliver: the segment carried data
    std::uint32_t causeSeq = 0;                // cause is a deliver: the segment's seq
    bool causeOldDuplicate = false;            // cause is a deliver: an injected old duplicate

    bool causedByFired(TimerKind k) const
    {
        return causeKnown && causeKind == EventKind::Timer && causeAction == TimerAction::Fired && causeTimer == k;
    }
    bool causedByCall(AppCall c) const { return causeKnown && causeKind == EventKind::App && causeCall == c; }
    bool causedByDelivery() const { return causeKnown && causeKind == EventKind::Deliver; }
};

} // namespace wirestep
