#include "core/live/chat_server.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUtf8StringView>

#include <algorithm>
#include <vector>

namespace wirestep {

ChatServer::ChatServer(LiveRecorder &recorder, QObject *parent) : QObject(parent), m_recorder(recorder) {}

ChatServer::~ChatServer()
{
    // The sockets are our children; they go with us, quietly.
    for (auto &[socket, peer] : m_peers) socket->blockSignals(true);
}

bool ChatServer::listen(std::uint16_t port, int backlog, QString *error)
{
    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(backlog);
    m_server->setMaxPendingConnections(kMaxClients);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error) *error = tr("The chat server cannot listen on 127.0.0.1 port %1: %2.").arg(port).arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &ChatServer::onNewConnection);
    m_recorder.app(NodeId::Server, AppCall::Listen, -1, std::to_string(m_server->serverPort()));
    return true;
}

std::uint16_t ChatServer::port() const { return m_server ? m_server->serverPort() : 0; }

void ChatServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        if (static_cast<int>(m_peers.size()) >= kMaxClients) {
            s->abort();
            s->deleteLater();
            continue;
        }
        s->setParent(this);
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        s->setReadBufferSize(kReadBufferBytes);
        m_peers.emplace(s, std::make_unique<Peer>(Peer{s, s->peerPort()}));
        m_recorder.app(NodeId::Server, AppCall::Accept, -1, "127.0.0.1:" + std::to_string(s->peerPort()));
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
        connect(s, &QTcpSocket::bytesWritten, this, [this, s] {
            if (s->bytesAvailable() > 0 && s->bytesToWrite() <= kMaxPendingBytes) onReadable(s); // room again
        });
        connect(s, &QTcpSocket::errorOccurred, this, [this, s] {
            std::string data = "127.0.0.1:" + std::to_string(s->peerPort());
            if (s->error() == QAbstractSocket::RemoteHostClosedError) {
                // The client closed: the server reads end-of-file (Qt calls it an error).
                m_recorder.app(NodeId::Server, AppCall::Eof, -1, data + " Qt: RemoteHostClosedError");
                return;
            }
            const AppError error = LiveRecorder::errorFromSocket(s->error());
            if (error == AppError::Other) data += ": " + s->errorString().toStdString();
            m_recorder.app(NodeId::Server, AppCall::Error, -1, std::move(data), error);
        });
        connect(s, &QTcpSocket::disconnected, this, [this, s] { remove(s); });
        Q_EMIT connectionCountChanged(connectionCount());
        if (s->bytesAvailable() > 0) onReadable(s);
    }
}

void ChatServer::onReadable(QTcpSocket *socket)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end()) return;
    Peer &peer = *it->second;
    if (socket->bytesToWrite() > kMaxPendingBytes) return; // back-pressure: read it once it drains
    const QByteArray bytes = socket->readAll();
    if (bytes.isEmpty()) return;
    if (!peer.framer.feed(bytes)) {
        ++m_cutOff;
        cutOff(socket, bytes.size(),
               tr("A message longer than %1 bytes was announced: the client is not speaking this protocol.").arg(kMaxMessageBytes));
        return;
    }
    std::string texts;
    std::vector<QByteArray> messages;
    while (auto m = peer.framer.next()) {
        // A chat message is text: an empty one or bytes that are not UTF-8 are a malformed frame
        // from something that is not a chat client, and only that connection pays for it.
        if (m->isEmpty() || !QUtf8StringView(*m).isValidUtf8()) {
            ++m_cutOff;
            cutOff(socket, bytes.size(), tr("A malformed message (empty, or not UTF-8 text) arrived: the client is not speaking this protocol."));
            return;
        }
        messages.push_back(*m);
    }
    for (const QByteArray &m : messages) texts += (texts.empty() ? "" : "\n") + m.toStdString();
    m_recorder.app(NodeId::Server, AppCall::Recv, bytes.size(), LiveRecorder::textData(texts.data(), texts.size()));
    for (const QByteArray &m : messages) {
        const QByteArray framed = LengthPrefixFramer::frame(m);
        std::vector<QTcpSocket *> tooSlow;
        for (auto &[other, p] : m_peers) {
            if (other == socket) continue;
            m_recorder.app(NodeId::Server, AppCall::Send, framed.size(), LiveRecorder::textData(m.constData(), static_cast<std::size_t>(m.size())));
            other->write(framed);
            m_maxPending = std::max(m_maxPending, other->bytesToWrite());
            if (other->bytesToWrite() >= kCutOffPendingBytes) tooSlow.push_back(other);
        }
        for (QTcpSocket *slow : tooSlow) {
            ++m_slowCutOff;
            cutOff(slow, -1, tr("The client reads nothing of what the chat sends it: it is cut off rather than buffered without end."));
        }
        ++m_relayed;
        if (!m_peers.count(socket)) return;
    }
}

bool ChatServer::hasPeer(std::uint16_t port) const
{
    for (const auto &[socket, peer] : m_peers)
        if (peer->port == port) return true;
    return false;
}

void ChatServer::cutOff(QTcpSocket *socket, std::int64_t bytes, const QString &why)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end()) return;
    m_recorder.app(NodeId::Server, AppCall::Abort, bytes, "127.0.0.1:" + std::to_string(it->second->port) + ": " + why.toStdString());
    socket->abort();
    remove(socket);
}

void ChatServer::remove(QTcpSocket *socket)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end()) return;
    const std::uint16_t port = it->second->port;
    const bool midMessage = it->second->framer.pendingBytes() > 0;
    m_peers.erase(it);
    m_recorder.app(NodeId::Server, AppCall::Disconnected, -1,
                   "127.0.0.1:" + std::to_string(port) + (midMessage ? " (mid-message)" : ""));
    socket->deleteLater();
    Q_EMIT connectionCountChanged(connectionCount());
    Q_EMIT peerLeft(port);
}

} // namespace wirestep
