#include "core/sim/udp_endpoint.h"

namespace wirestep {

UdpEndpoint::UdpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, std::uint16_t port, bool autoRecv)
    : m_sim(sim), m_self(self), m_out(out), m_port(port), m_autoRecv(autoRecv)
{
}

void UdpEndpoint::sendTo(std::uint16_t dport, std::string data)
{
    const std::uint64_t callId =
        m_sim.record(appEvent(m_self, AppCall::Sendto, AppError::None, static_cast<std::int64_t>(data.size()), data));

    Simulator::CauseScope scope(m_sim, callId);
    Segment seg;
    seg.proto = Protocol::Udp;
    seg.from = m_self;
    seg.sport = m_port;
    seg.dport = dport;
    seg.payload = std::move(data);
    m_out.transmit(std::move(seg));
}

void UdpEndpoint::receive(const Segment &seg)
{
    m_queue.push_back(Datagram{seg.sport, seg.payload});
    if (m_autoRecv) recvFrom();
}

std::optional<UdpEndpoint::Datagram> UdpEndpoint::recvFrom()
{
    if (m_queue.empty()) return std::nullopt;
    Datagram d = std::move(m_queue.front());
    m_queue.pop_front();
    recordRecv(d);
    m_received.push_back(d.data);
    return d;
}

void UdpEndpoint::recordRecv(const Datagram &d)
{
    m_sim.record(appEvent(m_self, AppCall::Recvfrom, AppError::None, static_cast<std::int64_t>(d.data.size()), d.data));
}

} // namespace wirestep
