#pragma once
#include <optional>
#include <string_view>

namespace wirestep {

// The labels TcpAnalyzer gives segments, with the meanings of Wireshark's tcp.analysis.* flags
// (docs/captures.md, "Analysis labels").
enum class AnalysisLabel {
    Retransmission,         // data (or SYN, FIN) sent again, after a timeout
    FastRetransmission,     // sent again after two or more duplicate ACKs asked for it
    SpuriousRetransmission, // sent again although the peer had acknowledged it
    OutOfOrder,             // older than what came before, but too soon after it for a retransmission
    DuplicateAck,           // the same ACK again, with nothing new (its number in SegmentAnalysis)
    KeepAlive,              // one byte below the next sequence number: a keepalive probe
    KeepAliveAck,           // the answer to a keepalive probe
    ZeroWindow,             // the sender's receive buffer is full: window 0
    ZeroWindowProbe,        // one byte sent into a zero window
    ZeroWindowProbeAck,     // the answer to a zero window probe, the window still 0
    WindowUpdate,           // nothing but a new window
    WindowFull,             // the data reaches the edge of the window the peer offered
    Reset,                  // RST: the connection is refused or aborted
    LostSegment,            // data before this segment is not in the capture
    AckedUnseenSegment,     // this acknowledges data the capture does not hold
};
inline constexpr int kAnalysisLabelCount = 15;

// "retransmission", "fast-retransmission", ... "acked-unseen-segment".
std::string_view toString(AnalysisLabel l);
std::optional<AnalysisLabel> analysisLabelFromString(std::string_view s);

} // namespace wirestep
