#include "core/capture/tcp_state_inference.h"

#include "core/sim/tcp_seq.h"

namespace wirestep {

void TcpStateInference::change(std::vector<Change> &into, End &e, NodeId node, TcpState to, std::string reason,
                               std::optional<TcpState> from)
{
    const TcpState was = from ? *from : e.state.value_or(TcpState::Closed);
    e.state = to;
    into.push_back({node, was, to, std::move(reason)});
}

TcpStateInference::Step TcpStateInference::observe(NodeId from, const Segment &s, std::uint64_t packet)
{
    Step step;
    const NodeId to = peerOf(from);
    End &x = end(from);
    End &y = end(to);
    const bool syn = s.has(TcpFlag::SYN), ack = s.has(TcpFlag::ACK), fin = s.has(TcpFlag::FIN), rst = s.has(TcpFlag::RST);

    // A capture that does not open with a SYN joins a connection already open.
    if (!m_started && !syn) {
        m_midConnection = true;
        change(step.before, m_ends[0], NodeId::Client, TcpState::Established, "mid-connection");
        change(step.before, m_ends[1], NodeId::Server, TcpState::Established, "mid-connection");
    }
    m_started = true;
    x.heard = true;

    // What sending it tells of the sender (RFC 9293 §3.10: OPEN, SEND, CLOSE, ABORT and the
    // answers the sender gives).
    bool newFin = false;
    if (rst) {
        if (x.state && (*x.state == TcpState::SynReceived || isSynchronized(*x.state)))
            change(step.atSend, x, from, TcpState::Closed, "abort"); // the sender forgets the connection
        else if (!x.state && ack && y.state == TcpState::SynSent && y.iss && s.ack == *y.iss + 1)
            change(step.atSend, x, from, TcpState::Closed, "no-listener", TcpState::Closed); // §3.10.7.1: a RST for a SYN
    } else if (syn && !ack) {
        x.iss = s.seq;
        if (!x.state || *x.state == TcpState::Closed || *x.state == TcpState::Listen)
            change(step.atSend, x, from, TcpState::SynSent); // active OPEN
    } else if (syn && ack) {
        x.iss = s.seq;
        if (!x.state || *x.state == TcpState::Closed || *x.state == TcpState::Listen) {
            change(step.atSend, x, from, TcpState::SynReceived, "passive-open", TcpState::Listen); // §3.10.7.2
            x.passive = true;
        } else if (*x.state == TcpState::SynSent) {
            change(step.atSend, x, from, TcpState::SynReceived); // simultaneous open, §3.10.7.3
        }
    }
    if (fin && !rst && !x.finSeq) {
        x.finSeq = s.seq + static_cast<std::uint32_t>(s.payload.size()) + (syn ? 1u : 0u);
        newFin = true;
        if (x.state == TcpState::Established || x.state == TcpState::SynReceived)
            change(step.atSend, x, from, TcpState::FinWait1); // CLOSE, §3.10.4
        else if (x.state == TcpState::CloseWait)
            change(step.atSend, x, from, TcpState::LastAck);
    }
    const std::uint32_t next = s.seq + s.seqLen();
    if (!x.nextSeq || seqGt(next, *x.nextSeq)) x.nextSeq = next;
    const std::optional<std::uint32_t> expected = y.lastAck; // what the receiver said it expects next
    if (ack) x.lastAck = s.ack;

    if (!y.state) {
        // A SYN,ACK reaching a side whose SYN the capture missed: it had sent one.
        if (syn && ack && !rst) change(step.atArrival, y, to, TcpState::Established, {}, TcpState::SynSent);
        return step;
    }

    // What its arrival does to the receiver (RFC 9293 §3.10.7), in the RFC's order: RST, SYN,
    // ACK, FIN.
    if (rst) {
        switch (*y.state) {
        case TcpState::SynSent:
            if (ack && y.iss && s.ack == *y.iss + 1) change(step.atArrival, y, to, TcpState::Closed, "refused");
            break;
        case TcpState::SynReceived:
            change(step.atArrival, y, to, y.passive ? TcpState::Listen : TcpState::Closed, "reset");
            break;
        case TcpState::Closed:
        case TcpState::Listen: break;
        default:
            // RFC 5961 §3.2: only a RST at the next byte expected resets; another one in the
            // window draws a challenge ACK.
            if (!expected || s.seq == *expected) change(step.atArrival, y, to, TcpState::Closed, "reset");
            else m_resetsIgnored.push_back({InferenceNote::Kind::ResetIgnored, to, packet});
            break;
        }
        return step;
    }
    if (syn && !ack && *y.state == TcpState::SynSent) change(step.atArrival, y, to, TcpState::SynReceived); // simultaneous open
    if (ack) {
        const auto acks = [&](const std::optional<std::uint32_t> &seq) { return seq && seqGt(s.ack, *seq); };
        switch (*y.state) {
        case TcpState::SynSent:
            if (syn && y.iss && s.ack == *y.iss + 1) change(step.atArrival, y, to, TcpState::Established);
            break;
        case TcpState::SynReceived:
            if (acks(y.iss)) change(step.atArrival, y, to, TcpState::Established);
            break;
        case TcpState::FinWait1:
            if (acks(y.finSeq)) change(step.atArrival, y, to, TcpState::FinWait2);
            break;
        case TcpState::Closing:
            if (acks(y.finSeq)) change(step.atArrival, y, to, TcpState::TimeWait);
            break;
        case TcpState::LastAck:
            if (acks(y.finSeq)) change(step.atArrival, y, to, TcpState::Closed);
            break;
        default: break;
        }
    }
    if (fin) {
        if (newFin) {
            switch (*y.state) {
            case TcpState::SynReceived:
            case TcpState::Established: change(step.atArrival, y, to, TcpState::CloseWait); break;
            case TcpState::FinWait1: change(step.atArrival, y, to, TcpState::Closing); break; // simultaneous close
            case TcpState::FinWait2: change(step.atArrival, y, to, TcpState::TimeWait); break;
            default: break;
            }
        } else if (*y.state == TcpState::TimeWait) {
            step.timeWaitRestarted = true;
        }
    }
    return step;
}

std::vector<InferenceNote> TcpStateInference::notes() const
{
    std::vector<InferenceNote> out;
    if (m_midConnection) out.push_back({InferenceNote::Kind::MidConnection, NodeId::Client, 0});
    for (NodeId n : {NodeId::Client, NodeId::Server})
        if (m_started && !end(n).heard) out.push_back({InferenceNote::Kind::Silent, n, 0});
    out.insert(out.end(), m_resetsIgnored.begin(), m_resetsIgnored.end());
    return out;
}

} // namespace wirestep
