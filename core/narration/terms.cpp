#include "core/narration/terms.h"

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
    case AppError::Refused: return tr("connection refused");
    case AppError::Reset: return tr("connection reset");
    case AppError::TimedOut: return tr("connection timed out");
    case AppError::AddressInUse: return tr("address already in use (EADDRINUSE)");
    case AppError::PeerClosed: return tr("the peer closed the connection");
    case AppError::Other: return tr("a socket error");
    }
    return {};
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

} // namespace wirestep
