#include "core/trace/trace_event_range.h"
#include "core/trace/trace.h"

namespace wirestep {

TraceEvent TraceEventRange::Iterator::operator*() const { return (*m_trace)[m_index]; }

std::size_t TraceEventRange::size() const { return m_trace->size(); }

TraceEvent TraceEventRange::operator[](std::size_t i) const { return (*m_trace)[i]; }

} // namespace wirestep
