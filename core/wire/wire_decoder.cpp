#include "core/wire/wire_decoder.h"

#include "core/wire/checksum.h"
#include "core/wire/wire_encoder.h"

#include <cstdio>

namespace wirestep {

namespace {

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

void mapField(DecodedPacket &p, const char *name, std::size_t offset, std::size_t length)
{
    p.fields.push_back({name, {offset, length}});
}

// Parses TCP options (RFC 9293 §3.2) in b[begin, end). Returns an error reason, empty if fine.
std::string parseTcpOptions(std::span<const std::uint8_t> b, std::size_t begin, std::size_t end,
                            DecodedPacket &p)
{
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
        if (kind == 2) {
            if (len != 4)
                return "TCP MSS option has length " + std::to_string(len) + ", expected 4";
            p.tcp.mss = get16(b, i + 2);
            mapField(p, "tcp.options.mss", i, 4);
            mapField(p, "tcp.options.mss_val", i + 2, 2);
        }
        i += len;
    }
    return {};
}

std::optional<DecodedPacket> decodeIp(std::span<const std::uint8_t> b, std::size_t ip,
                                      DecodedPacket p, std::string *error)
{
    constexpr std::size_t kIpMin = WireEncoder::kIpv4HeaderLen;
    const std::size_t avail = b.size() - ip;
    if (avail < kIpMin)
        return fail(error, "truncated IPv4 header: " + std::to_string(avail) + " of "
                               + std::to_string(kIpMin) + " bytes");

    // RFC 791 §3.1.
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
    if (h.totalLength > avail)
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

    const std::size_t l4 = ip + ipHdrLen;
    const std::size_t l4Len = h.totalLength - ipHdrLen;
    const std::size_t end = ip + h.totalLength;
    const std::span<const std::uint8_t> l4Bytes = b.subspan(l4, l4Len);

    std::size_t data = 0;
    if (h.protocol == WireEncoder::kIpProtoTcp) {
        constexpr std::size_t kTcpMin = WireEncoder::kTcpHeaderLen;
        p.proto = Protocol::Tcp;
        if (l4Len < kTcpMin)
            return fail(error, "truncated TCP header: " + std::to_string(l4Len) + " of "
                                   + std::to_string(kTcpMin) + " bytes");
        // RFC 9293 §3.1.
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
        p.transportChecksumValid =
            transportChecksum(h.source, h.destination, h.protocol, l4Bytes) == 0;
        data = l4 + tcpHdrLen;
    } else if (h.protocol == WireEncoder::kIpProtoUdp) {
        constexpr std::size_t kUdpLen = WireEncoder::kUdpHeaderLen;
        p.proto = Protocol::Udp;
        if (l4Len < kUdpLen)
            return fail(error, "truncated UDP header: " + std::to_string(l4Len) + " of "
                                   + std::to_string(kUdpLen) + " bytes");
        // RFC 768.
        p.sport = get16(b, l4);
        p.dport = get16(b, l4 + 2);
        p.udp.length = get16(b, l4 + 4);
        p.transportChecksum = get16(b, l4 + 6);
        if (p.udp.length != l4Len)
            return fail(error, "UDP length " + std::to_string(p.udp.length)
                                   + " does not match the " + std::to_string(l4Len)
                                   + " bytes the IPv4 header leaves for it");
        mapField(p, "udp", l4, kUdpLen);
        mapField(p, "udp.srcport", l4, 2);
        mapField(p, "udp.dstport", l4 + 2, 2);
        mapField(p, "udp.length", l4 + 4, 2);
        mapField(p, "udp.checksum", l4 + 6, 2);
        // A zero checksum field means the sender computed none (RFC 768).
        p.udp.checksumPresent = p.transportChecksum != 0;
        p.transportChecksumValid =
            !p.udp.checksumPresent
            || transportChecksum(h.source, h.destination, h.protocol, l4Bytes) == 0;
        data = l4 + kUdpLen;
    } else {
        return fail(error, "unknown IP protocol " + std::to_string(h.protocol)
                               + " (only TCP, 6, and UDP, 17, are supported)");
    }

    if (end > data) mapField(p, "payload", data, end - data);
    p.payload.assign(b.begin() + static_cast<std::ptrdiff_t>(data),
                     b.begin() + static_cast<std::ptrdiff_t>(end));
    if (b.size() > end) mapField(p, p.hasEthernet ? "eth.trailer" : "trailer", end, b.size() - end);
    return p;
}

} // namespace

std::optional<DecodedPacket> WireDecoder::decodeFrame(std::span<const std::uint8_t> bytes,
                                                      std::string *error)
{
    constexpr std::size_t kEth = WireEncoder::kEthernetHeaderLen;
    if (bytes.size() < kEth)
        return fail(error, "truncated Ethernet header: " + std::to_string(bytes.size()) + " of "
                               + std::to_string(kEth) + " bytes");
    DecodedPacket p;
    p.hasEthernet = true;
    p.ethernet.destination = getBytes<6>(bytes, 0);
    p.ethernet.source = getBytes<6>(bytes, 6);
    p.ethernet.etherType = get16(bytes, 12);
    if (p.ethernet.etherType != WireEncoder::kEtherTypeIpv4)
        return fail(error, "unknown EtherType " + hex16(p.ethernet.etherType)
                               + " (only IPv4, 0x0800, is supported)");
    mapField(p, "eth", 0, kEth);
    mapField(p, "eth.dst", 0, 6);
    mapField(p, "eth.src", 6, 6);
    mapField(p, "eth.type", 12, 2);
    return decodeIp(bytes, kEth, std::move(p), error);
}

std::optional<DecodedPacket> WireDecoder::decodePacket(std::span<const std::uint8_t> bytes,
                                                       std::string *error)
{
    return decodeIp(bytes, 0, DecodedPacket{}, error);
}

Segment WireDecoder::toSegment(const DecodedPacket &packet, const Ipv4Address &clientIp)
{
    Segment s;
    s.proto = packet.proto;
    s.from = packet.ip.source == clientIp ? NodeId::Client : NodeId::Server;
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

} // namespace wirestep
