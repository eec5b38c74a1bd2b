#pragma once
#include "core/trace/node_id.h"

#include <array>
#include <cstdint>
#include <string>

namespace wirestep {

using Ipv4Address = std::array<std::uint8_t, 4>;
using Ipv6Address = std::array<std::uint8_t, 16>;
using MacAddress = std::array<std::uint8_t, 6>;

// An IPv4 or IPv6 address, as a capture holds them: version 4 keeps its bytes in the first four.
struct IpAddress {
    std::uint8_t version = 4;
    std::array<std::uint8_t, 16> bytes{};

    static IpAddress v4(const Ipv4Address &a);
    static IpAddress v6(const Ipv6Address &a);
    auto operator<=>(const IpAddress &) const = default;
};

// The link and network addresses the two nodes have on the wire. The defaults are
// locally administered MACs (IEEE 802: second bit of the first octet set) and addresses from
// TEST-NET-1, the range reserved for documentation (RFC 5737), so an exported capture can never
// be mistaken for real traffic.
struct WireAddresses {
    MacAddress clientMac{0x02, 0x00, 0x00, 0x00, 0x00, 0x01};
    MacAddress serverMac{0x02, 0x00, 0x00, 0x00, 0x00, 0x02};
    Ipv4Address clientIp{192, 0, 2, 1};
    Ipv4Address serverIp{192, 0, 2, 2};

    const MacAddress &mac(NodeId n) const { return n == NodeId::Client ? clientMac : serverMac; }
    const Ipv4Address &ip(NodeId n) const { return n == NodeId::Client ? clientIp : serverIp; }
};

// "192.0.2.1"
std::string toString(const Ipv4Address &a);
// "02:00:00:00:00:01"
std::string toString(const MacAddress &m);
// "2001:db8::1", in the canonical text form of RFC 5952 §4 (lower case, no leading zeros, the
// longest run of two or more zero groups written "::", the first one on a tie).
std::string toString(const Ipv6Address &a);
// "192.0.2.1" or "2001:db8::1".
std::string toString(const IpAddress &a);

} // namespace wirestep
