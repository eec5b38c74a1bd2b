#include "fault_rule_factory.h"

namespace wirestep {

namespace {

std::uint8_t withoutPsh(std::uint8_t flags) { return flags & static_cast<std::uint8_t>(~TcpFlag::PSH); }

bool sameClass(const Segment &a, const Segment &b)
{
    return a.from == b.from && a.proto == b.proto && withoutPsh(a.flags) == withoutPsh(b.flags)
        && a.payload.empty() == b.payload.empty();
}

} // namespace

FaultRule FaultRuleFactory::forSend(const Trace &trace, std::size_t sendIndex, FaultAction action, std::int64_t delayUs)
{
    const Segment &seg = trace[sendIndex].seg;
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
        const TraceEvent &e = trace[i];
        if (e.kind == EventKind::Send && sameClass(e.seg, seg)) ++nth;
    }
    rule.nth = nth;
    return rule;
}

} // namespace wirestep
