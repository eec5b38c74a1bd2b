#pragma once
#include "core/capture/segment_analysis.h"

#include "core/trace/node_id.h"
#include "core/wire/decoded_packet.h"

#include <array>
#include <cstdint>
#include <optional>

namespace wirestep {

// Gives the segments of one TCP connection, in capture order, Wireshark's analysis labels
// (its "TCP analysis" of sequence numbers, as tshark's tcp.analysis.* fields show it), so that
// the ladder says what Wireshark would: retransmission, duplicate ACK #n, out-of-order,
// keep-alive, zero window, window full, and the rest of AnalysisLabel. docs/captures.md lists
// the rule behind each label.
//
// What it remembers of each direction (all with absolute sequence numbers, 0 meaning "not
// seen yet" as in Wireshark): the next sequence number expected, the highest one the peer may
// acknowledge, the last ACK and window sent, the window scale announced in the SYN, and the
// running count of duplicate ACKs.
class TcpAnalyzer {
public:
    // The labels of the next segment; `from` is its sender.
    SegmentAnalysis analyze(NodeId from, std::int64_t tUs, const DecodedPacket &packet);

    // The RTT of the handshake (SYN to the ACK that completes it), once seen; 0 before.
    std::int64_t initialRttUs() const { return m_firstRttUs; }

private:
    struct Flow {
        bool baseSet = false;
        std::uint32_t base = 0;
        std::uint32_t nextSeq = 0;      // the sequence number after the highest data sent
        std::int64_t nextSeqUs = 0;     // when nextSeq last grew
        std::uint32_t maxSeqToBeAcked = 0;
        std::uint32_t lastAck = 0;      // the ACK number this side last sent
        std::int64_t lastAckUs = 0;
        std::uint32_t window = 0xFFFFFFFF; // the raw window this side last sent; unknown at first
        int windowScale = -1;           // -1 unknown, -2 no scaling, else the shift
        bool firstAck = true;           // its last window came from a SYN, which is never scaled
        int duplicateAcks = 0;          // -1: an ACK of an unseen segment was just counted
        SegmentAnalysis last;           // the labels of its last segment
    };

    std::array<Flow, 2> m_flows;
    std::int64_t m_lastSynUs = -1;      // the most recent SYN (without ACK)
    std::int64_t m_firstRttUs = 0;
};

} // namespace wirestep
