#include "tests/bulk_transfer.h"

#include <algorithm>

namespace wirestep {

LinkConfig BulkTransfer::lossyLink()
{
    LinkConfig link;
    link.seed = 42;
    for (auto &d : link.dir) {
        d.delayUs = 5'000;
        d.loss = 0.01;
    }
    return link;
}

TcpConfig BulkTransfer::node(std::uint16_t port, std::uint32_t isn)
{
    TcpConfig c;
    c.port = port;
    c.isn = isn;
    return c;
}

BulkTransfer::BulkTransfer(std::uint64_t bytes, TraceSink &sink)
    : m_bytes(bytes), m_sim(lossyLink().seed),
      m_network(m_sim, lossyLink(), node(40000, 100), node(80, 300)), m_chunk(kWriteBytes, 'x')
{
    m_sim.setSink(&sink);
    m_network.server().tcp().listen();
    m_network.client().tcp().connect(80);
}

bool BulkTransfer::step()
{
    if (!m_sim.step()) return false;
    TcpEndpoint &c = m_network.client().tcp();
    if (c.state() != TcpState::Established) return true;
    if (m_written < m_bytes && c.unackedBytes() < kMaxWaitingBytes) {
        const std::uint64_t n = std::min<std::uint64_t>(m_chunk.size(), m_bytes - m_written);
        c.send(n == m_chunk.size() ? m_chunk : m_chunk.substr(0, n));
        m_written += n;
    } else if (!m_closed && m_written == m_bytes && c.unackedBytes() == 0) {
        c.close();
        m_closed = true;
    }
    return true;
}

} // namespace wirestep
