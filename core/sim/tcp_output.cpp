#include "core/sim/tcp_endpoint.h"

#include "core/sim/tcp_constants.h"
#include "core/sim/tcp_seq.h"

#include <algorithm>

// TcpEndpoint, part 3 of 3: sending, retransmission and the other timers (RFC 9293 §3.8, RFC 6298, RFC 5681, RFC 1122 §4.2.3).

namespace wirestep {

using namespace tcp;

// ---------------------------------------------------------------------------------------------
// Output

Segment TcpEndpoint::makeSegment(std::uint8_t flags, std::uint32_t seq, std::string payload) const
{
    Segment seg;
    seg.proto = Protocol::Tcp;
    seg.from = m_self;
    seg.sport = m_config.port;
    seg.dport = m_tcb.remotePort;
    seg.seq = seq;
    seg.flags = flags;
    if (seg.has(TcpFlag::ACK)) seg.ack = m_tcb.rcvNxt; // piggybacked on everything after the SYN
    seg.window = seg.has(TcpFlag::RST) ? 0 : rcvWnd();
    seg.payload = std::move(payload);
    return seg;
}

void TcpEndpoint::output(Segment seg)
{
    if (seg.has(TcpFlag::ACK) && !seg.has(TcpFlag::RST)) {
        // Whatever acknowledgment was owed goes out with this segment.
        ackSent();
        m_tcb.ackNeed = AckNeed::None;
        m_tcb.unackedFullSegments = 0;
        m_tcb.lastAdvertisedWnd = seg.window;
        m_delayedAckTimer.cancel();
    }
    m_out.transmit(std::move(seg));
}

void TcpEndpoint::sendAck() { output(makeSegment(TcpFlag::ACK, m_tcb.sndNxt)); }

void TcpEndpoint::sendReset(std::uint32_t seq) { output(makeSegment(TcpFlag::RST, seq)); }

void TcpEndpoint::sendAbortReset()
{
    // RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>. Linux's tcp_send_active_reset() sets ACK too:
    // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>, which every receiver takes the same way.
    output(makeSegment(m_config.linuxBehaviour() ? TcpFlag::RST | TcpFlag::ACK : TcpFlag::RST, m_tcb.sndNxt));
}

// RFC 9293 §3.10.7.1: the reset a segment that belongs to no connection gets (none to a RST).
void TcpEndpoint::sendResetFor(const Segment &seg)
{
    if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
}

void TcpEndpoint::sendSyn(bool retransmission, SendCause cause)
{
    // <SEQ=ISS><CTL=SYN>, or <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> once the peer's SYN is known.
    // Only SYNs carry the MSS option (RFC 9293 §3.7.1).
    Tcb &t = m_tcb;
    Segment seg = makeSegment(t.haveIrs ? TcpFlag::SYN | TcpFlag::ACK : TcpFlag::SYN, t.iss);
    seg.mss = m_config.mss;
    seg.retransmission = retransmission;
    seg.sendCause = cause;
    if (retransmission) {
        t.rttTiming = false; // Karn
    } else if (!t.rttTiming) {
        t.rttTiming = true;
        t.rttSeq = t.iss + 1;
        t.rttStartUs = m_sim.now();
    }
    output(std::move(seg));
    if (!m_rtxTimer.armed()) m_rtxTimer.arm(t.rto.rto());
}

void TcpEndpoint::transmitPending(SendCause cause)
{
    // New data (and then the FIN) as far as the peer's window allows, in segments of at most
    // the MSS; PSH on the segment that empties what the application wrote.
    switch (m_state) {
    case TcpState::Established:
    case TcpState::CloseWait:
    case TcpState::FinWait1:
    case TcpState::LastAck:
        break;
    default:
        return;
    }
    Tcb &t = m_tcb;
    const std::uint32_t sentBefore = t.sndNxt;
    for (;;) {
        const std::uint32_t end = dataEndSeq();
        const std::int32_t usable = static_cast<std::int32_t>(t.sndUna + t.sndWnd - t.sndNxt);
        if (usable <= 0) break; // RFC 9293 §3.8.6: never beyond the offered window
        std::uint8_t flags = TcpFlag::ACK;
        std::string payload;
        if (seqLt(t.sndNxt, end)) {
            // Data waits for the handshake (§3.10.2: queued in SYN-RECEIVED), except in the
            // counterfactual two-way handshake, where a bare SYN was enough to start talking.
            if (!synAcked() && m_config.handshake != HandshakeMode::TwoWay) break;
            const std::uint32_t len =
                std::min({sendMss(), end - t.sndNxt, static_cast<std::uint32_t>(usable)});
            payload = t.sendBuf.bytes(t.sndNxt, len);
            if (t.sndNxt + len == end) {
                flags |= TcpFlag::PSH;
                if (t.finQueued && static_cast<std::uint32_t>(usable) > len) flags |= TcpFlag::FIN;
            }
        } else if (t.finQueued && !t.finSent) {
            flags |= TcpFlag::FIN;
        } else {
            break;
        }
        const std::uint32_t seq = t.sndNxt;
        t.lastSegmentSeq = seq;
        if (!payload.empty()) dataSent();
        Segment seg = makeSegment(flags, seq, std::move(payload));
        seg.sendCause = cause;
        t.sndNxt += seg.seqLen();
        if (seg.has(TcpFlag::FIN)) t.finSent = true;
        if (!t.rttTiming) {
            t.rttTiming = true;
            t.rttSeq = t.sndNxt;
            t.rttStartUs = m_sim.now();
        }
        output(std::move(seg));
        // RFC 6298 §5.1: start the timer when a segment leaves and it is not running.
        if (!m_rtxTimer.armed()) m_rtxTimer.arm(t.rto.rto());
    }
    if (t.sndNxt != sentBefore) scheduleLossProbe(false);
    // Nothing in flight but something waiting behind a zero window: the retransmission timer
    // doubles as the persist timer (RFC 9293 §3.8.6.1).
    const bool waiting = seqLt(t.sndNxt, dataEndSeq()) || (t.finQueued && !t.finSent);
    if (t.sndUna == t.sndNxt && waiting && synAcked() && t.sndWnd == 0 && !m_rtxTimer.armed())
        m_rtxTimer.arm(t.rto.rto());
}

void TcpEndpoint::retransmitFirst(SendCause cause)
{
    // RFC 6298 §5.4: retransmit the earliest segment not yet acknowledged, up to one MSS.
    Tcb &t = m_tcb;
    if (!synAcked()) {
        sendSyn(true, cause);
        return;
    }
    const std::uint32_t end = dataEndSeq();
    const std::uint32_t sentEnd = seqLt(t.sndNxt, end) ? t.sndNxt : end;
    const std::uint32_t len = seqLt(t.sndUna, sentEnd) ? std::min(sendMss(), sentEnd - t.sndUna) : 0;
    std::uint8_t flags = TcpFlag::ACK;
    if (t.sndUna + len == end) {
        if (len > 0) flags |= TcpFlag::PSH;
        if (t.finSent) flags |= TcpFlag::FIN;
    }
    if (len == 0 && !(flags & TcpFlag::FIN)) return; // nothing outstanding
    Segment seg = makeSegment(flags, t.sndUna, t.sendBuf.bytes(t.sndUna, len));
    seg.retransmission = true;
    seg.sendCause = cause;
    t.rttTiming = false; // Karn: no sample from a retransmitted segment
    output(std::move(seg));
}

void TcpEndpoint::flushOutput()
{
    if (m_state == TcpState::Closed || m_state == TcpState::Listen) return;
    transmitPending();
    if (m_tcb.ackNeed == AckNeed::Now) sendAck();
    else if (m_tcb.ackNeed == AckNeed::Delayed) armDelayedAck();
}

void TcpEndpoint::maybeWindowUpdate()
{
    // RFC 1122 §4.2.3.3: after the application reads, announce the larger window once it has
    // grown by min(half the buffer, one MSS).
    switch (m_state) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        break;
    default:
        return;
    }
    const std::uint32_t step = std::min<std::uint32_t>(m_config.receiveBuffer / 2, m_config.mss);
    if (rcvWnd() >= m_tcb.lastAdvertisedWnd + std::max<std::uint32_t>(step, 1)) sendAck();
}

