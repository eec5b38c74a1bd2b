#include "trace.h"

namespace wirestep {

const TraceEvent *Trace::byId(std::uint64_t id) const
{
    if (id == 0 || id > m_events.size()) return nullptr;
    const TraceEvent &e = m_events[id - 1];
    return e.id == id ? &e : nullptr;
}

std::vector<TraceEvent> Trace::filter(const std::function<bool(const TraceEvent &)> &pred) const
{
    std::vector<TraceEvent> out;
    for (const auto &e : m_events)
        if (pred(e)) out.push_back(e);
    return out;
}

std::vector<TraceEvent> Trace::ofKind(EventKind kind) const
{
    return filter([kind](const TraceEvent &e) { return e.kind == kind; });
}

std::vector<TcpState> Trace::statesOf(NodeId node) const
{
    std::vector<TcpState> out;
    for (const auto &e : m_events) {
        if (e.kind != EventKind::State || e.node != node) continue;
        if (out.empty()) out.push_back(e.from);
        out.push_back(e.to);
    }
    return out;
}

} // namespace wirestep
