#include "core/live/loopback_capture.h"

#include "core/wire/wire_decoder.h"

#include <QCoreApplication>

#include <pcap/pcap.h>

#include <algorithm>
#include <span>

namespace wirestep {

namespace {

constexpr int kSnapLength = 262144;        // whole packets: lo's MTU is 65536
constexpr int kBufferBytes = 8 * 1024 * 1024;

} // namespace

LoopbackCapture::LoopbackCapture(LiveRecorder &recorder, QObject *parent)
    : QObject(parent), m_recorder(recorder),
      m_pcap([this](const ::pcap_pkthdr *header, const unsigned char *bytes) { handlePacket(header, bytes); })
{
}

LoopbackCapture::~LoopbackCapture() { close(); }

std::string LoopbackCapture::filterFor(const std::vector<std::uint16_t> &ports)
{
    std::string f;
    for (std::uint16_t p : ports) {
        if (!f.empty()) f += " or ";
        f += "port " + std::to_string(p);
    }
    return "(tcp or udp) and (" + f + ")";
}

bool LoopbackCapture::open(const std::vector<std::uint16_t> &ports, const std::vector<std::uint16_t> &serverPorts,
                           QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        m_pcap.close();
        return false;
    };
    if (ports.empty()) return fail(tr("There is no port to capture."));
    LoopbackPcap::Failure failure = LoopbackPcap::Failure::None;
    QString detail;
    if (!m_pcap.open(filterFor(ports), kSnapLength, kBufferBytes, &failure, &detail)) {
        if (failure == LoopbackPcap::Failure::Permission)
            return fail(tr("Real segments are not shown: capturing on the loopback interface needs root or the "
                           "CAP_NET_RAW capability. Allow it with: sudo setcap cap_net_raw+ep %1")
                            .arg(QCoreApplication::applicationFilePath()));
        return fail(tr("Capturing on the loopback interface failed: %1.").arg(detail));
    }
    m_linkType = m_pcap.datalink();
    if (m_linkType != DLT_EN10MB && m_linkType != DLT_RAW && m_linkType != DLT_NULL)
        return fail(tr("Capturing on the loopback interface failed: its link type %1 is not supported.").arg(m_linkType));
    m_serverPorts = serverPorts;
    return true;
}

void LoopbackCapture::handlePacket(const ::pcap_pkthdr *header, const unsigned char *bytes)
{
    if (header->caplen < header->len) return; // cut short: its lengths could not be checked
    std::span<const std::uint8_t> data(bytes, header->caplen);
    std::optional<DecodedPacket> packet;
    if (m_linkType == DLT_EN10MB) {
        packet = WireDecoder::decodeFrame(data);
    } else if (m_linkType == DLT_NULL) {
        if (data.size() < 4) return; // the BSD loopback header: the address family
        packet = WireDecoder::decodePacket(data.subspan(4));
    } else {
        packet = WireDecoder::decodePacket(data);
    }
    if (!packet) return; // IPv6, ARP or anything else the decoder does not take

    Segment seg = WireDecoder::toSegment(*packet, Ipv4Address{127, 0, 0, 1});
    Hop hop;
    if (m_senderOf) {
        hop = m_senderOf(seg);
    } else {
        const bool fromServer = std::find(m_serverPorts.begin(), m_serverPorts.end(), seg.sport) != m_serverPorts.end();
        hop.from = fromServer ? NodeId::Server : NodeId::Client;
    }
    seg.from = hop.from;
    seg.id = ++m_segments;
    const std::int64_t realtimeUs = static_cast<std::int64_t>(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
    const std::int64_t t = m_recorder.fromRealtimeUs(realtimeUs);

    std::uint64_t sendId = 0;
    if (hop.send) {
        TraceEvent send;
        send.kind = EventKind::Send;
        send.node = seg.from;
        send.seg = seg;
        sendId = m_recorder.record(send, t);
    }
    if (!hop.deliver) return;
    TraceEvent deliver;
    deliver.kind = EventKind::Deliver;
    deliver.node = peerOf(seg.from);
    deliver.cause = sendId;
    deliver.seg = std::move(seg);
    m_recorder.record(std::move(deliver), t);
}

} // namespace wirestep
