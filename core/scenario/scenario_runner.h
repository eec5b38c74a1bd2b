#pragma once
#include "core/scenario/run_options.h"
#include "core/scenario/scenario.h"

#include "core/sim/network.h"
#include "core/sim/simulator.h"
#include "core/trace/trace.h"

#include <array>
#include <deque>

namespace wirestep {

// A copy of `s` with the overrides applied.
Scenario withOverrides(Scenario s, const RunOptions &options);

// Builds the simulation a scenario describes and runs it, recording into `sink`.
//
// The applications block like a program on a blocking socket: a node's send() that does not fit
// in its send buffer (kSendBufferBytes, with data already in it) waits until the peer's ACKs make
// room, and the node's later actions wait behind it, so that a scenario queueing gigabytes holds
// at most a send buffer of them at a time. Sends of a byte count are filled in only when made.
class ScenarioRunner : private TraceSink {
public:
    // The events one run may take at most (docs/hardening.md): enough for every catalog
    // scenario many times over, and few enough that any run, whatever its until_ms, ends in
    // seconds and its trace fits in memory.
    static constexpr std::uint64_t kMaxEvents = 2'000'000;

    // The most a node's send buffer holds (Linux's largest default, net.ipv4.tcp_wmem's 4 MiB).
    static constexpr std::size_t kSendBufferBytes = 4 * 1024 * 1024;

    ScenarioRunner(const Scenario &scenario, TraceSink &sink);
    ~ScenarioRunner() override;
    ScenarioRunner(const ScenarioRunner &) = delete;
    ScenarioRunner &operator=(const ScenarioRunner &) = delete;

    // Runs until the scenario's end time (or earlier, if nothing is left to happen, or if a
    // limit of the simulator stopped it: see stopReason()).
    void run();
    // Why the run ended before the scenario's end time, if a limit ended it; the trace recorded
    // until then is whole.
    Simulator::StopReason stopReason() const { return m_sim.stopReason(); }

    // What to tell the user about a run a limit ended at `atUs`: an English pattern (marked for
    // translation in the context kLoadMessageContext) and what fills its %1, %2; empty for None.
    struct StopNote {
        std::string_view pattern;
        std::vector<std::string> args;
    };
    static StopNote stopNote(Simulator::StopReason reason, std::int64_t atUs);
    Simulator &sim() { return m_sim; }
    const Simulator &sim() const { return m_sim; }
    Network &network() { return m_network; }
    const Scenario &scenario() const { return m_scenario; }

    // Actions waiting behind a blocked send of this node.
    std::size_t blockedActions(NodeId node) const { return m_blocked[static_cast<std::size_t>(indexOf(node))].size(); }

private:
    void append(const TraceEvent &event) override; // forwards to the sink; wakes blocked nodes
    void start(const Action &a);  // an action whose time has come: now, or behind a blocked send
    bool wouldBlock(const Action &a);
    void wake(NodeId node);       // performs the node's waiting actions while they fit
    void perform(const Action &a);

    TraceSink &m_sink;
    std::array<std::deque<Action>, 2> m_blocked;
    std::array<bool, 2> m_wakeScheduled{};
    Scenario m_scenario;
    Simulator m_sim;
    Network m_network;
};

// Runs `scenario` and returns its whole trace; `stopped`, if given, tells whether a limit of the
// simulator ended the run early, and `stoppedAtUs` when.
Trace runScenario(const Scenario &scenario, const RunOptions &options = {},
                  Simulator::StopReason *stopped = nullptr, std::int64_t *stoppedAtUs = nullptr);

} // namespace wirestep
