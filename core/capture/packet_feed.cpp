#include "core/capture/packet_feed.h"

namespace wirestep {

PacketFeed::PacketFeed(SinkFor sinkFor) : m_sinkFor(std::move(sinkFor)) {}

void PacketFeed::add(std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &packet)
{
    const ConversationTable::Placed placed = m_table.add(packet, number, tUs, wireLength);
    if (placed.index >= m_builders.size()) m_builders.resize(placed.index + 1);
    std::unique_ptr<CaptureTraceBuilder> &builder = m_builders[placed.index];
    if (!builder) {
        // Its times count from its own first packet, as a file's conversation's do.
        const Conversation &c = m_table.conversations()[placed.index];
        builder = std::make_unique<CaptureTraceBuilder>(m_sinkFor(c), c, c.firstUs);
    }
    builder->add(number, tUs, packet, placed.from);
}

void PacketFeed::finish()
{
    for (const auto &b : m_builders)
        if (b) b->finish();
}

std::vector<InferenceNote> PacketFeed::notes(std::size_t index) const
{
    return index < m_builders.size() && m_builders[index] ? m_builders[index]->notes() : std::vector<InferenceNote>{};
}

} // namespace wirestep
