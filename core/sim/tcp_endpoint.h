#pragma once
#include "segment_port.h"
#include "simulator.h"
#include "tcp_config.h"
#include "tcp_state.h"

#include <cstdint>
#include <optional>
#include <string>

namespace wirestep {

// One TCP connection block (TCB) of RFC 9293 and the application calls on it.
// The endpoint has no clock and no I/O of its own: time comes from the Simulator, segments go
// out through the SegmentPort, timers are deadlines scheduled on the Simulator. Every state
// change goes through setState(), which records it in the trace with its cause.
//
// (Interface sketch: the TCP issue fills in the body.)
class TcpEndpoint {
public:
    TcpEndpoint(Simulator &sim, NodeId self, SegmentPort &out, TcpConfig config);
    ~TcpEndpoint();
    TcpEndpoint(const TcpEndpoint &) = delete;
    TcpEndpoint &operator=(const TcpEndpoint &) = delete;

    // Application calls (RFC 9293 §3.10.1 - §3.10.6). Each records an `app` event first.
    void listen();                          // passive OPEN
    void connect(std::uint16_t remotePort); // active OPEN
    void send(std::string data);            // SEND
    std::string recv(std::size_t max = SIZE_MAX); // RECEIVE (when autoRecv is off)
    void shutdown();                        // half-close: FIN, keep receiving
    void close();                           // CLOSE
    void abort();                           // ABORT: RST

    // SEGMENT ARRIVES (RFC 9293 §3.10.7).
    void receive(const Segment &seg);
    // The node crashed: forget the connection silently (no segment, no timer left).
    void forget();

    TcpState state() const { return m_state; }
    const TcpConfig &config() const { return m_config; }
    std::uint16_t localPort() const { return m_config.port; }
    // Everything delivered to the application so far, in order.
    const std::string &delivered() const { return m_delivered; }

    // RFC 9293 §3.10.7.1: the answer of a port with no TCB to `incoming` (none to a RST).
    static std::optional<Segment> resetForClosedPort(const Segment &incoming, NodeId self);

private:
    void setState(TcpState next);

    Simulator &m_sim;
    NodeId m_self;
    SegmentPort &m_out;
    TcpConfig m_config;
    TcpState m_state = TcpState::Closed;
    std::string m_delivered;
};

} // namespace wirestep
