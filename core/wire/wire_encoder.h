#pragma once
#include "core/wire/wire_addresses.h"

#include "core/trace/node_id.h"
#include "core/trace/segment.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace wirestep {

// Turns a Segment into the bytes a real host would put on the wire: Ethernet II, IPv4 (RFC 791)
// and TCP (RFC 9293) or UDP (RFC 768), with real checksums. See docs/wire-format.md.
//
// The IPv4 identification field counts per sending node, starting at 1, in the order segments
// are encoded with encodeFrame()/encodePacket(); that is why the encoder is an object. A
// retransmitted segment is a new packet and gets a new identification, as on a real host.
class WireEncoder {
public:
    static constexpr std::size_t kEthernetHeaderLen = 14;
    static constexpr std::size_t kIpv4HeaderLen = 20;
    static constexpr std::size_t kTcpHeaderLen = 20;
    static constexpr std::size_t kTcpMssOptionLen = 4;
    static constexpr std::size_t kUdpHeaderLen = 8;
    static constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
    static constexpr std::uint8_t kIpProtoTcp = 6;
    static constexpr std::uint8_t kIpProtoUdp = 17;
    static constexpr std::uint8_t kTtl = 64;
    static constexpr std::size_t kMaxIpPacketLen = 65535;

    explicit WireEncoder(WireAddresses addresses = {});

    const WireAddresses &addresses() const { return m_addresses; }

    // The identification the next packet from `node` will carry.
    std::uint16_t peekIdentification(NodeId node) const { return m_nextId[indexOf(node)]; }
    // Takes the next identification of `node` (1, 2, 3 ... wrapping modulo 2^16).
    std::uint16_t takeIdentification(NodeId node);

    // A whole Ethernet frame; takes the next identification of seg.from.
    // Throws std::length_error if the payload does not fit in one IPv4 packet.
    std::vector<std::uint8_t> encodeFrame(const Segment &seg);
    // Just the IPv4 packet (for DLT_RAW); takes the next identification of seg.from.
    std::vector<std::uint8_t> encodePacket(const Segment &seg);

    // The same with a given identification, leaving the counters alone.
    std::vector<std::uint8_t> frameWithId(const Segment &seg, std::uint16_t identification) const;
    std::vector<std::uint8_t> packetWithId(const Segment &seg, std::uint16_t identification) const;

    // Length of the TCP or UDP header seg would get (20, 24 with the MSS option, or 8).
    static std::size_t transportHeaderLen(const Segment &seg);
    // Length of the IPv4 packet seg would become.
    static std::size_t packetLen(const Segment &seg);
    // Whether seg fits in one IPv4 packet (total length <= 65535).
    static bool fits(const Segment &seg) { return packetLen(seg) <= kMaxIpPacketLen; }

private:
    // Appends the IPv4 packet for seg to out.
    void appendPacket(std::vector<std::uint8_t> &out, const Segment &seg,
                      std::uint16_t identification) const;

    WireAddresses m_addresses;
    std::array<std::uint16_t, 2> m_nextId{1, 1};
};

} // namespace wirestep
