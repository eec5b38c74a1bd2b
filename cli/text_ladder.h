#pragma once
#include "core/trace/fact_tracker.h"
#include "core/trace/trace_sink.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace wirestep {

// The CLI's `--format text`: a ladder drawn in the terminal, streamed event by event.
//
//      t (ms)  client         ────────────────────────────────────────────  server
//       0.000                                                               LISTEN *
//      10.000  SYN_SENT *     SYN seq=100 ─────────────────────────────▶
//              The client sends SYN with initial sequence number seq=100 ...
//
// One row per segment sent (an arrow between the two columns), per loss (a cross half-way),
// per state change (marked *, the states of both nodes always at the sides), per application
// call and per timer that fires; under each row, the narrator's sentence in the current language.
// A fired timer is printed once the events it caused (recorded right after it) have arrived, so
// that its sentence can say what the expiry led to; finish() prints one still held at the end.
class TextLadder : public TraceSink {
    Q_DECLARE_TR_FUNCTIONS(wirestep::TextLadder)

public:
    explicit TextLadder(std::ostream &out, bool narrate = true);
    ~TextLadder() override;
    void append(const TraceEvent &event) override;
    // The states shown before a node's first state change (CLOSED, or "?" for a capture, whose
    // states are unknown until the segments tell them).
    void setInitialStates(std::string client, std::string server) { m_states = {std::move(client), std::move(server)}; }
    // Prints what is held back; call after the last event.
    void finish();

    static constexpr int kMiddleWidth = 46;
    // Display width of a UTF-8 string in a terminal: CJK and full-width characters take two columns.
    static int displayWidth(const std::string &s);

private:
    void print(const TraceEvent &e, const EventFacts &f);
    void header();
    void row(const TraceEvent &e, const EventFacts &f, const std::string &middle, int changedNode);
    static std::string arrow(const TraceEvent &e, const EventFacts &f);
    static std::string text(const QString &s);

    std::ostream &m_out;
    bool m_narrate;
    bool m_headerDone = false;
    std::array<std::string, 2> m_states{"CLOSED", "CLOSED"};
    FactTracker m_facts;
    // A fired timer and the events it caused, with their facts, until the next event.
    std::vector<std::pair<TraceEvent, EventFacts>> m_held;
};

} // namespace wirestep
