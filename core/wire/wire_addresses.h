#pragma once
#include "core/trace/node_id.h"

#include <array>
#include <cstdint>
#include <string>

namespace wirestep {

using Ipv4Address = std::array<std::uint8_t, 4>;
using MacAddress = std::array<std::uint8_t, 6>;

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

} // namespace wirestep
