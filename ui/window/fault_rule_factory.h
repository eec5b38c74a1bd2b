#pragma once
#include "core/sim/link_config.h"
#include "core/trace/trace.h"

#include <cstddef>
#include <cstdint>

namespace wirestep {

// Builds the fault rule that matches exactly one segment of a trace, as the Link counts them:
// the n-th segment sent by the same node with the same flags (PSH aside) and the same
// with-data/without-data, so that re-running the scenario with the rule hits that segment.
class FaultRuleFactory {
public:
    static FaultRule forSend(const Trace &trace, std::size_t sendIndex, FaultAction action, std::int64_t delayUs = 0);
};

} // namespace wirestep
