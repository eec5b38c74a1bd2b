#pragma once
#include "core/sim/link_config.h"
#include "core/trace/event_facts.h"
#include "core/trace/trace_event.h"
#include "ui/diagram/ladder_layout.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace wirestep {

// The translated words the diagram and the panels show for events, timers and fault rules.
// The names of single model values (nodes, states, calls, errors) come from Terms.
class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    static QString kindName(EventKind k);              // "send", "deliver", ...
    static QString inferredStateLabel(TcpState s);     // "ESTABLISHED (inferred)", for a capture's states
    static QString unknownState();                     // "unknown": a capture's state before its first segment
    static QString inferredMark();                     // "(inferred)", on a line of its own
    // "connect()", "send 6 bytes", "connect() fails: still in TIME_WAIT".
    static QString appCall(const TraceEvent &e, const EventFacts &facts = {});
    static QString linkChange(const TraceEvent &e);    // "link cut", "link healed"
    // "RTO 2 s", "2MSL 60 s", and a shortened one with the real value: "2MSL 4 s (Linux 60 s)".
    static QString timer(TimerKind k, std::int64_t durationUs, const EventFacts &facts = {});
    static QString fold(const LadderLayout::Fold &f);  // "2 h idle", "TIME_WAIT 60 s"
    static QString flagsTag(const Segment &s);         // "SYN,ACK", "UDP"
    static QString segmentLabel(const Segment &s);     // the textbook label
    static QString analysisLabels(const TraceEvent &send); // a capture's labels: "Dup ACK #2, Window update"
    static QString analysisNote(const QString &labels, const QString &timer); // "[Retransmission] RTO 1 s"
    // What the diagram writes under an arrow: "timeout (RTO 2 s)", "fast retransmit", "dup ACK #2",
    // "keepalive probe", "window probe", a datagram's short text; empty for an ordinary segment.
    static QString segmentNote(const Segment &s, const EventFacts &facts);
    // Every field, what the segment is (facts of its send) and its data as text.
    // `shown` is the segment as the diagram labels it (relative sequence numbers), when it does.
    static QString segmentTooltip(const TraceEvent &send, const std::optional<TraceEvent> &end,
                                  const EventFacts &facts = {}, const std::optional<Segment> &shown = std::nullopt);
    // The data as the tooltip shows it: `"hello!" (6 bytes)`; printable text only, cut when long.
    static QString payloadText(const std::string &payload);
    // The bytes are printable UTF-8 text (newlines and tabs allowed).
    static bool isText(const std::string &payload);
    static QString faultAction(FaultAction a);         // "Drop", "Delay", "Duplicate"
    static QString faultRule(const FaultRule &r);      // one line for the link panel's list
};

} // namespace wirestep