// ---------------------------------------------------------------------------------------------
// Timers

void TcpEndpoint::restartRetransmissionTimer()
{
    // RFC 6298 §5.2 / §5.3: off when everything is acknowledged, else restarted.
    // On the linux profile the timer counts a tail loss probe's timeout first.
    if (m_tcb.sndUna == m_tcb.sndNxt) m_rtxTimer.cancel();
    else if (!scheduleLossProbe(true)) m_rtxTimer.arm(m_tcb.rto.rto());
}

void TcpEndpoint::onRetransmissionTimeout()
{
    Tcb &t = m_tcb;
    // The timer was counting a tail loss probe's timeout (nobody re-armed it since).
    if (t.probeArmed && m_sim.now() == t.probeDeadlineUs) {
        sendLossProbe();
        return;
    }
    t.probeArmed = false;
    t.probeOutstanding = false; // Linux: an RTO ends the probe episode (tlp_high_seq = 0)
    if (t.sndUna == t.sndNxt) {
        // Nothing in flight: the persist timer. Probe the zero window with
        // <SEQ=SND.UNA-1><ACK=RCV.NXT>, which the peer answers with its window (as Linux does).
        if (t.sndWnd == 0 && synAcked()) {
            Segment probe = makeSegment(TcpFlag::ACK, t.sndUna - 1);
            probe.sendCause = SendCause::WindowProbe;
            output(std::move(probe));
            t.rto.backoff();
            m_rtxTimer.arm(t.rto.rto());
        } else {
            transmitPending();
        }
        return;
    }
    // RFC 9293 §3.8.3: give up after R2 (here: a number of retransmissions per segment kind).
    const TcpTimers &timers = m_config.timers;
    const int limit = synAcked()                          ? timers.dataRetries
        : m_state == TcpState::SynSent                    ? timers.synRetries
                                                          : timers.synAckRetries;
    if (t.retries >= limit) {
        giveUp(AppError::TimedOut, GiveUp::Retransmissions);
        return;
    }
    ++t.retries;
    if (!synAcked()) t.handshakeTimedOut = true;
    t.recovering = true;
    t.recover = t.sndNxt;
    t.dupAcks = 0;
    // RFC 6298 §5.4 - §5.6: retransmit, back off, restart.
    retransmitFirst(SendCause::Timeout);
    t.rto.backoff();
    m_rtxTimer.arm(t.rto.rto());
}

