#pragma once
#include "core/live/live_lab.h"

#include <QByteArray>
#include <QList>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace wirestep {

// Byte stream against datagrams: the client writes three short messages at once, each with its
// own send(), over TCP and over UDP. The TCP reader may get them in one read (the stream keeps
// no boundaries: "sticky packets"); the UDP reader gets three datagrams, each whole. Every
// read is recorded with its size.
class StreamLab : public LiveLab {
    Q_OBJECT

public:
    StreamLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~StreamLab() override;
    QString id() const override { return QStringLiteral("stream-vs-datagram"); }

    QList<QByteArray> messages() const { return m_messages; }
    // The size of each read, in order.
    QList<qint64> tcpReads() const { return m_tcpReads; }
    QList<qint64> udpDatagrams() const { return m_udpDatagrams; }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    void onAccepted();
    void checkDone();

    QTcpServer *m_tcpServer = nullptr;
    QTcpSocket *m_tcpClient = nullptr;
    QTcpSocket *m_tcpPeer = nullptr;
    QUdpSocket *m_udpServer = nullptr;
    QUdpSocket *m_udpClient = nullptr;
    QList<QByteArray> m_messages;
    QList<qint64> m_tcpReads;
    QList<qint64> m_udpDatagrams;
    qint64 m_tcpExpected = 0;
    qint64 m_tcpReceived = 0;
    bool m_closing = false;
};

} // namespace wirestep
