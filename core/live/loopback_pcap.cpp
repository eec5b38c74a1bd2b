#include "core/live/loopback_pcap.h"

#include <QSocketNotifier>

#include <pcap/pcap.h>

namespace wirestep {

namespace {
constexpr const char *kInterface = "lo";
} // namespace

LoopbackPcap::LoopbackPcap(OnPacket onPacket, QObject *parent) : QObject(parent), m_onPacket(std::move(onPacket)) {}

LoopbackPcap::~LoopbackPcap() { close(); }

bool LoopbackPcap::open(const std::string &filter, int snapLength, int bufferBytes, Failure *failure, QString *detail)
{
    close();
    auto fail = [&](Failure why, const QString &words) {
        if (failure) *failure = why;
        if (detail) *detail = words;
        if (m_handle) pcap_close(m_handle);
        m_handle = nullptr;
        return false;
    };
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    m_handle = pcap_create(kInterface, errbuf);
    if (!m_handle) return fail(Failure::Other, QString::fromLocal8Bit(errbuf));
    pcap_set_snaplen(m_handle, snapLength);
    pcap_set_promisc(m_handle, 0);
    pcap_set_immediate_mode(m_handle, 1);
    pcap_set_buffer_size(m_handle, bufferBytes);
    const int rc = pcap_activate(m_handle);
    if (rc == PCAP_ERROR_PERM_DENIED || rc == PCAP_ERROR_PROMISC_PERM_DENIED) return fail(Failure::Permission, {});
    if (rc < 0) return fail(Failure::Other, QString::fromLocal8Bit(pcap_geterr(m_handle)));

    bpf_program program{};
    if (pcap_compile(m_handle, &program, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0)
        return fail(Failure::Other, QString::fromLocal8Bit(pcap_geterr(m_handle)));
    const int set = pcap_setfilter(m_handle, &program);
    pcap_freecode(&program);
    if (set != 0 || pcap_setnonblock(m_handle, 1, errbuf) != 0) return fail(Failure::Other, QString::fromLocal8Bit(pcap_geterr(m_handle)));
    const int fd = pcap_get_selectable_fd(m_handle);
    if (fd >= 0) {
        m_notifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &LoopbackPcap::drain);
    }
    if (failure) *failure = Failure::None;
    return true;
}

int LoopbackPcap::datalink() const { return m_handle ? pcap_datalink(m_handle) : -1; }

void LoopbackPcap::drain()
{
    if (!m_handle || m_draining) return;
    m_draining = true;
    // Bounded: each round takes what is in the buffer now; a busy program cannot keep us here.
    for (int round = 0; round < 64; ++round)
        if (pcap_dispatch(m_handle, -1, &LoopbackPcap::onPacket, reinterpret_cast<unsigned char *>(this)) <= 0) break;
    m_draining = false;
}

void LoopbackPcap::close()
{
    if (!m_handle) return;
    drain();
    m_notifier.reset();
    pcap_close(m_handle);
    m_handle = nullptr;
}

void LoopbackPcap::onPacket(unsigned char *self, const ::pcap_pkthdr *header, const unsigned char *bytes)
{
    reinterpret_cast<LoopbackPcap *>(self)->m_onPacket(header, bytes);
}

} // namespace wirestep
