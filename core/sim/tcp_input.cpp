#include "core/sim/tcp_endpoint.h"

#include "core/sim/tcp_constants.h"
#include "core/sim/tcp_seq.h"

#include <algorithm>

// TcpEndpoint, part 2 of 3: SEGMENT ARRIVES (RFC 9293 §3.10.7).

namespace wirestep {

using namespace tcp;

// ---------------------------------------------------------------------------------------------
// SEGMENT ARRIVES (RFC 9293 §3.10.7)

void TcpEndpoint::receive(const Segment &seg)
{
    if (seg.proto != Protocol::Tcp) return;
    switch (m_state) {
    case TcpState::Closed:
        // §3.10.7.1: no TCB; Node normally answers for us.
        sendResetFor(seg);
        return;
    case TcpState::Listen:
        // §3.10.7.2.
        onSegmentListen(seg);
        break;
    case TcpState::SynSent:
        // §3.10.7.3.
        if (answeredAsStranger(seg)) return;
        onSegmentSynSent(seg);
        break;
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        // §3.10.7.4 "Otherwise": the eight checks, each with its own per-state rules.
        if (answeredAsStranger(seg)) return;
        onSegmentOtherwise(seg);
        break;
    }
    flushOutput();
}

bool TcpEndpoint::answeredAsStranger(const Segment &seg)
{
    // A segment from another port belongs to no connection we have: §3.10.7.1 applies.
    if (seg.sport == m_tcb.remotePort) return false;
    sendResetFor(seg);
    return true;
}

void TcpEndpoint::onSegmentListen(const Segment &seg)
{
    // §3.10.7.2 first: an incoming RST is ignored.
    if (seg.has(TcpFlag::RST)) return;
    // Second: any acknowledgment is bad in LISTEN: <SEQ=SEG.ACK><CTL=RST>.
    if (seg.has(TcpFlag::ACK)) {
        sendResetFor(seg);
        return;
    }
    // Third: a SYN. RCV.NXT = SEG.SEQ+1, IRS = SEG.SEQ, ISS chosen, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>.
    // Data on the SYN is not kept (nor acknowledged): the peer sends it again.
    if (seg.has(TcpFlag::SYN)) {
        acceptSynOf(seg);
        chooseIss();
        m_tcb.open = OpenMode::Passive;
        sendSyn(false);
        if (m_config.handshake == HandshakeMode::TwoWay)
            setState(TcpState::Established, "two-way-handshake"); // counterfactual: no third step
        else
            setState(TcpState::SynReceived);
        return;
    }
    // Fourth: other text or control: drop.
}

void TcpEndpoint::acceptSynOf(const Segment &seg)
{
    m_tcb.remotePort = seg.sport;
    m_tcb.irs = seg.seq;
    m_tcb.rcvNxt = seg.seq + 1;
    m_tcb.haveIrs = true;
    m_tcb.peerMss = seg.mss != 0 ? seg.mss : kDefaultPeerMss;
    m_tcb.sndWnd = seg.window;
    m_tcb.sndWl1 = seg.seq;
    m_tcb.sndWl2 = seg.ack;
    m_tcb.maxSndWnd = seg.window;
}

bool TcpEndpoint::ackAcceptable(std::uint32_t ack) const
{
    // SND.UNA < SEG.ACK =< SND.NXT.
    return seqLt(m_tcb.sndUna, ack) && seqLe(ack, m_tcb.sndNxt);
}

void TcpEndpoint::onSegmentSynSent(const Segment &seg)
{
    Tcb &t = m_tcb;
    // §3.10.7.3 first: an ACK with SEG.ACK =< ISS or SEG.ACK > SND.NXT is unacceptable:
    // <SEQ=SEG.ACK><CTL=RST> unless it is a RST itself (figure 9 line 5, figure 10 line 5).
    const bool hasAck = seg.has(TcpFlag::ACK);
    if (hasAck && (seqLe(seg.ack, t.iss) || seqGt(seg.ack, t.sndNxt))) {
        sendResetFor(seg);
        return;
    }
    // Second: a RST counts only if it acknowledges our SYN (RFC 5961 §3.2 likewise). RFC 9293
    // says "connection reset"; the application of a refused connect() hears "refused" (Linux
    // ECONNREFUSED, docs/tcp-reference.md §1).
    if (seg.has(TcpFlag::RST)) {
        if (hasAck) {
            tellApp(AppError::Refused);
            setState(TcpState::Closed);
        }
        return;
    }
    // Fourth: the SYN. (Data on a SYN is not kept; the peer sends it again.)
    if (!seg.has(TcpFlag::SYN)) return; // fifth: neither SYN nor RST: drop
    acceptSynOf(seg);
    if (hasAck) {
        // Our SYN is acknowledged: ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
        // (carried by queued data if there is any).
        advanceUna(seg.ack);
        if (t.handshakeTimedOut) t.rto.fallback(kSynFallbackRtoUs);
        setState(TcpState::Established);
        t.ackNeed = AckNeed::Now;
        return;
    }
    // Simultaneous open (figure 8): SYN-RECEIVED, remembering that we opened actively (MUST-11);
    // <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>. Karn: an ACK of ISS+1 now answers either segment.
    t.retries = 0;
    setState(TcpState::SynReceived);
    sendSyn(false);
    t.rttTiming = false;
}

bool TcpEndpoint::acceptable(const Segment &seg) const
{
    // §3.10.7.4 first check, the four cases of segment length and window.
    const std::uint32_t wnd = rcvWnd();
    const std::uint32_t nxt = m_tcb.rcvNxt;
    const std::uint32_t len = seg.seqLen();
    auto inWindow = [&](std::uint32_t x) { return seqLe(nxt, x) && seqLt(x, nxt + wnd); };
    if (len == 0) return wnd == 0 ? seg.seq == nxt : inWindow(seg.seq);
    if (wnd == 0) return false;
    return inWindow(seg.seq) || inWindow(seg.seq + len - 1);
}

void TcpEndpoint::onSegmentOtherwise(const Segment &seg)
{
    Tcb &t = m_tcb;

    // Before the sequence test, three cases the test would get wrong:
    switch (m_state) {
    case TcpState::TimeWait:
        // §3.6.1 / RFC 6191: a new SYN above the old RCV.NXT may reopen the connection.
        if (seg.has(TcpFlag::SYN) && !seg.has(TcpFlag::ACK) && !seg.has(TcpFlag::RST) && seqGt(seg.seq, t.rcvNxt)) {
            timeWaitReopen(seg);
            return;
        }
        break;
    case TcpState::SynReceived:
        // The SYN that opened us, sent again: our SYN,ACK was lost, so send it again (Linux
        // tcp_check_req; the plain test would answer with a bare ACK).
        if (seg.has(TcpFlag::SYN) && !seg.has(TcpFlag::ACK) && !seg.has(TcpFlag::RST) && seg.seq == t.irs) {
            sendSyn(true, SendCause::RepeatedSyn);
            return;
        }
        // Simultaneous open, figure 8 line 6: the peer's SYN,ACK repeats the SYN we have and
        // acknowledges ours (RFC 5961 §4.2 exception; Linux tcp_validate_incoming).
        if (seg.has(TcpFlag::SYN) && seg.has(TcpFlag::ACK) && !seg.has(TcpFlag::RST) && seg.seq == t.irs
            && ackAcceptable(seg.ack)) {
            enterEstablished(seg);
            onAck(seg);
            return;
        }
        break;
    default:
        break;
    }

    // First: is the segment acceptable? If not, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (never to a
    // RST) and drop it. This also answers a keepalive probe and starts half-open discovery.
    if (!acceptable(seg)) {
        if (seg.has(TcpFlag::RST)) return;
        // TIME-WAIT: "the only thing that can arrive is a retransmission of the remote FIN":
        // acknowledge it and restart the 2MSL timeout.
        if (m_state == TcpState::TimeWait && seg.has(TcpFlag::FIN) && seg.seq + seg.seqLen() == t.rcvNxt)
            m_timeWaitTimer.arm(m_config.timers.timeWaitUs);
        // Linux (tcp_oow_rate_limited): a segment that takes no sequence number (no data, SYN or
        // FIN) is answered at most once per 500 ms (tcp_invalid_ratelimit), against ACK loops;
        // so a zero-window probe sent sooner than that after the last answered one goes unanswered.
        if (m_config.linuxBehaviour() && seg.seqLen() == 0) {
            if (t.lastOowAckUs >= 0 && m_sim.now() - t.lastOowAckUs < kOutOfWindowAckIntervalUs) return;
            t.lastOowAckUs = m_sim.now();
        }
        sendAck();
        return;
    }
    t.lastReceivedUs = m_sim.now();
    if (t.probesSent > 0 && m_state == TcpState::Established) {
        // The peer answered a keepalive probe: idle again (RFC 1122 §4.2.3.6).
        t.probesSent = 0;
        m_keepaliveTimer.arm(m_config.timers.keepaliveIdleUs);
    }

    // Second: RST.
    if (seg.has(TcpFlag::RST)) {
        onRst(seg);
        return;
    }
    // (Third, security and precedence: not modelled.)
    // Fourth: SYN.
    if (seg.has(TcpFlag::SYN)) {
        if (m_state == TcpState::SynReceived && t.open == OpenMode::Passive) {
            setState(TcpState::Listen); // SYN-RECEIVED from a passive OPEN: back to LISTEN
            return;
        }
        sendAck(); // RFC 5961 §4.2: challenge ACK, whatever the sequence number
        return;
    }
    // Fifth: ACK. Without it, drop the segment.
    if (!seg.has(TcpFlag::ACK)) return;
    if (m_state == TcpState::SynReceived) {
        // SND.UNA < SEG.ACK =< SND.NXT: ESTABLISHED; otherwise <SEQ=SEG.ACK><CTL=RST>.
        if (!ackAcceptable(seg.ack)) {
            sendResetFor(seg);
            return;
        }
        enterEstablished(seg);
    }
    if (!onAck(seg)) return;
    // (Sixth, URG: not modelled.)
    // Seventh: segment text.
    onText(seg);
    if (m_state == TcpState::Closed) return;
    // Eighth: FIN, once everything before it has arrived.
    if (t.peerFinHeld && t.rcvNxt == t.peerFinSeq) onFin();
}

void TcpEndpoint::onRst(const Segment &seg)
{
    // §3.10.7.4 second check with RFC 5961 §3.2: only SEG.SEQ = RCV.NXT resets; any other RST in
    // the window gets a challenge ACK.
    if (seg.seq != m_tcb.rcvNxt) {
        sendAck();
        return;
    }
    switch (m_state) {
    case TcpState::SynReceived:
        // Passive OPEN: back to LISTEN (figure 9 line 5, figure 12 line 4). Active: refused.
        switch (m_tcb.open) {
        case OpenMode::Passive: setState(TcpState::Listen); break;
        case OpenMode::Active:
            tellApp(AppError::Refused);
            setState(TcpState::Closed);
            break;
        case OpenMode::Reopened: setState(TcpState::Closed); break;
        }
        return;
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        tellApp(AppError::Reset);
        setState(TcpState::Closed);
        return;
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        setState(TcpState::Closed); // nobody is waiting for anything: delete the TCB
        return;
    default:
        return;
    }
}

bool TcpEndpoint::onAck(const Segment &seg)
{
    // §3.10.7.4 fifth step for the synchronized states. False: stop processing the segment.
    Tcb &t = m_tcb;
    if (seqGt(seg.ack, t.sndNxt)) {
        sendAck(); // acknowledges something not yet sent
        return false;
    }
    // RFC 5681 §2: a duplicate ACK acknowledges nothing new, carries nothing, leaves the window
    // alone, while data is outstanding.
    const bool duplicate = seg.ack == t.sndUna && seg.payload.empty() && !seg.has(TcpFlag::SYN)
        && !seg.has(TcpFlag::FIN) && seg.window == t.sndWnd && t.sndUna != t.sndNxt;
    advanceUna(seg.ack);
    // SND.UNA =< SEG.ACK =< SND.NXT: update the send window unless the segment is older.
    if (seqLe(t.sndUna, seg.ack)) updateWindow(seg);
    if (duplicate && ++t.dupAcks == kDupAckThreshold) {
        // RFC 5681 §3.2 fast retransmit: the segment at SND.UNA is presumed lost.
        t.recovering = true;
        t.recover = t.sndNxt;
        retransmitFirst(SendCause::FastRetransmit);
    }
    switch (m_state) {
    case TcpState::FinWait1:
        // Our FIN acknowledged: FIN-WAIT-2, and continue processing there.
        if (finAcked()) setState(TcpState::FinWait2);
        return true;
    case TcpState::Closing:
        // Our FIN acknowledged: TIME-WAIT; otherwise ignore the segment.
        if (finAcked()) enterTimeWait();
        return false;
    case TcpState::LastAck:
        // Our FIN acknowledged: delete the TCB.
        if (finAcked()) setState(TcpState::Closed);
        return false;
    default:
        return true;
    }
}

bool TcpEndpoint::advanceUna(std::uint32_t ack)
{
    Tcb &t = m_tcb;
    if (!ackAcceptable(ack)) return false;
    // The acknowledged data leaves the send buffer (the SYN and FIN are not in it).
    t.sendBuf.acknowledge(ack);
    t.sndUna = ack;
    // RFC 6298 §3 (Karn): the timed segment was sent once, so the sample is unambiguous.
    if (t.rttTiming && seqGe(ack, t.rttSeq)) {
        t.rto.sample(m_sim.now() - t.rttStartUs);
        t.rttTiming = false;
    }
    t.retries = 0;
    t.dupAcks = 0;
    if (t.recovering) {
        // After a timeout or fast retransmit, an ACK short of `recover` shows the next hole:
        // send it at once (RFC 6582 partial acknowledgment) instead of waiting for another RTO.
        if (seqLt(ack, t.recover)) retransmitFirst(SendCause::Recovery);
        else t.recovering = false;
    }
    restartRetransmissionTimer();
    return true;
}

void TcpEndpoint::updateWindow(const Segment &seg)
{
    // §3.10.7.4: only a segment at least as recent as the last update may change SND.WND.
    Tcb &t = m_tcb;
    if (seqLt(t.sndWl1, seg.seq) || (t.sndWl1 == seg.seq && seqLe(t.sndWl2, seg.ack))) {
        t.sndWnd = seg.window;
        t.sndWl1 = seg.seq;
        t.sndWl2 = seg.ack;
        t.maxSndWnd = std::max(t.maxSndWnd, t.sndWnd);
    }
}

void TcpEndpoint::onText(const Segment &seg)
{
    // §3.10.7.4 seventh step: ESTABLISHED, FIN-WAIT-1 and FIN-WAIT-2 take text; in the later
    // states a FIN has arrived, so text cannot, and is ignored.
    switch (m_state) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        break;
    default:
        return;
    }
    Tcb &t = m_tcb;
    bool fin = seg.has(TcpFlag::FIN);
    if (seg.payload.empty() && !fin) return;
    std::uint32_t seq = seg.seq;
    std::string_view data = seg.payload;
    // Trim what arrived before (front) and what lies beyond the window (back, with the FIN).
    if (seqLt(seq, t.rcvNxt)) {
        const std::size_t skip = std::min<std::size_t>(t.rcvNxt - seq, data.size());
        data.remove_prefix(skip);
        seq += static_cast<std::uint32_t>(skip);
    }
    const std::uint32_t windowEnd = t.rcvNxt + rcvWnd();
    if (seqGt(seq + static_cast<std::uint32_t>(data.size()), windowEnd)) {
        data = data.substr(0, seqGt(windowEnd, seq) ? windowEnd - seq : 0);
        fin = false;
    }
    if (fin) {
        t.peerFinHeld = true;
        t.peerFinSeq = seq + static_cast<std::uint32_t>(data.size());
    }
    if (data.empty()) return;

