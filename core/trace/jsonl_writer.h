#pragma once
#include "core/trace/trace_sink.h"

#include <ostream>
#include <string>

namespace wirestep {

// Streams a trace as JSON Lines: one object per event, written as it is recorded, so a long
// run needs no memory for its history. Field names are documented in docs/trace-format.md.
class JsonlWriter : public TraceSink {
public:
    explicit JsonlWriter(std::ostream &out) : m_out(out) {}
    void append(const TraceEvent &event) override;

    // One event as one JSON object (no newline).
    static std::string toJson(const TraceEvent &event);
    // The same, appended to `out`.
    static void appendJson(std::string &out, const TraceEvent &event);
    // `s` as a JSON string literal, quotes included (see jsonQuote).
    static std::string quote(const std::string &s);

    // Application data longer than this is not copied into the line (its byte count still is).
    static constexpr std::size_t kMaxDataBytes = 1024;

private:
    std::ostream &m_out;
    std::string m_line; // reused for every line: no allocation once it has grown
};

} // namespace wirestep
