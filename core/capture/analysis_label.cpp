#include "core/capture/analysis_label.h"

namespace wirestep {

std::string_view toString(AnalysisLabel l)
{
    switch (l) {
    case AnalysisLabel::Retransmission: return "retransmission";
    case AnalysisLabel::FastRetransmission: return "fast-retransmission";
    case AnalysisLabel::SpuriousRetransmission: return "spurious-retransmission";
    case AnalysisLabel::OutOfOrder: return "out-of-order";
    case AnalysisLabel::DuplicateAck: return "duplicate-ack";
    case AnalysisLabel::KeepAlive: return "keep-alive";
    case AnalysisLabel::KeepAliveAck: return "keep-alive-ack";
    case AnalysisLabel::ZeroWindow: return "zero-window";
    case AnalysisLabel::ZeroWindowProbe: return "zero-window-probe";
    case AnalysisLabel::ZeroWindowProbeAck: return "zero-window-probe-ack";
    case AnalysisLabel::WindowUpdate: return "window-update";
    case AnalysisLabel::WindowFull: return "window-full";
    case AnalysisLabel::Reset: return "reset";
    case AnalysisLabel::LostSegment: return "lost-segment";
    case AnalysisLabel::AckedUnseenSegment: return "acked-unseen-segment";
    }
    return "?";
}

std::optional<AnalysisLabel> analysisLabelFromString(std::string_view s)
{
    for (int i = 0; i < kAnalysisLabelCount; ++i)
        if (toString(static_cast<AnalysisLabel>(i)) == s) return static_cast<AnalysisLabel>(i);
    return std::nullopt;
}

} // namespace wirestep
