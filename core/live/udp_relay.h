#pragma once
#include "core/live/lab_options.h"
#include "core/live/live_recorder.h"
#include "core/live/loopback_capture.h"

#include "core/trace/rng.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <map>

class QUdpSocket;

namespace wirestep {

// A lossy link made of real sockets: a relay on 127.0.0.1 between a UDP client and a UDP
// server. The client sends to frontPort(), the relay passes each datagram on to the server
// from backPort(); what the server sends to backPort() goes on to the client from frontPort().
// Each datagram may be dropped (recorded as a `drop` with reason random-loss on its sender's
// node), delayed, or sent twice, as RelayConfig says; the same seed makes the same choices.
class UdpRelay : public QObject {
    Q_OBJECT

public:
    UdpRelay(LiveRecorder &recorder, RelayConfig config, QObject *parent = nullptr);
    ~UdpRelay() override;

    // Binds the relay's two sockets; the client and the server are at these ports.
    bool start(std::uint16_t clientPort, std::uint16_t serverPort, QString *error = nullptr);
    void stop();

    std::uint16_t frontPort() const { return m_frontPort; }
    std::uint16_t backPort() const { return m_backPort; }
    // How a capture of the four ports is read: the hop into the relay is the sender's send, the
    // hop out of it the receiver's delivery.
    LoopbackCapture::SenderOf captureHops() const;

    int forwarded() const { return m_forwarded; }
    int dropped() const { return m_dropped; }
    int duplicated() const { return m_duplicated; }

private:
    struct Pending {
        bool toServer;
        QByteArray data;
    };
    void onReadable(bool fromClient);
    void deliver(bool toServer, const QByteArray &data);
    void flushDue();

    LiveRecorder &m_recorder;
    RelayConfig m_config;
    Rng m_rng;
    QUdpSocket *m_front = nullptr;
    QUdpSocket *m_back = nullptr;
    std::uint16_t m_clientPort = 0;
    std::uint16_t m_serverPort = 0;
    std::uint16_t m_frontPort = 0;
    std::uint16_t m_backPort = 0;
    std::multimap<std::int64_t, Pending> m_queue; // due time (µs on the recorder's clock) -> datagram
    QTimer m_timer;
    int m_forwarded = 0;
    int m_dropped = 0;
    int m_duplicated = 0;
};

} // namespace wirestep
