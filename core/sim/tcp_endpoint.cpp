#include "core/sim/tcp_endpoint.h"

#include "core/sim/tcp_constants.h"
#include "core/sim/tcp_seq.h"

#include <algorithm>

// TcpEndpoint, part 1 of 3: construction, state, and the application calls (RFC 9293 §3.10.1-§3.10.6). Part 2 is tcp_input.cpp, part 3 tcp_output.cpp.

namespace wirestep {

using namespace tcp;


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
    m_tcb.maxSndWnd = std::max(m_tcb.maxSndWnd, m_tcb.sndWnd);
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
    const std::uint32_t mss = std::max<std::uint32_t>(1, std::min<std::uint32_t>(m_tcb.peerMss, m_config.mss));
    // Linux tcp_bound_to_half_wnd(): no segment above half the largest window the peer has
    // offered (once that is above 536 bytes), so that a small window is never filled by one
    // segment (the sender side of RFC 1122 §4.2.3.4's silly window avoidance).
    if (m_config.linuxBehaviour() && m_tcb.maxSndWnd > kDefaultPeerMss)
        return std::min(mss, std::max<std::uint32_t>(m_tcb.maxSndWnd / 2, kMinHalfWindowSegment));
    return mss;
}

// ---------------------------------------------------------------------------------------------
// What the application sees

std::uint64_t TcpEndpoint::recordApp(AppCall call, AppError error, std::int64_t bytes, std::string data)
{
    return m_sim.record(appEvent(m_self, call, error, bytes, std::move(data)));
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
    recordApp(AppCall::Recv, AppError::None, n, std::move(data));
}

void TcpEndpoint::reportEof()
{
    if (m_tcb.eofReported) return;
    m_tcb.eofReported = true;
    recordApp(AppCall::Eof);
}

// ---------------------------------------------------------------------------------------------
// Application calls (RFC 9293 §3.10.1 - §3.10.6)

void TcpEndpoint::listen()
{
    // §3.10.1 OPEN, passive.
    if (m_state != TcpState::Closed) {
        recordApp(AppCall::Listen, AppError::AlreadyExists);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp(AppCall::Listen));
    setState(TcpState::Listen);
}

void TcpEndpoint::connect(std::uint16_t remotePort)
{
    // §3.10.1 OPEN, active: from CLOSED, or LISTEN turned active.
    if (m_state != TcpState::Closed && m_state != TcpState::Listen) {
        recordApp(AppCall::Connect, AppError::AlreadyExists);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp(AppCall::Connect));
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
        recordApp(AppCall::Send, AppError::DoesNotExist, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::Listen:
        // We never know the foreign socket in LISTEN (connect() turns a listener active).
        recordApp(AppCall::Send, AppError::ForeignUnspecified, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        recordApp(AppCall::Send, AppError::Closing, static_cast<std::int64_t>(data.size()), data);
        return;
    case TcpState::SynSent:
    case TcpState::SynReceived:     // queued until ESTABLISHED
    case TcpState::Established:
    case TcpState::CloseWait:
        break;
    }
    Simulator::CauseScope scope(m_sim, recordApp(AppCall::Send, AppError::None, static_cast<std::int64_t>(data.size()), data));
    m_tcb.sendBuf.append(data);
    flushOutput();
}

std::string TcpEndpoint::recv(std::size_t max)
{
    // §3.10.3 RECEIVE: data on hand is always returned; without any, it depends on the state.
    if (m_state == TcpState::Closed) {
        recordApp(AppCall::Recv, AppError::DoesNotExist);
        return {};
    }
    if (m_tcb.rcvBuf.readable() == 0) {
        switch (m_state) {
        case TcpState::CloseWait:
        case TcpState::Closing:
        case TcpState::LastAck:
        case TcpState::TimeWait:
            recordApp(AppCall::Recv, AppError::Closing);
            return {};
        default:
            recordApp(AppCall::Recv, AppError::None, 0); // nothing has arrived yet
            return {};
        }
    }
    std::string data = m_tcb.rcvBuf.read(max);
    keepDelivered(data);
    Simulator::CauseScope scope(m_sim, recordApp(AppCall::Recv, AppError::None, static_cast<std::int64_t>(data.size()), data));
    if (m_tcb.peerFinReceived && m_tcb.rcvBuf.readable() == 0) reportEof();
    maybeWindowUpdate();
    return data;
}

void TcpEndpoint::shutdown() { closeSending(AppCall::Shutdown, false); }

void TcpEndpoint::close() { closeSending(AppCall::Close, true); }

void TcpEndpoint::closeSending(AppCall call, bool closeCalled)
{
    // §3.10.4 CLOSE. shutdown() is the same call minus the orphaning (FIN_WAIT_2 timeout).
    switch (m_state) {
    case TcpState::Closed:
        recordApp(call, AppError::DoesNotExist);
        return;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        recordApp(call, AppError::Closing);
        return;
    default:
        break;
    }
    Simulator::CauseScope scope(m_sim, recordApp(call));
    m_tcb.closeCalled = closeCalled;
    if (closeCalled && m_tcb.rcvBuf.readable() > 0) {
        // RFC 1122 §4.2.2.13: closing with received data unread loses it; say so with a RST
        // (as Linux does) rather than a FIN.
        sendAbortReset();
        setState(TcpState::Closed);
        return;
    }
    switch (m_state) {
    case TcpState::SynSent:
        // §3.10.4 SYN-SENT: the queued SENDs get "error: closing"; their data is never sent.
        if (m_tcb.sendBuf.size() > 0) tellApp(AppError::Closing);
        setState(TcpState::Closed); // delete the TCB; nothing was sent
        return;
    case TcpState::Listen:
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
        recordApp(AppCall::Abort, AppError::DoesNotExist);
        return;
    }
    Simulator::CauseScope scope(m_sim, recordApp(AppCall::Abort));
    switch (m_state) {
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        sendAbortReset(); // <SEQ=SND.NXT><CTL=RST> (RST,ACK on the linux profile)
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

} // namespace wirestep
