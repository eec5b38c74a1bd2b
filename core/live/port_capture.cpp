#include "core/live/port_capture.h"

#include "core/wire/wire_decoder.h"

#include <QCoreApplication>

#include <pcap/pcap.h>

#include <span>
#include <string>

namespace wirestep {

namespace {
constexpr int kSnapLength = 65535;
constexpr int kBufferBytes = 4 * 1024 * 1024;
} // namespace

PortCapture::PortCapture(OnPacket onPacket, QObject *parent)
    : QObject(parent), m_onPacket(std::move(onPacket)),
      m_pcap([this](const ::pcap_pkthdr *header, const unsigned char *bytes) { handlePacket(header, bytes); })
{
}

PortCapture::~PortCapture() { close(); }

bool PortCapture::open(std::uint16_t port, bool udp, QString *error)
{
    close();
    m_number = 0;
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        m_pcap.close();
        return false;
    };
    const std::string filter = std::string(udp ? "udp" : "tcp") + " port " + std::to_string(port);
    LoopbackPcap::Failure failure = LoopbackPcap::Failure::None;
    QString detail;
    if (!m_pcap.open(filter, kSnapLength, kBufferBytes, &failure, &detail)) {
        if (failure == LoopbackPcap::Failure::Permission)
            return fail(QCoreApplication::translate("wirestep::PortCapture",
                                                    "Capturing on the loopback interface needs root or the CAP_NET_RAW capability: run it with sudo, "
                                                    "or allow it once with: sudo setcap cap_net_raw+ep %1")
                            .arg(QCoreApplication::applicationFilePath()));
        return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: %1.").arg(detail));
    }
    const auto link = linkTypeFromDlt(m_pcap.datalink());
    if (!link)
        return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: its link type %1 is not supported.")
                        .arg(m_pcap.datalink()));
    m_linkType = *link;
    return true;
}

void PortCapture::handlePacket(const ::pcap_pkthdr *header, const unsigned char *bytes)
{
    const std::span<const std::uint8_t> data(bytes, header->caplen);
    const auto decoded = WireDecoder::decode(m_linkType, data, header->len);
    if (!decoded) return; // neither TCP nor UDP over IP: not counted, as a file's first pass counts it apart
    const std::int64_t tUs = static_cast<std::int64_t>(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec;
    m_onPacket(++m_number, tUs, header->len, *decoded);
}

} // namespace wirestep
