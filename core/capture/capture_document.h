#pragma once
#include "core/capture/capture_index.h"
#include "core/capture/conversation.h"
#include "core/capture/inference_note.h"

#include "core/trace/trace_sink.h"
#include "core/wire/capture_error.h"
#include "core/wire/capture_reader.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace wirestep {

// One packet as the packet inspector shows it: its real bytes, read from the file when asked
// for, with what its fields are explained against.
struct InspectedPacket {
    std::uint64_t number = 0;
    LinkType link = LinkType::Ethernet;
    std::uint32_t wireLength = 0;
    NodeId from = NodeId::Client;
    std::vector<std::uint8_t> bytes;
    std::vector<std::uint8_t> previousSame; // the sender's previous packet in the conversation; empty if none
    std::vector<std::uint8_t> lastReceived; // the last packet the sender got from its peer before; empty if none
    std::optional<std::uint32_t> senderBase;   // absolute numbers the relative ones count from
    std::optional<std::uint32_t> receiverBase;
    std::optional<std::uint8_t> senderWindowShift; // from the sender's SYN (RFC 7323 §2.2)
};

// Which packets of a conversation CaptureDocument::load() turns into events: `count` of them
// from the `first`th (0-based) on.
struct PacketRange {
    std::uint64_t first = 0;
    std::uint64_t count = std::numeric_limits<std::uint64_t>::max();
};

// An open capture file: its index (one pass over the file, docs/captures.md), its
// conversations, and the packets of one conversation read again on demand, as trace events for
// the ladder (load) or as bytes for the inspector (inspect). Only the index stays in memory.
class CaptureDocument {
public:
    struct Loaded {
        bool ok = false;
        std::uint64_t first = 0;   // the packets of the conversation shown: [first, first + shown)
        std::uint64_t shown = 0;
        std::uint64_t total = 0;   // packets in the conversation
        std::uint64_t events = 0;
        CaptureError error;        // why it failed
        std::vector<InferenceNote> notes; // what the capture could not decide
    };

    // Opens and indexes a file. False if it cannot be read at all (error() says why, in a kind
    // CaptureErrorText turns into one line) or `progress` stopped it. A file that breaks off
    // part-way opens with the packets before the break, and warning() says where.
    bool open(const std::string &path, const CaptureIndex::Progress &progress = {});
    bool isOpen() const { return m_reader.isOpen(); }
    const std::string &path() const { return m_path; }
    const CaptureError &error() const { return m_error; }
    const CaptureError &warning() const { return m_index.readError(); }

    CaptureReader::Format format() const { return m_reader.format(); }
    LinkType linkType() const { return m_reader.linkType(); }
    std::uint64_t packetCount() const { return m_index.entries().size(); }
    std::uint64_t otherPackets() const { return m_index.otherPackets(); }
    const std::vector<Conversation> &conversations() const { return m_index.conversations(); }
    // The conversation shown first: the first TCP one, else the first.
    std::optional<std::size_t> preferredConversation() const { return m_index.table().preferred(); }
    // Packet numbers of a conversation, in file order.
    std::vector<std::uint64_t> packetsOf(std::size_t conversation) const;

    // Streams events for the packets `range` of conversation `index` into `sink`. Time zero is
    // the conversation's first packet, whatever the range.
    Loaded load(std::size_t index, TraceSink &sink, PacketRange range = {}, const CaptureIndex::Progress &progress = {});
    // Packet `number` (1-based) with its context in its conversation; nothing if it cannot be read.
    std::optional<InspectedPacket> inspect(std::uint64_t number);

private:
    std::optional<std::vector<std::uint8_t>> readBytes(std::uint64_t number, std::uint32_t *wireLength = nullptr);
    // Packet `number` again: from its offset, or (a pcapng file of several sections, whose later
    // sections libpcap has already taken in) by reading on from the start with a second reader.
    // Nothing if it cannot be read or is not what the index saw (the file changed).
    const CaptureReader::Packet *readPacket(std::uint64_t number);

    std::string m_path;
    CaptureReader m_reader;
    CaptureReader m_sequential;   // for files whose packets cannot be read again from their offsets
    bool m_seekable = true;
    CaptureReader::Packet m_packet;
    CaptureIndex m_index;
    CaptureError m_error;
    // What load() learnt of the conversation it loaded last, for inspect().
    std::optional<std::size_t> m_loaded;
    std::array<std::optional<std::uint32_t>, 2> m_base;
    std::array<std::optional<std::uint8_t>, 2> m_shift;
};

} // namespace wirestep
