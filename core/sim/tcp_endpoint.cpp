#include "tcp_endpoint.h"

#include "tcp_seq.h"

#include <algorithm>

namespace wirestep {

namespace {

constexpr std::uint16_t kDefaultPeerMss = 536;          // RFC 9293 §3.7.1 (IPv4)
constexpr std::uint32_t kMaxWindow = 65535;             // no window scaling (RFC 7323)
constexpr std::int64_t kSynFallbackRtoUs = 3'000'000;   // RFC 6298 §5.7
constexpr std::uint32_t kTimeWaitIsnStep = 65537;       // Linux: tw_snd_nxt + 65537
constexpr int kDupAckThreshold = 3;                     // RFC 5681 §3.2

// What the application is told (RFC 9293 §3.10 wording); narration translates the tokens.
namespace Err {
constexpr std::string_view DoesNotExist = "connection does not exist";
constexpr std::string_view AlreadyExists = "connection already exists";
constexpr std::string_view Closing = "connection closing";
constexpr std::string_view ForeignUnspecified = "foreign socket unspecified";
constexpr std::string_view Refused = "connection refused";
constexpr std::string_view Reset = "connection reset";
constexpr std::string_view TimedOut = "connection timed out";
} // namespace Err

} // namespace

TcpEndpoint::TcpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, TcpConfig config)
    : m_sim(sim), m_self(self), m_out(out), m_config(std::move(config)), m_nextIsn(m_config.isn),
      m_rtxTimer(sim, self, TimerKind::Retransmission, [this]() { onRetransmissionTimeout(); }),
      m_timeWaitTimer(sim, self, TimerKind::TimeWait, [this]() { toClosed(); }), // 2MSL over
      m_keepaliveTimer(sim, self, TimerKind::Keepalive, [this]() { onKeepaliveTimeout(); }),
      m_delayedAckTimer(sim, self, TimerKind::DelayedAck, [this]() { onDelayedAckTimeout(); }),
      m_finWait2Timer(sim, self, TimerKind::FinWait2, [this]() { toClosed(); }) // Linux tcp_fin_timeout
{
    resetTcb();
}

TcpEndpoint::~TcpEndpoint() = default;

// ---------------------------------------------------------------------------------------------
// State

void TcpEndpoint::setState(TcpState next, std::string_view counterfactual)
{
    if (next == m_state) return;
    TraceEvent ev;
    ev.kind = EventKind::State;
    ev.node = m_self;
    ev.from = m_state;
    ev.to = next;
    ev.counterfactual = std::string(counterfactual);
    m_sim.record(std::move(ev));
    const TcpState prev = m_state;
    m_state = next;

    // Timers that belong to one state end with it.
    if (prev == TcpState::Established) m_keepaliveTimer.cancel();
    if (prev == TcpState::FinWait2) m_finWait2Timer.cancel();
    if (prev == TcpState::TimeWait) m_timeWaitTimer.cancel();
    switch (next) {
    case TcpState::Established:
        // RFC 1122 §4.2.3.6: the idle interval counts from the last segment received.
        if (m_config.keepalive) {
            m_tcb.lastReceivedUs = m_sim.now();
            m_tcb.probesSent = 0;
            m_keepaliveTimer.arm(m_config.timers.keepaliveIdleUs);
        }
        break;
    case TcpState::FinWait2:
        // Linux tcp_fin_timeout: only a socket the application has closed (not shut down) gives
        // up waiting for the peer's FIN.
        if (m_tcb.closeCalled && m_config.timers.finWait2Us > 0) m_finWait2Timer.arm(m_config.timers.finWait2Us);
        break;
    case TcpState::TimeWait:
        // RFC 9293 §3.10.7.4 eighth step: start the time-wait timer, turn off the other timers.
        m_rtxTimer.cancel();
        m_delayedAckTimer.cancel();
        m_timeWaitTimer.arm(m_config.timers.timeWaitUs);
        break;
    case TcpState::Closed:
    case TcpState::Listen:
        // No connection any more: delete the TCB (a listener has no connection yet).
        cancelAllTimers();
        resetTcb();
        break;
    default:
        break;
    }
}

