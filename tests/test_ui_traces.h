#pragma once
// Hand-made traces for the UI tests: events recorded with the ids and causes a simulation gives.
#include "core/trace/trace.h"

#include <string>

namespace wirestep::test {

class TraceBuilder {
public:
    TraceBuilder &at(std::int64_t us)
    {
        m_t = us;
        return *this;
    }
    std::uint64_t app(NodeId n, AppCall call, std::int64_t bytes = -1)
    {
        TraceEvent e = make(EventKind::App, n);
        e.call = call;
        e.bytes = bytes;
        return add(e);
    }
    std::uint64_t state(NodeId n, TcpState from, TcpState to)
    {
        TraceEvent e = make(EventKind::State, n);
        e.from = from;
        e.to = to;
        return add(e);
    }
    std::uint64_t send(NodeId from, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, const std::string &data = {},
                       bool retransmission = false)
    {
        TraceEvent e = make(EventKind::Send, from);
        e.seg.id = ++m_segments;
        e.seg.from = from;
        e.seg.sport = from == NodeId::Client ? 5000 : 9000;
        e.seg.dport = from == NodeId::Client ? 9000 : 5000;
        e.seg.flags = flags;
        e.seg.seq = seq;
        e.seg.ack = ack;
        e.seg.payload = data;
        e.seg.retransmission = retransmission;
        return add(e);
    }
    std::uint64_t sendUdp(NodeId from, const std::string &data)
    {
        TraceEvent e = make(EventKind::Send, from);
        e.seg.id = ++m_segments;
        e.seg.proto = Protocol::Udp;
        e.seg.from = from;
        e.seg.sport = 5000;
        e.seg.dport = 9000;
        e.seg.payload = data;
        return add(e);
    }
    std::uint64_t deliver(std::uint64_t sendId)
    {
        const TraceEvent &s = m_trace[sendId - 1];
        TraceEvent e = make(EventKind::Deliver, peerOf(s.node));
        e.seg = s.seg;
        e.cause = sendId;
        return add(e);
    }
    std::uint64_t drop(std::uint64_t sendId)
    {
        const TraceEvent &s = m_trace[sendId - 1];
        TraceEvent e = make(EventKind::Drop, s.node);
        e.seg = s.seg;
        e.cause = sendId;
        e.reason = DropReason::RandomLoss;
        return add(e);
    }
    std::uint64_t timer(NodeId n, TimerKind k, TimerAction a, std::int64_t durationUs = 0)
    {
        TraceEvent e = make(EventKind::Timer, n);
        e.timer = k;
        e.action = a;
        e.durationUs = durationUs;
        e.deadlineUs = m_t + durationUs;
        return add(e);
    }
    Trace build() const { return m_trace; }

private:
    TraceEvent make(EventKind k, NodeId n) const
    {
        TraceEvent e;
        e.tUs = m_t;
        e.kind = k;
        e.node = n;
        return e;
    }
    std::uint64_t add(TraceEvent e)
    {
        e.id = m_trace.size() + 1;
        m_trace.append(e);
        return e.id;
    }
    Trace m_trace;
    std::int64_t m_t = 0;
    std::uint64_t m_segments = 0;
};

// The textbook handshake over a 10 ms link: SYN seq=100, SYN,ACK seq=300 ack=101, ACK.
inline Trace handshakeTrace()
{
    TraceBuilder b;
    b.at(0).app(NodeId::Server, AppCall::Listen);
    b.state(NodeId::Server, TcpState::Closed, TcpState::Listen);
    b.at(1'000).app(NodeId::Client, AppCall::Connect);
    b.state(NodeId::Client, TcpState::Closed, TcpState::SynSent);
    const auto syn = b.send(NodeId::Client, TcpFlag::SYN, 100, 0);
    b.timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Armed, 1'000'000);
    b.at(11'000).deliver(syn);
    b.state(NodeId::Server, TcpState::Listen, TcpState::SynReceived);
    const auto synAck = b.send(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101);
    b.at(21'000).deliver(synAck);
    b.timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Cancelled);
    b.state(NodeId::Client, TcpState::SynSent, TcpState::Established);
    const auto ack = b.send(NodeId::Client, TcpFlag::ACK, 101, 301);
    b.at(31'000).deliver(ack);
    b.state(NodeId::Server, TcpState::SynReceived, TcpState::Established);
    return b.build();
}

} // namespace wirestep::test
