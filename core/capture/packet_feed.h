#pragma once
#include "core/capture/capture_trace_builder.h"
#include "core/capture/conversation_table.h"

#include "core/trace/trace_sink.h"
#include "core/wire/decoded_packet.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace wirestep {

// A capture read as it is made (`wirestep-cli watch`): each packet goes at once to its
// conversation (ConversationTable) and through that conversation's CaptureTraceBuilder, so that
// its events (the send, the delivery, the inferred states, timers and analysis labels) come out
// while the capture goes on. The events of a file's conversation are those CaptureDocument::load
// gives, but for what only the whole file tells: a conversation is known from its first packet,
// its client is the sender of that packet unless it is a SYN,ACK (docs/captures.md).
class PacketFeed {
public:
    // Where a new conversation's events go; called once, at its first packet.
    using SinkFor = std::function<TraceSink &(const Conversation &)>;

    explicit PacketFeed(SinkFor sinkFor);

    // One packet, numbered 1, 2, 3 ... in capture order; `tUs` its capture time.
    void add(std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &packet);
    // The capture has ended: every conversation finishes (its last timers are inferred).
    void finish();

    const std::vector<Conversation> &conversations() const { return m_table.conversations(); }
    // What conversation `index` could not decide so far (TCP only).
    std::vector<InferenceNote> notes(std::size_t index) const;

private:
    SinkFor m_sinkFor;
    ConversationTable m_table;
    std::vector<std::unique_ptr<CaptureTraceBuilder>> m_builders; // by conversation index
};

} // namespace wirestep
