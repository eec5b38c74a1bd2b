#pragma once
#include "core/capture/analysis_label.h"
#include "core/capture/inference_note.h"
#include "core/capture/segment_analysis.h"

#include "core/wire/capture_error.h"
#include "core/wire/capture_reader.h"
#include "core/wire/link_type.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace wirestep {

// The translated words for captures: the one line a user reads when a file cannot be read (or
// breaks off part-way), as docs/captures.md lists them, and the names of formats and link types.
class CaptureText {
    Q_DECLARE_TR_FUNCTIONS(wirestep::CaptureText)

public:
    // `file` as the user named it. For a truncated or damaged record, `packetsRead` is how many
    // packets before it were read.
    static QString errorLine(const CaptureError &error, const QString &file, std::uint64_t packetsRead = 0);
    static QString formatName(CaptureReader::Format format); // "pcap", "pcapng"
    static QString linkTypeName(LinkType link);              // "Ethernet", "Linux cooked (SLL2)" ...
    // A label as the ladder shows it: "Retransmission", "Dup ACK #2", "Zero window" ...
    static QString analysisLabel(AnalysisLabel label, std::uint32_t duplicateAck = 0);
    // All labels of a segment, separated by commas; empty if none.
    static QString analysisLabels(const SegmentAnalysis &analysis);
    // One sentence for a note on what the capture could not decide.
    static QString noteLine(const InferenceNote &note);
    // "States are inferred ..." said once above a connection's ladder.
    static QString inferredStatesLine();
};

} // namespace wirestep
