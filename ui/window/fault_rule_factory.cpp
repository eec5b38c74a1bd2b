#include "ui/window/fault_rule_factory.h"

namespace wirestep {

namespace {

std::uint8_t withoutPsh(std::uint8_t flags) { return flags & static_cast<std::uint8_t>(~TcpFlag::PSH); }

} // namespace

FaultRule FaultRuleFactory::forSend(const Trace &trace, std::size_t sendIndex, FaultAction action, std::int64_t delayUs)
{
    const Segment seg = trace[sendIndex].seg;
    FaultRule rule;
    rule.from = seg.from;
    rule.proto = seg.proto;
    rule.flags = withoutPsh(seg.flags);
    rule.exactFlags = true;
    rule.hasData = !seg.payload.empty();
    rule.action = action;
    rule.delayUs = action == FaultAction::Drop ? 0 : delayUs;
    int nth = 1;
    for (std::size_t i = 0; i < sendIndex; ++i) {
        if (trace.kindAt(i) == EventKind::Send && rule.matches(trace[i].seg)) ++nth;
    }
    rule.nth = nth;
    return rule;
}

} // namespace wirestep
