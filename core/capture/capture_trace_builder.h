#pragma once
#include "core/capture/conversation.h"
#include "core/capture/inference_note.h"
#include "core/capture/tcp_analyzer.h"
#include "core/capture/tcp_state_inference.h"

#include "core/trace/trace_sink.h"
#include "core/wire/decoded_packet.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace wirestep {

// Turns the packets of one conversation, in capture order, into trace events, one packet at a
// time: a file's packets or a live capture's as they arrive feed it the same way, and each
// event goes to the sink at once.
//
// Each packet becomes a `send` from its sender and, at the same time, a `deliver` to the other
// side: a capture is taken at one point, so one time is all it knows of a packet. Times count
// from `timeZeroUs`. The segment's id is the packet's number in the file. Sequence and
// acknowledgment numbers are relative, as Wireshark shows them: counted from each side's
// initial sequence number when its SYN is in the capture, else from the first number seen minus
// one (docs/captures.md). Data that the capture did not keep (its snapshot length) counts in
// the lengths as zero bytes.
class CaptureTraceBuilder {
public:
    CaptureTraceBuilder(TraceSink &sink, Conversation conversation, std::int64_t timeZeroUs);

    // One packet of the conversation; `from` is its sender.
    void add(std::uint64_t number, std::int64_t tUs, const DecodedPacket &packet, NodeId from);
    // The capture has ended.
    void finish();

    const Conversation &conversation() const { return m_conversation; }
    // The absolute number each side's relative numbers count from, once known.
    std::optional<std::uint32_t> base(NodeId side) const { return m_base[static_cast<std::size_t>(indexOf(side))]; }
    // The window scale shift each side announced in its SYN (RFC 7323 §2.2), if the capture has it.
    std::optional<std::uint8_t> windowShift(NodeId side) const { return m_shift[static_cast<std::size_t>(indexOf(side))]; }
    std::uint64_t eventCount() const { return m_nextId - 1; }
    // What the capture could not decide (TCP only).
    std::vector<InferenceNote> notes() const { return m_states.notes(); }

private:
    struct Sent {
        std::uint64_t eventId = 0;
        std::int64_t tUs = 0;
        std::uint32_t end = 0; // the sequence number after it
    };

    std::uint64_t record(TraceEvent event);
    void recordChanges(const std::vector<TcpStateInference::Change> &changes, std::int64_t t);
    std::uint64_t recordTimer(NodeId node, TimerKind kind, TimerAction action, std::int64_t t, std::uint64_t cause,
                              std::int64_t durationUs);

    TraceSink &m_sink;
    Conversation m_conversation;
    std::int64_t m_timeZeroUs;
    std::int64_t m_lastUs = 0;
    std::uint64_t m_nextId = 1;
    std::array<std::optional<std::uint32_t>, 2> m_base;
    std::array<std::optional<std::uint8_t>, 2> m_shift;
    TcpAnalyzer m_analyzer;
    TcpStateInference m_states;
    std::array<std::map<std::uint32_t, Sent>, 2> m_sent; // unacknowledged transmissions by relative seq
    std::array<std::uint32_t, 2> m_peerWindow{1, 1}; // the window each side's peer last offered it
    std::uint64_t m_lastSendId = 0;
    std::int64_t m_lastSendUs = 0;
};

} // namespace wirestep
