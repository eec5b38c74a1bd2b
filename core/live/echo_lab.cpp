#include "core/live/echo_lab.h"
#include "core/trace/rng.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace wirestep {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

} // namespace

EchoLab::EchoLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

EchoLab::~EchoLab() { stop(); }

bool EchoLab::setUp(QObject *scope, QString *error)
{
    const LabOptions &o = options();
    m_message = o.messageSet ? o.message.toUtf8() : tr("Hello, Wirestep!").toUtf8();
    if (m_payloadBytes <= 0 && m_message.isEmpty()) {
        *error = tr("The echo lab needs a message that is not empty.");
        return false;
    }
    if (m_message.size() > kMaxMessageBytes) {
        *error = tr("The message is %1 bytes long; the echo lab takes at most %2.").arg(m_message.size()).arg(kMaxMessageBytes);
        return false;
    }
    const int clients = o.clients > 0 ? o.clients : 1;
    if (clients > kMaxClients) {
        *error = tr("The echo lab runs at most %1 clients at once, not %2.").arg(kMaxClients).arg(clients);
        return false;
    }
    m_rttNs.clear();
    m_clients.clear();
    m_serverConnections = 0;
    m_clientError.clear();

    m_server = new QTcpServer(scope);
    m_server->setListenBacklogSize(qMax(50, clients + 16));
    m_server->setMaxPendingConnections(clients + 16);
    if (!m_server->listen(QHostAddress::LocalHost, o.port)) {
        *error = tr("The server cannot listen on 127.0.0.1 port %1: %2.").arg(o.port).arg(m_server->errorString());
        return false;
    }
    const std::uint16_t port = m_server->serverPort();
    recorder().app(NodeId::Server, AppCall::Listen, -1, std::to_string(port));
    watchListener(port);
    connect(m_server, &QTcpServer::newConnection, this, &EchoLab::onServerConnection);
    startCapture({port}, {port});
    setServerPort(port);

    for (int i = 1; i <= clients; ++i) {
        auto c = std::make_unique<Client>();
        c->number = i;
        c->tag = LiveRecorder::clientTag(i, clients);
        m_clients.push_back(std::move(c));
    }
    for (auto &c : m_clients) startClient(*c, scope);
    return true;
}

void EchoLab::tearDown()
{
    m_server = nullptr;
    for (auto &c : m_clients) c->socket = nullptr;
}

void EchoLab::startClient(Client &c, QObject *scope)
{
    c.socket = new QTcpSocket(scope);
    QTcpSocket *s = c.socket;
    // Bound first, so that the kernel's state of this socket can be watched from SYN_SENT on.
    if (s->bind(QHostAddress::LocalHost, 0))
        observer().watch(NodeId::Client, QHostAddress::LocalHost, s->localPort(), QHostAddress::LocalHost, serverPort(),
                         TcpState::Closed, c.tag);
    connect(s, &QTcpSocket::connected, this, [this, &c] {
        recorder().app(NodeId::Client, AppCall::Connected, -1, c.tag);
        setLowDelay(c.socket);
        c.roundsLeft = m_rounds;
        beginRound(c);
    });
    connect(s, &QTcpSocket::bytesWritten, this, [this, &c](qint64 n) {
        if (m_recordTransfers) recorder().app(NodeId::Client, AppCall::Written, n, c.tag);
        pump(c);
    });
    connect(s, &QTcpSocket::readyRead, this, [this, &c] { onClientRead(c); });
    connect(s, &QTcpSocket::errorOccurred, this, [this, &c] {
        if (!c.socket) return;
        recordSocketError(NodeId::Client, c.socket, c.tag);
        if (!c.done && c.socket->state() == QAbstractSocket::UnconnectedState) clientDone(c, c.socket->errorString());
    });
    connect(s, &QTcpSocket::disconnected, this, [this, &c] {
        recorder().app(NodeId::Client, AppCall::Disconnected, -1, c.tag);
        observer().pollSoon();
        c.socket->deleteLater();
        c.socket = nullptr;
        clientDone(c, c.result.received < c.result.sent || c.roundsLeft > 0 ? tr("The connection closed before the reply was complete.") : QString());
    });
    recorder().app(NodeId::Client, AppCall::Connect, -1, c.tag);
    s->connectToHost(QHostAddress::LocalHost, serverPort());
}

