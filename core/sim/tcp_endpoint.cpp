// Placeholder body so that the foundation builds; the TCP issue replaces it.
#include "tcp_endpoint.h"

namespace wirestep {

TcpEndpoint::TcpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, TcpConfig config)
    : m_sim(sim), m_self(self), m_out(out), m_config(std::move(config))
{
}
TcpEndpoint::~TcpEndpoint() = default;
void TcpEndpoint::listen() {}
void TcpEndpoint::connect(std::uint16_t) {}
void TcpEndpoint::send(std::string) {}
std::string TcpEndpoint::recv(std::size_t) { return {}; }
void TcpEndpoint::shutdown() {}
void TcpEndpoint::close() {}
void TcpEndpoint::abort() {}
void TcpEndpoint::receive(const Segment &) {}
void TcpEndpoint::forget() { m_state = TcpState::Closed; }
std::optional<Segment> TcpEndpoint::resetForClosedPort(const Segment &, NodeId) { return std::nullopt; }
void TcpEndpoint::setState(TcpState next) { m_state = next; }

} // namespace wirestep
