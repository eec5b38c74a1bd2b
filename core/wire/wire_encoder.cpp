#include "core/wire/wire_encoder.h"

#include "core/wire/checksum.h"

#include <span>
#include <stdexcept>
#include <string>

namespace wirestep {

namespace {

void put16(std::vector<std::uint8_t> &out, std::size_t at, std::uint16_t v)
{
    out[at] = static_cast<std::uint8_t>(v >> 8);
    out[at + 1] = static_cast<std::uint8_t>(v & 0xFF);
}

void put32(std::vector<std::uint8_t> &out, std::size_t at, std::uint32_t v)
{
    put16(out, at, static_cast<std::uint16_t>(v >> 16));
    put16(out, at + 2, static_cast<std::uint16_t>(v & 0xFFFF));
}

template <std::size_t N>
void putBytes(std::vector<std::uint8_t> &out, std::size_t at, const std::array<std::uint8_t, N> &b)
{
    for (std::size_t i = 0; i < N; ++i) out[at + i] = b[i];
}

} // namespace

WireEncoder::WireEncoder(WireAddresses addresses) : m_addresses(addresses) {}

std::uint16_t WireEncoder::takeIdentification(NodeId node)
{
    return m_nextId[indexOf(node)]++;
}

std::size_t WireEncoder::transportHeaderLen(const Segment &seg)
{
    if (seg.proto == Protocol::Udp) return kUdpHeaderLen;
    return kTcpHeaderLen + (seg.mss != 0 ? kTcpMssOptionLen : 0);
}

std::size_t WireEncoder::packetLen(const Segment &seg)
{
    return kIpv4HeaderLen + transportHeaderLen(seg) + seg.payload.size();
}

std::vector<std::uint8_t> WireEncoder::encodeFrame(const Segment &seg)
{
    const std::uint16_t id = peekIdentification(seg.from);
    auto frame = frameWithId(seg, id);
    takeIdentification(seg.from);
    return frame;
}

std::vector<std::uint8_t> WireEncoder::encodePacket(const Segment &seg)
{
    const std::uint16_t id = peekIdentification(seg.from);
    auto packet = packetWithId(seg, id);
    takeIdentification(seg.from);
    return packet;
}

std::vector<std::uint8_t> WireEncoder::frameWithId(const Segment &seg,
                                                   std::uint16_t identification) const
{
    std::vector<std::uint8_t> out(kEthernetHeaderLen);
    // Ethernet II: destination MAC, source MAC, EtherType.
    putBytes(out, 0, m_addresses.mac(peerOf(seg.from)));
    putBytes(out, 6, m_addresses.mac(seg.from));
    put16(out, 12, kEtherTypeIpv4);
    appendPacket(out, seg, identification);
    return out;
}

std::vector<std::uint8_t> WireEncoder::packetWithId(const Segment &seg,
                                                    std::uint16_t identification) const
{
    std::vector<std::uint8_t> out;
    appendPacket(out, seg, identification);
    return out;
}

void WireEncoder::appendPacket(std::vector<std::uint8_t> &out, const Segment &seg,
                               std::uint16_t identification) const
{
    const std::size_t total = packetLen(seg);
    if (total > kMaxIpPacketLen)
        throw std::length_error("segment payload of " + std::to_string(seg.payload.size())
                                + " bytes does not fit in one IPv4 packet");

    const std::size_t ip = out.size();
    const std::size_t l4 = ip + kIpv4HeaderLen;
    const std::size_t l4Len = total - kIpv4HeaderLen;
    const std::size_t data = l4 + transportHeaderLen(seg);
    out.resize(ip + total, 0);

    const Ipv4Address &src = m_addresses.ip(seg.from);
    const Ipv4Address &dst = m_addresses.ip(peerOf(seg.from));
    const bool tcp = seg.proto == Protocol::Tcp;

    // IPv4 header, RFC 791 §3.1: version 4, IHL 5 words, no DSCP/ECN, DF set, no fragments.
    out[ip + 0] = 0x45;
    out[ip + 1] = 0;
    put16(out, ip + 2, static_cast<std::uint16_t>(total));
    put16(out, ip + 4, identification);
    put16(out, ip + 6, 0x4000);
    out[ip + 8] = kTtl;
    out[ip + 9] = tcp ? kIpProtoTcp : kIpProtoUdp;
    putBytes(out, ip + 12, src);
    putBytes(out, ip + 16, dst);
    // The header checksum covers the header only (RFC 791 §3.1, computed per RFC 1071).
    put16(out, ip + 10, internetChecksum(std::span(out).subspan(ip, kIpv4HeaderLen)));

    for (std::size_t i = 0; i < seg.payload.size(); ++i)
        out[data + i] = static_cast<std::uint8_t>(seg.payload[i]);

    const std::span<const std::uint8_t> l4Bytes = std::span(out).subspan(l4, l4Len);
    if (tcp) {
        // TCP header, RFC 9293 §3.1.
        put16(out, l4 + 0, seg.sport);
        put16(out, l4 + 2, seg.dport);
        put32(out, l4 + 4, seg.seq);
        put32(out, l4 + 8, seg.ack);
        out[l4 + 12] = static_cast<std::uint8_t>((transportHeaderLen(seg) / 4) << 4);
        out[l4 + 13] = seg.flags;
        put16(out, l4 + 14, seg.window);
        put16(out, l4 + 18, 0); // urgent pointer
        if (seg.mss != 0) {
            // Maximum Segment Size option, RFC 9293 §3.2: kind 2, length 4, value.
            out[l4 + 20] = 2;
            out[l4 + 21] = 4;
            put16(out, l4 + 22, seg.mss);
        }
        put16(out, l4 + 16, transportChecksum(src, dst, kIpProtoTcp, l4Bytes));
    } else {
        // UDP header, RFC 768.
        put16(out, l4 + 0, seg.sport);
        put16(out, l4 + 2, seg.dport);
        put16(out, l4 + 4, static_cast<std::uint16_t>(l4Len));
        put16(out, l4 + 6,
              udpChecksumOnWire(transportChecksum(src, dst, kIpProtoUdp, l4Bytes)));
    }
}

} // namespace wirestep
