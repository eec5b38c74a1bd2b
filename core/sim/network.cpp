#include "core/sim/network.h"

namespace wirestep {

Network::Network(Simulator &sim, LinkConfig link, TcpConfig client, TcpConfig server)
    : m_sim(sim), m_link(sim, std::move(link)), m_client(sim, NodeId::Client, m_link, std::move(client)),
      m_server(sim, NodeId::Server, m_link, std::move(server))
{
    m_link.setReceiver([this](const Segment &seg, std::uint64_t sendId) {
        node(peerOf(seg.from)).receive(seg, sendId);
    });
    m_link.scheduleInjections();
}

} // namespace wirestep
