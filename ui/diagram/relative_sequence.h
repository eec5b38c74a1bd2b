#pragma once
#include "core/trace/trace.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace wirestep {

// Sequence numbers relative to each side's initial sequence number, as Wireshark shows them by
// default: a SYN has seq=0, the first data byte 1, whatever ISN the host chose. Each connection is
// told apart by its ports; a side's ISN is that of the last SYN it sent on them before the segment.
class RelativeSequence {
public:
    RelativeSequence() = default;
    explicit RelativeSequence(const Trace &trace);

    // The segment sent at trace index `sendIndex`, with seq and ack relative (each unchanged where
    // the ISN it counts from is not known, and ack unless the ACK flag is set).
    Segment relative(const Segment &s, std::size_t sendIndex) const;

private:
    // (source port, destination port) -> (trace index, ISN) of each SYN sent that way, in order.
    std::map<std::pair<std::uint16_t, std::uint16_t>, std::vector<std::pair<std::size_t, std::uint32_t>>> m_isns;
    const std::uint32_t *isnBefore(std::uint16_t sport, std::uint16_t dport, std::size_t index) const;
};

} // namespace wirestep
