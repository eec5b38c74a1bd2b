#pragma once
#include "core/trace/event_facts.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace wirestep {

class Trace;

// The EventFacts of a whole trace (FactTracker over it, with each fired timer's consequences
// looked up ahead). Only the events whose facts a view uses are kept (retransmissions, probes,
// duplicate ACKs, resets, answers to probes, fired timers), so a long transfer costs little.
// Trace::facts() builds it once per trace.
class TraceFacts {
public:
    TraceFacts() = default;
    explicit TraceFacts(const Trace &trace);

    // The facts of the event at `index` (empty facts for an event that has none worth keeping).
    const EventFacts &operator[](std::size_t index) const;
    // How many events have facts kept.
    std::size_t kept() const { return m_facts.size(); }

    // Whether a view needs the facts of this event: the rest are dropped.
    static bool worthKeeping(const TraceEvent &e, const EventFacts &f);

private:
    std::vector<std::pair<std::size_t, EventFacts>> m_facts; // by index, in order
    EventFacts m_none;
};

} // namespace wirestep
