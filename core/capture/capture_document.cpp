#include "core/capture/capture_document.h"

#include "core/capture/capture_trace_builder.h"

#include "core/wire/wire_decoder.h"

namespace wirestep {

bool CaptureDocument::open(const std::string &path, const CaptureIndex::Progress &progress)
{
    m_path = path;
    m_error = {};
    m_index = CaptureIndex();
    m_loaded.reset();
    m_seekable = true;
    m_sequential.close();
    if (!m_reader.open(path)) {
        m_error = m_reader.error();
        return false;
    }
    if (!m_index.build(m_reader, progress)) {
        m_reader.close();
        return false;
    }
    return true;
}

std::vector<std::uint64_t> CaptureDocument::packetsOf(std::size_t conversation) const
{
    std::vector<std::uint64_t> out;
    if (conversation >= conversations().size()) return out;
    const Conversation &c = conversations()[conversation];
    out.reserve(c.packetCount());
    for (std::uint64_t n = c.firstPacket; n <= c.lastPacket && n <= m_index.entries().size(); ++n)
        if (m_index.entry(n).conversation == conversation) out.push_back(n);
    return out;
}

const CaptureReader::Packet *CaptureDocument::readPacket(std::uint64_t number)
{
    if (number == 0 || number > m_index.entries().size()) return nullptr;
    const CaptureIndex::Entry &e = m_index.entry(number);
    const auto matches = [&e](const CaptureReader::Packet &p) {
        return p.tUs == e.tUs && static_cast<std::uint16_t>(p.wireLength) == e.lengthCheck;
    };
    if (m_seekable) {
        if (m_reader.readAt(e.offset, number, m_packet) == CaptureReader::Read::Packet && matches(m_packet)) return &m_packet;
        // libpcap reads a pcapng section's interfaces once: a file of several sections can only
        // be read in order. From now on, this document does.
        m_seekable = false;
    }
    if (!m_sequential.isOpen() || m_sequential.packetsRead() >= number) {
        if (!m_sequential.open(m_path)) return nullptr;
    }
    while (m_sequential.packetsRead() < number)
        if (m_sequential.next(m_packet) != CaptureReader::Read::Packet) return nullptr;
    return matches(m_packet) ? &m_packet : nullptr;
}

std::optional<std::vector<std::uint8_t>> CaptureDocument::readBytes(std::uint64_t number, std::uint32_t *wireLength)
{
    const CaptureReader::Packet *p = readPacket(number);
    if (!p) return std::nullopt;
    if (wireLength) *wireLength = p->wireLength;
    return std::vector<std::uint8_t>(p->bytes.begin(), p->bytes.end());
}

CaptureDocument::Loaded CaptureDocument::load(std::size_t index, TraceSink &sink, PacketRange range,
                                              const CaptureIndex::Progress &progress)
{
    Loaded out;
    if (!isOpen() || index >= conversations().size()) return out;
    const Conversation &c = conversations()[index];
    CaptureTraceBuilder builder(sink, c, c.firstUs);
    out.total = c.packetCount();
    out.first = std::min(range.first, out.total);
    std::uint64_t seen = 0;
    for (std::uint64_t n = c.firstPacket; n <= c.lastPacket && out.shown < range.count; ++n) {
        const CaptureIndex::Entry &e = m_index.entry(n);
        if (e.conversation != index) continue;
        if (seen++ < out.first) continue;
        if (progress && out.shown % 1024 == 0 && !progress(seen, out.total)) return out;
        // The packet again, as the index saw it; a file that changed since is an error.
        const CaptureReader::Packet *read = readPacket(n);
        if (!read) {
            out.error.kind = CaptureError::Kind::Damaged;
            out.error.detail = "the file changed since it was opened";
            out.error.packet = n;
            out.error.offset = e.offset;
            return out;
        }
        const CaptureReader::Packet &p = *read;
        const std::optional<DecodedPacket> d = WireDecoder::decode(m_reader.linkType(), p.bytes, p.wireLength);
        if (!d) continue; // decoded in the first pass, so only a changed file gets here
        builder.add(n, p.tUs, *d, e.from());
        ++out.shown;
    }
    builder.finish();
    m_loaded = index;
    for (NodeId side : {NodeId::Client, NodeId::Server}) {
        m_base[static_cast<std::size_t>(indexOf(side))] = builder.base(side);
        m_shift[static_cast<std::size_t>(indexOf(side))] = builder.windowShift(side);
    }
    out.events = builder.eventCount();
    out.notes = builder.notes();
    out.ok = true;
    return out;
}

std::optional<InspectedPacket> CaptureDocument::inspect(std::uint64_t number)
{
    if (!isOpen() || number == 0 || number > m_index.entries().size()) return std::nullopt;
    const CaptureIndex::Entry &e = m_index.entry(number);
    if (e.conversation == CaptureIndex::kNoConversation) return std::nullopt;
    InspectedPacket out;
    out.number = number;
    out.link = m_reader.linkType();
    out.from = e.from();
    std::optional<std::vector<std::uint8_t>> bytes = readBytes(number, &out.wireLength);
    if (!bytes) return std::nullopt;
    out.bytes = std::move(*bytes);
    // Back through the conversation for the sender's previous packet and the last one it got.
    const std::uint64_t first = conversations()[e.conversation].firstPacket;
    bool haveSame = false, haveReceived = false;
    for (std::uint64_t n = number; n-- > first && !(haveSame && haveReceived);) {
        const CaptureIndex::Entry &o = m_index.entry(n);
        if (o.conversation != e.conversation) continue;
        if (o.from() == e.from() && !haveSame) {
            haveSame = true;
            if (auto b = readBytes(n)) out.previousSame = std::move(*b);
        } else if (o.from() != e.from() && !haveReceived) {
            haveReceived = true;
            if (auto b = readBytes(n)) out.lastReceived = std::move(*b);
        }
    }
    if (m_loaded == e.conversation) {
        out.senderBase = m_base[static_cast<std::size_t>(indexOf(e.from()))];
        out.receiverBase = m_base[static_cast<std::size_t>(indexOf(peerOf(e.from())))];
        out.senderWindowShift = m_shift[static_cast<std::size_t>(indexOf(e.from()))];
    }
    return out;
}

} // namespace wirestep
