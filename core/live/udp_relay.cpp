#include "core/live/udp_relay.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace wirestep {

namespace {

constexpr int kMaxDatagramsPerRead = 256; // one readyRead never keeps the loop for long
constexpr std::size_t kMaxQueued = 4096;  // a flood cannot grow the delay queue without bound

} // namespace

UdpRelay::UdpRelay(LiveRecorder &recorder, RelayConfig config, QObject *parent)
    : QObject(parent), m_recorder(recorder), m_config(config), m_rng(config.seed)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &UdpRelay::flushDue);
}

UdpRelay::~UdpRelay() { stop(); }

bool UdpRelay::start(std::uint16_t clientPort, std::uint16_t serverPort, QString *error)
{
    stop();
    m_clientPort = clientPort;
    m_serverPort = serverPort;
    m_front = new QUdpSocket(this);
    m_back = new QUdpSocket(this);
    if (!m_front->bind(QHostAddress::LocalHost, 0) || !m_back->bind(QHostAddress::LocalHost, 0)) {
        if (error) *error = tr("The lossy relay cannot bind on 127.0.0.1: %1.").arg(m_front->errorString());
        stop();
        return false;
    }
    m_frontPort = m_front->localPort();
    m_backPort = m_back->localPort();
    connect(m_front, &QUdpSocket::readyRead, this, [this] { onReadable(true); });
    connect(m_back, &QUdpSocket::readyRead, this, [this] { onReadable(false); });
    return true;
}

void UdpRelay::stop()
{
    m_timer.stop();
    m_queue.clear();
    delete m_front;
    delete m_back;
    m_front = m_back = nullptr;
}

LoopbackCapture::SenderOf UdpRelay::captureHops() const
{
    return [client = m_clientPort, server = m_serverPort, front = m_frontPort, back = m_backPort](const Segment &s) {
        LoopbackCapture::Hop hop;
        if (s.sport == client && s.dport == front) hop = {NodeId::Client, true, false};
        else if (s.sport == back && s.dport == server) hop = {NodeId::Client, false, true};
        else if (s.sport == server && s.dport == back) hop = {NodeId::Server, true, false};
        else if (s.sport == front && s.dport == client) hop = {NodeId::Server, false, true};
        else hop.from = s.sport == server ? NodeId::Server : NodeId::Client;
        return hop;
    };
}

void UdpRelay::onReadable(bool fromClient)
{
    QUdpSocket *in = fromClient ? m_front : m_back;
    for (int i = 0; in && i < kMaxDatagramsPerRead && in->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram d = in->receiveDatagram();
        if (!d.isValid()) break;
        // Only the two sides of the lab may use the relay.
        const auto expected = fromClient ? m_clientPort : m_serverPort;
        if (d.senderPort() != expected || !d.senderAddress().isLoopback()) continue;
        const QByteArray data = d.data();
        if (m_rng.chance(m_config.loss)) {
            ++m_dropped;
            TraceEvent e;
            e.kind = EventKind::Drop;
            e.node = fromClient ? NodeId::Client : NodeId::Server;
            e.reason = DropReason::RandomLoss;
            e.seg.proto = Protocol::Udp;
            e.seg.from = e.node;
            e.seg.sport = fromClient ? m_clientPort : m_serverPort;
            e.seg.dport = fromClient ? m_serverPort : m_clientPort;
            e.seg.payload = data.toStdString();
            m_recorder.record(std::move(e));
            continue;
        }
        const int copies = m_rng.chance(m_config.duplicate) ? 2 : 1;
        if (copies == 2) ++m_duplicated;
        for (int c = 0; c < copies; ++c) {
            if (m_config.delayMs <= 0) {
                deliver(fromClient, data);
            } else if (m_queue.size() < kMaxQueued) {
                m_queue.emplace(m_recorder.nowUs() + std::int64_t{m_config.delayMs} * 1000, Pending{fromClient, data});
            }
        }
    }
    if (!m_queue.empty() && !m_timer.isActive()) flushDue();
}

void UdpRelay::deliver(bool toServer, const QByteArray &data)
{
    QUdpSocket *out = toServer ? m_back : m_front;
    if (!out) return;
    out->writeDatagram(data, QHostAddress::LocalHost, toServer ? m_serverPort : m_clientPort);
    ++m_forwarded;
}

void UdpRelay::flushDue()
{
    const std::int64_t now = m_recorder.nowUs();
    while (!m_queue.empty() && m_queue.begin()->first <= now) {
        const Pending p = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        deliver(p.toServer, p.data);
    }
    if (!m_queue.empty()) {
        const std::int64_t waitUs = m_queue.begin()->first - now;
        m_timer.start(static_cast<int>((waitUs + 999) / 1000));
    }
}

} // namespace wirestep
