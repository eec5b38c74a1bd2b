#include "core/sim/tcp_endpoint.h"

#include "core/sim/tcp_seq.h"

#include <algorithm>

// TcpEndpoint, part 5: the tail loss probe (RFC 8985 §7), as Linux does it on the linux profile
// (tcp_output.c: tcp_schedule_loss_probe, tcp_send_loss_probe). docs/tcp-reference.md §7.
//
// A lost last segment has no later segment to provoke duplicate ACKs, so without a probe only
// the RTO would repair it. Whenever new data leaves, or an ACK acknowledges some while more is
// in flight, the retransmission timer first counts the probe timeout PTO = 2·SRTT, plus the
// RTO floor (200 ms, for the peer's delayed ACK) when one segment is in flight, else 2 ms; 1 s
// before any RTT sample; never later than the RTO would fire. When the PTO expires, new data
// goes out if the window allows, otherwise the last segment is sent again; then the RTO restarts
// from that moment, without back-off and without counting a retry. One probe at a time: the
// next waits until an ACK covers what had been sent when the probe left, or an RTO fires. No
// probe during loss recovery, and none for a SYN.

namespace wirestep {

namespace {

constexpr std::int64_t kProbeMarginUs = 2'000; // Linux TCP_TIMEOUT_MIN: 2 ticks (2 ms at HZ 1000)

} // namespace

bool TcpEndpoint::scheduleLossProbe(bool restartRto)
{
    Tcb &t = m_tcb;
    const std::int64_t now = m_sim.now();
    const bool timerIsProbe = t.probeArmed && m_rtxTimer.armed() && m_rtxTimer.deadline() == t.probeDeadlineUs;
    t.probeArmed = false;
    if (t.probeOutstanding && seqGe(t.sndUna, t.probeHighSeq)) t.probeOutstanding = false;
    if (!m_config.linuxBehaviour() || !synAcked() || t.recovering || t.probeOutstanding || t.sndUna == t.sndNxt)
        return false;
    // When the RTO would fire: restarted now, or as it was set.
    const std::int64_t rto = t.rto.rto();
    std::int64_t rtoDeadline = now + rto;
    if (!restartRto && m_rtxTimer.armed()) rtoDeadline = timerIsProbe ? t.rtoDeadlineUs : m_rtxTimer.deadline();
    const std::uint32_t inFlight = t.sndNxt - t.sndUna;
    const bool oneSegment = inFlight <= sendMss() + (t.finSent ? 1u : 0u);
    std::int64_t pto = t.rto.hasSample()
        ? 2 * t.rto.srtt() + (oneSegment ? m_config.timers.rtoMinUs : kProbeMarginUs)
        : m_config.timers.rtoInitialUs;
    if (rtoDeadline > now) pto = std::min(pto, rtoDeadline - now);
    t.rtoDeadlineUs = rtoDeadline;
    // The same timer (Linux has one for both); left alone when the deadline does not change.
    if (!m_rtxTimer.armed() || m_rtxTimer.deadline() != now + pto) m_rtxTimer.arm(pto);
    t.probeArmed = true;
    t.probeDeadlineUs = m_rtxTimer.deadline();
    return true;
}

void TcpEndpoint::sendLossProbe()
{
    Tcb &t = m_tcb;
    t.probeArmed = false;
    t.probeOutstanding = true; // so that the data sent now schedules no second probe
    const std::uint32_t before = t.sndNxt;
    transmitPending(SendCause::TailLossProbe); // RFC 8985 §7.3: new data if the window allows
    if (t.sndNxt == before) {
        // Otherwise the last segment sent, up to one MSS, again (with the FIN if it was sent).
        const std::uint32_t end = dataEndSeq();
        const std::uint32_t sentEnd = seqLt(t.sndNxt, end) ? t.sndNxt : end;
        const std::uint32_t start = seqGt(t.lastSegmentSeq, t.sndUna) ? t.lastSegmentSeq : t.sndUna;
        const std::uint32_t len = seqLt(start, sentEnd) ? std::min(sendMss(), sentEnd - start) : 0;
        const std::uint32_t seq = sentEnd - len;
        std::uint8_t flags = TcpFlag::ACK;
        if (seq + len == end) {
            if (len > 0) flags |= TcpFlag::PSH;
            if (t.finSent) flags |= TcpFlag::FIN;
        }
        if (len > 0 || (flags & TcpFlag::FIN)) {
            Segment seg = makeSegment(flags, seq, t.sendBuf.bytes(seq, len));
            seg.retransmission = true;
            seg.sendCause = SendCause::TailLossProbe; // RFC 8985 §7.3, neither a timeout nor a fast retransmit
            t.rttTiming = false; // Karn
            output(std::move(seg));
        }
    }
    t.probeHighSeq = t.sndNxt;
    // Linux tcp_rearm_rto() after a probe: the whole RTO from now, no back-off.
    m_rtxTimer.arm(t.rto.rto());
}

} // namespace wirestep
