#include "capture_trace_builder.h"

#include <algorithm>

namespace wirestep {

CaptureTraceBuilder::CaptureTraceBuilder(TraceSink &sink, Conversation conversation, std::int64_t timeZeroUs)
    : m_sink(sink), m_conversation(std::move(conversation)), m_timeZeroUs(timeZeroUs)
{
}

std::uint64_t CaptureTraceBuilder::record(TraceEvent event)
{
    event.id = m_nextId++;
    m_sink.append(event);
    return event.id;
}

void CaptureTraceBuilder::add(std::uint64_t number, std::int64_t tUs, const DecodedPacket &packet, NodeId from)
{
    // Times never go backwards in a trace (a capture from several interfaces may).
    const std::int64_t t = std::max(m_lastUs, tUs - m_timeZeroUs);
    m_lastUs = t;
    const auto me = static_cast<std::size_t>(indexOf(from));
    const auto peer = static_cast<std::size_t>(indexOf(peerOf(from)));

    Segment seg;
    seg.id = number;
    seg.proto = packet.proto;
    seg.from = from;
    seg.sport = packet.sport;
    seg.dport = packet.dport;
    seg.payload = packet.payload;
    seg.payload.resize(packet.payloadLength, '\0'); // bytes beyond the snapshot length count too
    if (packet.proto == Protocol::Tcp) {
        const TcpHeader &h = packet.tcp;
        // The bases of relative numbers, as Wireshark takes them: a SYN's own number; else the
        // first number seen minus one; an ACK tells its peer's base before the peer has spoken.
        if (!m_base[me]) m_base[me] = (h.flags & TcpFlag::SYN) ? h.seq : h.seq - 1;
        if (!m_base[peer] && (h.flags & TcpFlag::ACK)) m_base[peer] = h.ack - 1;
        if ((h.flags & TcpFlag::SYN) && h.windowScale) m_shift[me] = *h.windowScale;
        seg.seq = h.seq - *m_base[me];
        seg.ack = (h.flags & TcpFlag::ACK) ? h.ack - *m_base[peer] : h.ack;
        seg.flags = h.flags;
        seg.window = h.window;
        seg.mss = h.mss;
    }

    TraceEvent send;
    send.tUs = t;
    send.kind = EventKind::Send;
    send.node = from;
    send.seg = seg;
    const std::uint64_t sendId = record(send);

    TraceEvent deliver;
    deliver.tUs = t;
    deliver.kind = EventKind::Deliver;
    deliver.node = peerOf(from);
    deliver.cause = sendId;
    deliver.seg = std::move(seg);
    record(std::move(deliver));
}

void CaptureTraceBuilder::finish() {}

} // namespace wirestep
