#pragma once
#include "core/live/live_recorder.h"
#include "core/live/loopback_pcap.h"

#include "core/trace/segment.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

struct pcap_pkthdr;

namespace wirestep {

// Captures the real segments of a lab on the loopback interface with libpcap, decodes them with
// WireDecoder and records each as a `send` from its sender and, right after, a `deliver` to the
// other side: on loopback the packet that leaves one socket is the packet that reaches the other.
//
// Capturing needs root or CAP_NET_RAW; without it open() fails with a sentence that says how to
// allow it, and the lab runs without segments. Packets are read when the capture's descriptor
// becomes readable (a QSocketNotifier) and whenever drain() is called.
class LoopbackCapture : public QObject {
    Q_OBJECT

public:
    // What a captured packet stands for: which node sent it, and whether it is recorded as
    // leaving that node, arriving at the other, or both (the default). Behind a relay the hop
    // into the relay is the send and the hop out of it the delivery.
    struct Hop {
        NodeId from = NodeId::Client;
        bool send = true;
        bool deliver = true;
    };
    // By default the sender is the node whose source port is not a server port.
    using SenderOf = std::function<Hop(const Segment &)>;

    explicit LoopbackCapture(LiveRecorder &recorder, QObject *parent = nullptr);
    ~LoopbackCapture() override;

    // Starts capturing TCP and UDP packets to or from any of `ports` on "lo". `serverPorts`
    // decide the sender of each segment unless setSenderOf() is used.
    bool open(const std::vector<std::uint16_t> &ports, const std::vector<std::uint16_t> &serverPorts,
              QString *error = nullptr);
    void setSenderOf(SenderOf senderOf) { m_senderOf = std::move(senderOf); }
    bool isOpen() const { return m_pcap.isOpen(); }
    // Records every packet captured so far.
    void drain() { m_pcap.drain(); }
    // Drains, then releases the capture.
    void close() { m_pcap.close(); }

    std::size_t segmentCount() const { return m_segments; }
    // "port 4000 or port 4001"
    static std::string filterFor(const std::vector<std::uint16_t> &ports);

private:
    void handlePacket(const ::pcap_pkthdr *header, const unsigned char *bytes);

    LiveRecorder &m_recorder;
    LoopbackPcap m_pcap; // the capture on "lo" (opened, read and closed there)
    int m_linkType = 0;
    std::vector<std::uint16_t> m_serverPorts;
    SenderOf m_senderOf;
    std::size_t m_segments = 0;
};

} // namespace wirestep
