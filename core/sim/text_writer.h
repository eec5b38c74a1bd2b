#pragma once
#include "trace_sink.h"

#include <ostream>
#include <string>

namespace wirestep {

// Streams a trace as one readable line per event:
//   "   10.000 ms  client  send     SYN seq=100"
// (The CLI's ladder view and translated sentences are built on top of this elsewhere.)
class TextWriter : public TraceSink {
public:
    explicit TextWriter(std::ostream &out) : m_out(out) {}
    void append(const TraceEvent &event) override;

    static std::string describe(const TraceEvent &event); // the part after node and kind
    static std::string formatTime(std::int64_t tUs);      // "   10.000 ms", "  7200.000 s"

private:
    std::ostream &m_out;
};

} // namespace wirestep