void TcpEndpoint::resetTcb()
{
    m_tcb = Tcb{};
    m_tcb.rcvBuf = ReceiveBuffer(m_config.receiveBuffer);
    m_tcb.rto = RtoEstimator(m_config.timers);
}

void TcpEndpoint::toClosed(std::string_view counterfactual) { setState(TcpState::Closed, counterfactual); }

void TcpEndpoint::enterTimeWait()
{
    if (m_config.timeWait) setState(TcpState::TimeWait);
    else toClosed("no-time-wait"); // counterfactual: the TCB is deleted at once
}

void TcpEndpoint::enterEstablished(const Segment &seg)
{
    // RFC 9293 §3.10.7.4 fifth step, SYN-RECEIVED: SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ,
    // SND.WL2 <- SEG.ACK.
    m_tcb.sndWnd = seg.window;
    m_tcb.sndWl1 = seg.seq;
    m_tcb.sndWl2 = seg.ack;
    if (m_tcb.handshakeTimedOut) m_tcb.rto.fallback(kSynFallbackRtoUs);
    setState(TcpState::Established);
}

void TcpEndpoint::cancelAllTimers()
{
    m_rtxTimer.cancel();
    m_timeWaitTimer.cancel();
    m_keepaliveTimer.cancel();
    m_delayedAckTimer.cancel();
    m_finWait2Timer.cancel();
}

std::uint16_t TcpEndpoint::rcvWnd() const
{
    return static_cast<std::uint16_t>(std::min<std::size_t>(m_tcb.rcvBuf.freeSpace(), kMaxWindow));
}

bool TcpEndpoint::finAcked() const
{
    return m_tcb.finSent && seqGt(m_tcb.sndUna, dataEndSeq());
}

std::uint32_t TcpEndpoint::sendMss() const
{
    return std::max<std::uint32_t>(1, std::min<std::uint32_t>(m_tcb.peerMss, m_config.mss));
}

// ---------------------------------------------------------------------------------------------
// What the application sees

std::uint64_t TcpEndpoint::recordApp(std::string_view call, std::string_view error, std::int64_t bytes,
                                     std::string data)
{
    TraceEvent ev;
    ev.kind = EventKind::App;
    ev.node = m_self;
    ev.call = std::string(call);
    ev.error = std::string(error);
    ev.bytes = bytes;
    ev.data = std::move(data);
    return m_sim.record(std::move(ev));
}

void TcpEndpoint::keepDelivered(const std::string &data)
{
    m_deliveredBytes += data.size();
    if (m_delivered.size() < kKeptDeliveredBytes)
        m_delivered.append(data, 0, std::min(data.size(), kKeptDeliveredBytes - m_delivered.size()));
}

void TcpEndpoint::deliverToApp()
{
    if (m_tcb.rcvBuf.readable() == 0) return;
    std::string data = m_tcb.rcvBuf.read(SIZE_MAX);
    keepDelivered(data);
    const auto n = static_cast<std::int64_t>(data.size());
    recordApp("recv", {}, n, std::move(data));
}

void TcpEndpoint::reportEof()
{
    if (m_tcb.eofReported) return;
    m_tcb.eofReported = true;
    recordApp("eof");
}

// ---------------------------------------------------------------------------------------------
// Application calls (RFC 9293 §3.10.1 - §3.10.6)

void TcpEndpoint::listen()
{
    // §3.10.1 OPEN, passive.
    if (m_state != TcpState::Closed) {
        recordApp("listen", Err::AlreadyExists);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp("listen"));
    setState(TcpState::Listen);
}

void TcpEndpoint::connect(std::uint16_t remotePort)
{
    // §3.10.1 OPEN, active: from CLOSED, or LISTEN turned active.
    if (m_state != TcpState::Closed && m_state != TcpState::Listen) {
        recordApp("connect", Err::AlreadyExists);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp("connect"));
    openActive(remotePort);
}

void TcpEndpoint::openActive(std::uint16_t remotePort)
{
    resetTcb();
    m_tcb.remotePort = remotePort;
    m_tcb.open = OpenMode::Active;
    chooseIss();
    // <SEQ=ISS><CTL=SYN>; SND.UNA = ISS, SND.NXT = ISS+1.
    sendSyn(false);
    setState(TcpState::SynSent);
}

