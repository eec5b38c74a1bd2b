#pragma once
#include "core/scenario/run_options.h"
#include "core/scenario/scenario.h"

#include "core/sim/network.h"
#include "core/sim/simulator.h"
#include "core/trace/trace.h"

namespace wirestep {

// A copy of `s` with the overrides applied.
Scenario withOverrides(Scenario s, const RunOptions &options);

// Builds the simulation a scenario describes and runs it, recording into `sink`.
class ScenarioRunner {
public:
    ScenarioRunner(const Scenario &scenario, TraceSink &sink);

    // Runs until the scenario's end time (or earlier, if nothing is left to happen).
    void run();
    Simulator &sim() { return m_sim; }
    Network &network() { return m_network; }
    const Scenario &scenario() const { return m_scenario; }

private:
    void perform(const Action &a);

    Scenario m_scenario;
    Simulator m_sim;
    Network m_network;
};

// Runs `scenario` and returns its whole trace.
Trace runScenario(const Scenario &scenario, const RunOptions &options = {});

} // namespace wirestep
