#pragma once
#include "core/trace/event_facts.h"
#include "core/trace/trace_event.h"

#include <QCoreApplication>
#include <QString>

namespace wirestep {

// One sentence for every trace event, in the application's current language
// (QCoreApplication::translate, context "Narrator"): what happened and why, in the words
// students need (docs/teaching-notes.md). Names of model values come from Terms. The CLI's text
// ladder and the GUI's event list both use it.
//
// What an event means in its context (which duplicate ACK it is, how long the node has heard
// nothing, what a timer's expiry led to, what caused a RST) comes from its EventFacts
// (Trace::facts(), or a FactTracker while streaming). Without them the sentence claims nothing
// that the event alone does not show.
class Narrator {
    Q_DECLARE_TR_FUNCTIONS(wirestep::Narrator)

public:
    static QString sentence(const TraceEvent &event, const EventFacts &facts = {});

private:
    static QString describe(const TraceEvent &e, const EventFacts &f);
    static QString appSentence(const TraceEvent &e, const EventFacts &f);
    static QString errorSentence(const TraceEvent &e, const EventFacts &f);
    static QString sendSentence(const TraceEvent &e, const EventFacts &f);
    static QString resendSentence(const TraceEvent &e, const EventFacts &f);
    static QString resetSentence(const TraceEvent &e, const EventFacts &f);
    static QString ackSentence(const TraceEvent &e, const EventFacts &f);
    static QString dropSentence(const TraceEvent &e);
    static QString stateSentence(const TraceEvent &e);
    static QString timerSentence(const TraceEvent &e, const EventFacts &f);
    static QString retransmissionTimerSentence(const TraceEvent &e, const EventFacts &f);
    static QString keepaliveTimerSentence(const TraceEvent &e, const EventFacts &f);
    // A capture's events (docs/captures.md): inferred states and timers, analysis labels.
    static QString inferredStateSentence(const TraceEvent &e);
    static QString inferredTimerSentence(const TraceEvent &e);
    static QString analysisSentence(const TraceEvent &e);
};

} // namespace wirestep
