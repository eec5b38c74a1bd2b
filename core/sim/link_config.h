#pragma once
#include "core/trace/node_id.h"
#include "core/trace/segment.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace wirestep {

// One direction of the link.
struct LinkDirection {
    std::int64_t delayUs = 10'000; // one-way propagation delay
    std::int64_t jitterUs = 0;     // extra delay, uniform in [0, jitter]; segments may reorder
    double loss = 0.0;             // probability that a segment is lost, 0..1

    bool operator==(const LinkDirection &) const = default;
};

// What a fault rule does to the segment it matches.
enum class FaultAction { Drop, Delay, Duplicate };
std::string_view toString(FaultAction a); // "drop", "delay", "duplicate"
std::optional<FaultAction> faultActionFromString(std::string_view s);

// A rule applied before random loss: it matches the n-th segment (counting only segments that
// match everything else) sent by `from` that carries `flags` (all of them; with exactFlags, no
// others), optionally only one with this sequence number or with/without data.
struct FaultRule {
    std::optional<NodeId> from;       // any sender if empty
    Protocol proto = Protocol::Tcp;
    std::uint8_t flags = 0;           // flags that must be set
    bool exactFlags = false;          // and no others (PSH is ignored)
    std::optional<std::uint32_t> seq; // only this sequence number
    std::optional<bool> hasData;      // only segments with (true) or without (false) data
    int nth = 1;                      // 1 = the first match; 0 = every match
    FaultAction action = FaultAction::Drop;
    std::int64_t delayUs = 0;         // Delay: extra delay; Duplicate: the copy's extra delay

    // Whether `seg` is one of the segments this rule counts (before `nth` picks one of them).
    bool matches(const Segment &seg) const;

    bool operator==(const FaultRule &) const = default;
};

// A segment the scenario puts on the link at a given time, as if `segment.from` had sent it:
// how an old duplicate SYN from an earlier connection is staged.
struct Injection {
    std::int64_t atUs = 0;
    Segment segment;

    bool operator==(const Injection &o) const
    {
        return atUs == o.atUs && segment.from == o.segment.from && segment.proto == o.segment.proto
            && segment.sport == o.segment.sport && segment.dport == o.segment.dport
            && segment.seq == o.segment.seq && segment.ack == o.segment.ack
            && segment.flags == o.segment.flags && segment.window == o.segment.window
            && segment.payload == o.segment.payload;
    }
};

struct LinkConfig {
    // Index with indexOf(sender): [0] carries client -> server, [1] server -> client.
    std::array<LinkDirection, 2> dir;
    std::uint64_t seed = 1;
    std::vector<FaultRule> rules;
    std::vector<Injection> injections;

    bool operator==(const LinkConfig &) const = default;
};

} // namespace wirestep
