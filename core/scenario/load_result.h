#pragma once
#include "core/scenario/load_error.h"
#include "core/scenario/scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace wirestep {

// What loading a scenario gives: the scenario, or every problem found (never both).
struct LoadResult {
    std::optional<Scenario> scenario;
    std::vector<LoadError> errors; // in the order they appear in the file

    bool ok() const { return scenario.has_value(); }
    // The errors, one `file:line:column: path: message` line each.
    std::vector<std::string> errorLines() const;
};

} // namespace wirestep
