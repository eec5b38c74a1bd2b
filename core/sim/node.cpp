#include "core/sim/node.h"

namespace wirestep {

Node::Node(Simulator &sim, NodeId id, Link &link, TcpConfig tcpConfig)
    : m_sim(sim), m_id(id), m_link(link), m_tcpConfig(std::move(tcpConfig)),
      m_tcp(std::make_unique<TcpEndpoint>(sim, id, *this, m_tcpConfig))
{
}

void Node::recordApp(AppCall call) { m_sim.record(appEvent(m_id, call)); }

UdpEndpoint &Node::bindUdp(std::uint16_t port, bool autoRecv)
{
    auto it = m_udp.find(port);
    if (it != m_udp.end()) return *it->second;
    m_sim.record(appEvent(m_id, AppCall::Bind, AppError::None, -1, std::to_string(port)));
    auto ep = std::make_unique<UdpEndpoint>(m_sim, m_id, *this, port, autoRecv);
    return *m_udp.emplace(port, std::move(ep)).first->second;
}

UdpEndpoint *Node::udp(std::uint16_t port)
{
    auto it = m_udp.find(port);
    return it == m_udp.end() ? nullptr : it->second.get();
}

void Node::transmit(Segment seg)
{
    seg.from = m_id;
    m_link.transmit(std::move(seg));
}

void Node::receive(const Segment &seg, std::uint64_t sendId)
{
    TraceEvent ev;
    ev.node = m_id;
    ev.seg = seg;
    ev.cause = sendId;
    if (m_down) {
        ev.kind = EventKind::Drop;
        ev.reason = DropReason::NodeDown;
        m_sim.record(std::move(ev));
        return;
    }
    if (seg.proto == Protocol::Udp) {
        UdpEndpoint *ep = udp(seg.dport);
        if (!ep) {
            // RFC 768 has no answer; a real host would send ICMP port unreachable, which the
            // application never sees for an unconnected socket. The datagram is simply gone.
            ev.kind = EventKind::Drop;
            ev.reason = DropReason::PortUnreachable;
            m_sim.record(std::move(ev));
            return;
        }
        ev.kind = EventKind::Deliver;
        const std::uint64_t id = m_sim.record(std::move(ev));
        Simulator::CauseScope scope(m_sim, id);
        ep->receive(seg);
        return;
    }
    ev.kind = EventKind::Deliver;
    const std::uint64_t id = m_sim.record(std::move(ev));
    Simulator::CauseScope scope(m_sim, id);
    if (m_tcp->state() != TcpState::Closed && m_tcp->localPort() == seg.dport) {
        m_tcp->receive(seg);
        return;
    }
    // No TCB for this port: RFC 9293 §3.10.7.1.
    if (auto rst = TcpEndpoint::resetForClosedPort(seg, m_id)) transmit(std::move(*rst));
}

void Node::crash()
{
    if (m_down) return;
    recordApp(AppCall::Crash);
    m_tcp->forget();
    m_udp.clear();
    m_down = true;
}

void Node::reboot()
{
    if (!m_down) return;
    recordApp(AppCall::Reboot);
    m_down = false;
}

} // namespace wirestep
