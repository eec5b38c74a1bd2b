#pragma once
#include "core/capture/inference_note.h"

#include "core/trace/node_id.h"
#include "core/trace/segment.h"
#include "core/trace/tcp_state.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wirestep {

// Runs the RFC 9293 state machine (§3.3.2, §3.10) of both endpoints of one connection from the
// segments a capture holds, in capture order: what each side sends and what reaches it moves it
// from state to state as it would move a real endpoint. Every state it gives is inferred; where
// the segments cannot decide it says so (a reason on the change, or an InferenceNote).
//
// A capture is taken at one point, so a segment is seen once: the sender's change is placed
// right after it is sent, the receiver's right after it arrives (both at the capture's time),
// as the simulator records them. Rules, beyond the RFC's table:
//  - a capture that does not start with a SYN starts in the middle of the connection: both sides
//    are taken to be ESTABLISHED ("mid-connection"); what came before is unknown;
//  - a side that answers a SYN with SYN,ACK was listening: LISTEN -> SYN_RECEIVED when its
//    SYN,ACK is sent ("passive-open"); one that answers with RST had no listener ("no-listener");
//  - a side that receives a SYN,ACK without its SYN in the capture had sent one: SYN_SENT ->
//    ESTABLISHED;
//  - a RST changes its receiver only if its sequence number is the next one expected (RFC 5961
//    §3.2); otherwise the receiver would answer with a challenge ACK and stay as it was.
class TcpStateInference {
public:
    struct Change {
        NodeId node = NodeId::Client;
        TcpState from = TcpState::Closed;
        TcpState to = TcpState::Closed;
        // "", "mid-connection", "passive-open", "no-listener", "refused" (a RST answered its SYN),
        // "reset" (a RST arrived), "abort" (it sent a RST)
        std::string reason;
    };
    // What one segment changed: before it is sent (a capture's first segment), after it is sent,
    // after it arrives.
    struct Step {
        std::vector<Change> before;
        std::vector<Change> atSend;
        std::vector<Change> atArrival;
        bool timeWaitRestarted = false; // a FIN sent again into TIME_WAIT restarts 2MSL (RFC 9293 §3.10.7.4)
    };

    // The next segment of the connection (relative or absolute numbers, but the same throughout);
    // `packet` is its number in the file, for notes.
    Step observe(NodeId from, const Segment &seg, std::uint64_t packet);
    // The state of a side; nothing while the segments have not told it.
    std::optional<TcpState> state(NodeId node) const { return end(node).state; }
    // What could not be decided, for the whole connection so far.
    std::vector<InferenceNote> notes() const;

private:
    struct End {
        std::optional<TcpState> state;
        bool passive = false;                 // its SYN_RECEIVED came from LISTEN
        bool heard = false;                   // it sent something
        std::optional<std::uint32_t> iss;     // its SYN's sequence number
        std::optional<std::uint32_t> finSeq;  // its FIN's sequence number
        std::optional<std::uint32_t> nextSeq; // after the highest sequence number it sent
        std::optional<std::uint32_t> lastAck; // the last acknowledgment number it sent
    };
    End &end(NodeId n) { return m_ends[static_cast<std::size_t>(indexOf(n))]; }
    const End &end(NodeId n) const { return m_ends[static_cast<std::size_t>(indexOf(n))]; }
    static void change(std::vector<Change> &into, End &e, NodeId node, TcpState to, std::string reason = {},
                       std::optional<TcpState> from = std::nullopt);

    std::array<End, 2> m_ends;
    bool m_started = false;
    bool m_midConnection = false;
    std::vector<InferenceNote> m_resetsIgnored;
};

} // namespace wirestep
