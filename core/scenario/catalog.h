#pragma once
#include "core/scenario/load_error.h"
#include "core/scenario/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// The built-in scenarios: the resources/scenarios/*.json files, embedded in the program as Qt
// resources under :/scenarios and loaded by ScenarioLoader like any teacher's file.
//
// Order: by group (handshake, data, teardown, timers, udp, what-if, rfc; anything else last),
// then by id. Each file must be named after its id (`udp-lossy.json` holds id `udp-lossy`).
class Catalog {
public:
    // Loaded once, on first use.
    static const Catalog &builtIn();
    // Every *.json file of a directory (on disk, or in the resources when it starts with ":/").
    static Catalog fromDirectory(const std::string &dir);

    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    // The scenario with this id, or nullptr.
    const Scenario *find(std::string_view id) const;
    // The problems of files that did not load (for the built-in catalog: a bug; tests check it).
    const std::vector<LoadError> &errors() const { return m_errors; }

    // Where a group sorts: 0 for handshake ... 6 for rfc, 7 for anything else.
    static int groupRank(std::string_view group);

private:
    std::vector<Scenario> m_scenarios;
    std::vector<LoadError> m_errors;
};

} // namespace wirestep
