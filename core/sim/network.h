#pragma once
#include "core/sim/link.h"
#include "core/sim/node.h"

namespace wirestep {

// The whole world of one simulation: two nodes and the link between them.
class Network {
public:
    Network(Simulator &sim, LinkConfig link, TcpConfig client, TcpConfig server);

    Simulator &sim() { return m_sim; }
    Link &link() { return m_link; }
    Node &node(NodeId id) { return id == NodeId::Client ? m_client : m_server; }
    Node &client() { return m_client; }
    Node &server() { return m_server; }

private:
    Simulator &m_sim;
    Link m_link;
    Node m_client;
    Node m_server;
};

} // namespace wirestep
