#pragma once
#include "core/live/live_lab.h"

#include <QByteArray>
#include <QList>

class QUdpSocket;
class QTimer;

namespace wirestep {

class UdpRelay;

// Two UDP peers with no connection: each binds a port and sends the other one datagram; each
// reads whole datagrams. With the lossy relay on, a datagram may never come (and nobody is
// told), come late, or come twice. The lab ends when both have heard from the other, or after
// a wait long enough for any delayed datagram.
class UdpChatLab : public LiveLab {
    Q_OBJECT

public:
    static constexpr int kMaxMessageBytes = 1024;
    static constexpr int kWaitMs = 500;

    UdpChatLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~UdpChatLab() override;
    QString id() const override { return QStringLiteral("udp-chat"); }

    // What each peer received, datagram by datagram (the client is peer A, the server peer B).
    QList<QByteArray> receivedBy(NodeId node) const { return node == NodeId::Client ? m_atA : m_atB; }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    void onReadable(NodeId node);
    void checkDone();

    QUdpSocket *m_a = nullptr;
    QUdpSocket *m_b = nullptr;
    UdpRelay *m_relay = nullptr;
    QTimer *m_wait = nullptr;
    QList<QByteArray> m_atA;
    QList<QByteArray> m_atB;
};

} // namespace wirestep
