#include "core/sim/link_config.h"

namespace wirestep {

bool FaultRule::matches(const Segment &seg) const
{
    if (from && *from != seg.from) return false;
    if (proto != seg.proto) return false;
    if ((seg.flags & flags) != flags) return false;
    if (exactFlags) {
        const std::uint8_t ignored = TcpFlag::PSH;
        if ((seg.flags & ~ignored) != (flags & ~ignored)) return false;
    }
    if (this->seq && *this->seq != seg.seq) return false;
    if (hasData && *hasData != !seg.payload.empty()) return false;
    return true;
}

} // namespace wirestep
