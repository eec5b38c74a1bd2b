#include "core/capture/tcp_analyzer.h"

#include "core/sim/tcp_seq.h"

#include <algorithm>

namespace wirestep {

namespace {

constexpr std::int64_t kFastRetransmitWindowUs = 20'000;   // a fast retransmission follows the dup ACKs within 20 ms
constexpr std::int64_t kDefaultOutOfOrderUs = 3'000;       // without a handshake RTT, "soon" is 3 ms

} // namespace

SegmentAnalysis TcpAnalyzer::analyze(NodeId from, std::int64_t tUs, const DecodedPacket &packet)
{
    SegmentAnalysis a;
    const TcpHeader &h = packet.tcp;
    const std::uint32_t seq = h.seq;
    const std::uint32_t ack = h.ack;
    const std::uint8_t flags = h.flags;
    const std::uint32_t window = h.window;
    const auto len = static_cast<std::uint32_t>(packet.payloadLength);
    const bool syn = (flags & TcpFlag::SYN) != 0, fin = (flags & TcpFlag::FIN) != 0, rst = (flags & TcpFlag::RST) != 0;
    const bool hasAck = (flags & TcpFlag::ACK) != 0;
    const bool control = syn || fin || rst;
    Flow &fwd = m_flows[static_cast<std::size_t>(indexOf(from))];
    Flow &rev = m_flows[static_cast<std::size_t>(indexOf(peerOf(from)))];

    if (rst) a.add(AnalysisLabel::Reset);

    // A SYN sent again with the same number: what came after it in this direction (a RST
    // numbered from the peer's ACK, say) does not move the next sequence number on.
    if (syn && !hasAck && fwd.baseSet && seq == fwd.base) fwd.nextSeq = fwd.maxSeqToBeAcked;

    if (!fwd.baseSet) {
        fwd.base = syn ? seq : seq - 1;
        fwd.baseSet = true;
    }
    if (!rev.baseSet && hasAck) {
        rev.base = ack - 1;
        rev.baseSet = true;
    }

    bool done = false; // a probe or the answer to one is nothing else
    // One byte at the next sequence number into the peer's zero window: a probe.
    if (len == 1 && seq == fwd.nextSeq && rev.window == 0) {
        a.add(AnalysisLabel::ZeroWindowProbe);
        done = true;
    }
    if (!done) {
        if (window == 0 && !control) a.add(AnalysisLabel::ZeroWindow);
        // Beyond what this side sent so far: something in between is not in the capture.
        if (fwd.nextSeq && seqGt(seq, fwd.nextSeq) && !rst) a.add(AnalysisLabel::LostSegment);
        // RFC 1122 §4.2.3.6: a probe repeats the byte before the next one, with 0 or 1 bytes.
        if ((len == 0 || len == 1) && seq == fwd.nextSeq - 1 && !control) a.add(AnalysisLabel::KeepAlive);
        const bool sameAsBefore = len == 0 && seq == fwd.nextSeq && ack == fwd.lastAck && !control;
        if (sameAsBefore && window != 0 && window != fwd.window) a.add(AnalysisLabel::WindowUpdate);
        // Data up to the edge of the window the peer offered (its last ACK plus its window,
        // scaled unless that window came with its SYN; RFC 7323 §2.2).
        if (len > 0 && rev.windowScale != -1 && !control) {
            const int shift = rev.firstAck || rev.windowScale == -2 ? 0 : rev.windowScale;
            if (seq + len == rev.lastAck + (rev.window << shift)) a.add(AnalysisLabel::WindowFull);
        }
        if (sameAsBefore && window != 0 && window == fwd.window && rev.last.has(AnalysisLabel::KeepAlive)) {
            a.add(AnalysisLabel::KeepAliveAck);
            done = true;
        }
        if (!done && sameAsBefore && window == 0 && fwd.window == 0 && rev.last.has(AnalysisLabel::ZeroWindowProbe)) {
            a.add(AnalysisLabel::ZeroWindowProbeAck);
            done = true;
        }
        if (!done && sameAsBefore && window != 0 && window == fwd.window) {
            // The same ACK again with nothing new (RFC 5681 §2): counted per direction.
            fwd.duplicateAcks = fwd.duplicateAcks < 0 ? 1 : fwd.duplicateAcks + 1;
            a.add(AnalysisLabel::DuplicateAck);
            a.duplicateAck = static_cast<std::uint32_t>(fwd.duplicateAcks);
        }
    }
    if (ack != fwd.lastAck) fwd.duplicateAcks = 0;

    // Acknowledges more than the other side was seen to send: that data is not in the capture.
    if (rev.maxSeqToBeAcked && seqGt(ack, rev.maxSeqToBeAcked) && hasAck) {
        if (rev.maxSeqToBeAcked > rev.nextSeq) { // as Wireshark compares them: not modulo 2^32
            rev.maxSeqToBeAcked = rev.nextSeq;
            a.add(AnalysisLabel::AckedUnseenSegment);
        } else {
            // Only once for the same gap, however many ACKs repeat it.
            if (rev.duplicateAcks == 0) a.add(AnalysisLabel::AckedUnseenSegment);
            rev.duplicateAcks = -1;
        }
    }

    // Data, SYN or FIN that does not advance the sequence number: sent before, so a
    // retransmission of one kind or another, or simply late (out of order). A keepalive is not.
    if ((len > 0 || syn || fin) && !a.has(AnalysisLabel::KeepAlive)) {
        bool notAdvanced = fwd.nextSeq && seqLt(seq, fwd.nextSeq);
        if (len > 1 && fwd.nextSeq - 1 == seq) notAdvanced = false; // new data after a probe's byte
        if (len > 0 && rev.lastAck && seqLe(seq + len, rev.lastAck)) {
            a.add(AnalysisLabel::SpuriousRetransmission); // the peer already had all of it
        } else if (notAdvanced && rev.duplicateAcks >= 2 && rev.lastAck == seq && tUs - rev.lastAckUs < kFastRetransmitWindowUs) {
            a.add(AnalysisLabel::FastRetransmission); // RFC 5681 §3.2, asked for by duplicate ACKs
        } else {
            const std::int64_t soon = m_firstRttUs > 0 ? m_firstRttUs : kDefaultOutOfOrderUs;
            if (notAdvanced && tUs - fwd.nextSeqUs < soon && fwd.nextSeq != seq + len + (syn || fin ? 1u : 0u))
                a.add(AnalysisLabel::OutOfOrder);
            else if (notAdvanced)
                a.add(AnalysisLabel::Retransmission);
        }
    }

    // Remember what this segment tells of its direction.
    const std::uint32_t next = seq + len + (syn || fin ? 1u : 0u);
    if ((seqGt(next, fwd.nextSeq) || !fwd.nextSeq) && !a.has(AnalysisLabel::ZeroWindowProbe)) {
        fwd.nextSeq = next;
        fwd.nextSeqUs = tUs;
    }
    if ((seq == fwd.maxSeqToBeAcked || !fwd.maxSeqToBeAcked) && !a.has(AnalysisLabel::ZeroWindowProbe))
        fwd.maxSeqToBeAcked = fwd.nextSeq;
    fwd.window = window;
    fwd.lastAck = ack;
    fwd.lastAckUs = tUs;
    fwd.last = a;

    // The window scale option is only used when both SYNs carry it (RFC 7323 §2.2).
    if (syn) {
        // RFC 7323 §2.3: a shift above 14 is taken as 14.
        if (h.windowScale) fwd.windowScale = std::min<int>(*h.windowScale, 14);
        if (fwd.windowScale == -1) {
            fwd.windowScale = -2;
            rev.windowScale = -2;
        } else if (hasAck && rev.windowScale == -2) {
            fwd.windowScale = -2;
        }
    } else {
        fwd.firstAck = false;
    }
    // The handshake's RTT: from the latest SYN to the first ACK without SYN.
    if (syn && !hasAck) m_lastSynUs = tUs;
    if (hasAck && !syn && m_lastSynUs >= 0 && m_firstRttUs == 0) m_firstRttUs = tUs - m_lastSynUs;
    return a;
}

} // namespace wirestep
