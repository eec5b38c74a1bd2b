#include "core/live/stream_lab.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

namespace wirestep {

StreamLab::StreamLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

StreamLab::~StreamLab() { stop(); }

bool StreamLab::setUp(QObject *scope, QString *error)
{
    m_messages = {tr("one").toUtf8(), tr("two").toUtf8(), tr("three").toUtf8()};
    m_tcpReads.clear();
    m_udpDatagrams.clear();
    m_tcpExpected = 0;
    for (const auto &m : m_messages) m_tcpExpected += m.size();
    m_tcpReceived = 0;
    m_closing = false;

    m_tcpServer = new QTcpServer(scope);
    if (!m_tcpServer->listen(QHostAddress::LocalHost, options().port)) {
        *error = tr("The server cannot listen on 127.0.0.1 port %1: %2.").arg(options().port).arg(m_tcpServer->errorString());
        return false;
    }
    const std::uint16_t tcpPort = m_tcpServer->serverPort();
    m_udpServer = new QUdpSocket(scope);
    if (!m_udpServer->bind(QHostAddress::LocalHost, 0)) {
        *error = tr("The server cannot bind on 127.0.0.1: %1.").arg(m_udpServer->errorString());
        return false;
    }
    const std::uint16_t udpPort = m_udpServer->localPort();
    recorder().app(NodeId::Server, AppCall::Listen, -1, std::to_string(tcpPort));
    recorder().app(NodeId::Server, AppCall::Bind, -1, std::to_string(udpPort));
    watchListener(tcpPort);
    startCapture({tcpPort, udpPort}, {tcpPort, udpPort});
    setServerPort(tcpPort);
    connect(m_tcpServer, &QTcpServer::newConnection, this, &StreamLab::onAccepted);
    connect(m_udpServer, &QUdpSocket::readyRead, this, [this] {
        for (int i = 0; m_udpServer && i < 64 && m_udpServer->hasPendingDatagrams(); ++i) {
            const QNetworkDatagram d = m_udpServer->receiveDatagram() /* whole, its true size */;
            if (!d.isValid()) break;
            m_udpDatagrams.append(d.data().size());
            recorder().app(NodeId::Server, AppCall::Recvfrom, d.data().size(), d.data().toStdString());
        }
        checkDone();
    });

    // UDP: three sendto(), three datagrams.
    m_udpClient = new QUdpSocket(scope);
    if (!m_udpClient->bind(QHostAddress::LocalHost, 0)) {
        *error = tr("The client cannot bind on 127.0.0.1: %1.").arg(m_udpClient->errorString());
        return false;
    }
    recorder().app(NodeId::Client, AppCall::Bind, -1, std::to_string(m_udpClient->localPort()));
    for (const QByteArray &m : m_messages) {
        recorder().app(NodeId::Client, AppCall::Sendto, m.size(), m.toStdString());
        m_udpClient->writeDatagram(m, QHostAddress::LocalHost, udpPort);
    }

    // TCP: three writes, each pushed to the kernel at once with its own send().
    m_tcpClient = new QTcpSocket(scope);
    if (m_tcpClient->bind(QHostAddress::LocalHost, 0))
        observer().watch(NodeId::Client, QHostAddress::LocalHost, m_tcpClient->localPort(), QHostAddress::LocalHost, tcpPort);
    connect(m_tcpClient, &QTcpSocket::connected, this, [this] {
        recorder().app(NodeId::Client, AppCall::Connected);
        setLowDelay(m_tcpClient);
        for (const QByteArray &m : m_messages) {
            recorder().app(NodeId::Client, AppCall::Send, m.size(), m.toStdString());
            m_tcpClient->write(m);
            m_tcpClient->flush();
        }
    });
    connect(m_tcpClient, &QTcpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Client, m_tcpClient); });
    connect(m_tcpClient, &QTcpSocket::disconnected, this, [this] {
        recorder().app(NodeId::Client, AppCall::Disconnected);
        checkDone();
    });
    recorder().app(NodeId::Client, AppCall::Connect);
    m_tcpClient->connectToHost(QHostAddress::LocalHost, tcpPort);
    return true;
}

void StreamLab::tearDown()
{
    m_tcpServer = nullptr;
    m_tcpClient = m_tcpPeer = nullptr;
    m_udpServer = m_udpClient = nullptr;
}

void StreamLab::onAccepted()
{
    while (m_tcpServer && m_tcpServer->hasPendingConnections()) {
        QTcpSocket *s = m_tcpServer->nextPendingConnection();
        if (m_tcpPeer) { // only the lab's own client is served
            s->abort();
            s->deleteLater();
            continue;
        }
        m_tcpPeer = s;
        forgetListener();
        recorder().app(NodeId::Server, AppCall::Accept, -1, "127.0.0.1:" + std::to_string(s->peerPort()));
        observer().watch(NodeId::Server, QHostAddress::LocalHost, m_tcpServer->serverPort(), QHostAddress::LocalHost, s->peerPort(), TcpState::Listen);
        connect(s, &QTcpSocket::readyRead, this, [this, s] {
            const QByteArray data = s->readAll();
            if (data.isEmpty()) return;
            m_tcpReads.append(data.size());
            m_tcpReceived += data.size();
            recorder().app(NodeId::Server, AppCall::Recv, data.size(), LiveRecorder::textData(data.constData(), static_cast<std::size_t>(data.size())));
            checkDone();
        });
        connect(s, &QTcpSocket::errorOccurred, this, [this, s] { recordSocketError(NodeId::Server, s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            recorder().app(NodeId::Server, AppCall::Disconnected);
            s->deleteLater();
            m_tcpPeer = nullptr;
            checkDone();
        });
    }
}

void StreamLab::checkDone()
{
    if (m_tcpReceived < m_tcpExpected || m_udpDatagrams.size() < m_messages.size()) return;
    if (!m_closing && m_tcpClient) {
        m_closing = true;
        recorder().app(NodeId::Client, AppCall::Close);
        m_tcpClient->disconnectFromHost();
        return;
    }
    if (m_closing && !m_tcpPeer && m_tcpClient && m_tcpClient->state() == QAbstractSocket::UnconnectedState) complete();
}

} // namespace wirestep
