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
    std::vector<LoadError> errors; // in the order they appear in the file, the first kMaxErrors
    std::size_t moreErrors = 0;    // how many more were found and left out

    // Errors kept and shown: past these, one line says how many more there are.
    static constexpr std::size_t kMaxErrors = 100;
    // The line that ends a list cut short: "... and %1 more" (context kLoadMessageContext).
    static const std::string_view kMoreErrorsPattern;

    bool ok() const { return scenario.has_value(); }
    // The errors, one `file:line:column: path: message` line each, then "... and N more".
    std::vector<std::string> errorLines() const;
};

} // namespace wirestep
