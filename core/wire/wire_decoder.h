#pragma once
#include "core/wire/decoded_packet.h"
#include "core/wire/wire_addresses.h"
#include "core/wire/link_type.h"

#include "core/trace/segment.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace wirestep {

// Decodes a captured packet, as WireEncoder writes it or as any host does, into a DecodedPacket
// with a layer map of field byte ranges for a packet inspector: the link layer (Ethernet II with
// up to two VLAN tags, Linux cooked SLL and SLL2, BSD loopback), IPv4 or IPv6 (extension headers
// skipped), then TCP (with the MSS, window scale, SACK-permitted, SACK and timestamps options)
// or UDP. See docs/wire-format.md and docs/captures.md.
//
// Input is untrusted (it may come from any capture file): every length is checked before a byte
// is read, and truncated or inconsistent input is rejected with a one-line reason in `error`.
// Rejected: buffers shorter than their headers, EtherTypes and address families other than IPv4
// and IPv6, an IP version the link layer does not announce, IHL < 5, lengths shorter than the
// header or beyond the buffer, fragments, protocols other than TCP and UDP, TCP data offset < 5
// or beyond the packet, malformed TCP options, a UDP length that differs from what the IP
// header leaves for it.
// Bad checksums are not rejected: they are reported in checksumValid / transportChecksumValid.
// Bytes after the IP packet (Ethernet padding) are ignored and mapped as a trailer.
class WireDecoder {
public:
    // A packet of a capture with this link type. `wireLength` is its length on the wire: when
    // it exceeds bytes.size() the capture kept only the first bytes (its snapshot length), and
    // the IP length may run that far past the buffer as long as the TCP or UDP header is whole.
    // 0 means bytes.size().
    static std::optional<DecodedPacket> decode(LinkType link, std::span<const std::uint8_t> bytes,
                                               std::size_t wireLength = 0, std::string *error = nullptr);
    // An Ethernet II frame (pcap link type 1).
    static std::optional<DecodedPacket> decodeFrame(std::span<const std::uint8_t> bytes,
                                                    std::string *error = nullptr);
    // A bare IPv4 or IPv6 packet (pcap link type 101 RAW). Offsets count from its first byte.
    static std::optional<DecodedPacket> decodePacket(std::span<const std::uint8_t> bytes,
                                                     std::string *error = nullptr);

    // The wirestep Segment the packet carries. `from` is Client if the IP source is `clientIp`,
    // Server otherwise; id and the retransmission/keepalive/injected marks stay unset, since
    // they are not on the wire. The payload is the bytes the buffer holds.
    static Segment toSegment(const DecodedPacket &packet, const IpAddress &clientIp);
    static Segment toSegment(const DecodedPacket &packet, const Ipv4Address &clientIp);
};

} // namespace wirestep
