#pragma once
#include "core/trace/trace.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace wirestep {

// Each node's TCP state at every player position of one trace, with no drawing in it.
// A position is how many events are shown (0..size): at position 0 both nodes are CLOSED.
class StateTimeline {
public:
    struct Transition {
        std::size_t index = 0; // trace index of the state event
        NodeId node = NodeId::Client;
        TcpState from = TcpState::Closed;
        TcpState to = TcpState::Closed;
    };

    StateTimeline() = default;
    explicit StateTimeline(const Trace &trace);

    std::size_t size() const { return m_size; }
    // The state of `node` once `shown` events are shown (clamped to 0..size).
    TcpState stateAt(NodeId node, std::size_t shown) const;
    // The last transition `node` made among the first `shown` events.
    std::optional<Transition> lastTransition(NodeId node, std::size_t shown) const;
    // The smallest position at which some node has just entered `state` (the entering event is
    // the last one shown), or nullopt if no node ever enters it.
    std::optional<std::size_t> firstEntry(TcpState state) const;
    const std::vector<Transition> &transitions() const { return m_transitions; }
    // True if the trace has segments but no TCP at all: UDP keeps no connection state.
    bool udpOnly() const { return m_udpOnly; }

private:
    std::vector<Transition> m_transitions; // in trace order
    std::size_t m_size = 0;
    bool m_udpOnly = false;
};

} // namespace wirestep
