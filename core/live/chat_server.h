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
// sends each message to every other client. A client that sends a length over the limit is
// not speaking the protocol and is cut off; one that leaves mid-message leaves nothing behind.
class ChatServer : public QObject {
    Q_OBJECT

public:
    static constexpr std::uint32_t kMaxMessageBytes = 1024;
    static constexpr int kMaxClients = 1100;

    explicit ChatServer(LiveRecorder &recorder, QObject *parent = nullptr);
    ~ChatServer() override;

    bool listen(std::uint16_t port, int backlog, QString *error);
    std::uint16_t port() const;
    int connectionCount() const { return static_cast<int>(m_peers.size()); }
    int messagesRelayed() const { return m_relayed; }
    int clientsCutOff() const { return m_cutOff; }

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

    LiveRecorder &m_recorder;
    QTcpServer *m_server = nullptr;
    std::map<QTcpSocket *, std::unique_ptr<Peer>> m_peers;
    int m_relayed = 0;
    int m_cutOff = 0;
};

} // namespace wirestep
