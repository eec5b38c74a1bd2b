#pragma once
#include "core/trace/event_facts.h"
#include "core/trace/segment.h"
#include "core/wire/decoded_packet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace wirestep {

// One row of the packet inspector's tree: a layer ("tcp") or a field ("tcp.ack") with its value
// and why it has that value.
struct PacketField {
    std::string name;           // Wireshark's field name; layers are "eth", "sll", "null", "vlan", "ip", "ipv6", "tcp", "udp", "payload"
    FieldRange range;           // its bytes in the frame
    QString title;              // "Acknowledgment number"
    QString value;              // "101"
    QString why;                // "101 = 100 + 1: the SYN took one sequence number ..."
    bool changed = false;       // differs from the previous segment in the same direction
    std::vector<PacketField> children;
};

// Explains every field of one encoded segment in the words students need (docs/teaching-notes.md):
// the values come from the decoded bytes, the reasons from the conversation around it.
class FieldExplainer {
    Q_DECLARE_TR_FUNCTIONS(wirestep::FieldExplainer)

public:
    struct Context {
        Segment segment;                       // the segment itself
        std::optional<Segment> previousSame;   // the previous segment its sender sent
        std::optional<Segment> lastReceived;   // the last segment the sender got from its peer before
        std::optional<std::uint32_t> senderIsn;   // for relative sequence numbers
        std::optional<std::uint32_t> receiverIsn; // for relative acknowledgment numbers
        // A real packet from a capture (docs/captures.md), not one the simulator made: some
        // reasons differ (a checksum offloaded to the card, an IP identification of any value).
        bool captured = false;
        std::optional<std::uint8_t> windowShift;  // the window scale the sender announced in its SYN
        EventFacts facts;                      // of the segment's send: why it was sent again, ...
    };

    // The layers of `packet` with their fields, in byte order. `previous` is the previous segment
    // of the same direction, decoded, to mark what changed (nullptr: nothing is marked).
    static std::vector<PacketField> explain(const DecodedPacket &packet, const Context &context,
                                            const std::vector<std::uint8_t> &bytes,
                                            const DecodedPacket *previous,
                                            const std::vector<std::uint8_t> *previousBytes);

    // "Ethernet II", "Internet Protocol version 4" ... for a layer name.
    static QString layerTitle(const std::string &layer);

private:
    static PacketField describe(const FieldEntry &entry, const DecodedPacket &p, const Context &c);
    static void describeIp(PacketField &f, const DecodedPacket &p, const Context &c);
    static void describeTcp(PacketField &f, const DecodedPacket &p, const Context &c);
    static void describeUdp(PacketField &f, const DecodedPacket &p, const Context &c);
    static void describeLink(PacketField &f, const DecodedPacket &p);
    static void describeIpv6(PacketField &f, const DecodedPacket &p, const Context &c);
    static void describeTcpOption(PacketField &f, const DecodedPacket &p, const Context &c);
    static QString portWhy(std::uint16_t port, bool source, const Context &c);
    static QString seqWhy(const Context &c);
    static QString ackWhy(const Context &c);
    static std::vector<PacketField> flagFields(const DecodedPacket &p, const FieldRange &range,
                                               const DecodedPacket *previous);
};

} // namespace wirestep