void EchoLab::beginRound(Client &c)
{
    c.toSend = m_payloadBytes > 0 ? m_payloadBytes : m_message.size();
    c.queued = 0;
    c.received = 0;
    if (m_payloadBytes > 0 && c.pattern.isEmpty()) {
        // Different bytes for each client, the same on every run.
        Rng rng(static_cast<std::uint64_t>(c.number));
        c.pattern.resize(kPatternBytes);
        for (qint64 i = 0; i < kPatternBytes; i += 8) {
            const std::uint64_t w = rng.next();
            std::memcpy(c.pattern.data() + i, &w, static_cast<std::size_t>(qMin<qint64>(8, kPatternBytes - i)));
        }
    }
    c.roundClock.start();
    pump(c);
}

void EchoLab::pump(Client &c)
{
    if (!c.socket) return;
    // Keep at most a window of unread echo in flight, so memory stays bounded however much is sent.
    bool wrote = false;
    while (c.queued < c.toSend && c.socket->bytesToWrite() < kWindowBytes && c.queued - c.received < kWindowBytes) {
        const char *bytes = m_message.constData();
        qint64 n = m_message.size();
        if (m_payloadBytes > 0) {
            const qint64 at = c.result.sent % kPatternBytes;
            n = std::min({kChunkBytes, c.toSend - c.queued, kPatternBytes - at});
            bytes = c.pattern.constData() + at;
        }
        if (m_recordTransfers)
            recorder().app(NodeId::Client, AppCall::Send, n, c.tag + LiveRecorder::textData(bytes, static_cast<std::size_t>(n)));
        c.queued += n;
        c.result.sent += n;
        // A QByteArray hands Qt's write buffer a reference instead of a copy (for chunks of a few
        // KiB and more). The pattern and the message never change while the lab runs and outlive
        // the sockets (the scope deletes them first), so a non-owning view of them is safe.
        c.socket->write(QByteArray::fromRawData(bytes, static_cast<qsizetype>(n)));
        wrote = true;
    }
    // One flush for the whole batch: Qt registers its write notifier with the event loop at the
    // first write() and removes it when the buffer is empty, and with glib's loop each of those
    // wakes the loop. flush() may emit bytesWritten(), which pumps again: counted above, so that
    // is safe.
    if (wrote) c.socket->flush();
}

void EchoLab::onClientRead(Client &c)
{
    if (!c.socket) return;
    const qint64 n = c.socket->bytesAvailable();
    if (n <= 0) return;
    const bool wantText = m_recordTransfers && static_cast<std::size_t>(n) <= LiveRecorder::kMaxTextBytes;
    if (m_verify || wantText) {
        // read(bytesAvailable()) takes Qt's buffered chunk as it is, without copying it.
        const QByteArray data = c.socket->read(n);
        if (m_recordTransfers)
            recorder().app(NodeId::Client, AppCall::Recv, data.size(),
                           c.tag + (wantText ? LiveRecorder::textData(data.constData(), static_cast<std::size_t>(data.size())) : std::string()));
        if (m_verify && c.result.firstMismatch < 0) c.result.firstMismatch = firstMismatch(c, data.constData(), data.size());
    } else {
        // Nothing looks at the bytes (not verifying, too long to show as text): count and drop them.
        c.socket->skip(n);
        if (m_recordTransfers) recorder().app(NodeId::Client, AppCall::Recv, n, c.tag);
    }
    c.received += n;
    c.result.received += n;
    if (c.received < c.toSend) {
        pump(c);
        return;
    }
    if (c.received > c.toSend) {
        clientDone(c, tr("The server sent back more than it was sent."));
        return;
    }
    m_rttNs.push_back(c.roundClock.nsecsElapsed());
    if (--c.roundsLeft > 0) {
        beginRound(c);
        return;
    }
    recorder().app(NodeId::Client, AppCall::Close, -1, c.tag);
    c.socket->disconnectFromHost(); // may emit disconnected() at once
}