    const bool hadGap = t.rcvBuf.hasGap();
    const bool inOrder = seq == t.rcvNxt;
    const std::size_t n = t.rcvBuf.insert(static_cast<std::uint32_t>(seq - (t.irs + 1)), data);
    t.rcvNxt += static_cast<std::uint32_t>(n);
    if (m_config.autoRecv) {
        deliverToApp();
    } else if (t.closeCalled && n > 0) {
        // RFC 1122 §4.2.2.13: new data after CLOSE can never be read: RST.
        sendReset(t.sndNxt);
        setState(TcpState::Closed);
        return;
    }

    ackData(data.size(), inOrder, hadGap);
}

void TcpEndpoint::onFin()
{
    // §3.10.7.4 eighth step: the FIN takes one sequence number; acknowledge it and tell the
    // application (end of stream once it has read everything before it).
    Tcb &t = m_tcb;
    t.peerFinHeld = false;
    t.peerFinReceived = true;
    t.rcvNxt += 1;
    if (t.rcvBuf.readable() == 0) reportEof();
    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
        // With delayed ACKs the ACK of a FIN waits too (Linux enters "pingpong" mode in
        // tcp_fin()), so an application that closes at once sends its FIN with it: a
        // three-segment close.
        ackFin();
        setState(TcpState::CloseWait);
        break;
    case TcpState::FinWait1:
        // Our FIN acknowledged too (perhaps by this segment): TIME-WAIT; else simultaneous close.
        sendAck();
        if (finAcked()) enterTimeWait();
        else setState(TcpState::Closing);
        break;
    case TcpState::FinWait2:
        sendAck();
        enterTimeWait();
        break;
    default:
        t.ackNeed = AckNeed::Now;
        break;
    }
}

void TcpEndpoint::timeWaitReopen(const Segment &seg)
{
    // §3.6.1: the new connection's ISN lies above every sequence number of the old one.
    const std::uint32_t iss = m_tcb.sndNxt + kTimeWaitIsnStep;
    resetTcb();
    acceptSynOf(seg);
    startSequence(iss);
    m_tcb.open = OpenMode::Reopened;
    sendSyn(false);
    setState(TcpState::SynReceived);
}

} // namespace wirestep
