#pragma once
#include "core/capture/conversation_table.h"

#include "core/wire/capture_error.h"
#include "core/wire/capture_reader.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace wirestep {

// The first pass over a capture: for every packet only where its record starts, its time, and
// which conversation it belongs to (and its sender); the conversations with their statistics.
// 24 bytes a packet, so a capture of a gigabyte is indexed in a few tens of megabytes while the
// packets themselves are read again only when shown (docs/captures.md).
class CaptureIndex {
public:
    static constexpr std::uint32_t kNoConversation = std::numeric_limits<std::uint32_t>::max();

    struct Entry {
        std::uint64_t offset = 0;        // of its record in the file (CaptureReader::readAt)
        std::int64_t tUs = 0;            // capture time, microseconds since 1970
        std::uint32_t conversation = kNoConversation; // index in conversations(); none: not TCP or UDP
        std::uint16_t lengthCheck = 0;   // its wire length's low 16 bits: a packet read again must match
        std::uint8_t fromServer = 0;     // its sender is the conversation's server

        NodeId from() const { return fromServer ? NodeId::Server : NodeId::Client; }
    };

    // Called now and then with the bytes read so far and the file's size; return false to stop.
    using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

    // Reads every packet from `reader` (opened, at its first packet). False if stopped by
    // `progress`; a read error ends the pass early but is not a failure: readError() says what
    // (a truncated last record is common when a capture was stopped while it wrote).
    bool build(CaptureReader &reader, const Progress &progress = {});
    // Adds one packet (the pass calls this; a live source can too).
    void add(const CaptureReader::Packet &packet, LinkType link);

    const std::vector<Entry> &entries() const { return m_entries; }
    // Entry of packet number n (1-based).
    const Entry &entry(std::uint64_t number) const { return m_entries[number - 1]; }
    const ConversationTable &table() const { return m_table; }
    const std::vector<Conversation> &conversations() const { return m_table.conversations(); }
    // Packets that are not TCP or UDP over IPv4 or IPv6 (ARP, ICMP, fragments ...).
    std::uint64_t otherPackets() const { return m_other; }
    const CaptureError &readError() const { return m_readError; }

private:
    std::vector<Entry> m_entries;
    ConversationTable m_table;
    std::uint64_t m_other = 0;
    CaptureError m_readError;
};

} // namespace wirestep
