#include "core/narration/narrator.h"
#include "core/narration/terms.h"
#include "core/narration/time_format.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace wirestep {

namespace {

QString label(const Segment &seg) { return QString::fromStdString(seg.label()); }

bool isNode(const TraceEvent &e, NodeId n) { return e.node == n; }

int count(const Segment &seg) { return static_cast<int>(seg.payload.size()); }

} // namespace

QString Narrator::sentence(const TraceEvent &e, const EventFacts &facts)
{
    QString s = describe(e, facts);
    // Sentences that start with a node's name ("%1 enters LISTEN") start in lower case.
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QString Narrator::describe(const TraceEvent &e, const EventFacts &f)
{
    switch (e.kind) {
    case EventKind::App: return appSentence(e, f);
    case EventKind::Send: return sendSentence(e, f);
    case EventKind::Deliver:
        if (e.seg.proto == Protocol::Udp)
            return isNode(e, NodeId::Client) ? tr("The datagram (%n byte(s)) arrives at the client, whole.", nullptr, count(e.seg))
                                             : tr("The datagram (%n byte(s)) arrives at the server, whole.", nullptr, count(e.seg));
        return isNode(e, NodeId::Client) ? tr("The segment %1 arrives at the client.").arg(label(e.seg))
                                         : tr("The segment %1 arrives at the server.").arg(label(e.seg));
    case EventKind::Drop: return dropSentence(e);
    case EventKind::State: return stateSentence(e);
    case EventKind::Timer: return timerSentence(e, f);
    case EventKind::Link:
        return e.link == LinkChange::Cut ? tr("The link is cut: every segment sent from now on is lost.")
                               : tr("The link is repaired: segments get through again.");
    }
    return {};
}

QString Narrator::errorSentence(const TraceEvent &e, const EventFacts &f)
{
    // What the student's own program gets: the errno and Python's exception.
    const bool c = isNode(e, NodeId::Client);
    const QString call = Terms::call(e.call);
    const QString py = Terms::pythonError(e.error);
    if (e.call == AppCall::Connect && e.error == AppError::AlreadyExists && f.stateKnown && f.state == TcpState::TimeWait)
        return c ? tr("The client's application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.")
                 : tr("The server's application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.");
    if (e.call == AppCall::Bind && e.error == AppError::AddressInUse)
        return c ? tr("The client's bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.")
                 : tr("The server's bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.");
    if (isApplicationCall(e.call) && !py.isEmpty())
        return c ? tr("The client's %1 fails: %2; in Python it raises %3.").arg(call, Terms::error(e.error), py)
                 : tr("The server's %1 fails: %2; in Python it raises %3.").arg(call, Terms::error(e.error), py);
    if (isApplicationCall(e.call))
        return c ? tr("The client's application calls %1, which fails: %2.").arg(call, Terms::error(e.error))
                 : tr("The server's application calls %1, which fails: %2.").arg(call, Terms::error(e.error));
    switch (e.error) {
    case AppError::Refused:
        return c ? tr("The client's connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.")
                 : tr("The server's connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.");
    case AppError::Reset:
        return c ? tr("The client's application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.")
                 : tr("The server's application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.");
    case AppError::TimedOut:
        return c ? tr("The client's application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.")
                 : tr("The server's application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.");
    default: break;
    }
    return c ? tr("The client's application is told of an error: %1.").arg(Terms::error(e.error))
             : tr("The server's application is told of an error: %1.").arg(Terms::error(e.error));
}

QString Narrator::appSentence(const TraceEvent &e, const EventFacts &f)
{
    const bool c = isNode(e, NodeId::Client);
    const QString data = QString::fromStdString(e.data);
    if (e.error != AppError::None) return errorSentence(e, f);
    switch (e.call) {
    case AppCall::Listen:
        return c ? tr("The client's application calls listen(): it waits for a connection (passive open).")
                 : tr("The server's application calls listen(): it waits for a connection (passive open).");
    case AppCall::Connect:
        return c ? tr("The client's application calls connect(): TCP starts the three-way handshake (active open).")
                 : tr("The server's application calls connect(): TCP starts the three-way handshake (active open).");
    case AppCall::Send:
        return c ? tr("The client's application writes %n byte(s); TCP puts them in its send buffer.", nullptr, e.bytes)
                 : tr("The server's application writes %n byte(s); TCP puts them in its send buffer.", nullptr, e.bytes);
    case AppCall::Recv:
        return c ? tr("The client's application reads %n byte(s) from the byte stream.", nullptr, e.bytes)
                 : tr("The server's application reads %n byte(s) from the byte stream.", nullptr, e.bytes);
    case AppCall::Eof:
        return c ? tr("The client's application reads end-of-file: recv() returns 0 bytes (b'' in Python), because the peer will send no more data.")
                 : tr("The server's application reads end-of-file: recv() returns 0 bytes (b'' in Python), because the peer will send no more data.");
    case AppCall::Shutdown:
        return c ? tr("The client's application calls shutdown(): it will send no more but keeps receiving (half-close).")
                 : tr("The server's application calls shutdown(): it will send no more but keeps receiving (half-close).");
    case AppCall::Close:
        return c ? tr("The client's application calls close(): TCP will send FIN once its data has gone.")
                 : tr("The server's application calls close(): TCP will send FIN once its data has gone.");
    case AppCall::Abort:
        return c ? tr("The client's application aborts the connection: TCP sends RST and forgets it.")
                 : tr("The server's application aborts the connection: TCP sends RST and forgets it.");
    case AppCall::Bind: {
        // A live lab's TCP bind() says whether it set SO_REUSEADDR ("SO_REUSEADDR=1 port 4000").
        static const QRegularExpression reuse(QStringLiteral("^SO_REUSEADDR=([01]) port (\\d+)"));
        if (const auto m = reuse.match(data); m.hasMatch()) {
            if (m.captured(1) == QLatin1String("1"))
                return c ? tr("The client's application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.").arg(m.captured(2))
                         : tr("The server's application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.").arg(m.captured(2));
            return c ? tr("The client's application calls bind() on port %1, without SO_REUSEADDR.").arg(m.captured(2))
                     : tr("The server's application calls bind() on port %1, without SO_REUSEADDR.").arg(m.captured(2));
        }
        return c ? tr("The client's application binds a UDP socket to port %1.").arg(data)
                 : tr("The server's application binds a UDP socket to port %1.").arg(data);
    }
    case AppCall::Sendto:
        return c ? tr("The client's application calls sendto() with %n byte(s): exactly one datagram.", nullptr, e.bytes)
                 : tr("The server's application calls sendto() with %n byte(s): exactly one datagram.", nullptr, e.bytes);
    case AppCall::Recvfrom:
        return c ? tr("The client's application calls recvfrom() and gets one whole datagram of %n byte(s).", nullptr, e.bytes)
                 : tr("The server's application calls recvfrom() and gets one whole datagram of %n byte(s).", nullptr, e.bytes);
    case AppCall::Crash:
        return c ? tr("The client's host crashes: it forgets every connection without sending anything.")
                 : tr("The server's host crashes: it forgets every connection without sending anything.");
    case AppCall::Reboot:
        return c ? tr("The client's host reboots with no connections at all.")
                 : tr("The server's host reboots with no connections at all.");
    case AppCall::Error:
        return c ? tr("The client's application is told of an error.") : tr("The server's application is told of an error.");
    case AppCall::Accept:
        return c ? tr("The client's application calls accept() and gets a connected socket.")
                 : tr("The server's application calls accept() and gets a connected socket.");
    case AppCall::Connected:
        return c ? tr("The kernel tells the client's program that the connection is established (Qt's connected() signal).")
                 : tr("The kernel tells the server's program that the connection is established (Qt's connected() signal).");
    case AppCall::Disconnected:
        return c ? tr("The client's socket is closed (Qt's disconnected() signal).")
                 : tr("The server's socket is closed (Qt's disconnected() signal).");
    case AppCall::Written:
        return c ? tr("The kernel has taken %n byte(s) from the client's program into its send buffer (Qt's bytesWritten() signal).", nullptr, e.bytes)
                 : tr("The kernel has taken %n byte(s) from the server's program into its send buffer (Qt's bytesWritten() signal).", nullptr, e.bytes);
    case AppCall::None: break;
    }
    return {};
}

QString Narrator::sendSentence(const TraceEvent &e, const EventFacts &f)
{
    const Segment &s = e.seg;
    const bool c = isNode(e, NodeId::Client);
    if (!e.analysis.empty()) {
        const QString said = analysisSentence(e);
        if (!said.isEmpty()) return said;
    }
    if (s.proto == Protocol::Udp)
        return c ? tr("The client sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.", nullptr, count(s)).arg(s.sport).arg(s.dport)
                 : tr("The server sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.", nullptr, count(s)).arg(s.sport).arg(s.dport);
    if (s.injected)
        return tr("An old duplicate %1 from an earlier connection, delayed in the network, reaches the link now.").arg(label(s));
    if (s.sendCause != SendCause::None || s.retransmission) return resendSentence(e, f);
    if (s.has(TcpFlag::RST)) return resetSentence(e, f);
    if (s.has(TcpFlag::SYN) && s.has(TcpFlag::ACK))
        return c ? tr("The client answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the server's SYN (ack=%2, the SYN took one sequence number).").arg(s.seq).arg(s.ack)
                 : tr("The server answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the client's SYN (ack=%2, the SYN took one sequence number).").arg(s.seq).arg(s.ack);
    if (s.has(TcpFlag::SYN))
        return c ? tr("The client sends SYN with initial sequence number seq=%1 and asks to open a connection.").arg(s.seq)
                 : tr("The server sends SYN with initial sequence number seq=%1 and asks to open a connection.").arg(s.seq);
    if (s.has(TcpFlag::FIN))
        return c ? tr("The client sends FIN (seq=%1): it has no more data and closes its direction of the connection.").arg(s.seq)
                 : tr("The server sends FIN (seq=%1): it has no more data and closes its direction of the connection.").arg(s.seq);
    if (!s.payload.empty())
        return c ? tr("The client sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).", nullptr, count(s)).arg(s.seq).arg(s.seq + static_cast<std::uint32_t>(s.payload.size()) - 1)
                 : tr("The server sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).", nullptr, count(s)).arg(s.seq).arg(s.seq + static_cast<std::uint32_t>(s.payload.size()) - 1);
    return ackSentence(e, f);
}

QString Narrator::resendSentence(const TraceEvent &e, const EventFacts &f)
{
    const Segment &s = e.seg;
    const bool c = isNode(e, NodeId::Client);
    const QString l = label(s);
    switch (s.sendCause) {
    case SendCause::Timeout:
        if (f.rtoUs > 0)
            return c ? tr("The client sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.").arg(l, TimeFormat::duration(f.rtoUs))
                     : tr("The server sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.").arg(l, TimeFormat::duration(f.rtoUs));
        return c ? tr("The client sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.").arg(l)
                 : tr("The server sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.").arg(l);
    case SendCause::FastRetransmit: {
        // RFC 5681 §3.2: the third duplicate ACK is the signal (kDupAckThreshold).
        const int dups = f.dupAcksHeard > 0 ? f.dupAcksHeard : 3;
        return c ? tr("The client sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the server is missing this segment.", nullptr, dups).arg(l).arg(s.seq)
                 : tr("The server sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the client is missing this segment.", nullptr, dups).arg(l).arg(s.seq);
    }
    case SendCause::Recovery:
        return c ? tr("The client sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).").arg(l)
                 : tr("The server sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).").arg(l);
    case SendCause::RepeatedSyn:
        return c ? tr("The server's SYN arrives again, so the client's SYN,ACK must have been lost: the client sends %1 again.").arg(l)
                 : tr("The client's SYN arrives again, so the server's SYN,ACK must have been lost: the server sends %1 again.").arg(l);
    case SendCause::WindowProbe:
        return c ? tr("The server's receive window is zero and the client has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the server announce its window.").arg(s.seq)
                 : tr("The client's receive window is zero and the server has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the client announce its window.").arg(s.seq);
    case SendCause::KeepaliveProbe:
        if (f.probes > 0 && f.idleUs >= 0)
            return c ? tr("The client sends keepalive probe %2 (seq=%1, one below the next sequence number, so the server must answer with an ACK): the last segment from the server arrived %3 ago.").arg(s.seq).arg(f.probes).arg(TimeFormat::duration(f.idleUs))
                     : tr("The server sends keepalive probe %2 (seq=%1, one below the next sequence number, so the client must answer with an ACK): the last segment from the client arrived %3 ago.").arg(s.seq).arg(f.probes).arg(TimeFormat::duration(f.idleUs));
        return c ? tr("The client sends a keepalive probe with seq=%1, one below the next sequence number, so the server must answer with an ACK.").arg(s.seq)
                 : tr("The server sends a keepalive probe with seq=%1, one below the next sequence number, so the client must answer with an ACK.").arg(s.seq);
    case SendCause::TailLossProbe: {
        // RFC 8985 §7.3: when the probe timeout (PTO) expires, new data if the window allows,
        // otherwise the last segment sent, again; its ACK (or the duplicate ACKs it draws) shows
        // a lost tail before the RTO would.
        const QString pto = TimeFormat::duration(f.rtoUs);
        if (!s.retransmission)
            return c ? tr("The client sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the server is missing.").arg(l, pto)
                     : tr("The server sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the client is missing.").arg(l, pto);
        return c ? tr("The client sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.").arg(l, pto)
                 : tr("The server sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.").arg(l, pto);
    }
    case SendCause::None: break;
    }
    return c ? tr("The client sends %1 again: a retransmission.").arg(l) : tr("The server sends %1 again: a retransmission.").arg(l);
}

QString Narrator::resetSentence(const TraceEvent &e, const EventFacts &f)
{
    // Said by what made the node send it, and with the segment as it is (RST, or RST,ACK).
    const Segment &s = e.seg;
    const bool c = isNode(e, NodeId::Client);
    const QString l = label(s);
    if (f.causedByFired(TimerKind::Retransmission))
        return c ? tr("The client gives up after its retransmissions went unanswered and sends %1, so that the server drops the connection too if it still holds it.").arg(l)
                 : tr("The server gives up after its retransmissions went unanswered and sends %1, so that the client drops the connection too if it still holds it.").arg(l);
    if (f.causedByFired(TimerKind::Keepalive))
        return c ? tr("The client gives up after its keepalive probes went unanswered and sends %1, so that the server drops the connection too if it still holds it.").arg(l)
                 : tr("The server gives up after its keepalive probes went unanswered and sends %1, so that the client drops the connection too if it still holds it.").arg(l);
    if (f.causedByCall(AppCall::Abort))
        return c ? tr("The client sends %1 and forgets the connection: the server will drop it at once, without the four-way close.").arg(l)
                 : tr("The server sends %1 and forgets the connection: the client will drop it at once, without the four-way close.").arg(l);
    if (f.causedByCall(AppCall::Close))
        return c ? tr("The client's application closed with received data still unread: the client sends %1 instead of FIN, so that the server knows that data was lost.").arg(l)
                 : tr("The server's application closed with received data still unread: the server sends %1 instead of FIN, so that the client knows that data was lost.").arg(l);
    if (f.causedByDelivery()) {
        if ((f.causeFlags & TcpFlag::SYN) && !(f.causeFlags & TcpFlag::ACK))
            return c ? tr("Nobody on the client accepts this SYN on port %2: the client answers with %1, which refuses the connection.").arg(l).arg(s.sport)
                     : tr("Nobody on the server accepts this SYN on port %2: the server answers with %1, which refuses the connection.").arg(l).arg(s.sport);
        if (f.causeCarriedData)
            return c ? tr("Nobody will ever read the data that just arrived at the client (no connection takes it, or its application has closed): the client answers with %1.").arg(l)
                     : tr("Nobody will ever read the data that just arrived at the server (no connection takes it, or its application has closed): the server answers with %1.").arg(l);
        return c ? tr("The segment that just arrived belongs to no connection the client has: the client answers with %1.").arg(l)
                 : tr("The segment that just arrived belongs to no connection the server has: the server answers with %1.").arg(l);
    }
    return c ? tr("The client sends %1: the connection ends at once, without the four-way close.").arg(l)
             : tr("The server sends %1: the connection ends at once, without the four-way close.").arg(l);
}

QString Narrator::ackSentence(const TraceEvent &e, const EventFacts &f)
{
    const Segment &s = e.seg;
    const bool c = isNode(e, NodeId::Client);
    if (f.dupAck > 0 && f.causedByDelivery() && f.causeCarriedData && static_cast<std::int32_t>(f.causeSeq - s.ack) > 0)
        return c ? tr("The client sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.").arg(s.ack).arg(f.dupAck).arg(f.causeSeq)
                 : tr("The server sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.").arg(s.ack).arg(f.dupAck).arg(f.causeSeq);
    if (f.dupAck > 0)
        return c ? tr("The client sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.").arg(s.ack).arg(f.dupAck)
                 : tr("The server sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.").arg(s.ack).arg(f.dupAck);
    if (f.causedByDelivery() && f.causeSendCause == SendCause::KeepaliveProbe)
        return c ? tr("The client answers the keepalive probe with ack=%1, the next byte it expects: the server now knows that the client is alive.").arg(s.ack)
                 : tr("The server answers the keepalive probe with ack=%1, the next byte it expects: the client now knows that the server is alive.").arg(s.ack);
    if (f.causedByDelivery() && f.causeSendCause == SendCause::WindowProbe)
        return c ? tr("The client answers the window probe with its receive window: %n byte(s).", nullptr, s.window)
                 : tr("The server answers the window probe with its receive window: %n byte(s).", nullptr, s.window);
    return c ? tr("The client acknowledges with ack=%1: the next byte it expects.").arg(s.ack)
             : tr("The server acknowledges with ack=%1: the next byte it expects.").arg(s.ack);
}

QString Narrator::dropSentence(const TraceEvent &e)
{
    const QString l = label(e.seg);
    switch (e.reason) {
    case DropReason::RandomLoss: return tr("The segment %1 is lost on the link.").arg(l);
    case DropReason::Rule: return tr("The segment %1 is dropped by fault rule %2 of the scenario.").arg(l).arg(e.ruleIndex + 1);
    case DropReason::LinkDown: return tr("The segment %1 is lost: the link is cut.").arg(l);
    case DropReason::PortUnreachable:
        return tr("The datagram reaches port %1, where no socket is bound, and is discarded.").arg(e.seg.dport);
    case DropReason::NodeDown: return tr("The segment %1 reaches a host that has crashed and is lost.").arg(l);
    case DropReason::None: break;
    }
    return tr("The segment %1 is lost.").arg(l);
}

QString Narrator::stateSentence(const TraceEvent &e)
{
    if (e.inferred) return inferredStateSentence(e);
    const QString n = Terms::nodeInSentence(e.node);
    const QString to = Terms::stateInSentence(e.to);
    if (!e.counterfactual.empty()) {
        if (e.counterfactual == "two-way-handshake")
            return tr("With a two-way handshake (a deliberately broken TCP), %1 enters %2 on a bare SYN: it cannot tell an old duplicate from a new request.").arg(n, to);
        return tr("Without TIME_WAIT (a deliberately broken TCP), %1 enters %2 at once: old segments of this connection may now reach a new one.").arg(n, to);
    }
    switch (e.to) {
    case TcpState::Closed:
        if (e.from == TcpState::TimeWait) return tr("2MSL has passed: %1 leaves TIME_WAIT and enters CLOSED; the connection is gone.").arg(n);
        if (e.from == TcpState::LastAck) return tr("The ACK of its FIN arrived: %1 enters CLOSED.").arg(n);
        return tr("%1 enters CLOSED (from %2): the connection no longer exists.").arg(n, Terms::stateInSentence(e.from));
    case TcpState::Listen: return tr("%1 enters LISTEN: it waits for a SYN.").arg(n);
    case TcpState::SynSent: return tr("%1 enters SYN_SENT: it waits for the peer's SYN,ACK.").arg(n);
    case TcpState::SynReceived: return tr("%1 enters SYN_RECEIVED: it has answered a SYN and waits for the ACK of its own.").arg(n);
    case TcpState::Established: return tr("%1 enters ESTABLISHED: both directions are open and data can flow.").arg(n);
    case TcpState::FinWait1: return tr("%1 enters FIN_WAIT_1: it has sent its FIN and waits for the ACK.").arg(n);
    case TcpState::FinWait2: return tr("%1 enters FIN_WAIT_2: its FIN is acknowledged; the peer may still send data (half-close).").arg(n);
    case TcpState::CloseWait: return tr("%1 enters CLOSE_WAIT: the peer has finished sending; %1 may still send until its application closes.").arg(n);
    case TcpState::Closing: return tr("%1 enters CLOSING: both sides sent FIN at the same time (simultaneous close).").arg(n);
    case TcpState::LastAck: return tr("%1 enters LAST_ACK: it has sent its own FIN and waits for the last ACK.").arg(n);
    case TcpState::TimeWait: return tr("%1 enters TIME_WAIT: as the side that closed first it waits 2MSL, so that a lost last ACK can be repeated.").arg(n);
    }
    return {};
}

QString Narrator::timerSentence(const TraceEvent &e, const EventFacts &f)
{
    if (e.inferred) return inferredTimerSentence(e);
    const QString n = Terms::nodeInSentence(e.node);
    const QString d = TimeFormat::duration(e.durationUs);
    switch (e.timer) {
    case TimerKind::Retransmission: return retransmissionTimerSentence(e, f);
    case TimerKind::TimeWait:
        if (e.action == TimerAction::Armed) {
            const QString real = Terms::realTimerValues(e.timer, e.durationUs, f);
            return real.isEmpty() ? tr("%1 starts the 2MSL timer: %2.").arg(n, d)
                                  : tr("%1 starts the 2MSL timer: %2 here (%3).").arg(n, d, real);
        }
        if (e.action == TimerAction::Fired) return tr("The 2MSL timer of %1 expires.").arg(n);
        return tr("%1 stops its 2MSL timer.").arg(n);
    case TimerKind::Keepalive: return keepaliveTimerSentence(e, f);
    case TimerKind::DelayedAck:
        if (e.action == TimerAction::Armed) return tr("%1 delays its ACK by up to %2, hoping to send it with data.").arg(n, d);
        if (e.action == TimerAction::Fired)
            return f.outcome == TimerOutcome::Nothing ? tr("The delayed-ACK timer of %1 expires, but nothing is left to acknowledge.").arg(n)
                                                      : tr("The delayed-ACK timer of %1 expires: the ACK goes out alone.").arg(n);
        return tr("%1 stops its delayed-ACK timer: the ACK rides on another segment.").arg(n);
    case TimerKind::FinWait2:
        if (e.action == TimerAction::Armed) {
            const QString real = Terms::realTimerValues(e.timer, e.durationUs, f);
            return real.isEmpty() ? tr("%1 starts its FIN_WAIT_2 timer: %2 for the peer's FIN.").arg(n, d)
                                  : tr("%1 starts its FIN_WAIT_2 timer: %2 here (%3) for the peer's FIN.").arg(n, d, real);
        }
        if (e.action == TimerAction::Fired) return tr("The FIN_WAIT_2 timer of %1 expires: it gives up waiting for the peer's FIN.").arg(n);
        return tr("%1 stops its FIN_WAIT_2 timer.").arg(n);
    }
    return {};
}

QString Narrator::inferredStateSentence(const TraceEvent &e)
{
    const QString n = Terms::nodeInSentence(e.node);
    if (e.basis == InferenceBasis::MidConnection)
        return tr("The capture starts in the middle of the connection: %1 is taken to be ESTABLISHED, since its handshake is not in the capture (inferred).").arg(n);
    if (e.basis == InferenceBasis::PassiveOpen)
        return tr("%1 answers the SYN with SYN,ACK, so a socket was listening: LISTEN becomes SYN_RECEIVED (inferred from the segments).").arg(n);
    if (e.basis == InferenceBasis::NoListener)
        return tr("%1 answers the SYN with RST: no socket listens on that port, so this side has no connection (inferred from the segments).").arg(n);
    if (e.basis == InferenceBasis::Refused)
        return tr("A RST answers the SYN of %1: the connection is refused and %1 enters CLOSED (inferred from the segments).").arg(n);
    if (e.basis == InferenceBasis::Reset)
        return tr("The RST resets the connection: %1 leaves %2 for %3 (inferred from the segments).").arg(n, QString::fromLatin1(toString(e.from).data()),
                                                                                                         QString::fromLatin1(toString(e.to).data()));
    if (e.basis == InferenceBasis::Abort)
        return tr("%1 sends RST: it aborts the connection and enters CLOSED (inferred from the segments).").arg(n);
    const QString to = Terms::stateInSentence(e.to);
    if (e.basis == InferenceBasis::Segment)
        return tr("%1 enters %2 (inferred: the kernel's state was not caught in time, but a captured segment proves it).").arg(n, to);
    if (e.basis == InferenceBasis::StateDiagram)
        return tr("%1 enters %2 (inferred: the kernel's state was not caught in time, but RFC 9293's state diagram has no other way between the states seen).").arg(n, to);
    TraceEvent plain = e;
    plain.inferred = false;
    return tr("%1 This state is inferred from the captured segments.").arg(sentence(plain));
}

QString Narrator::inferredTimerSentence(const TraceEvent &e)
{
    const QString n = Terms::nodeInSentence(e.node);
    const QString d = TimeFormat::duration(e.durationUs);
    if (e.timer == TimerKind::Retransmission && e.action == TimerAction::Fired)
        return tr("No acknowledgement came: the retransmission timer of %1 fired after %2, so it sends the segment again (the timer is inferred from the gap in the capture).").arg(n, d);
    if (e.timer == TimerKind::Keepalive && e.action == TimerAction::Fired)
        return tr("%1 heard nothing for %2: its keepalive timer fired and it sends a probe (the timer is inferred from the gap in the capture).").arg(n, d);
    if (e.timer == TimerKind::TimeWait && e.action == TimerAction::Armed)
        return tr("%1 starts its 2MSL timer in TIME_WAIT; the capture does not show how long it runs (60 s on Linux, 4 minutes by the RFC).").arg(n);
    TraceEvent plain = e;
    plain.inferred = false;
    return tr("%1 This timer is inferred from the captured segments.").arg(sentence(plain));
}

QString Narrator::analysisSentence(const TraceEvent &e)
{
    // Wireshark's analysis labels (docs/captures.md), the most telling first.
    const Segment &s = e.seg;
    const QString n = Terms::nodeInSentence(e.node);
    const auto has = [&e](const char *token) {
        const std::string t(token);
        for (std::size_t at = 0; at <= e.analysis.size();) {
            const std::size_t comma = std::min(e.analysis.find(',', at), e.analysis.size());
            const std::string word = e.analysis.substr(at, comma - at);
            if (word == t || word.rfind(t + "#", 0) == 0) return true;
            at = comma + 1;
        }
        return false;
    };
    if (has("fast-retransmission"))
        return tr("%1 sends %2 again at once: a fast retransmission, because duplicate ACKs said this segment was lost.").arg(n, label(s));
    if (has("spurious-retransmission"))
        return tr("%1 sends %2 again although the peer has already acknowledged it: a spurious retransmission.").arg(n, label(s));
    if (has("out-of-order"))
        return tr("%1's segment %2 comes after later data: it is out of order (held up on the way, or sent again soon).").arg(n, label(s));
    if (has("retransmission")) return {}; // the simulator's own sentence says it
    if (has("zero-window-probe"))
        return tr("%1 sends one byte into the zero window: a probe, to learn when the window opens again.").arg(n);
    if (has("keep-alive-ack")) return tr("%1 answers the keepalive probe with an ACK: it is still there.").arg(n);
    if (has("zero-window-probe-ack"))
        return tr("%1 answers the probe: its window is still 0.").arg(n);
    if (has("zero-window"))
        return tr("%1 advertises a window of 0: its receive buffer is full, so the peer must stop sending.").arg(n);
    if (has("duplicate-ack")) {
        const std::size_t hash = e.analysis.find("duplicate-ack#");
        const QString number = hash == std::string::npos ? QString() : QString::fromStdString(e.analysis.substr(hash + 14, e.analysis.find(',', hash) - hash - 14));
        return tr("%1 repeats ack=%2 (duplicate ACK #%3): a segment arrived, but byte %2 is still missing.").arg(n).arg(s.ack).arg(number);
    }
    if (has("window-update")) return tr("%1 announces a new window of %2 and nothing else: a window update.").arg(n).arg(s.window);
    if (has("window-full"))
        return tr("%1's data %2 fills the window the peer offered: it must wait for an ACK before it sends more.").arg(n, label(s));
    return {};
}

QString Narrator::retransmissionTimerSentence(const TraceEvent &e, const EventFacts &f)
{
    const QString n = Terms::nodeInSentence(e.node);
    const QString d = TimeFormat::duration(e.durationUs);
    if (e.action == TimerAction::Armed) return tr("%1 starts its retransmission timer: RTO %2.").arg(n, d);
    if (e.action == TimerAction::Cancelled) return tr("%1 stops its retransmission timer: everything it sent is acknowledged.").arg(n);
    switch (f.outcome) {
    case TimerOutcome::LossProbe:
        // Linux counts the probe timeout on the retransmission timer (RFC 8985 §7.2).
        if (f.rearmUs > 0)
            return tr("The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO, and restarts its retransmission timer (RTO %3) without doubling it.").arg(n, d, TimeFormat::duration(f.rearmUs));
        return tr("The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO.").arg(n, d);
    case TimerOutcome::GaveUp:
        return tr("The retransmission timer of %1 expires (RTO %2) after %n retransmission(s) without an answer: %1 gives up on the connection.", nullptr, f.retries).arg(n, d);
    case TimerOutcome::Sent:
        // The RTO doubles on each expiry (RFC 6298 §5.5) until it reaches its cap.
        if (f.rearmUs >= 2 * e.durationUs)
            return tr("The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again and doubles the RTO to %3.").arg(n, d, TimeFormat::duration(f.rearmUs));
        if (f.rearmUs > 0)
            return tr("The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again; the RTO stays at %3, its maximum.").arg(n, d, TimeFormat::duration(f.rearmUs));
        return tr("The retransmission timer of %1 expires (RTO %2): it sends again what is not yet acknowledged.").arg(n, d);
    case TimerOutcome::Nothing:
        return tr("The retransmission timer of %1 expires (RTO %2), but nothing is left to send again.").arg(n, d);
    default:
        return tr("The retransmission timer of %1 expires (RTO %2).").arg(n, d);
    }
}

QString Narrator::keepaliveTimerSentence(const TraceEvent &e, const EventFacts &f)
{
    // RFC 1122 §4.2.3.6: the idle time counts from the last segment received.
    const QString n = Terms::nodeInSentence(e.node);
    if (e.action == TimerAction::Armed) {
        const QString d = TimeFormat::duration(e.durationUs);
        const QString real = Terms::realTimerValues(e.timer, e.durationUs, f);
        switch (f.keepaliveArm) {
        case KeepaliveArm::Idle:
            return real.isEmpty() ? tr("%1 starts its keepalive timer: it probes once nothing has come from the peer for %2.").arg(n, d)
                                  : tr("%1 starts its keepalive timer: it probes once nothing has come from the peer for %2 here (%3).").arg(n, d, real);
        case KeepaliveArm::Interval:
            return real.isEmpty() ? tr("%1 waits %2 for an answer to its probe before it probes again.").arg(n, d)
                                  : tr("%1 waits %2 here (%3) for an answer to its probe before it probes again.").arg(n, d, real);
        case KeepaliveArm::Rest: return tr("%1 starts its keepalive timer again for the rest of the keepalive time: %2.").arg(n, d);
        case KeepaliveArm::None: break;
        }
        return tr("%1 starts its keepalive timer: %2.").arg(n, d);
    }
    if (e.action == TimerAction::Cancelled) return tr("%1 stops its keepalive timer.").arg(n);
    const QString idle = TimeFormat::duration(f.idleUs);
    const bool heard = f.idleUs >= 0;
    switch (f.outcome) {
    case TimerOutcome::NotIdleYet:
        if (heard && f.rearmUs > 0)
            return tr("The keepalive timer of %1 expires, but the last segment from the peer arrived only %2 ago: %1 waits %3 more before it probes.").arg(n, idle, TimeFormat::duration(f.rearmUs));
        break;
    case TimerOutcome::DataInFlight:
        return tr("The keepalive timer of %1 expires while its data is in flight: the retransmission timer already watches the peer, so no probe is sent and the keepalive timer starts again.").arg(n);
    case TimerOutcome::Sent:
        if (!heard) break;
        if (f.probes == 0)
            return tr("The keepalive timer of %1 expires: the last segment from the peer arrived %2 ago, so %1 probes whether the peer is still there.").arg(n, idle);
        return tr("The keepalive timer of %1 expires: %n probe(s) got no answer, and the last segment from the peer arrived %2 ago; %1 probes again.", nullptr, f.probes).arg(n, idle);
    case TimerOutcome::GaveUp:
        if (!heard) break;
        return tr("The keepalive timer of %1 expires: %n probe(s) got no answer, and nothing has come from the peer for %2: %1 gives up on the connection.", nullptr, f.probes).arg(n, idle);
    default:
        break;
    }
    return tr("The keepalive timer of %1 expires.").arg(n);
}

} // namespace wirestep
