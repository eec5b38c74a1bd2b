#include "ui/diagram/state_timeline.h"

#include <algorithm>

namespace wirestep {

StateTimeline::StateTimeline(const Trace &trace) : m_size(trace.size())
{
    bool anyUdp = false;
    bool anyTcp = false;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const TraceEvent &e = trace[i];
        if (e.kind == EventKind::State) {
            m_transitions.push_back({i, e.node, e.from, e.to});
            anyTcp = true;
        } else if (e.kind == EventKind::Send) {
            (e.seg.proto == Protocol::Udp ? anyUdp : anyTcp) = true;
        }
    }
    m_udpOnly = anyUdp && !anyTcp;
}

std::optional<StateTimeline::Transition> StateTimeline::lastTransition(NodeId node, std::size_t shown) const
{
    // Transitions are sorted by index: find the last one with index < shown for this node.
    auto end = std::lower_bound(m_transitions.begin(), m_transitions.end(), shown,
                                [](const Transition &t, std::size_t s) { return t.index < s; });
    while (end != m_transitions.begin()) {
        --end;
        if (end->node == node) return *end;
    }
    return std::nullopt;
}

TcpState StateTimeline::stateAt(NodeId node, std::size_t shown) const
{
    const auto t = lastTransition(node, std::min(shown, m_size));
    return t ? t->to : TcpState::Closed;
}

std::optional<std::size_t> StateTimeline::firstEntry(TcpState state) const
{
    for (const Transition &t : m_transitions)
        if (t.to == state) return t.index + 1;
    return std::nullopt;
}

} // namespace wirestep
