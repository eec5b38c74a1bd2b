#include "core/capture/conversation_table.h"

namespace wirestep {

std::size_t ConversationTable::KeyHash::operator()(const Key &k) const
{
    // FNV-1a over the fields.
    std::size_t h = 1469598103934665603ull;
    const auto mix = [&h](std::uint8_t b) { h = (h ^ b) * 1099511628211ull; };
    mix(k.proto);
    for (const ConversationEndpoint *e : {&k.lo, &k.hi}) {
        mix(e->address.version);
        for (std::uint8_t b : e->address.bytes) mix(b);
        mix(static_cast<std::uint8_t>(e->port >> 8));
        mix(static_cast<std::uint8_t>(e->port));
    }
    return h;
}

ConversationTable::Placed ConversationTable::add(const DecodedPacket &p, std::uint64_t number, std::int64_t tUs,
                                                 std::uint32_t wireLength)
{
    const ConversationEndpoint src{p.sourceAddress(), p.sport};
    const ConversationEndpoint dst{p.destinationAddress(), p.dport};
    Key key;
    key.proto = static_cast<std::uint8_t>(p.proto);
    key.lo = std::min(src, dst);
    key.hi = std::max(src, dst);
    const bool tcp = p.proto == Protocol::Tcp;
    const bool syn = tcp && (p.tcp.flags & TcpFlag::SYN) && !(p.tcp.flags & TcpFlag::ACK);
    const bool synAck = tcp && (p.tcp.flags & TcpFlag::SYN) && (p.tcp.flags & TcpFlag::ACK);

    auto found = m_current.find(key);
    if (found != m_current.end() && syn) {
        const Conversation &c = m_conversations[found->second];
        const auto &base = c.baseSeq[static_cast<std::size_t>(indexOf(c.senderOf(src.address, src.port)))];
        if (base && *base != p.tcp.seq) found = m_current.end(); // a new connection on the same ports
    }
    if (found == m_current.end()) {
        Conversation c;
        c.number = m_conversations.size() + 1;
        c.proto = p.proto;
        c.client = synAck ? dst : src; // a SYN,ACK's receiver opened the connection
        c.server = synAck ? src : dst;
        c.firstUs = tUs;
        c.firstPacket = number;
        m_conversations.push_back(c);
        found = m_current.insert_or_assign(key, m_conversations.size() - 1).first;
    }
    Conversation &c = m_conversations[found->second];
    const NodeId from = c.senderOf(src.address, src.port);
    const auto side = static_cast<std::size_t>(indexOf(from));
    ++c.packets[side];
    c.bytes[side] += wireLength;
    c.lastUs = tUs;
    c.lastPacket = number;
    if (tcp) {
        if (!c.baseSeq[side]) c.baseSeq[side] = (p.tcp.flags & TcpFlag::SYN) ? p.tcp.seq : p.tcp.seq - 1;
        const std::size_t other = 1 - side;
        if (!c.baseSeq[other] && (p.tcp.flags & TcpFlag::ACK)) c.baseSeq[other] = p.tcp.ack - 1;
    }
    if (syn && from == NodeId::Client) c.handshakeSeen = true;
    return {found->second, from};
}

std::optional<std::size_t> ConversationTable::preferred() const
{
    for (std::size_t i = 0; i < m_conversations.size(); ++i)
        if (m_conversations[i].proto == Protocol::Tcp) return i;
    if (!m_conversations.empty()) return 0;
    return std::nullopt;
}

} // namespace wirestep
