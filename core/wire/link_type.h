#pragma once
#include <optional>
#include <string_view>

namespace wirestep {

// The link layers Wirestep decodes: what comes before the IP header in each packet of a capture
// (the pcap LINKTYPE_ registry, https://www.tcpdump.org/linktypes.html). See docs/captures.md.
enum class LinkType {
    Ethernet,  // LINKTYPE_ETHERNET 1: Ethernet II, 14 bytes, optionally 802.1Q VLAN tags
    LinuxSll,  // LINKTYPE_LINUX_SLL 113: Linux "cooked" capture (tcpdump -i any), 16 bytes
    LinuxSll2, // LINKTYPE_LINUX_SLL2 276: its second version (newer tcpdump -i any), 20 bytes
    Null,      // LINKTYPE_NULL 0: BSD loopback, a 4-byte address family in the writer's byte order
    Loop,      // LINKTYPE_LOOP 108: OpenBSD loopback, the same in network byte order
    Raw,       // LINKTYPE_RAW 101: a bare IPv4 or IPv6 packet
    Ipv4,      // LINKTYPE_IPV4 228: a bare IPv4 packet
    Ipv6,      // LINKTYPE_IPV6 229: a bare IPv6 packet
};

// "ethernet", "linux-sll", "linux-sll2", "null", "loop", "raw", "ipv4", "ipv6".
std::string_view toString(LinkType t);
// The link type of a libpcap DLT_ value (pcap_datalink()), or nothing if Wirestep cannot decode it.
std::optional<LinkType> linkTypeFromDlt(int dlt);

} // namespace wirestep
