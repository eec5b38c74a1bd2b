#pragma once
#include "core/sim/segment_port.h"
#include "core/sim/simulator.h"

#include <cstdint>
#include <deque>
#include <string>

namespace wirestep {

// A bound UDP socket (RFC 768): each sendto is one datagram, delivered whole or not at all;
// nothing is acknowledged, retransmitted or reordered back.
class UdpEndpoint {
public:
    struct Datagram {
        std::uint16_t fromPort = 0;
        std::string data;
    };

    UdpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, std::uint16_t port, bool autoRecv = true);

    std::uint16_t port() const { return m_port; }
    // sendto(): one datagram to the peer node's `dport`.
    void sendTo(std::uint16_t dport, std::string data);
    // recvfrom(): the oldest datagram not yet read, if any (records the call).
    std::optional<Datagram> recvFrom();
    std::size_t queued() const { return m_queue.size(); }

    // A datagram arrived for this port.
    void receive(const Segment &seg);
    // Everything the application has read, in order, one entry per datagram.
    const std::vector<std::string> &received() const { return m_received; }

private:
    void recordRecv(const Datagram &d);

    Simulator &m_sim;
    NodeId m_self;
    SegmentPort &m_out;
    std::uint16_t m_port;
    bool m_autoRecv;
    std::deque<Datagram> m_queue;
    std::vector<std::string> m_received;
};

} // namespace wirestep
