#pragma once
#include "core/wire/wire_addresses.h"
#include "core/wire/link_type.h"

#include "core/trace/segment.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// What WireDecoder found in a frame: plain records, one per layer, and where each field lies.

// Bytes [offset, offset + length) of the decoded buffer.
struct FieldRange {
    std::size_t offset = 0;
    std::size_t length = 0;
    bool operator==(const FieldRange &) const = default;
};

// One named field of the layer map. Names follow Wireshark's display filter fields
// ("ip.ttl", "tcp.ack"); whole headers are "eth", "ip", "tcp", "udp", and the data "payload".
struct FieldEntry {
    std::string name;
    FieldRange range;
};

struct EthernetHeader {
    MacAddress destination{};
    MacAddress source{};
    std::uint16_t etherType = 0;
};

// Linux "cooked" capture header, versions 1 (16 bytes) and 2 (20 bytes): what the kernel knew
// of the link the packet went over (https://www.tcpdump.org/linktypes/LINKTYPE_LINUX_SLL.html).
struct CookedHeader {
    std::uint16_t packetType = 0;     // 0 to us, 1 broadcast, 2 multicast, 3 to another host, 4 sent by us
    std::uint16_t arphrdType = 0;     // the device type: 1 Ethernet, 772 loopback ...
    std::uint16_t addressLength = 0;  // bytes of `address` in use
    std::array<std::uint8_t, 8> address{};
    std::uint16_t protocol = 0;       // the EtherType of what follows
    std::uint32_t interfaceIndex = 0; // version 2 only
};

// RFC 791 §3.1.
struct Ipv4Header {
    std::uint8_t version = 0;
    std::uint8_t ihl = 0;             // header length in 32-bit words
    std::uint8_t dscpEcn = 0;
    std::uint16_t totalLength = 0;
    std::uint16_t identification = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0; // in 8-byte units
    std::uint8_t ttl = 0;
    std::uint8_t protocol = 0;
    std::uint16_t checksum = 0;
    bool checksumValid = false;
    Ipv4Address source{};
    Ipv4Address destination{};
};

// RFC 8200 §3.
struct Ipv6Header {
    std::uint8_t trafficClass = 0;
    std::uint32_t flowLabel = 0;
    std::uint16_t payloadLength = 0;   // bytes after the 40-byte header, extension headers included
    std::uint8_t nextHeader = 0;       // of the fixed header (the first extension header, if any)
    std::uint8_t hopLimit = 0;
    Ipv6Address source{};
    Ipv6Address destination{};
    std::size_t extensionLength = 0;   // bytes of extension headers skipped before TCP or UDP
};

// One SACK block (RFC 2018 §3): the peer holds bytes [left, right).
struct SackBlock {
    std::uint32_t left = 0;
    std::uint32_t right = 0;
    bool operator==(const SackBlock &) const = default;
};

// RFC 9293 §3.1.
struct TcpHeader {
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t dataOffset = 0;        // header length in 32-bit words
    std::uint8_t flags = 0;             // CWR ECE URG ACK PSH RST SYN FIN (byte 13)
    std::uint16_t window = 0;
    std::uint16_t urgentPointer = 0;
    std::vector<std::uint8_t> options;  // the raw option bytes, padding included
    std::uint16_t mss = 0;              // value of the MSS option; 0 = no option
    std::optional<std::uint8_t> windowScale; // the shift count of the window scale option (RFC 7323 §2)
    bool sackPermitted = false;         // SACK-permitted option (RFC 2018 §2)
    std::vector<SackBlock> sackBlocks;  // SACK option (RFC 2018 §3)
    std::optional<std::uint32_t> tsVal; // timestamps option (RFC 7323 §3): TSval and TSecr
    std::optional<std::uint32_t> tsEcr;
};

// RFC 768.
struct UdpHeader {
    std::uint16_t length = 0;
    bool checksumPresent = false;       // false: the field is 0, "no checksum" over IPv4
};

struct DecodedPacket {
    LinkType link = LinkType::Raw;      // what the bytes started with
    bool hasEthernet = false;           // an Ethernet II header (link type Ethernet)
    EthernetHeader ethernet;
    std::vector<std::uint16_t> vlans;   // 802.1Q tags' VLAN ids, outermost first
    CookedHeader cooked;                // link types LinuxSll and LinuxSll2
    std::uint32_t loopbackFamily = 0;   // link types Null and Loop: the address family
    std::uint8_t ipVersion = 4;         // 4: `ip` holds the header; 6: `ip6` does
    Ipv4Header ip;
    Ipv6Header ip6;
    Protocol proto = Protocol::Tcp;
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    TcpHeader tcp;                      // meaningful when proto == Tcp
    UdpHeader udp;                      // meaningful when proto == Udp
    std::uint16_t transportChecksum = 0;
    bool transportChecksumValid = false; // a UDP datagram without checksum counts as valid
    std::string payload;                // the data bytes the buffer holds
    // The data length the IP header gives. It exceeds payload.size() only when the capture
    // kept fewer bytes than the packet had (its snapshot length): then the transport checksum
    // cannot be verified and `transportChecksumValid` is false, `truncated` true.
    std::size_t payloadLength = 0;
    bool truncated = false;
    std::vector<FieldEntry> fields;     // the layer map, in byte order

    IpAddress sourceAddress() const { return ipVersion == 6 ? IpAddress::v6(ip6.source) : IpAddress::v4(ip.source); }
    IpAddress destinationAddress() const
    {
        return ipVersion == 6 ? IpAddress::v6(ip6.destination) : IpAddress::v4(ip.destination);
    }

    // The byte range of a field, or nullptr if the packet has no such field.
    const FieldRange *field(std::string_view name) const
    {
        for (const FieldEntry &f : fields)
            if (f.name == name) return &f.range;
        return nullptr;
    }
};

} // namespace wirestep
