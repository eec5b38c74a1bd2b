#pragma once
#include "core/sim/tcp_config.h"

#include <cstdint>
#include <optional>

namespace wirestep {

// Overrides a user gives on top of a scenario (wirestep-cli run --seed/--loss/--delay/...,
// the GUI's link panel).
struct RunOptions {
    std::optional<std::uint64_t> seed;
    std::optional<double> loss;           // both directions
    std::optional<std::int64_t> delayUs;  // both directions
    std::optional<TimerProfile> profile;  // both nodes
    std::optional<std::int64_t> untilUs;
};

} // namespace wirestep
