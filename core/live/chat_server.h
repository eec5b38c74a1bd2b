#pragma once
#include "core/live/length_prefix_framer.h"
#include "core/live/live_recorder.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace wirestep {

// An event-driven TCP chat server on 127.0.0.1: it serves every client at once (Qt's signals,
// no loop that blocks on one client), reads length-prefixed messages (LengthPrefixFramer) and
// sends each message to every other client. A client that sends a length over the limit, an
// empty message or one that is not UTF-8 text is not speaking the protocol and is cut off alone
// (the others are not disturbed); one that leaves mid-message leaves nothing behind.
class ChatServer : public QObject {
    Q_OBJECT

public:
    static constexpr std::uint32_t kMaxMessageBytes = 1024;
    static constexpr int kMaxClients = 1100;
    // Back-pressure: Qt reads at most kReadBufferBytes ahead of the server; a client whose own
    // output waiting to go out is over kMaxPendingBytes is not read from until it drains, and
    // one whose output reaches kCutOffPendingBytes (it does not read what the chat sends it) is
    // cut off as too slow, so silent clients cannot make the server hold everything.
    static constexpr qint64 kReadBufferBytes = 16 * 1024;
    static constexpr qint64 kMaxPendingBytes = 256 * 1024;
    static constexpr qint64 kCutOffPendingBytes = 1024 * 1024;

    explicit ChatServer(LiveRecorder &recorder, QObject *parent = nullptr);
    ~ChatServer() override;

    bool listen(std::uint16_t port, int backlog, QString *error);
    std::uint16_t port() const;
    int connectionCount() const { return static_cast<int>(m_peers.size()); }
    int messagesRelayed() const { return m_relayed; }
    // Clients cut off for not speaking the protocol: a length over the limit, or a message that
    // is empty or not UTF-8 text.
    int clientsCutOff() const { return m_cutOff; }
    // Clients cut off for not reading what the chat sent them.
    int slowClientsCutOff() const { return m_slowCutOff; }
    // Whether the client on this local port of 127.0.0.1 is connected to the server.
    bool hasPeer(std::uint16_t port) const;
    // The most output that waited for any one client (a bound, for tests).
    qint64 maxPendingBytes() const { return m_maxPending; }

Q_SIGNALS:
    void connectionCountChanged(int count);
    void peerLeft(quint16 peerPort);

private:
    struct Peer {
        QTcpSocket *socket;
        std::uint16_t port;
        LengthPrefixFramer framer{kMaxMessageBytes};
    };
    void onNewConnection();
    void onReadable(QTcpSocket *socket);
    void remove(QTcpSocket *socket);
    void cutOff(QTcpSocket *socket, std::int64_t bytes, const QString &why);

    LiveRecorder &m_recorder;
    QTcpServer *m_server = nullptr;
    std::map<QTcpSocket *, std::unique_ptr<Peer>> m_peers;
    int m_relayed = 0;
    int m_cutOff = 0;
    int m_slowCutOff = 0;
    qint64 m_maxPending = 0;
};

} // namespace wirestep