qint64 EchoLab::firstMismatch(const Client &c, const char *data, qint64 n) const
{
    // Byte k of the stream is byte k of the message repeated, or of the pattern repeated.
    const QByteArray &source = m_payloadBytes > 0 ? c.pattern : m_message;
    const qint64 size = source.size();
    qint64 at = c.result.received % size;
    for (qint64 done = 0; done < n;) {
        const qint64 len = std::min(n - done, size - at);
        const char *first = data + done, *last = first + len;
        const char *differs = std::mismatch(first, last, source.constData() + at).first;
        if (differs != last) return c.result.received + (differs - data);
        done += len;
        at = 0;
    }
    return -1;
}

void EchoLab::onServerConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        ++m_serverConnections;
        const std::string peer = "127.0.0.1:" + std::to_string(s->peerPort());
        forgetListener();
        recorder().app(NodeId::Server, AppCall::Accept, -1, peer);
        observer().watch(NodeId::Server, QHostAddress::LocalHost, serverPort(), QHostAddress::LocalHost, s->peerPort(),
                         TcpState::Listen);
        setLowDelay(s);
        // Back-pressure, as a real server must: Qt reads at most this much ahead from the
        // kernel, and nothing more is read while the echo waiting to go out is over
        // kMaxServerPendingBytes. A client that never reads then fills the kernel's buffers and
        // its own sends block, instead of this process buffering everything it sends.
        s->setReadBufferSize(kServerReadBufferBytes);
        const auto echo = [this, s] {
            if (s->bytesToWrite() > kMaxServerPendingBytes) return;
            // read(bytesAvailable()) takes Qt's buffered chunk without copying it, and write() of
            // a QByteArray queues a reference to it: the echo is not copied in user space.
            const QByteArray data = s->read(s->bytesAvailable());
            if (data.isEmpty()) return;
            if (m_recordTransfers) {
                const std::string text = LiveRecorder::textData(data.constData(), static_cast<std::size_t>(data.size()));
                recorder().app(NodeId::Server, AppCall::Recv, data.size(), text);
                recorder().app(NodeId::Server, AppCall::Send, data.size(), text);
            }
            s->write(data);
            m_maxServerPending = std::max(m_maxServerPending, s->bytesToWrite());
            s->flush();
        };
        connect(s, &QTcpSocket::readyRead, this, echo);
        connect(s, &QTcpSocket::bytesWritten, this, [this, s, echo](qint64 n) {
            if (m_recordTransfers) recorder().app(NodeId::Server, AppCall::Written, n);
            if (s->bytesAvailable() > 0) echo(); // room again: read what waited
        });
        connect(s, &QTcpSocket::errorOccurred, this, [this, s] { recordSocketError(NodeId::Server, s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            recorder().app(NodeId::Server, AppCall::Disconnected);
            observer().pollSoon();
            s->deleteLater();
            --m_serverConnections;
            checkDone();
        });
        // The peer may have come and gone already.
        if (s->state() == QAbstractSocket::UnconnectedState) {
            s->deleteLater();
            --m_serverConnections;
        }
    }
}

void EchoLab::clientDone(Client &c, const QString &error)
{
    if (c.done) return;
    c.done = true;
    if (!error.isEmpty() && m_clientError.isEmpty()) m_clientError = error;
    checkDone();
}

void EchoLab::checkDone()
{
    for (const auto &c : m_clients)
        if (!c->done) return;
    if (!m_clientError.isEmpty()) {
        abandon(m_clientError);
        return;
    }
    if (m_serverConnections > 0) return;
    complete();
}

std::vector<EchoLab::ClientResult> EchoLab::results() const
{
    std::vector<ClientResult> r;
    for (const auto &c : m_clients) r.push_back(c->result);
    return r;
}

} // namespace wirestep
