#pragma once
#include "trace_sink.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace wirestep {

// The ordered list of everything that happened in one run, kept in memory.
// Event ids are 1-based and equal to position + 1.
class Trace : public TraceSink {
public:
    void append(const TraceEvent &event) override { m_events.push_back(event); }

    const std::vector<TraceEvent> &events() const { return m_events; }
    std::size_t size() const { return m_events.size(); }
    bool empty() const { return m_events.empty(); }
    const TraceEvent &operator[](std::size_t i) const { return m_events[i]; }
    // The event with this id, or nullptr.
    const TraceEvent *byId(std::uint64_t id) const;

    // Convenience filters for tests and views.
    std::vector<TraceEvent> filter(const std::function<bool(const TraceEvent &)> &pred) const;
    std::vector<TraceEvent> ofKind(EventKind kind) const;
    // The states a node went through, starting with the state it left first.
    std::vector<TcpState> statesOf(NodeId node) const;

private:
    std::vector<TraceEvent> m_events;
};

} // namespace wirestep
