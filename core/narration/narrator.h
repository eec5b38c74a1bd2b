#pragma once
#include "core/sim/trace_event.h"

#include <QString>

namespace wirestep {

// One sentence for every trace event, in the application's current language
// (QCoreApplication::translate, context "Narrator"): what happened and why, in the words
// students need (TEACHING_NOTES.md). The CLI's text ladder and the GUI's event list both use it.
class Narrator {
public:
    static QString sentence(const TraceEvent &event);

    // "the client" / "the server" (lower case, for inside a sentence).
    static QString nodeName(NodeId node);
    // A duration in the unit that suits it: "200 ms", "1 s", "60 s", "2 h".
    static QString duration(std::int64_t us);

private:
    static QString describe(const TraceEvent &e);
    static QString appSentence(const TraceEvent &e);
    static QString sendSentence(const TraceEvent &e);
    static QString dropSentence(const TraceEvent &e);
    static QString stateSentence(const TraceEvent &e);
    static QString timerSentence(const TraceEvent &e);
};

} // namespace wirestep
