#include "core/trace/trace_facts.h"
#include "core/trace/fact_tracker.h"
#include "core/trace/trace.h"

#include <algorithm>

namespace wirestep {

TraceFacts::TraceFacts(const Trace &trace)
{
    FactTracker tracker;
    for (std::size_t i = 0; i < trace.size(); ++i) {
        const TraceEvent e = trace[i];
        EventFacts f = tracker.observe(e);
        if (e.kind == EventKind::Timer && e.action == TimerAction::Fired) {
            // What the expiry caused is recorded right after it.
            for (std::size_t j = i + 1; j < trace.size() && trace.causeAt(j) == e.id; ++j)
                FactTracker::noteConsequence(f, e, trace[j]);
            FactTracker::finish(f, e);
        }
        if (worthKeeping(e, f)) m_facts.emplace_back(i, f);
    }
}

bool TraceFacts::worthKeeping(const TraceEvent &e, const EventFacts &f)
{
    switch (e.kind) {
    case EventKind::Timer: return e.action == TimerAction::Fired || f.keepaliveArm != KeepaliveArm::None;
    case EventKind::App: return e.error != AppError::None;
    case EventKind::Send:
        return f.dupAck > 0 || e.seg.sendCause != SendCause::None || e.seg.has(TcpFlag::RST)
            || (f.causedByDelivery() && f.causeSendCause != SendCause::None);
    default: return false;
    }
}

const EventFacts &TraceFacts::operator[](std::size_t index) const
{
    const auto it = std::lower_bound(m_facts.begin(), m_facts.end(), index,
                                     [](const std::pair<std::size_t, EventFacts> &p, std::size_t i) { return p.first < i; });
    return it != m_facts.end() && it->first == index ? it->second : m_none;
}

} // namespace wirestep
