#pragma once
#include "core/wire/decoded_packet.h"
#include "core/live/loopback_pcap.h"
#include "core/wire/link_type.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

struct pcap_pkthdr;

namespace wirestep {

// Captures the packets to or from one port on the loopback interface with libpcap, as they
// come, for `wirestep-cli watch` (docs/captures.md "Watching a port"): any program's traffic,
// not a lab's. Each packet is decoded (WireDecoder) and handed on with its number (1, 2, 3 ...),
// its capture time and its length on the wire; a PacketFeed makes the trace of it.
//
// Capturing needs root or CAP_NET_RAW; without it open() fails with a sentence that says how to
// get it. Packets are read when the capture's descriptor becomes readable (a QSocketNotifier)
// and whenever drain() is called.
class PortCapture : public QObject {
    Q_OBJECT

public:
    using OnPacket = std::function<void(std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &)>;

    explicit PortCapture(OnPacket onPacket, QObject *parent = nullptr);
    ~PortCapture() override;

    // Starts capturing TCP (or, with `udp`, UDP) packets to or from `port` on "lo".
    bool open(std::uint16_t port, bool udp, QString *error = nullptr);
    bool isOpen() const { return m_pcap.isOpen(); }
    void drain() { m_pcap.drain(); }
    void close() { m_pcap.close(); }
    std::uint64_t packetCount() const { return m_number; }

private:
    void handlePacket(const ::pcap_pkthdr *header, const unsigned char *bytes);

    OnPacket m_onPacket;
    LoopbackPcap m_pcap; // the capture on "lo" (opened, read and closed there)
    LinkType m_linkType = LinkType::Ethernet;
    std::uint64_t m_number = 0;
};

} // namespace wirestep
