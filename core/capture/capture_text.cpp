#include "core/capture/capture_text.h"

#include <QStringList>

namespace wirestep {

QString CaptureText::errorLine(const CaptureError &e, const QString &file, std::uint64_t packetsRead)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.kind) {
    case CaptureError::Kind::None: return {};
    case CaptureError::Kind::CannotOpen: return tr("Cannot open %1: %2.").arg(file, detail);
    case CaptureError::Kind::NotRegular:
        return tr("%1 is not a regular file (a FIFO, a socket or a device): give a pcap or pcapng file.").arg(file);
    case CaptureError::Kind::Empty: return tr("%1 is empty: a capture file starts with a pcap or pcapng header.").arg(file);
    case CaptureError::Kind::NotACapture:
        return tr("%1 is not a capture: it starts with neither a pcap nor a pcapng header (its first bytes are %2).")
            .arg(file, detail);
    case CaptureError::Kind::TruncatedHeader:
        return tr("%1 is cut short: it ends inside its file header.").arg(file);
    case CaptureError::Kind::UnsupportedLinkType:
        return tr("%1 has link type %2 (%3), which Wirestep does not decode: it reads Ethernet, Linux cooked (SLL, SLL2), "
                  "loopback and raw IP captures.")
            .arg(file)
            .arg(e.linkType)
            .arg(detail.isEmpty() ? tr("unknown") : detail);
    case CaptureError::Kind::TruncatedRecord:
        return tr("%1 is cut short: packet %2 (at byte %3) is incomplete; the %n packet(s) before it are read.", nullptr,
                  static_cast<int>(packetsRead))
            .arg(file)
            .arg(e.packet)
            .arg(e.offset);
    case CaptureError::Kind::Damaged:
        if (e.packet == 0) return tr("%1 is damaged: %2.").arg(file, detail);
        return tr("%1 is damaged at packet %2 (byte %3): %4.").arg(file).arg(e.packet).arg(e.offset).arg(detail);
    }
    return {};
}

QString CaptureText::formatName(CaptureReader::Format format)
{
    return format == CaptureReader::Format::Pcapng ? QStringLiteral("pcapng") : QStringLiteral("pcap");
}

QString CaptureText::linkTypeName(LinkType link)
{
    switch (link) {
    case LinkType::Ethernet: return tr("Ethernet");
    case LinkType::LinuxSll: return tr("Linux cooked (SLL)");
    case LinkType::LinuxSll2: return tr("Linux cooked (SLL2)");
    case LinkType::Null: return tr("BSD loopback");
    case LinkType::Loop: return tr("OpenBSD loopback");
    case LinkType::Raw: return tr("raw IP");
    case LinkType::Ipv4: return tr("raw IPv4");
    case LinkType::Ipv6: return tr("raw IPv6");
    }
    return {};
}

QString CaptureText::analysisLabel(AnalysisLabel label, std::uint32_t duplicateAck)
{
    switch (label) {
    case AnalysisLabel::Retransmission: return tr("Retransmission");
    case AnalysisLabel::FastRetransmission: return tr("Fast retransmission");
    case AnalysisLabel::SpuriousRetransmission: return tr("Spurious retransmission");
    case AnalysisLabel::OutOfOrder: return tr("Out-of-order");
    case AnalysisLabel::DuplicateAck: return duplicateAck ? tr("Dup ACK #%1").arg(duplicateAck) : tr("Dup ACK");
    case AnalysisLabel::KeepAlive: return tr("Keep-alive");
    case AnalysisLabel::KeepAliveAck: return tr("Keep-alive ACK");
    case AnalysisLabel::ZeroWindow: return tr("Zero window");
    case AnalysisLabel::ZeroWindowProbe: return tr("Zero window probe");
    case AnalysisLabel::ZeroWindowProbeAck: return tr("Zero window probe ACK");
    case AnalysisLabel::WindowUpdate: return tr("Window update");
    case AnalysisLabel::WindowFull: return tr("Window full");
    case AnalysisLabel::Reset: return tr("Reset");
    case AnalysisLabel::LostSegment: return tr("Previous segment not captured");
    case AnalysisLabel::AckedUnseenSegment: return tr("ACKed segment not captured");
    }
    return {};
}

QString CaptureText::analysisLabels(const SegmentAnalysis &analysis)
{
    QStringList names;
    for (AnalysisLabel l : analysis.labels()) names << analysisLabel(l, analysis.duplicateAck);
    return names.join(tr(", ", "between analysis labels"));
}

QString CaptureText::noteLine(const InferenceNote &note)
{
    const bool client = note.node == NodeId::Client;
    switch (note.kind) {
    case InferenceNote::Kind::MidConnection:
        return tr("The capture starts in the middle of the connection: both sides are taken to be ESTABLISHED, and what came before is unknown.");
    case InferenceNote::Kind::Silent:
        return client ? tr("The client sent nothing in this capture, so its state cannot be inferred.")
                      : tr("The server sent nothing in this capture, so its state cannot be inferred.");
    case InferenceNote::Kind::ResetIgnored:
        return client ? tr("Packet %1: the RST is not at the next byte the client expects, so the client may have ignored it (RFC 5961); its state is left as it was.").arg(note.packet)
                      : tr("Packet %1: the RST is not at the next byte the server expects, so the server may have ignored it (RFC 5961); its state is left as it was.").arg(note.packet);
    }
    return {};
}

QString CaptureText::inferredStatesLine()
{
    return tr("The states are inferred from the segments by the RFC 9293 state machine; the capture itself holds only packets.");
}

} // namespace wirestep
