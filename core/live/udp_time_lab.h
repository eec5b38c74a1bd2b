#pragma once
#include "core/live/live_lab.h"

#include <QByteArray>
#include <QTimer>

class QUdpSocket;

namespace wirestep {

class UdpRelay;

// A UDP time server: the client sends a strftime format ("%Y-%m-%d %X"; empty asks for that
// default) in one datagram and the server answers with its local time in that format, or with
// a sentence saying why it cannot. No connection: with the lossy relay on, a lost datagram is
// simply gone, so the client asks again after a while, a few times at most.
class UdpTimeLab : public LiveLab {
    Q_OBJECT

public:
    static constexpr int kMaxFormatBytes = 64;
    static constexpr int kAttempts = 3;
    static constexpr int kRetryMs = 300;

    UdpTimeLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~UdpTimeLab() override;
    QString id() const override { return QStringLiteral("udp-time"); }

    // What the client got back (empty if every attempt was lost).
    QByteArray reply() const { return m_reply; }
    QByteArray format() const { return m_format; }
    // The server's answer to one request: the time, or why not. Shared with tests.
    static QByteArray answer(const QByteArray &request);
    static QByteArray defaultFormat() { return QByteArrayLiteral("%Y-%m-%d %X"); }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    void sendRequest();
    void onServerReadable();
    void onClientReadable();

    QUdpSocket *m_server = nullptr;
    QUdpSocket *m_client = nullptr;
    UdpRelay *m_relay = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_format;
    QByteArray m_reply;
    std::uint16_t m_target = 0;
    int m_attempts = 0;
};

} // namespace wirestep
