#pragma once
#include "core/sim/link.h"
#include "core/sim/segment_port.h"
#include "core/sim/tcp_endpoint.h"
#include "core/sim/udp_endpoint.h"

#include <map>
#include <memory>

namespace wirestep {

// One host: its TCP connection block, its bound UDP ports, and whether it is up.
// It hands outgoing segments to the link and demultiplexes arriving ones.
class Node : public SegmentPort {
public:
    Node(Simulator &sim, NodeId id, Link &link, TcpConfig tcpConfig);

    NodeId id() const { return m_id; }
    TcpEndpoint &tcp() { return *m_tcp; }
    const TcpEndpoint &tcp() const { return *m_tcp; }

    // bind(): opens a UDP socket on `port` (records the call). Binding a bound port returns it.
    UdpEndpoint &bindUdp(std::uint16_t port, bool autoRecv = true);
    UdpEndpoint *udp(std::uint16_t port);

    // SegmentPort: stamps the sender and puts the segment on the link.
    void transmit(Segment seg) override;
    // The link delivers `seg` (sent as event `sendId`) to this node.
    void receive(const Segment &seg, std::uint64_t sendId);

    // The host crashes: every connection and socket is forgotten without a word; arriving
    // segments are lost until it reboots. After a reboot it has no connections at all.
    void crash();
    void reboot();
    bool isDown() const { return m_down; }

private:
    void recordApp(AppCall call);

    Simulator &m_sim;
    NodeId m_id;
    Link &m_link;
    TcpConfig m_tcpConfig;
    std::unique_ptr<TcpEndpoint> m_tcp;
    std::map<std::uint16_t, std::unique_ptr<UdpEndpoint>> m_udp;
    bool m_down = false;
};

} // namespace wirestep
