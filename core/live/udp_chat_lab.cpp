#include "core/live/udp_chat_lab.h"
#include "core/live/udp_relay.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

namespace wirestep {

UdpChatLab::UdpChatLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

UdpChatLab::~UdpChatLab() { stop(); }

bool UdpChatLab::setUp(QObject *scope, QString *error)
{
    const LabOptions &o = options();
    const QByteArray fromA = o.messageSet ? o.message.toUtf8() : tr("Hello from A").toUtf8();
    const QByteArray fromB = tr("Hello from B").toUtf8();
    if (fromA.size() > kMaxMessageBytes) {
        *error = tr("The message is %1 bytes long; the udp-chat lab takes at most %2.").arg(fromA.size()).arg(kMaxMessageBytes);
        return false;
    }
    m_atA.clear();
    m_atB.clear();
    m_a = new QUdpSocket(scope);
    m_b = new QUdpSocket(scope);
    if (!m_b->bind(QHostAddress::LocalHost, o.port) || !m_a->bind(QHostAddress::LocalHost, 0)) {
        *error = tr("The peers cannot bind on 127.0.0.1: %1.").arg(m_b->state() == QAbstractSocket::BoundState ? m_a->errorString() : m_b->errorString());
        return false;
    }
    const std::uint16_t portA = m_a->localPort(), portB = m_b->localPort();
    recorder().app(NodeId::Server, AppCall::Bind, -1, std::to_string(portB));
    recorder().app(NodeId::Client, AppCall::Bind, -1, std::to_string(portA));
    std::uint16_t aSendsTo = portB, bSendsTo = portA;
    std::vector<std::uint16_t> ports{portA, portB};
    LoopbackCapture::SenderOf hops;
    if (o.relay.active()) {
        m_relay = new UdpRelay(recorder(), o.relay, scope);
        if (!m_relay->start(portA, portB, error)) return false;
        aSendsTo = m_relay->frontPort();
        bSendsTo = m_relay->backPort();
        ports.push_back(aSendsTo);
        ports.push_back(bSendsTo);
        hops = m_relay->captureHops();
    }
    startCapture(ports, {portB}, hops);
    setServerPort(portB);
    connect(m_a, &QUdpSocket::readyRead, this, [this] { onReadable(NodeId::Client); });
    connect(m_b, &QUdpSocket::readyRead, this, [this] { onReadable(NodeId::Server); });
    connect(m_a, &QUdpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Client, m_a); });
    connect(m_b, &QUdpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Server, m_b); });

    m_wait = new QTimer(scope);
    m_wait->setSingleShot(true);
    connect(m_wait, &QTimer::timeout, this, [this] {
        if (m_atA.isEmpty() || m_atB.isEmpty()) addNote(tr("A datagram never arrived: UDP does not send it again, and nobody is told."));
        complete();
    });
    m_wait->start(kWaitMs + 2 * o.relay.delayMs);

    recorder().app(NodeId::Client, AppCall::Sendto, fromA.size(), fromA.toStdString());
    m_a->writeDatagram(fromA, QHostAddress::LocalHost, aSendsTo);
    recorder().app(NodeId::Server, AppCall::Sendto, fromB.size(), fromB.toStdString());
    m_b->writeDatagram(fromB, QHostAddress::LocalHost, bSendsTo);
    return true;
}

void UdpChatLab::tearDown()
{
    m_a = m_b = nullptr;
    m_relay = nullptr;
    m_wait = nullptr;
}

void UdpChatLab::onReadable(NodeId node)
{
    QUdpSocket *s = node == NodeId::Client ? m_a : m_b;
    for (int i = 0; s && i < 64 && s->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram d = s->receiveDatagram() /* whole, its true size */;
        if (!d.isValid()) break;
        recorder().app(node, AppCall::Recvfrom, d.data().size(), LiveRecorder::textData(d.data().constData(), static_cast<std::size_t>(d.data().size())));
        (node == NodeId::Client ? m_atA : m_atB).append(d.data());
    }
    checkDone();
}

void UdpChatLab::checkDone()
{
    // With duplicates possible, a second copy may still come: wait for the timer then.
    if (!m_atA.isEmpty() && !m_atB.isEmpty() && !options().relay.active()) complete();
}

} // namespace wirestep