void TcpEndpoint::chooseIss()
{
    // RFC 9293 §3.4.1: the ISN generator is bound to a clock whose low bit ticks every 4 µs.
    std::uint32_t iss = 0;
    if (m_nextIsn) {
        iss = *m_nextIsn;
        m_nextIsn.reset();
    } else if (m_config.isn && m_lastIss && m_laterIsnsUsed < m_config.laterIsns.size()) {
        iss = m_config.laterIsns[m_laterIsnsUsed++];
    } else if (m_config.isn && m_lastIss) {
        iss = *m_lastIss + 1 + static_cast<std::uint32_t>((m_sim.now() - m_lastIssUs) / 4);
    } else {
        iss = static_cast<std::uint32_t>(m_sim.rng().next());
    }
    startSequence(iss);
}

void TcpEndpoint::startSequence(std::uint32_t iss)
{
    m_lastIss = iss;
    m_lastIssUs = m_sim.now();
    m_tcb.iss = iss;
    m_tcb.sndUna = iss;
    m_tcb.sndNxt = iss + 1;
    m_tcb.sendBuf.reset(iss + 1);
}

void TcpEndpoint::send(std::string data)
{
    // §3.10.2 SEND.
    switch (m_state) {
    case TcpState::Closed:
        recordApp("send", Err::DoesNotExist, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::Listen:
        // We never know the foreign socket in LISTEN (connect() turns a listener active).
        recordApp("send", Err::ForeignUnspecified, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        recordApp("send", Err::Closing, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::SynSent:
    case TcpState::SynReceived:     // queued until ESTABLISHED
    case TcpState::Established:
    case TcpState::CloseWait:
        break;
    }
    Simulator::CauseScope scope(m_sim, recordApp("send", {}, static_cast<std::int64_t>(data.size()), data));
    m_tcb.sendBuf.append(data);
    flushOutput();
}

std::string TcpEndpoint::recv(std::size_t max)
{
    // §3.10.3 RECEIVE: data on hand is always returned; without any, it depends on the state.
    if (m_state == TcpState::Closed) {
        recordApp("recv", Err::DoesNotExist);
        return {};
    }
    if (m_tcb.rcvBuf.readable() == 0) {
        switch (m_state) {
        case TcpState::CloseWait:
        case TcpState::Closing:
        case TcpState::LastAck:
        case TcpState::TimeWait:
            recordApp("recv", Err::Closing);
            return {};
        default:
            recordApp("recv", {}, 0); // nothing has arrived yet
            return {};
        }
    }
    std::string data = m_tcb.rcvBuf.read(max);
    keepDelivered(data);
    Simulator::CauseScope scope(m_sim, recordApp("recv", {}, static_cast<std::int64_t>(data.size()), data));
    if (m_tcb.peerFinReceived && m_tcb.rcvBuf.readable() == 0) reportEof();
    maybeWindowUpdate();
    return data;
}

void TcpEndpoint::shutdown() { closeSending("shutdown", false); }

void TcpEndpoint::close() { closeSending("close", true); }

void TcpEndpoint::closeSending(std::string_view call, bool closeCalled)
{
    // §3.10.4 CLOSE. shutdown() is the same call minus the orphaning (FIN_WAIT_2 timeout).
    switch (m_state) {
    case TcpState::Closed:
        recordApp(call, Err::DoesNotExist);
        return;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        recordApp(call, Err::Closing);
        return;
    default:
        break;
    }
    Simulator::CauseScope scope(m_sim, recordApp(call));
    m_tcb.closeCalled = closeCalled;
    if (closeCalled && m_tcb.rcvBuf.readable() > 0) {
        // RFC 1122 §4.2.2.13: closing with received data unread loses it; say so with a RST
        // (as Linux does) rather than a FIN.
        sendReset(m_tcb.sndNxt);
        setState(TcpState::Closed);
        return;
    }
    switch (m_state) {
    case TcpState::Listen:
    case TcpState::SynSent:
        setState(TcpState::Closed); // delete the TCB; nothing was sent
        return;
    case TcpState::SynReceived:     // FIN now; our SYN,ACK may still be unacknowledged
    case TcpState::Established:     // FIN after the queued data
        m_tcb.finQueued = true;
        setState(TcpState::FinWait1);
        break;
    case TcpState::CloseWait:
        m_tcb.finQueued = true;
        setState(TcpState::LastAck);
        break;
    default:
        return;
    }
    flushOutput();
}

void TcpEndpoint::abort()
{
    // §3.10.5 ABORT.
    if (m_state == TcpState::Closed) {
        recordApp("abort", Err::DoesNotExist);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp("abort"));
    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        sendReset(m_tcb.sndNxt); // <SEQ=SND.NXT><CTL=RST>
        break;
    default:
        break; // LISTEN, SYN-SENT, CLOSING, LAST-ACK, TIME-WAIT: delete the TCB, send nothing
    }
    setState(TcpState::Closed);
}

void TcpEndpoint::forget()
{
    // A crash: no segment, every timer gone, recorded as a change to CLOSED.
    if (m_state == TcpState::Closed) return;
    setState(TcpState::Closed);
}

std::optional<Segment> TcpEndpoint::resetForClosedPort(const Segment &incoming, NodeId self)
{
    // RFC 9293 §3.10.7.1: an incoming RST is discarded; otherwise
    // <SEQ=SEG.ACK><CTL=RST> if it has an ACK, else <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    if (incoming.proto != Protocol::Tcp || incoming.has(TcpFlag::RST)) return std::nullopt;
    Segment rst;
    rst.proto = Protocol::Tcp;
    rst.from = self;
    rst.sport = incoming.dport;
    rst.dport = incoming.sport;
    rst.window = 0;
    if (incoming.has(TcpFlag::ACK)) {
        rst.seq = incoming.ack;
        rst.flags = TcpFlag::RST;
    } else {
        rst.seq = 0;
        rst.ack = incoming.seq + incoming.seqLen();
        rst.flags = TcpFlag::RST | TcpFlag::ACK;
    }
    return rst;
}

// ---------------------------------------------------------------------------------------------
// SEGMENT ARRIVES (RFC 9293 §3.10.7)

void TcpEndpoint::receive(const Segment &seg)
{
    if (seg.proto != Protocol::Tcp) return;
    switch (m_state) {
    case TcpState::Closed:
        // §3.10.7.1: no TCB; Node normally answers for us.
        if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
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
    if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
    return true;
}

void TcpEndpoint::onSegmentListen(const Segment &seg)
{
    // §3.10.7.2 first: an incoming RST is ignored.
    if (seg.has(TcpFlag::RST)) return;
    // Second: any acknowledgment is bad in LISTEN: <SEQ=SEG.ACK><CTL=RST>.
    if (seg.has(TcpFlag::ACK)) {
        if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
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
        if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
        return;
    }
    // Second: a RST counts only if it acknowledges our SYN (RFC 5961 §3.2 likewise). RFC 9293
    // says "connection reset"; the application of a refused connect() hears "refused" (Linux
    // ECONNREFUSED, docs/tcp-reference.md §1).
    if (seg.has(TcpFlag::RST)) {
        if (hasAck) {
            tellApp(Err::Refused);
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
            sendSyn(true);
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
            if (auto rst = resetForClosedPort(seg, m_self)) output(std::move(*rst));
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
            tellApp(Err::Refused);
            setState(TcpState::Closed);
            break;
        case OpenMode::Reopened: setState(TcpState::Closed); break;
        }
        return;
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        tellApp(Err::Reset);
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
        retransmitFirst();
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
        if (seqLt(ack, t.recover)) retransmitFirst();
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

    // RFC 1122 §4.2.3.2 and RFC 5681 §4.2: out-of-order data, or data that fills a gap, is
    // acknowledged at once; otherwise at once without delayed ACK, else on every second
    // full-sized segment or when the delayed-ACK timer fires.
    if (!inOrder || hadGap || !m_config.delayedAck) {
        t.ackNeed = AckNeed::Now;
    } else {
        if (data.size() >= sendMss() && ++t.unackedFullSegments >= 2) t.ackNeed = AckNeed::Now;
        else if (t.ackNeed == AckNeed::None) t.ackNeed = AckNeed::Delayed;
    }
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
        t.ackNeed = m_config.delayedAck ? AckNeed::Delayed : AckNeed::Now;
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
        m_tcb.ackNeed = AckNeed::None;
        m_tcb.unackedFullSegments = 0;
        m_tcb.lastAdvertisedWnd = seg.window;
        m_delayedAckTimer.cancel();
    }
    m_out.transmit(std::move(seg));
}

void TcpEndpoint::sendAck() { output(makeSegment(TcpFlag::ACK, m_tcb.sndNxt)); }

void TcpEndpoint::sendReset(std::uint32_t seq) { output(makeSegment(TcpFlag::RST, seq)); }

void TcpEndpoint::sendSyn(bool retransmission)
{
    // <SEQ=ISS><CTL=SYN>, or <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> once the peer's SYN is known.
    // Only SYNs carry the MSS option (RFC 9293 §3.7.1).
    Tcb &t = m_tcb;
    Segment seg = makeSegment(t.haveIrs ? TcpFlag::SYN | TcpFlag::ACK : TcpFlag::SYN, t.iss);
    seg.mss = m_config.mss;
    seg.retransmission = retransmission;
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

void TcpEndpoint::transmitPending()
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
        Segment seg = makeSegment(flags, seq, std::move(payload));
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
    // Nothing in flight but something waiting behind a zero window: the retransmission timer
    // doubles as the persist timer (RFC 9293 §3.8.6.1).
    const bool waiting = seqLt(t.sndNxt, dataEndSeq()) || (t.finQueued && !t.finSent);
    if (t.sndUna == t.sndNxt && waiting && synAcked() && t.sndWnd == 0 && !m_rtxTimer.armed())
        m_rtxTimer.arm(t.rto.rto());
}

void TcpEndpoint::retransmitFirst()
{
    // RFC 6298 §5.4: retransmit the earliest segment not yet acknowledged, up to one MSS.
    Tcb &t = m_tcb;
    if (!synAcked()) {
        sendSyn(true);
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
    t.rttTiming = false; // Karn: no sample from a retransmitted segment
    output(std::move(seg));
}

void TcpEndpoint::flushOutput()
{
    if (m_state == TcpState::Closed || m_state == TcpState::Listen) return;
    transmitPending();
    if (m_tcb.ackNeed == AckNeed::Now) sendAck();
    else if (m_tcb.ackNeed == AckNeed::Delayed && !m_delayedAckTimer.armed())
        m_delayedAckTimer.arm(m_config.timers.delayedAckUs);
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
    if (m_tcb.sndUna == m_tcb.sndNxt) m_rtxTimer.cancel();
    else m_rtxTimer.arm(m_tcb.rto.rto());
}

void TcpEndpoint::onRetransmissionTimeout()
{
    Tcb &t = m_tcb;
    if (t.sndUna == t.sndNxt) {
        // Nothing in flight: the persist timer. Probe the zero window with
        // <SEQ=SND.UNA-1><ACK=RCV.NXT>, which the peer answers with its window (as Linux does).
        if (t.sndWnd == 0 && synAcked()) {
            output(makeSegment(TcpFlag::ACK, t.sndUna - 1));
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
        giveUp(Err::TimedOut);
        return;
    }
    ++t.retries;
    if (!synAcked()) t.handshakeTimedOut = true;
    t.recovering = true;
    t.recover = t.sndNxt;
    t.dupAcks = 0;
    // RFC 6298 §5.4 - §5.6: retransmit, back off, restart.
    retransmitFirst();
    t.rto.backoff();
    m_rtxTimer.arm(t.rto.rto());
}

void TcpEndpoint::giveUp(std::string_view error)
{
    // The connection is aborted: RST to a peer that may still hold it, then CLOSED.
    switch (m_state) {
    case TcpState::SynSent:
        // The peer has no connection to reset; the SYN simply goes unanswered.
        tellApp(error);
        setState(TcpState::Closed);
        return;
    case TcpState::SynReceived:
        sendReset(m_tcb.sndNxt);
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
        sendReset(m_tcb.sndNxt);
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
        giveUp(Err::TimedOut); // every probe went unanswered
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
    output(std::move(probe));
}

void TcpEndpoint::onDelayedAckTimeout()
{
    if (m_tcb.ackNeed != AckNeed::None) sendAck();
}

} // namespace wirestep
