#pragma once
#include "core/capture/analysis_label.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// The analysis labels of one segment, and which duplicate of an ACK it is. In a trace it is kept
// as TraceEvent::analysis, tokens separated by commas: "retransmission,window-full",
// "duplicate-ack#2".
struct SegmentAnalysis {
    std::uint32_t bits = 0;
    std::uint32_t duplicateAck = 0; // N for the Nth duplicate of an ACK; 0 otherwise

    bool has(AnalysisLabel l) const { return (bits & bit(l)) != 0; }
    void add(AnalysisLabel l) { bits |= bit(l); }
    bool empty() const { return bits == 0; }
    bool operator==(const SegmentAnalysis &) const = default;
    // The labels in the order of AnalysisLabel.
    std::vector<AnalysisLabel> labels() const;

    std::string toString() const;
    // Reads what toString() wrote; unknown tokens are skipped.
    static SegmentAnalysis parse(std::string_view tokens);

private:
    static std::uint32_t bit(AnalysisLabel l) { return 1u << static_cast<int>(l); }
};

} // namespace wirestep
