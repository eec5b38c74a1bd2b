#pragma once
#include "core/trace/trace.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wirestep {

// The events a student reads as one story with a segment, found by following `cause` links:
// what made it leave (back through app calls, timers and state changes to the segment whose
// arrival did, or the call that started it), the state changes that same cause made, and what
// its arrival made happen (through state changes, timers and app calls up to the segments sent
// in answer). One hop of segments each way, so that a long transfer is not lit whole.
class CausalChain {
public:
    CausalChain() = default;
    // Indexes the trace's causes once; the trace must outlive nothing here (indexes are copied).
    explicit CausalChain(const Trace &trace);

    // Per trace index: whether the event is in the chain through the segment sent at `sendIndex`.
    std::vector<bool> through(std::size_t sendIndex) const;

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

    std::vector<std::uint32_t> m_cause;      // trace index of each event's cause, or kNone
    std::vector<EventKind> m_kind;
    std::vector<std::uint32_t> m_firstEffect; // effects of event i: m_effects[m_firstEffect[i] .. m_firstEffect[i + 1])
    std::vector<std::uint32_t> m_effects;
};

} // namespace wirestep
