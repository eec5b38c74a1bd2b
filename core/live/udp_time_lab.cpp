#include "core/live/udp_time_lab.h"
#include "core/live/udp_relay.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <ctime>

namespace wirestep {

namespace {
constexpr int kMaxReadsPerSignal = 64;
}

UdpTimeLab::UdpTimeLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

UdpTimeLab::~UdpTimeLab() { stop(); }

QByteArray UdpTimeLab::answer(const QByteArray &request)
{
    if (request.size() > kMaxFormatBytes)
        return tr("Error: the format is %1 bytes long; this server takes at most %2.").arg(request.size()).arg(kMaxFormatBytes).toUtf8();
    if (request.contains('\0')) return tr("Error: the format contains a NUL byte.").toUtf8();
    const QByteArray format = request.isEmpty() ? defaultFormat() : request;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[256];
    const std::size_t n = std::strftime(buffer, sizeof buffer, format.constData(), &local);
    if (n == 0) return tr("Error: the format gives no text, or more than 255 bytes.").toUtf8();
    return QByteArray(buffer, static_cast<qsizetype>(n));
}

bool UdpTimeLab::setUp(QObject *scope, QString *error)
{
    const LabOptions &o = options();
    m_format = o.messageSet ? o.message.toUtf8() : QByteArray();
    if (m_format.size() > kMaxFormatBytes) {
        *error = tr("The time format is %1 bytes long; the udp-time lab takes at most %2.").arg(m_format.size()).arg(kMaxFormatBytes);
        return false;
    }
    m_reply.clear();
    m_attempts = 0;
    m_server = new QUdpSocket(scope);
    if (!m_server->bind(QHostAddress::LocalHost, o.port)) {
        *error = tr("The server cannot bind on 127.0.0.1 port %1: %2.").arg(o.port).arg(m_server->errorString());
        return false;
    }
    const std::uint16_t serverPort = m_server->localPort();
    recorder().app(NodeId::Server, AppCall::Bind, -1, std::to_string(serverPort));
    m_client = new QUdpSocket(scope);
    if (!m_client->bind(QHostAddress::LocalHost, 0)) {
        *error = tr("The client cannot bind on 127.0.0.1: %1.").arg(m_client->errorString());
        return false;
    }
    const std::uint16_t clientPort = m_client->localPort();
    recorder().app(NodeId::Client, AppCall::Bind, -1, std::to_string(clientPort));
    m_target = serverPort;
    std::vector<std::uint16_t> ports{serverPort, clientPort};
    LoopbackCapture::SenderOf hops;
    if (o.relay.active()) {
        m_relay = new UdpRelay(recorder(), o.relay, scope);
        if (!m_relay->start(clientPort, serverPort, error)) return false;
        m_target = m_relay->frontPort();
        ports.push_back(m_relay->frontPort());
        ports.push_back(m_relay->backPort());
        hops = m_relay->captureHops();
    }
    startCapture(ports, {serverPort}, hops);
    setServerPort(serverPort);

    connect(m_server, &QUdpSocket::readyRead, this, &UdpTimeLab::onServerReadable);
    connect(m_client, &QUdpSocket::readyRead, this, &UdpTimeLab::onClientReadable);
    connect(m_server, &QUdpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Server, m_server); });
    connect(m_client, &QUdpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Client, m_client); });
    m_retry = new QTimer(scope);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &UdpTimeLab::sendRequest);
    sendRequest();
    return true;
}

void UdpTimeLab::tearDown()
{
    m_server = m_client = nullptr;
    m_relay = nullptr;
    m_retry = nullptr;
}

void UdpTimeLab::sendRequest()
{
    if (!m_client) return;
    if (m_attempts == kAttempts) {
        addNote(tr("No answer came back after %1 requests: every one or every answer was lost.").arg(kAttempts));
        complete();
        return;
    }
    ++m_attempts;
    recorder().app(NodeId::Client, AppCall::Sendto, m_format.size(), m_format.toStdString());
    m_client->writeDatagram(m_format, QHostAddress::LocalHost, m_target);
    m_retry->start(kRetryMs + 2 * options().relay.delayMs);
}

void UdpTimeLab::onServerReadable()
{
    for (int i = 0; m_server && i < kMaxReadsPerSignal && m_server->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram d = m_server->receiveDatagram() /* whole, its true size */;
        if (!d.isValid()) break;
        const QByteArray request = d.data();
        recorder().app(NodeId::Server, AppCall::Recvfrom, request.size(), LiveRecorder::textData(request.constData(), static_cast<std::size_t>(request.size())));
        const QByteArray reply = answer(request);
        recorder().app(NodeId::Server, AppCall::Sendto, reply.size(), reply.toStdString());
        m_server->writeDatagram(reply, d.senderAddress(), static_cast<quint16>(d.senderPort()));
    }
}

void UdpTimeLab::onClientReadable()
{
    for (int i = 0; m_client && i < kMaxReadsPerSignal && m_client->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram d = m_client->receiveDatagram();
        if (!d.isValid()) break;
        recorder().app(NodeId::Client, AppCall::Recvfrom, d.data().size(), LiveRecorder::textData(d.data().constData(), static_cast<std::size_t>(d.data().size())));
        if (m_reply.isEmpty()) m_reply = d.data();
    }
    if (!m_reply.isEmpty() && m_retry && m_retry->isActive()) {
        m_retry->stop();
        complete();
    }
}

} // namespace wirestep
