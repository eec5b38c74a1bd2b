#pragma once
#include "core/trace/node_id.h"
#include "core/trace/segment.h"
#include "core/wire/wire_addresses.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace wirestep {

// One end of a conversation: an address and a port.
struct ConversationEndpoint {
    IpAddress address;
    std::uint16_t port = 0;
    auto operator<=>(const ConversationEndpoint &) const = default;
};

// "127.0.0.1:47001", "[::1]:47002".
std::string toString(const ConversationEndpoint &e);

// The packets between two endpoints over TCP or UDP, as Wireshark's Statistics ▸ Conversations
// lists them (docs/captures.md). A TCP port pair that a new connection uses again (a SYN with
// another initial sequence number) starts a new conversation.
struct Conversation {
    std::size_t number = 0;          // 1, 2, 3 ... in the order of their first packets
    Protocol proto = Protocol::Tcp;
    // The client sent the SYN; without a SYN in the capture, the SYN,ACK's receiver, else the
    // first packet's sender. The ladder draws the client on the left.
    ConversationEndpoint client;
    ConversationEndpoint server;
    std::array<std::uint64_t, 2> packets{}; // sent by the client, by the server (indexOf(NodeId))
    std::array<std::uint64_t, 2> bytes{};   // their lengths on the wire
    std::int64_t firstUs = 0;               // capture times of the first and last packets
    std::int64_t lastUs = 0;
    std::uint64_t firstPacket = 0;          // their packet numbers
    std::uint64_t lastPacket = 0;
    bool handshakeSeen = false;             // the capture holds the client's SYN
    // Each side's base sequence number, as Wireshark takes it: its SYN's number, else the first
    // number it sent minus one, else the other side's first acknowledgment number minus one.
    std::array<std::optional<std::uint32_t>, 2> baseSeq;

    std::uint64_t packetCount() const { return packets[0] + packets[1]; }
    std::uint64_t byteCount() const { return bytes[0] + bytes[1]; }
    std::int64_t durationUs() const { return lastUs - firstUs; }
    // Who sent a packet from this address and port: the client or the server.
    NodeId senderOf(const IpAddress &address, std::uint16_t port) const
    {
        return address == client.address && port == client.port ? NodeId::Client : NodeId::Server;
    }
};

} // namespace wirestep
