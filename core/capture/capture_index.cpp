#include "core/capture/capture_index.h"

#include "core/wire/wire_decoder.h"

namespace wirestep {

static_assert(sizeof(CaptureIndex::Entry) <= 24, "the index keeps 24 bytes a packet");

void CaptureIndex::add(const CaptureReader::Packet &packet, LinkType link)
{
    Entry e;
    e.offset = packet.offset;
    e.tUs = packet.tUs;
    e.lengthCheck = static_cast<std::uint16_t>(packet.wireLength);
    const std::optional<DecodedPacket> decoded = WireDecoder::decode(link, packet.bytes, packet.wireLength);
    if (decoded) {
        const ConversationTable::Placed placed = m_table.add(*decoded, packet.number, packet.tUs, packet.wireLength);
        e.conversation = static_cast<std::uint32_t>(placed.index);
        e.fromServer = placed.from == NodeId::Server ? 1 : 0;
    } else {
        ++m_other;
    }
    m_entries.push_back(e);
}

bool CaptureIndex::build(CaptureReader &reader, const Progress &progress)
{
    CaptureReader::Packet packet;
    for (std::uint64_t n = 0;; ++n) {
        if (progress && n % 4096 == 0 && !progress(reader.position(), reader.size())) return false;
        const CaptureReader::Read r = reader.next(packet);
        if (r == CaptureReader::Read::End) break;
        if (r == CaptureReader::Read::Error) {
            m_readError = reader.error();
            break;
        }
        add(packet, reader.linkType());
    }
    if (progress) progress(reader.size(), reader.size());
    return true;
}

} // namespace wirestep
