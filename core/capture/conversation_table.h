#pragma once
#include "core/capture/conversation.h"

#include "core/wire/decoded_packet.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace wirestep {

// Sorts decoded packets into conversations, one packet at a time (a file's first pass, or a
// live capture as packets arrive), counting packets, bytes and times per direction.
//
// A conversation is the protocol and the pair of endpoints, either way round. For TCP a SYN
// without ACK whose sequence number differs from its sender's base sequence number (see
// Conversation::baseSeq) starts a new conversation on the same port pair, as Wireshark starts a
// new stream (RFC 9293 §3.4.1: a new incarnation of a connection has a new initial sequence
// number).
class ConversationTable {
public:
    // Where a packet went: the conversation's index in conversations(), and its sender.
    struct Placed {
        std::size_t index = 0;
        NodeId from = NodeId::Client;
    };

    Placed add(const DecodedPacket &packet, std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength);

    const std::vector<Conversation> &conversations() const { return m_conversations; }
    bool empty() const { return m_conversations.empty(); }
    // The first TCP conversation, else the first one; nothing if there is none.
    std::optional<std::size_t> preferred() const;

private:
    struct Key {
        std::uint8_t proto = 0;
        ConversationEndpoint lo, hi; // lo < hi
        bool operator==(const Key &) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key &k) const;
    };

    std::vector<Conversation> m_conversations;
    std::unordered_map<Key, std::size_t, KeyHash> m_current; // the latest conversation of each key
};

} // namespace wirestep
