#include "capture_text.h"

namespace wirestep {

QString CaptureText::errorLine(const CaptureError &e, const QString &file, std::uint64_t packetsRead)
{
    const QString detail = QString::fromStdString(e.detail);
    switch (e.kind) {
    case CaptureError::Kind::None: return {};
    case CaptureError::Kind::CannotOpen: return tr("Cannot open %1: %2.").arg(file, detail);
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

} // namespace wirestep
