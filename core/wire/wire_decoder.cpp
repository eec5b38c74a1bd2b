#include "core/wire/wire_decoder.h"

#include "core/wire/checksum.h"
#include "core/wire/wire_encoder.h"

#include <cstdio>

namespace wirestep {

namespace {

constexpr std::uint16_t kEtherTypeIpv6 = 0x86DD;
constexpr std::uint16_t kEtherTypeVlan = 0x8100;   // IEEE 802.1Q
constexpr std::uint16_t kEtherTypeQinQ = 0x88A8;   // IEEE 802.1ad
constexpr std::size_t kIpv6HeaderLen = 40;
constexpr std::size_t kSllLen = 16;
constexpr std::size_t kSll2Len = 20;
constexpr std::size_t kLoopbackLen = 4;

std::uint16_t get16(std::span<const std::uint8_t> b, std::size_t at)
{
    return static_cast<std::uint16_t>(b[at] << 8 | b[at + 1]);
}

std::uint32_t get32(std::span<const std::uint8_t> b, std::size_t at)
{
    return static_cast<std::uint32_t>(get16(b, at)) << 16 | get16(b, at + 2);
}

template <std::size_t N>
std::array<std::uint8_t, N> getBytes(std::span<const std::uint8_t> b, std::size_t at)
{
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = b[at + i];
    return out;
}

std::string hex16(std::uint16_t v)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%04x", v);
    return buf;
}

std::optional<DecodedPacket> fail(std::string *error, std::string reason)
{
    if (error) *error = std::move(reason);
    return std::nullopt;
}

void mapField(DecodedPacket &p, std::string name, std::size_t offset, std::size_t length)
{
    p.fields.push_back({std::move(name), {offset, length}});
}

std::string wrongLength(const char *option, std::uint8_t len, const char *expected)
{
    return std::string("TCP ") + option + " option has length " + std::to_string(len) + ", expected " + expected;
}

// Parses TCP options (RFC 9293 §3.2) in b[begin, end). Returns an error reason, empty if fine.
// Known kinds get their values and a field each; unknown kinds are skipped by their length.
std::string parseTcpOptions(std::span<const std::uint8_t> b, std::size_t begin, std::size_t end,
                            DecodedPacket &p)
{
    TcpHeader &t = p.tcp;
    std::size_t i = begin;
    while (i < end) {
        const std::uint8_t kind = b[i];
        if (kind == 0) break;         // End of Option List: the rest is padding
        if (kind == 1) {              // No-Operation
            ++i;
            continue;
        }
        if (i + 1 >= end)
            return "TCP option kind " + std::to_string(kind) + " at byte " + std::to_string(i)
                + " has no length byte";
        const std::uint8_t len = b[i + 1];
        if (len < 2 || i + len > end)
            return "TCP option kind " + std::to_string(kind) + " has length "
                + std::to_string(len) + ", which does not fit in the "
                + std::to_string(end - i) + " option bytes left";
        switch (kind) {
        case 2: // Maximum Segment Size, RFC 9293 §3.2
            if (len != 4) return "TCP MSS option has length " + std::to_string(len) + ", expected 4";
            t.mss = get16(b, i + 2);
            mapField(p, "tcp.options.mss", i, 4);
            mapField(p, "tcp.options.mss_val", i + 2, 2);
            break;
        case 3: // Window Scale, RFC 7323 §2.2
            if (len != 3) return wrongLength("window scale", len, "3");
            t.windowScale = b[i + 2];
            mapField(p, "tcp.options.wscale", i, 3);
            mapField(p, "tcp.options.wscale.shift", i + 2, 1);
            break;
        case 4: // SACK-Permitted, RFC 2018 §2
            if (len != 2) return wrongLength("SACK-permitted", len, "2");
            t.sackPermitted = true;
            mapField(p, "tcp.options.sack_perm", i, 2);
            break;
        case 5: { // SACK, RFC 2018 §3: 8 bytes per block
            if ((len - 2) % 8 != 0 || len < 10) return wrongLength("SACK", len, "2 + 8 per block");
            mapField(p, "tcp.options.sack", i, len);
            for (std::size_t k = 0; k < static_cast<std::size_t>(len - 2) / 8; ++k) {
                const std::size_t at = i + 2 + 8 * k;
                t.sackBlocks.push_back({get32(b, at), get32(b, at + 4)});
                mapField(p, "tcp.options.sack." + std::to_string(k + 1), at, 8);
            }
            break;
        }
        case 8: // Timestamps, RFC 7323 §3.2
            if (len != 10) return wrongLength("timestamps", len, "10");
            t.tsVal = get32(b, i + 2);
            t.tsEcr = get32(b, i + 6);
            mapField(p, "tcp.options.timestamp", i, 10);
            mapField(p, "tcp.options.timestamp.tsval", i + 2, 4);
            mapField(p, "tcp.options.timestamp.tsecr", i + 6, 4);
            break;
        default: break;
        }
        i += len;
    }
    return {};
}

// TCP or UDP at b[l4, l4 + l4Len) (RFC 9293 §3.1, RFC 768). `missing` bytes of it were not captured.
std::optional<DecodedPacket> decodeTransport(std::span<const std::uint8_t> b, std::size_t l4, std::size_t l4Len,
                                             std::uint8_t protocol, std::size_t missing, DecodedPacket p,
                                             std::string *error)
{
    const std::size_t end = l4 + l4Len;            // where the packet ends (may be past b)
    const std::size_t have = b.size() > l4 ? b.size() - l4 : 0;
    const bool v6 = p.ipVersion == 6;
    const auto checksum = [&](std::span<const std::uint8_t> seg) {
        return v6 ? transportChecksum6(p.ip6.source, p.ip6.destination, protocol, seg)
                  : transportChecksum(p.ip.source, p.ip.destination, protocol, seg);
    };
    std::size_t data = 0;
    if (protocol == WireEncoder::kIpProtoTcp) {
        constexpr std::size_t kTcpMin = WireEncoder::kTcpHeaderLen;
        p.proto = Protocol::Tcp;
        if (l4Len < kTcpMin)
            return fail(error, "truncated TCP header: " + std::to_string(l4Len) + " of "
                                   + std::to_string(kTcpMin) + " bytes");
        if (have < kTcpMin)
            return fail(error, "the capture kept " + std::to_string(have) + " of the 20 bytes of the TCP header");
        TcpHeader &t = p.tcp;
        p.sport = get16(b, l4);
        p.dport = get16(b, l4 + 2);
        t.seq = get32(b, l4 + 4);
        t.ack = get32(b, l4 + 8);
        t.dataOffset = b[l4 + 12] >> 4;
        t.flags = b[l4 + 13];
        t.window = get16(b, l4 + 14);
        p.transportChecksum = get16(b, l4 + 16);
        t.urgentPointer = get16(b, l4 + 18);
        if (t.dataOffset < 5)
            return fail(error, "TCP data offset of " + std::to_string(t.dataOffset)
                                   + " words is less than the minimum of 5");
        const std::size_t tcpHdrLen = std::size_t{t.dataOffset} * 4;
        if (tcpHdrLen > l4Len)
            return fail(error, "TCP data offset of " + std::to_string(tcpHdrLen)
                                   + " bytes runs past the end of the segment ("
                                   + std::to_string(l4Len) + " bytes)");
        if (tcpHdrLen > have)
            return fail(error, "the capture kept " + std::to_string(have) + " of the " + std::to_string(tcpHdrLen)
                                   + " bytes of the TCP header");
        mapField(p, "tcp", l4, tcpHdrLen);
        mapField(p, "tcp.srcport", l4, 2);
        mapField(p, "tcp.dstport", l4 + 2, 2);
        mapField(p, "tcp.seq", l4 + 4, 4);
        mapField(p, "tcp.ack", l4 + 8, 4);
        mapField(p, "tcp.hdr_len", l4 + 12, 1);
        mapField(p, "tcp.flags", l4 + 13, 1);
        mapField(p, "tcp.window_size_value", l4 + 14, 2);
        mapField(p, "tcp.checksum", l4 + 16, 2);
        mapField(p, "tcp.urgent_pointer", l4 + 18, 2);
        if (tcpHdrLen > kTcpMin) {
            mapField(p, "tcp.options", l4 + kTcpMin, tcpHdrLen - kTcpMin);
            t.options.assign(b.begin() + static_cast<std::ptrdiff_t>(l4 + kTcpMin),
                             b.begin() + static_cast<std::ptrdiff_t>(l4 + tcpHdrLen));
            std::string reason = parseTcpOptions(b, l4 + kTcpMin, l4 + tcpHdrLen, p);
            if (!reason.empty()) return fail(error, std::move(reason));
        }
        p.transportChecksumValid = missing == 0 && checksum(b.subspan(l4, l4Len)) == 0;
        data = l4 + tcpHdrLen;
    } else if (protocol == WireEncoder::kIpProtoUdp) {
        constexpr std::size_t kUdpLen = WireEncoder::kUdpHeaderLen;
        p.proto = Protocol::Udp;
        if (l4Len < kUdpLen)
            return fail(error, "truncated UDP header: " + std::to_string(l4Len) + " of "
                                   + std::to_string(kUdpLen) + " bytes");
        if (have < kUdpLen)
            return fail(error, "the capture kept " + std::to_string(have) + " of the 8 bytes of the UDP header");
        p.sport = get16(b, l4);
        p.dport = get16(b, l4 + 2);
        p.udp.length = get16(b, l4 + 4);
        p.transportChecksum = get16(b, l4 + 6);
        if (p.udp.length != l4Len)
            return fail(error, "UDP length " + std::to_string(p.udp.length)
                                   + " does not match the " + std::to_string(l4Len)
                                   + (v6 ? " bytes the IPv6 header leaves for it" : " bytes the IPv4 header leaves for it"));
        mapField(p, "udp", l4, kUdpLen);
        mapField(p, "udp.srcport", l4, 2);
        mapField(p, "udp.dstport", l4 + 2, 2);
        mapField(p, "udp.length", l4 + 4, 2);
        mapField(p, "udp.checksum", l4 + 6, 2);
        // A zero checksum field means the sender computed none (RFC 768); IPv6 forbids that
        // (RFC 8200 §8.1), so there it is simply wrong.
        p.udp.checksumPresent = p.transportChecksum != 0;
        if (missing > 0) p.transportChecksumValid = false;
        else if (!p.udp.checksumPresent) p.transportChecksumValid = !v6;
        else p.transportChecksumValid = checksum(b.subspan(l4, l4Len)) == 0;
        data = l4 + kUdpLen;
    } else {
        return fail(error, "unknown IP protocol " + std::to_string(protocol)
                               + " (only TCP, 6, and UDP, 17, are supported)");
    }

    const std::size_t kept = std::min(end, b.size());
    if (kept > data) mapField(p, "payload", data, kept - data);
    p.payload.assign(b.begin() + static_cast<std::ptrdiff_t>(data), b.begin() + static_cast<std::ptrdiff_t>(std::max(kept, data)));
    p.payloadLength = end - data;
    p.truncated = missing > 0;
    if (b.size() > end) mapField(p, p.hasEthernet ? "eth.trailer" : "trailer", end, b.size() - end);
    return p;
}

// The IP packet's length may run past the buffer by at most `missing` bytes: those the capture
// did not keep (its snapshot length).
std::optional<DecodedPacket> decodeIpv4(std::span<const std::uint8_t> b, std::size_t ip, std::size_t missing,
                                        DecodedPacket p, std::string *error)
{
    constexpr std::size_t kIpMin = WireEncoder::kIpv4HeaderLen;
    const std::size_t avail = b.size() - ip;
    if (avail < kIpMin)
        return fail(error, "truncated IPv4 header: " + std::to_string(avail) + " of "
                               + std::to_string(kIpMin) + " bytes");

    // RFC 791 §3.1.
    p.ipVersion = 4;
    Ipv4Header &h = p.ip;
    h.version = b[ip] >> 4;
    h.ihl = b[ip] & 0x0F;
    if (h.version != 4)
        return fail(error, "IP version " + std::to_string(h.version) + ", expected 4");
    if (h.ihl < 5)
        return fail(error, "IPv4 header length (IHL) of " + std::to_string(h.ihl)
                               + " words is less than the minimum of 5");
    const std::size_t ipHdrLen = std::size_t{h.ihl} * 4;
    if (ipHdrLen > avail)
        return fail(error, "IPv4 header length of " + std::to_string(ipHdrLen)
                               + " bytes runs past the end of the buffer ("
                               + std::to_string(avail) + " bytes)");
    h.dscpEcn = b[ip + 1];
    h.totalLength = get16(b, ip + 2);
    if (h.totalLength < ipHdrLen)
        return fail(error, "IPv4 total length " + std::to_string(h.totalLength)
                               + " is less than its header length of "
                               + std::to_string(ipHdrLen) + " bytes");
    if (h.totalLength > avail + missing)
        return fail(error, "IPv4 total length " + std::to_string(h.totalLength)
                               + " runs past the end of the buffer (" + std::to_string(avail)
                               + " bytes)");
    h.identification = get16(b, ip + 4);
    const std::uint16_t flagsFrag = get16(b, ip + 6);
    h.dontFragment = (flagsFrag & 0x4000) != 0;
    h.moreFragments = (flagsFrag & 0x2000) != 0;
    h.fragmentOffset = flagsFrag & 0x1FFF;
    h.ttl = b[ip + 8];
    h.protocol = b[ip + 9];
    h.checksum = get16(b, ip + 10);
    h.source = getBytes<4>(b, ip + 12);
    h.destination = getBytes<4>(b, ip + 16);
    h.checksumValid = internetChecksum(b.subspan(ip, ipHdrLen)) == 0;

    mapField(p, "ip", ip, ipHdrLen);
    mapField(p, "ip.version", ip, 1);
    mapField(p, "ip.hdr_len", ip, 1);
    mapField(p, "ip.dsfield", ip + 1, 1);
    mapField(p, "ip.len", ip + 2, 2);
    mapField(p, "ip.id", ip + 4, 2);
    mapField(p, "ip.flags", ip + 6, 1);
    mapField(p, "ip.frag_offset", ip + 6, 2);
    mapField(p, "ip.ttl", ip + 8, 1);
    mapField(p, "ip.proto", ip + 9, 1);
    mapField(p, "ip.checksum", ip + 10, 2);
    mapField(p, "ip.src", ip + 12, 4);
    mapField(p, "ip.dst", ip + 16, 4);
    if (ipHdrLen > kIpMin) mapField(p, "ip.options", ip + kIpMin, ipHdrLen - kIpMin);

    if (h.moreFragments || h.fragmentOffset != 0)
        return fail(error, "fragmented IPv4 packets are not supported (fragment offset "
                               + std::to_string(h.fragmentOffset * 8) + " bytes"
                               + (h.moreFragments ? ", more fragments follow)" : ")"));
    const std::size_t shortBy = ip + h.totalLength > b.size() ? ip + h.totalLength - b.size() : 0;
    return decodeTransport(b, ip + ipHdrLen, h.totalLength - ipHdrLen, h.protocol, shortBy, std::move(p), error);
}

// RFC 8200 §3 and §4: the fixed header, then extension headers up to TCP or UDP.
std::optional<DecodedPacket> decodeIpv6(std::span<const std::uint8_t> b, std::size_t ip, std::size_t missing,
                                        DecodedPacket p, std::string *error)
{
    const std::size_t avail = b.size() - ip;
    if (avail < kIpv6HeaderLen)
        return fail(error, "truncated IPv6 header: " + std::to_string(avail) + " of 40 bytes");
    p.ipVersion = 6;
    Ipv6Header &h = p.ip6;
    const std::uint32_t first = get32(b, ip);
    if ((first >> 28) != 6) return fail(error, "IP version " + std::to_string(first >> 28) + ", expected 6");
    h.trafficClass = static_cast<std::uint8_t>(first >> 20);
    h.flowLabel = first & 0xFFFFF;
    h.payloadLength = get16(b, ip + 4);
    h.nextHeader = b[ip + 6];
    h.hopLimit = b[ip + 7];
    h.source = getBytes<16>(b, ip + 8);
    h.destination = getBytes<16>(b, ip + 24);
    if (h.payloadLength == 0)
        return fail(error, "IPv6 payload length 0 (a jumbogram or an empty packet) is not supported");
    if (kIpv6HeaderLen + h.payloadLength > avail + missing)
        return fail(error, "IPv6 payload length " + std::to_string(h.payloadLength)
                               + " runs past the end of the buffer (" + std::to_string(avail - kIpv6HeaderLen)
                               + " bytes after the header)");
    mapField(p, "ipv6", ip, kIpv6HeaderLen);
    mapField(p, "ipv6.version", ip, 1);
    mapField(p, "ipv6.tclass", ip, 2);
    mapField(p, "ipv6.flow", ip + 1, 3);
    mapField(p, "ipv6.plen", ip + 4, 2);
    mapField(p, "ipv6.nxt", ip + 6, 1);
    mapField(p, "ipv6.hlim", ip + 7, 1);
    mapField(p, "ipv6.src", ip + 8, 16);
    mapField(p, "ipv6.dst", ip + 24, 16);

    const std::size_t end = ip + kIpv6HeaderLen + h.payloadLength;
    std::size_t at = ip + kIpv6HeaderLen;
    std::uint8_t next = h.nextHeader;
    for (int hops = 0;; ++hops) {
        if (next == WireEncoder::kIpProtoTcp || next == WireEncoder::kIpProtoUdp) break;
        if (next == 59) return fail(error, "the IPv6 packet carries nothing (next header 59)");
        if (next == 44) return fail(error, "fragmented IPv6 packets are not supported");
        if (next != 0 && next != 43 && next != 60 && next != 51)
            return fail(error, "unknown IP protocol " + std::to_string(next)
                                   + " (only TCP, 6, and UDP, 17, are supported)");
        if (hops >= 8) return fail(error, "more than 8 IPv6 extension headers");
        if (at + 2 > b.size() || at + 2 > end)
            return fail(error, "truncated IPv6 extension header at byte " + std::to_string(at));
        // Authentication Header (51) counts 4-byte words beyond the first two; the others 8-byte
        // units beyond the first (RFC 4302 §2.2, RFC 8200 §4.3).
        const std::size_t len = next == 51 ? (std::size_t{b[at + 1]} + 2) * 4 : (std::size_t{b[at + 1]} + 1) * 8;
        if (at + len > end || at + len > b.size())
            return fail(error, "IPv6 extension header of " + std::to_string(len) + " bytes at byte "
                                   + std::to_string(at) + " runs past the end of the packet");
        next = b[at];
        at += len;
    }
    h.extensionLength = at - (ip + kIpv6HeaderLen);
    if (h.extensionLength > 0) mapField(p, "ipv6.ext", ip + kIpv6HeaderLen, h.extensionLength);
    const std::size_t shortBy = end > b.size() ? end - b.size() : 0;
    return decodeTransport(b, at, end - at, next, shortBy, std::move(p), error);
}

// By the version nibble (link types Raw, and the loopback families that may carry either).
std::optional<DecodedPacket> decodeAnyIp(std::span<const std::uint8_t> b, std::size_t ip, std::size_t missing,
                                         DecodedPacket p, std::string *error)
{
    if (b.size() <= ip) return fail(error, "no IP header: the packet ends after " + std::to_string(ip) + " bytes");
    const int version = b[ip] >> 4;
    if (version == 4) return decodeIpv4(b, ip, missing, std::move(p), error);
    if (version == 6) return decodeIpv6(b, ip, missing, std::move(p), error);
    return fail(error, "IP version " + std::to_string(version) + ", expected 4 or 6");
}

std::optional<DecodedPacket> decodeByEtherType(std::span<const std::uint8_t> b, std::size_t ip, std::uint16_t type,
                                               std::size_t missing, DecodedPacket p, std::string *error)
{
    if (type == WireEncoder::kEtherTypeIpv4) return decodeIpv4(b, ip, missing, std::move(p), error);
    if (type == kEtherTypeIpv6) return decodeIpv6(b, ip, missing, std::move(p), error);
    return fail(error, "unknown EtherType " + hex16(type) + " (only IPv4, 0x0800, and IPv6, 0x86dd, are supported)");
}

std::optional<DecodedPacket> decodeEthernet(std::span<const std::uint8_t> b, std::size_t missing, std::string *error)
{
    constexpr std::size_t kEth = WireEncoder::kEthernetHeaderLen;
    if (b.size() < kEth)
        return fail(error, "truncated Ethernet header: " + std::to_string(b.size()) + " of "
                               + std::to_string(kEth) + " bytes");
    DecodedPacket p;
    p.link = LinkType::Ethernet;
    p.hasEthernet = true;
    p.ethernet.destination = getBytes<6>(b, 0);
    p.ethernet.source = getBytes<6>(b, 6);
    p.ethernet.etherType = get16(b, 12);
    mapField(p, "eth", 0, kEth);
    mapField(p, "eth.dst", 0, 6);
    mapField(p, "eth.src", 6, 6);
    mapField(p, "eth.type", 12, 2);
    std::size_t at = kEth;
    // IEEE 802.1Q / 802.1ad tags: a 2-byte tag control (priority, VLAN id) and the next type.
    while (p.ethernet.etherType == kEtherTypeVlan || p.ethernet.etherType == kEtherTypeQinQ) {
        if (p.vlans.size() >= 2) return fail(error, "more than two VLAN tags");
        if (b.size() < at + 4)
            return fail(error, "truncated VLAN tag: " + std::to_string(b.size() - at) + " of 4 bytes");
        p.vlans.push_back(get16(b, at) & 0x0FFF);
        p.ethernet.etherType = get16(b, at + 2);
        const std::string name = p.vlans.size() == 1 ? "vlan" : "vlan2";
        mapField(p, name, at, 4);
        mapField(p, name + ".id", at, 2);
        mapField(p, name + ".etype", at + 2, 2);
        at += 4;
    }
    return decodeByEtherType(b, at, p.ethernet.etherType, missing, std::move(p), error);
}

std::optional<DecodedPacket> decodeCooked(std::span<const std::uint8_t> b, bool v2, std::size_t missing,
                                          std::string *error)
{
    const std::size_t len = v2 ? kSll2Len : kSllLen;
    if (b.size() < len)
        return fail(error, std::string("truncated Linux cooked header: ") + std::to_string(b.size()) + " of "
                               + std::to_string(len) + " bytes");
    DecodedPacket p;
    p.link = v2 ? LinkType::LinuxSll2 : LinkType::LinuxSll;
    CookedHeader &c = p.cooked;
    mapField(p, "sll", 0, len);
    if (v2) {
        c.protocol = get16(b, 0);
        c.interfaceIndex = get32(b, 4);
        c.arphrdType = get16(b, 8);
        c.packetType = b[10];
        c.addressLength = b[11];
        c.address = getBytes<8>(b, 12);
        mapField(p, "sll.etype", 0, 2);
        mapField(p, "sll.ifindex", 4, 4);
        mapField(p, "sll.hatype", 8, 2);
        mapField(p, "sll.pkttype", 10, 1);
        mapField(p, "sll.halen", 11, 1);
        mapField(p, "sll.src", 12, 8);
    } else {
        c.packetType = get16(b, 0);
        c.arphrdType = get16(b, 2);
        c.addressLength = get16(b, 4);
        c.address = getBytes<8>(b, 6);
        c.protocol = get16(b, 14);
        mapField(p, "sll.pkttype", 0, 2);
        mapField(p, "sll.hatype", 2, 2);
        mapField(p, "sll.halen", 4, 2);
        mapField(p, "sll.src", 6, 8);
        mapField(p, "sll.etype", 14, 2);
    }
    return decodeByEtherType(b, len, c.protocol, missing, std::move(p), error);
}

std::optional<DecodedPacket> decodeLoopback(std::span<const std::uint8_t> b, bool networkOrder, std::size_t missing,
                                            std::string *error)
{
    if (b.size() < kLoopbackLen)
        return fail(error, "truncated loopback header: " + std::to_string(b.size()) + " of 4 bytes");
    DecodedPacket p;
    p.link = networkOrder ? LinkType::Loop : LinkType::Null;
    const std::uint32_t be = get32(b, 0);
    const std::uint32_t le = std::uint32_t{b[0]} | std::uint32_t{b[1]} << 8 | std::uint32_t{b[2]} << 16 | std::uint32_t{b[3]} << 24;
    // LINKTYPE_NULL is in the byte order of the machine that wrote it: a family fits in 16 bits.
    p.loopbackFamily = networkOrder || le > 0xFFFF ? be : le;
    mapField(p, "null", 0, kLoopbackLen);
    mapField(p, "null.family", 0, kLoopbackLen);
    // AF_INET is 2 everywhere; AF_INET6 is 10 on Linux, 24 on NetBSD and OpenBSD, 28 on FreeBSD,
    // 30 on macOS (23 on Windows).
    switch (p.loopbackFamily) {
    case 2: return decodeIpv4(b, kLoopbackLen, missing, std::move(p), error);
    case 10: case 23: case 24: case 28: case 30: return decodeIpv6(b, kLoopbackLen, missing, std::move(p), error);
    default:
        return fail(error, "unknown loopback address family " + std::to_string(p.loopbackFamily)
                               + " (only IPv4 and IPv6 are supported)");
    }
}

} // namespace

