#pragma once
#include "core/sim/tcp_config.h"
#include "core/trace/event_facts.h"
#include "core/trace/trace_event.h"

#include <QCoreApplication>
#include <QString>

namespace wirestep {

// The translated name of every model value, in one place: nodes, states, application calls,
// errors, drop reasons and timers. The narration, the event list, the diagram, the text ladder,
// the state diagram and predict mode all name things through it, so they never disagree.
// The JSON Lines tokens are the model's own (toString in core/trace); these are for people.
class Terms {
    Q_DECLARE_TR_FUNCTIONS(wirestep::Terms)

public:
    static QString node(NodeId n);                 // "client", "server"
    static QString nodeInSentence(NodeId n);       // "the client", "the server"

    static QString state(TcpState s);              // the RFC name; never translated
    // The state's name in the UI's language beside the RFC name ("已建立连接" for ESTABLISHED in
    // Chinese); empty when the language has none (English: the RFC name says it all).
    static QString stateGloss(TcpState s);
    static QString stateLabel(TcpState s);         // "ESTABLISHED 已建立连接", or the RFC name
    static QString stateLabelStacked(TcpState s);  // the same, the gloss on a second line
    static QString stateInSentence(TcpState s);    // "ESTABLISHED（已建立连接）", or the RFC name

    // A call as the programmer writes it: "listen()", "recvfrom()"; what a call returns or the
    // kernel reports in the words of the API: "EOF", "error", "connected (signal)".
    static QString call(AppCall c);
    // The error as the student's program is told it, with its errno name:
    // "connection refused (ECONNREFUSED)".
    static QString error(AppError e);
    // What a Python program gets for it: "ConnectionRefusedError",
    // "OSError: [Errno 98] Address already in use"; empty for errors a program never sees.
    static QString pythonError(AppError e);
    // A call and what came of it, for the diagram, the event list and the text ladder:
    // "connect() fails: still in TIME_WAIT", "error: connection reset (ECONNRESET)".
    static QString callFailure(const TraceEvent &e, const EventFacts &f, const QString &call);
    static QString dropReason(DropReason r);       // "random loss", "fault rule", ...
    static QString timer(TimerKind k);             // "retransmission timer", "2MSL timer", ...
    // When a timer is armed for less than any real system uses (the classroom profile's shortened
    // values), the real ones: "Linux: 60 s; RFC 9293: 2 × 2 min"; empty otherwise. `f` says what
    // a keepalive timer is armed for.
    static QString realTimerValues(TimerKind k, std::int64_t durationUs, const EventFacts &f);
    // The same, short, for the diagram: "Linux 60 s".
    static QString realTimerShort(TimerKind k, std::int64_t durationUs, const EventFacts &f);
    // A timer profile by name: "classroom (shortened)", "Linux", "RFC".
    static QString profile(TimerProfile p);
    // The timer values a node runs with, one line each, and the real ones where they are
    // shortened: "2MSL = 4 s here (Linux: 60 s; RFC 9293: 2 × 2 min)", "keepalive ...".
    static QString timerSummary(const TcpTimers &t);

    // What a segment is, when it is more than its flags say: why it was sent again, which timer
    // probes with it, which duplicate ACK it is. Empty for an ordinary segment.
    // The short tag, for the diagram and the text ladder: "fast retransmit", "dup ACK #2".
    static QString segmentTag(const Segment &s, const EventFacts &f);
    // The whole of it, for tooltips and the inspector: "fast retransmission after 3 duplicate ACKs".
    static QString segmentRole(const Segment &s, const EventFacts &f);
};

} // namespace wirestep
