#pragma once
#include "core/trace/trace_event.h"

#include <QCoreApplication>
#include <QString>

namespace wirestep {

// One sentence for every trace event, in the application's current language
// (QCoreApplication::translate, context "Narrator"): what happened and why, in the words
// students need (docs/teaching-notes.md). Names of model values come from Terms. The CLI's text ladder and the GUI's event list both use it.
class Narrator {
    Q_DECLARE_TR_FUNCTIONS(wirestep::Narrator)

public:
    static QString sentence(const TraceEvent &event);

private:
    static QString describe(const TraceEvent &e);
    static QString appSentence(const TraceEvent &e);
    static QString sendSentence(const TraceEvent &e);
    static QString dropSentence(const TraceEvent &e);
    static QString stateSentence(const TraceEvent &e);
    static QString timerSentence(const TraceEvent &e);
    // A capture's events (docs/captures.md): inferred states and timers, analysis labels.
    static QString inferredStateSentence(const TraceEvent &e);
    static QString inferredTimerSentence(const TraceEvent &e);
    static QString analysisSentence(const TraceEvent &e);
};

} // namespace wirestep
