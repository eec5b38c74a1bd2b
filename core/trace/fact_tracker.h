#pragma once
#include "core/trace/event_facts.h"

#include <array>
#include <cstdint>
#include <vector>

namespace wirestep {

// Derives EventFacts from a trace read in order, event by event, holding only a little state:
// it serves the streamed text ladder as well as a whole trace (TraceFacts).
//
// observe() gives the facts that the events before an event establish (duplicate ACK numbers,
// idle times, the cause). What a fired timer led to is known only from the events it caused,
// which follow it at once: feed each of them to noteConsequence(), then call finish().
class FactTracker {
public:
    FactTracker();

    EventFacts observe(const TraceEvent &e);

    // `consequence` was caused by the fired timer `fired` (consequence.cause == fired.id): what it
    // tells about the expiry goes into `facts`. False if it was not caused by it.
    static bool noteConsequence(EventFacts &facts, const TraceEvent &fired, const TraceEvent &consequence);
    // After the last consequence of a fired timer: an expiry that caused nothing says why.
    static void finish(EventFacts &facts, const TraceEvent &fired);

private:
    // What the tracker knows about each node's TCP connection.
    struct NodeView {
        std::int64_t lastHeardUs = -1; // the last TCP segment it received
        bool haveSndMax = false;
        std::uint32_t sndMax = 0;      // the highest sequence number it sent, plus one
        bool haveAckHeard = false;
        std::uint32_t ackHeard = 0;    // the highest ack it received
        std::uint16_t winHeard = 0;    // the window of the last segment it received
        int dupHeard = 0;              // duplicate ACKs received for ackHeard
        bool haveAckSent = false;
        std::uint32_t ackSent = 0;     // the ack and window of the last segment it sent
        std::uint16_t winSent = 0;
        int dupSent = 0;               // duplicate ACKs sent in a row
        int timeouts = 0;              // timeout retransmissions since ackHeard last advanced
        int probes = 0;                // keepalive probes since it last heard the peer
    };
    std::array<TcpState, 2> m_states{TcpState::Closed, TcpState::Closed};
    std::array<std::uint64_t, 2> m_probeCause{0, 0}; // the cause of each node's latest keepalive probe
    std::array<bool, 2> m_statesKnown{false, false};
    // The little the facts need of an earlier event, kept for the latest events.
    struct Summary {
        std::uint64_t id = 0;
        EventKind kind = EventKind::App;
        AppCall call = AppCall::None;
        TimerKind timer = TimerKind::Retransmission;
        TimerAction action = TimerAction::Armed;
        std::int64_t durationUs = 0;
        std::uint8_t flags = 0;
        SendCause sendCause = SendCause::None;
        bool data = false;
        std::uint32_t seq = 0;
        bool injected = false;
    };
    static constexpr std::size_t kKept = 1024;

    void remember(const TraceEvent &e);
    const Summary *find(std::uint64_t id) const;
    void onSend(const TraceEvent &e, EventFacts &f);
    void onDeliver(const TraceEvent &e);

    std::array<NodeView, 2> m_nodes{};
    std::vector<Summary> m_recent; // ring, indexed by id % kKept
};

} // namespace wirestep
