#include "core/capture/segment_analysis.h"

#include <charconv>

namespace wirestep {

std::vector<AnalysisLabel> SegmentAnalysis::labels() const
{
    std::vector<AnalysisLabel> out;
    for (int i = 0; i < kAnalysisLabelCount; ++i)
        if (has(static_cast<AnalysisLabel>(i))) out.push_back(static_cast<AnalysisLabel>(i));
    return out;
}

std::string SegmentAnalysis::toString() const
{
    std::string out;
    for (AnalysisLabel l : labels()) {
        if (!out.empty()) out += ',';
        out += wirestep::toString(l);
        if (l == AnalysisLabel::DuplicateAck && duplicateAck > 0) out += "#" + std::to_string(duplicateAck);
    }
    return out;
}

SegmentAnalysis SegmentAnalysis::parse(std::string_view tokens)
{
    SegmentAnalysis a;
    while (!tokens.empty()) {
        const std::size_t comma = tokens.find(',');
        std::string_view token = tokens.substr(0, comma);
        tokens = comma == std::string_view::npos ? std::string_view() : tokens.substr(comma + 1);
        std::uint32_t number = 0;
        if (const std::size_t hash = token.find('#'); hash != std::string_view::npos) {
            const std::string_view digits = token.substr(hash + 1);
            std::from_chars(digits.data(), digits.data() + digits.size(), number);
            token = token.substr(0, hash);
        }
        if (const auto l = analysisLabelFromString(token)) {
            a.add(*l);
            if (*l == AnalysisLabel::DuplicateAck) a.duplicateAck = number;
        }
    }
    return a;
}

} // namespace wirestep
