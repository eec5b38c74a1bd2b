#include "core/narration/terms.h"
#include "core/narration/time_format.h"

namespace wirestep {

QString Terms::node(NodeId n) { return n == NodeId::Client ? tr("client") : tr("server"); }

QString Terms::nodeInSentence(NodeId n) { return n == NodeId::Client ? tr("the client") : tr("the server"); }

QString Terms::state(TcpState s)
{
    return QString::fromUtf8(toString(s).data(), static_cast<qsizetype>(toString(s).size()));
}

QString Terms::stateGloss(TcpState s)
{
    // Each RFC name is its own English "translation"; the Chinese catalog gives the gloss.
    QString gloss;
    switch (s) {
    case TcpState::Closed: gloss = tr("CLOSED", "state gloss"); break;
    case TcpState::Listen: gloss = tr("LISTEN", "state gloss"); break;
    case TcpState::SynSent: gloss = tr("SYN_SENT", "state gloss"); break;
    case TcpState::SynReceived: gloss = tr("SYN_RECEIVED", "state gloss"); break;
    case TcpState::Established: gloss = tr("ESTABLISHED", "state gloss"); break;
    case TcpState::FinWait1: gloss = tr("FIN_WAIT_1", "state gloss"); break;
    case TcpState::FinWait2: gloss = tr("FIN_WAIT_2", "state gloss"); break;
    case TcpState::CloseWait: gloss = tr("CLOSE_WAIT", "state gloss"); break;
    case TcpState::Closing: gloss = tr("CLOSING", "state gloss"); break;
    case TcpState::LastAck: gloss = tr("LAST_ACK", "state gloss"); break;
    case TcpState::TimeWait: gloss = tr("TIME_WAIT", "state gloss"); break;
    }
    return gloss == state(s) ? QString() : gloss;
}

QString Terms::stateLabel(TcpState s)
{
    const QString gloss = stateGloss(s);
    return gloss.isEmpty() ? state(s) : tr("%1 %2", "state name and its gloss").arg(state(s), gloss);
}

QString Terms::stateInSentence(TcpState s)
{
    const QString gloss = stateGloss(s);
    return gloss.isEmpty() ? state(s) : tr("%1 (%2)", "a state in a sentence: its name and its gloss").arg(state(s), gloss);
}

QString Terms::stateLabelStacked(TcpState s)
{
    const QString gloss = stateGloss(s);
    return gloss.isEmpty() ? state(s) : tr("%1\n%2", "state name over its gloss").arg(state(s), gloss);
}

QString Terms::call(AppCall c)
{
    switch (c) {
    case AppCall::None: return {};
    case AppCall::Listen: return tr("listen()");
    case AppCall::Bind: return tr("bind()");
    case AppCall::Accept: return tr("accept()");
    case AppCall::Connect: return tr("connect()");
    case AppCall::Send: return tr("send()");
    case AppCall::Recv: return tr("recv()");
    case AppCall::Shutdown: return tr("shutdown()");
    case AppCall::Close: return tr("close()");
    case AppCall::Abort: return tr("abort()");
    case AppCall::Sendto: return tr("sendto()");
    case AppCall::Recvfrom: return tr("recvfrom()");
    case AppCall::Eof: return tr("EOF");
    case AppCall::Error: return tr("error");
    case AppCall::Crash: return tr("host crash");
    case AppCall::Reboot: return tr("host reboot");
    case AppCall::Connected: return tr("connected (signal)");
    case AppCall::Disconnected: return tr("disconnected (signal)");
    case AppCall::Written: return tr("bytesWritten (signal)");
    }
    return {};
}

QString Terms::error(AppError e)
{
    switch (e) {
    case AppError::None: return {};
    case AppError::DoesNotExist: return tr("connection does not exist");
    case AppError::AlreadyExists: return tr("connection already exists");
    case AppError::Closing: return tr("connection closing");
    case AppError::ForeignUnspecified: return tr("foreign socket unspecified");
    case AppError::Refused: return tr("connection refused (ECONNREFUSED)");
    case AppError::Reset: return tr("connection reset (ECONNRESET)");
    case AppError::TimedOut: return tr("connection timed out (ETIMEDOUT)");
    case AppError::AddressInUse: return tr("address already in use (EADDRINUSE)");
    case AppError::PeerClosed: return tr("the peer closed the connection");
    case AppError::Other: return tr("a socket error");
    }
    return {};
}

QString Terms::pythonError(AppError e)
{
    // Python's exceptions for these errno values (builtin OSError subclasses, PEP 3151).
    switch (e) {
    case AppError::Refused: return QStringLiteral("ConnectionRefusedError");
    case AppError::Reset: return QStringLiteral("ConnectionResetError");
    case AppError::TimedOut: return QStringLiteral("TimeoutError");
    case AppError::AddressInUse: return QStringLiteral("OSError: [Errno 98] Address already in use");
    default: return {};
    }
}

QString Terms::callFailure(const TraceEvent &e, const EventFacts &f, const QString &call)
{
    if (e.error == AppError::AlreadyExists && f.stateKnown && f.state != TcpState::Closed && f.state != TcpState::Listen)
        // Short, for the diagram's app-call column: the state's name without its gloss.
        return tr("%1 fails: still in %2").arg(call, state(f.state));
    if (isApplicationCall(e.call)) return tr("%1 fails: %2").arg(call, error(e.error));
    return tr("%1: %2", "what the application is told: the error").arg(call, error(e.error));
}

QString Terms::dropReason(DropReason r)
{
    switch (r) {
    case DropReason::None: return {};
    case DropReason::RandomLoss: return tr("random loss");
    case DropReason::Rule: return tr("fault rule");
    case DropReason::LinkDown: return tr("link cut");
    case DropReason::PortUnreachable: return tr("port unreachable");
    case DropReason::NodeDown: return tr("host down");
    }
    return {};
}

QString Terms::timer(TimerKind k)
{
    switch (k) {
    case TimerKind::Retransmission: return tr("retransmission timer");
    case TimerKind::TimeWait: return tr("2MSL timer");
    case TimerKind::Keepalive: return tr("keepalive timer");
    case TimerKind::DelayedAck: return tr("delayed-ACK timer");
    case TimerKind::FinWait2: return tr("FIN_WAIT_2 timer");
    }
    return {};
}

namespace {
// The real values (docs/tcp-reference.md §3): Linux TCP_TIMEWAIT_LEN and tcp_fin_timeout 60 s,
// RFC 9293 §3.4.2 MSL 2 min; keepalive after 2 h (RFC 1122 §4.2.3.6, Linux tcp_keepalive_time),
// Linux probes every 75 s (tcp_keepalive_intvl), 9 times.
constexpr std::int64_t kLinuxTimeWaitUs = 60'000'000;
constexpr std::int64_t kLinuxFinWait2Us = 60'000'000;
constexpr std::int64_t kKeepaliveIdleUs = 7200'000'000;
constexpr std::int64_t kLinuxKeepaliveIntervalUs = 75'000'000;
} // namespace

QString Terms::realTimerValues(TimerKind k, std::int64_t us, const EventFacts &f)
{
    switch (k) {
    case TimerKind::TimeWait:
        if (us < kLinuxTimeWaitUs) return tr("Linux: 60 s; RFC 9293: 2 × 2 min");
        break;
    case TimerKind::FinWait2:
        if (us < kLinuxFinWait2Us) return tr("Linux: 60 s");
        break;
    case TimerKind::Keepalive:
        if (f.keepaliveArm == KeepaliveArm::Idle && us < kKeepaliveIdleUs) return tr("Linux and RFC 1122: 2 h (7200 s)");
        if (f.keepaliveArm == KeepaliveArm::Interval && us < kLinuxKeepaliveIntervalUs)
            return tr("Linux: 75 s between probes, 9 probes; Windows: 10 probes");
        break;
    default: break;
    }
    return {};
}

QString Terms::realTimerShort(TimerKind k, std::int64_t us, const EventFacts &f)
{
    switch (k) {
    case TimerKind::TimeWait:
        if (us < kLinuxTimeWaitUs) return tr("Linux 60 s");
        break;
    case TimerKind::FinWait2:
        if (us < kLinuxFinWait2Us) return tr("Linux 60 s");
        break;
    case TimerKind::Keepalive:
        if (f.keepaliveArm == KeepaliveArm::Idle && us < kKeepaliveIdleUs) return tr("Linux 2 h");
        if (f.keepaliveArm == KeepaliveArm::Interval && us < kLinuxKeepaliveIntervalUs) return tr("Linux 75 s");
        break;
    default: break;
    }
    return {};
}

QString Terms::profile(TimerProfile p)
{
    switch (p) {
    case TimerProfile::Classroom: return tr("classroom (shortened)");
    case TimerProfile::Linux: return tr("Linux");
    case TimerProfile::Rfc: return tr("RFC");
    }
    return {};
}

QString Terms::timerSummary(const TcpTimers &t)
{
    // Short lines; where a value is shortened, the real ones on the line after it.
    EventFacts idle, interval;
    idle.keepaliveArm = KeepaliveArm::Idle;
    interval.keepaliveArm = KeepaliveArm::Interval;
    QStringList lines;
    lines << tr("2MSL = %1").arg(TimeFormat::duration(t.timeWaitUs));
    if (!realTimerValues(TimerKind::TimeWait, t.timeWaitUs, {}).isEmpty())
        lines << tr("  real: Linux 60 s; RFC 9293: 2 × 2 min");
    lines << tr("keepalive: %1 idle, probe every %2, %n probe(s)", nullptr, t.keepaliveProbes)
                 .arg(TimeFormat::duration(t.keepaliveIdleUs), TimeFormat::duration(t.keepaliveIntervalUs));
    if (!realTimerValues(TimerKind::Keepalive, t.keepaliveIdleUs, idle).isEmpty()
        || !realTimerValues(TimerKind::Keepalive, t.keepaliveIntervalUs, interval).isEmpty())
        lines << tr("  real: Linux 7200 s, 75 s, 9 probes;") << tr("  Windows sends 10 probes");
    lines << tr("RTO: %1 first, %2 to %3").arg(TimeFormat::duration(t.rtoInitialUs), TimeFormat::duration(t.rtoMinUs),
                                                 TimeFormat::duration(t.rtoMaxUs));
    return lines.join(QLatin1Char('\n'));
}

QString Terms::segmentTag(const Segment &s, const EventFacts &f)
{
    switch (s.sendCause) {
    case SendCause::Timeout: return tr("timeout retransmission");
    case SendCause::FastRetransmit: return tr("fast retransmit");
    case SendCause::Recovery: return tr("retransmission (partial ACK)");
    case SendCause::RepeatedSyn: return tr("retransmission (SYN came again)");
    case SendCause::WindowProbe: return tr("window probe");
    case SendCause::KeepaliveProbe: return tr("keepalive probe");
    case SendCause::TailLossProbe: return tr("tail loss probe");
    case SendCause::None: break;
    }
    if (s.retransmission) return tr("retransmission");
    if (f.dupAck > 0) return tr("dup ACK #%1").arg(f.dupAck);
    return {};
}

QString Terms::segmentRole(const Segment &s, const EventFacts &f)
{
    switch (s.sendCause) {
    case SendCause::Timeout:
        return f.rtoUs > 0 ? tr("retransmission on timeout (RTO %1)").arg(TimeFormat::duration(f.rtoUs))
                           : tr("retransmission on timeout");
    case SendCause::FastRetransmit:
        return tr("fast retransmission after %n duplicate ACK(s)", nullptr, f.dupAcksHeard > 0 ? f.dupAcksHeard : 3);
    case SendCause::Recovery: return tr("retransmission after a partial ACK: the next missing segment, without waiting for the timer");
    case SendCause::RepeatedSyn: return tr("sent again because the peer's SYN came again: this SYN,ACK was lost");
    case SendCause::WindowProbe: return tr("zero-window probe, sent by the persist timer");
    case SendCause::KeepaliveProbe:
        return f.probes > 0 ? tr("keepalive probe %1").arg(f.probes) : tr("keepalive probe");
    case SendCause::TailLossProbe:
        return f.rtoUs > 0 ? tr("tail loss probe, sent when the probe timeout (PTO %1) expired").arg(TimeFormat::duration(f.rtoUs))
                           : tr("tail loss probe, sent when the probe timeout expired");
    case SendCause::None: break;
    }
    if (s.retransmission) return tr("retransmission");
    if (f.dupAck > 0) return tr("duplicate ACK #%1").arg(f.dupAck);
    return {};
}

} // namespace wirestep
