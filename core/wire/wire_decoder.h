#pragma once
#include "core/wire/decoded_packet.h"
#include "core/wire/wire_addresses.h"

#include "core/trace/segment.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace wirestep {

// Decodes Ethernet II / IPv4 / TCP or UDP bytes, as WireEncoder writes them or as any host
// does, into a DecodedPacket with a layer map of field byte ranges for a packet inspector.
//
// Input is untrusted (it may come from any pcap file): every length is checked before a byte is
// read, and truncated or inconsistent input is rejected with a one-line reason in `error`.
// Rejected: frames shorter than their headers, EtherTypes other than IPv4, IP versions other
// than 4, IHL < 5, total length shorter than the header or beyond the buffer, fragments,
// protocols other than TCP and UDP, TCP data offset < 5 or beyond the packet, malformed TCP
// options, a UDP length that differs from what the IP header leaves for it.
// Bad checksums are not rejected: they are reported in checksumValid / transportChecksumValid.
// Bytes after the IPv4 total length (Ethernet padding) are ignored and mapped as a trailer.
class WireDecoder {
public:
    // An Ethernet II frame (pcap link type 1).
    static std::optional<DecodedPacket> decodeFrame(std::span<const std::uint8_t> bytes,
                                                    std::string *error = nullptr);
    // A bare IPv4 packet (pcap link types 101 RAW and 228 IPV4). Offsets count from its first byte.
    static std::optional<DecodedPacket> decodePacket(std::span<const std::uint8_t> bytes,
                                                     std::string *error = nullptr);

    // The wirestep Segment the packet carries. `from` is Client if the IPv4 source is
    // `clientIp`, Server otherwise; id and the retransmission/keepalive/injected marks stay
    // unset, since they are not on the wire.
    static Segment toSegment(const DecodedPacket &packet, const Ipv4Address &clientIp);
};

} // namespace wirestep