std::optional<DecodedPacket> WireDecoder::decode(LinkType link, std::span<const std::uint8_t> bytes,
                                                 std::size_t wireLength, std::string *error)
{
    const std::size_t missing = wireLength > bytes.size() ? wireLength - bytes.size() : 0;
    switch (link) {
    case LinkType::Ethernet: return decodeEthernet(bytes, missing, error);
    case LinkType::LinuxSll: return decodeCooked(bytes, false, missing, error);
    case LinkType::LinuxSll2: return decodeCooked(bytes, true, missing, error);
    case LinkType::Null: return decodeLoopback(bytes, false, missing, error);
    case LinkType::Loop: return decodeLoopback(bytes, true, missing, error);
    case LinkType::Raw: {
        DecodedPacket p;
        p.link = LinkType::Raw;
        return decodeAnyIp(bytes, 0, missing, std::move(p), error);
    }
    case LinkType::Ipv4: {
        DecodedPacket p;
        p.link = LinkType::Ipv4;
        return decodeIpv4(bytes, 0, missing, std::move(p), error);
    }
    case LinkType::Ipv6: {
        DecodedPacket p;
        p.link = LinkType::Ipv6;
        return decodeIpv6(bytes, 0, missing, std::move(p), error);
    }
    }
    return fail(error, "unknown link type");
}

std::optional<DecodedPacket> WireDecoder::decodeFrame(std::span<const std::uint8_t> bytes, std::string *error)
{
    return decode(LinkType::Ethernet, bytes, 0, error);
}

std::optional<DecodedPacket> WireDecoder::decodePacket(std::span<const std::uint8_t> bytes, std::string *error)
{
    return decode(LinkType::Raw, bytes, 0, error);
}

Segment WireDecoder::toSegment(const DecodedPacket &packet, const IpAddress &clientIp)
{
    Segment s;
    s.proto = packet.proto;
    s.from = packet.sourceAddress() == clientIp ? NodeId::Client : NodeId::Server;
    s.sport = packet.sport;
    s.dport = packet.dport;
    if (packet.proto == Protocol::Tcp) {
        s.seq = packet.tcp.seq;
        s.ack = packet.tcp.ack;
        s.flags = packet.tcp.flags;
        s.window = packet.tcp.window;
        s.mss = packet.tcp.mss;
    }
    s.payload = packet.payload;
    return s;
}

Segment WireDecoder::toSegment(const DecodedPacket &packet, const Ipv4Address &clientIp)
{
    return toSegment(packet, IpAddress::v4(clientIp));
}

} // namespace wirestep