void TcpEndpoint::giveUp(AppError error, GiveUp why)
{
    // The connection is aborted: RST to a peer that may still hold it, then CLOSED. Linux sends
    // none when retransmissions run out (tcp_write_err(): ETIMEDOUT, and the request socket of
    // a SYN,ACK that ran out is simply dropped); it does after the last keepalive probe.
    const bool reset = !(m_config.linuxBehaviour() && why == GiveUp::Retransmissions);
    switch (m_state) {
    case TcpState::SynSent:
        // The peer has no connection to reset; the SYN simply goes unanswered.
        tellApp(error);
        setState(TcpState::Closed);
        return;
    case TcpState::SynReceived:
        if (reset) sendReset(m_tcb.sndNxt);
        switch (m_tcb.open) {
        case OpenMode::Passive:
            // The application never saw this connection; the listener stays (as Linux drops
            // the request and keeps listening).
            setState(TcpState::Listen);
            return;
        case OpenMode::Reopened: setState(TcpState::Closed); return;
        case OpenMode::Active: break;
        }
        break;
    default:
        if (reset) sendAbortReset();
        break;
    }
    tellApp(error);
    setState(TcpState::Closed);
}

void TcpEndpoint::onKeepaliveTimeout()
{
    // RFC 1122 §4.2.3.6.
    Tcb &t = m_tcb;
    const TcpTimers &timers = m_config.timers;
    if (m_state != TcpState::Established) return;
    if (t.sndUna != t.sndNxt || seqLt(t.sndNxt, dataEndSeq())) {
        // Data is on its way: the retransmission timer watches the peer.
        t.probesSent = 0;
        m_keepaliveTimer.arm(timers.keepaliveIdleUs);
        return;
    }
    if (t.probesSent == 0) {
        const std::int64_t idle = m_sim.now() - t.lastReceivedUs;
        if (idle < timers.keepaliveIdleUs) {
            m_keepaliveTimer.arm(timers.keepaliveIdleUs - idle);
            return;
        }
    } else if (t.probesSent >= timers.keepaliveProbes) {
        giveUp(AppError::TimedOut, GiveUp::Keepalive); // every probe went unanswered
        return;
    }
    sendKeepaliveProbe();
    ++t.probesSent;
    m_keepaliveTimer.arm(timers.keepaliveIntervalUs);
}

void TcpEndpoint::sendKeepaliveProbe()
{
    // <SEQ=SND.NXT-1><ACK=RCV.NXT><CTL=ACK>, no data: outside the peer's window, so a live peer
    // must answer with an ACK (and a peer that lost the connection with a RST).
    Segment probe = makeSegment(TcpFlag::ACK, m_tcb.sndNxt - 1);
    probe.keepalive = true;
    probe.sendCause = SendCause::KeepaliveProbe;
    output(std::move(probe));
}

void TcpEndpoint::onDelayedAckTimeout()
{
    if (m_tcb.ackNeed == AckNeed::None) return;
    if (linuxAcks()) {
        // Linux tcp_delack_timer_handler(): a delayed ACK that had to fire means the reply did
        // not come in time: outside pingpong mode wait longer next time, in it leave it.
        Tcb &t = m_tcb;
        if (!t.pingpong) {
            t.atoUs = std::min(t.atoUs * 2, t.rto.rto());
        } else {
            t.pingpong = false;
            t.atoUs = m_config.timers.delayedAckUs;
        }
    }
    sendAck();
}

} // namespace wirestep
