#pragma once
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>

struct pcap;
struct pcap_pkthdr;
class QSocketNotifier;

namespace wirestep {

// One live capture on the loopback interface ("lo") through libpcap, shared by the labs' capture
// (LoopbackCapture) and a watched port (PortCapture): opened with a BPF filter in immediate,
// non-blocking mode, read whenever its descriptor becomes readable (a QSocketNotifier) and
// whenever drain() is called, each packet handed to a callback. The owners turn a failure into
// their own sentence.
class LoopbackPcap : public QObject {
    Q_OBJECT

public:
    using OnPacket = std::function<void(const ::pcap_pkthdr *header, const unsigned char *bytes)>;
    enum class Failure {
        None,
        Permission, // capturing needs root or CAP_NET_RAW
        Other,      // libpcap's reason in `detail`
    };

    explicit LoopbackPcap(OnPacket onPacket, QObject *parent = nullptr);
    ~LoopbackPcap() override;

    // Starts capturing what `filter` (BPF syntax) selects on "lo"; false with `failure` (and
    // libpcap's words in `detail`) otherwise.
    bool open(const std::string &filter, int snapLength, int bufferBytes, Failure *failure, QString *detail);
    bool isOpen() const { return m_handle != nullptr; }
    // The link-layer type of the capture (DLT_...), once open.
    int datalink() const;
    // Hands on every packet captured so far (bounded: what is in the buffer now).
    void drain();
    // Drains, then releases the capture.
    void close();

private:
    static void onPacket(unsigned char *self, const ::pcap_pkthdr *header, const unsigned char *bytes);

    OnPacket m_onPacket;
    pcap *m_handle = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_draining = false;
};

} // namespace wirestep
