#pragma once
#include "core/trace/trace_event.h"

namespace wirestep {

// Where recorded events go: the GUI keeps them (Trace), the CLI streams them (JsonlWriter),
// so that a long run need not hold its whole history in memory.
class TraceSink {
public:
    virtual ~TraceSink() = default;
    virtual void append(const TraceEvent &event) = 0;
};

} // namespace wirestep
