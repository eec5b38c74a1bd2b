#pragma once
#include "core/wire/wire_addresses.h"

#include "core/trace/segment.h"

#include <cstddef>
#include <cstdint>
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
};

// RFC 768.
struct UdpHeader {
    std::uint16_t length = 0;
    bool checksumPresent = false;       // false: the field is 0, "no checksum" over IPv4
};

struct DecodedPacket {
    bool hasEthernet = false;           // false when decoded from a bare IP packet
    EthernetHeader ethernet;
    Ipv4Header ip;
    Protocol proto = Protocol::Tcp;
    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    TcpHeader tcp;                      // meaningful when proto == Tcp
    UdpHeader udp;                      // meaningful when proto == Udp
    std::uint16_t transportChecksum = 0;
    bool transportChecksumValid = false; // a UDP datagram without checksum counts as valid
    std::string payload;
    std::vector<FieldEntry> fields;     // the layer map, in byte order

    // The byte range of a field, or nullptr if the packet has no such field.
    const FieldRange *field(std::string_view name) const
    {
        for (const FieldEntry &f : fields)
            if (f.name == name) return &f.range;
        return nullptr;
    }
};

} // namespace wirestep
