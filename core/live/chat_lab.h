#pragma once
#include "core/live/length_prefix_framer.h"
#include "core/live/live_lab.h"

#include <QList>
#include <QSet>

#include <memory>
#include <vector>

class QTcpSocket;

namespace wirestep {

class ChatServer;

// A TCP chat: one event-driven server (ChatServer) and N clients connected at once. When all
// are in, each client sends one message and the server passes it to every other client; a
// client that has heard from all the others closes. Messages are framed by a 4-byte length.
// Every client is node=client, with "[client N] " at the start of its events' data.
class ChatLab : public LiveLab {
    Q_OBJECT

public:
    static constexpr int kDefaultClients = 3;
    static constexpr int kMaxClients = 100;

    ChatLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~ChatLab() override;
    QString id() const override { return QStringLiteral("chat"); }

    int clientCount() const { return static_cast<int>(m_clients.size()); }
    // What client `number` (1..N) sent, and the messages it received in order.
    QByteArray sentBy(int number) const;
    QList<QByteArray> receivedBy(int number) const;
    const ChatServer *server() const { return m_server; }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    struct Client {
        int number = 0;
        QTcpSocket *socket = nullptr;
        std::string tag;
        QByteArray message;
        QList<QByteArray> received;
        LengthPrefixFramer framer{1024};
        std::uint16_t port = 0;
        bool connected = false;
        bool sent = false;
        bool closing = false;
        bool done = false;
    };
    void startClient(Client &c, QObject *scope);
    void maybeSendAll();
    void onClientRead(Client &c);
    void checkDone();
    // Whether `message` is one of the other clients' messages that `c` has not had yet.
    bool isFromOtherClient(const Client &c, const QByteArray &message) const;

    ChatServer *m_server = nullptr;
    std::vector<std::unique_ptr<Client>> m_clients;
    QSet<quint16> m_openOnServer;
    int m_strangerMessages = 0;
};

} // namespace wirestep
