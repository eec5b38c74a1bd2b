#include "core/live/port_capture.h"

#include "core/wire/wire_decoder.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <pcap/pcap.h>

#include <span>
#include <string>

namespace wirestep {

namespace {
constexpr const char *kInterface = "lo";
constexpr int kSnapLength = 65535;
constexpr int kBufferBytes = 4 * 1024 * 1024;
} // namespace

PortCapture::PortCapture(OnPacket onPacket, QObject *parent) : QObject(parent), m_onPacket(std::move(onPacket)) {}

PortCapture::~PortCapture() { close(); }

bool PortCapture::open(std::uint16_t port, bool udp, QString *error)
{
    close();
    auto fail = [&](const QString &message) {
        if (error) *error = message;
        if (m_handle) pcap_close(m_handle);
        m_handle = nullptr;
        return false;
    };
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    m_handle = pcap_create(kInterface, errbuf);
    if (!m_handle) return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: %1.").arg(QString::fromLocal8Bit(errbuf)));
    pcap_set_snaplen(m_handle, kSnapLength);
    pcap_set_promisc(m_handle, 0);
    pcap_set_immediate_mode(m_handle, 1);
    pcap_set_buffer_size(m_handle, kBufferBytes);
    const int rc = pcap_activate(m_handle);
    if (rc == PCAP_ERROR_PERM_DENIED || rc == PCAP_ERROR_PROMISC_PERM_DENIED)
        return fail(QCoreApplication::translate("wirestep::PortCapture",
                                                "Capturing on the loopback interface needs root or the CAP_NET_RAW capability: run it with sudo, "
                                                "or allow it once with: sudo setcap cap_net_raw+ep %1")
                        .arg(QCoreApplication::applicationFilePath()));
    if (rc < 0) return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: %1.").arg(QString::fromLocal8Bit(pcap_geterr(m_handle))));
    const auto link = linkTypeFromDlt(pcap_datalink(m_handle));
    if (!link)
        return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: its link type %1 is not supported.")
                        .arg(pcap_datalink(m_handle)));
    m_linkType = *link;

    const std::string filter = std::string(udp ? "udp" : "tcp") + " port " + std::to_string(port);
    bpf_program program{};
    if (pcap_compile(m_handle, &program, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
        return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: %1.").arg(QString::fromLocal8Bit(pcap_geterr(m_handle))));
    const int set = pcap_setfilter(m_handle, &program);
    pcap_freecode(&program);
    if (set != 0 || pcap_setnonblock(m_handle, 1, errbuf) != 0)
        return fail(QCoreApplication::translate("wirestep::PortCapture", "Capturing on the loopback interface failed: %1.").arg(QString::fromLocal8Bit(pcap_geterr(m_handle))));
    const int fd = pcap_get_selectable_fd(m_handle);
    if (fd >= 0) {
        m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &PortCapture::drain);
    }
    return true;
}

void PortCapture::drain()
{
    if (!m_handle || m_draining) return;
    m_draining = true;
    // Bounded: each round takes what is in the buffer now.
    for (int round = 0; round < 64; ++round)
        if (pcap_dispatch(m_handle, -1, &PortCapture::onPacket, reinterpret_cast<unsigned char *>(this)) <= 0) break;
    m_draining = false;
}

void PortCapture::close()
{
    if (!m_handle) return;
    drain();
    m_notifier.reset();
    pcap_close(m_handle);
    m_handle = nullptr;
}

void PortCapture::onPacket(unsigned char *self, const ::pcap_pkthdr *header, const unsigned char *bytes)
{
    auto *capture = reinterpret_cast<PortCapture *>(self);
    const std::span<const std::uint8_t> data(bytes, header->caplen);
    const auto decoded = WireDecoder::decode(capture->m_linkType, data, header->len);
    if (!decoded) return; // neither TCP nor UDP over IP: not counted, as a file's first pass counts it apart
    const std::int64_t tUs = static_cast<std::int64_t>(header->ts.tv_sec) * 1'000'000 + header->ts.tv_usec;
    capture->m_onPacket(++capture->m_number, tUs, header->len, *decoded);
}

} // namespace wirestep
