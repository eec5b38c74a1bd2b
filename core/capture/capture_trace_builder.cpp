#include "core/capture/capture_trace_builder.h"

#include "core/sim/tcp_seq.h"

#include <algorithm>
#include <iterator>

namespace wirestep {

namespace {
constexpr std::int64_t kLeastRtoUs = 200'000;
} // namespace

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
        if ((h.flags & TcpFlag::SYN) && h.windowScale) m_shift[me] = std::min<std::uint8_t>(*h.windowScale, 14); // RFC 7323 §2.3
        seg.seq = h.seq - *m_base[me];
        seg.ack = (h.flags & TcpFlag::ACK) ? h.ack - *m_base[peer] : h.ack;
        seg.flags = h.flags;
        seg.window = h.window;
        seg.mss = h.mss;
    }

    SegmentAnalysis analysis;
    TcpStateInference::Step step;
    if (packet.proto == Protocol::Tcp) {
        analysis = m_analyzer.analyze(from, tUs, packet);
        seg.retransmission = analysis.has(AnalysisLabel::Retransmission) || analysis.has(AnalysisLabel::FastRetransmission)
            || analysis.has(AnalysisLabel::SpuriousRetransmission);
        seg.keepalive = analysis.has(AnalysisLabel::KeepAlive);
        step = m_states.observe(from, seg, number);
    }
    recordChanges(step.before, t);

    // The timers whose firing the capture shows: the gap before a retransmission is the RTO
    // (RFC 6298 §5.4), the silence before a probe the keepalive time (RFC 1122 §4.2.3.6).
    std::uint64_t cause = 0;
    if (analysis.has(AnalysisLabel::Retransmission)) {
        // The latest transmission that held the first byte of this one.
        auto &sent = m_sent[me];
        auto earlier = sent.upper_bound(seg.seq);
        if (earlier != sent.begin() && seqLt(seg.seq, std::prev(earlier)->second.end)) --earlier;
        else earlier = sent.end();
        // Below 200 ms (Linux's least RTO; RFC 6298 §2.4 asks for 1 s) a resend comes from a
        // faster loss-recovery timer, such as the tail loss probe of RFC 8985: no RTO is inferred.
        if (earlier != sent.end() && t - earlier->second.tUs >= kLeastRtoUs)
            cause = recordTimer(from, TimerKind::Retransmission, TimerAction::Fired, t, earlier->second.eventId,
                                t - earlier->second.tUs);
    } else if (analysis.has(AnalysisLabel::KeepAlive) && m_lastSendId != 0 && m_peerWindow[me] != 0) {
        // (Into a zero window the same probe comes from the persist timer instead.)
        cause = recordTimer(from, TimerKind::Keepalive, TimerAction::Fired, t, m_lastSendId, t - m_lastSendUs);
    }

    TraceEvent send;
    send.tUs = t;
    send.kind = EventKind::Send;
    send.node = from;
    send.cause = cause;
    send.seg = seg;
    send.analysis = analysis.toString();
    const std::uint64_t sendId = record(send);
    recordChanges(step.atSend, t);

    TraceEvent deliver;
    deliver.tUs = t;
    deliver.kind = EventKind::Deliver;
    deliver.node = peerOf(from);
    deliver.cause = sendId;
    deliver.seg = seg;
    record(std::move(deliver));
    recordChanges(step.atArrival, t);
    if (step.timeWaitRestarted)
        recordTimer(peerOf(from), TimerKind::TimeWait, TimerAction::Armed, t, sendId, 0);

    // Remember this transmission until the peer acknowledges it; forget what this ACK covers.
    if (packet.proto == Protocol::Tcp) {
        auto &sent = m_sent[me];
        if (seg.seqLen() > 0) {
            sent[seg.seq] = Sent{sendId, t, seg.seq + seg.seqLen()};
            if (sent.size() > 65536) sent.erase(sent.begin());
        }
        if (seg.has(TcpFlag::ACK)) {
            auto &theirs = m_sent[peer];
            for (auto it = theirs.begin(); it != theirs.end();)
                it = seqLe(it->second.end, seg.ack) ? theirs.erase(it) : std::next(it);
        }
    }
    m_lastSendId = sendId;
    m_lastSendUs = t;
    if (packet.proto == Protocol::Tcp) m_peerWindow[peer] = packet.tcp.window;
}

void CaptureTraceBuilder::recordChanges(const std::vector<TcpStateInference::Change> &changes, std::int64_t t)
{
    for (const TcpStateInference::Change &c : changes) {
        TraceEvent e;
        e.tUs = t;
        e.kind = EventKind::State;
        e.node = c.node;
        e.from = c.from;
        e.to = c.to;
        e.basis = inferenceBasisFromString(c.reason).value_or(InferenceBasis::None);
        e.inferred = true;
        record(std::move(e));
        // RFC 9293 §3.10.7.4: entering TIME_WAIT starts the 2MSL timer. How long it is, the
        // capture cannot tell (Linux 60 s, the RFC 4 min).
        if (c.to == TcpState::TimeWait) recordTimer(c.node, TimerKind::TimeWait, TimerAction::Armed, t, 0, 0);
    }
}

std::uint64_t CaptureTraceBuilder::recordTimer(NodeId node, TimerKind kind, TimerAction action, std::int64_t t,
                                               std::uint64_t cause, std::int64_t durationUs)
{
    TraceEvent e;
    e.tUs = t;
    e.kind = EventKind::Timer;
    e.node = node;
    e.cause = cause;
    e.timer = kind;
    e.action = action;
    e.deadlineUs = t;
    e.durationUs = durationUs;
    e.inferred = true;
    return record(std::move(e));
}

void CaptureTraceBuilder::finish() {}

} // namespace wirestep
