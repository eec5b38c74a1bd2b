#include "core/live/chat_lab.h"
#include "core/live/chat_server.h"

#include <QTcpSocket>

namespace wirestep {

ChatLab::ChatLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

ChatLab::~ChatLab() { stop(); }

bool ChatLab::setUp(QObject *scope, QString *error)
{
    const LabOptions &o = options();
    const int n = o.clients > 0 ? o.clients : kDefaultClients;
    if (n > kMaxClients) {
        *error = tr("The chat lab runs at most %1 clients at once, not %2.").arg(kMaxClients).arg(n);
        return false;
    }
    m_clients.clear();
    m_openOnServer.clear();
    m_strangerMessages = 0;
    for (int i = 1; i <= n; ++i) {
        auto c = std::make_unique<Client>();
        c->number = i;
        c->tag = LiveRecorder::clientTag(i, n);
        c->message = (o.messageSet ? tr("client %1: %2").arg(i).arg(o.message) : tr("Hello from client %1").arg(i)).toUtf8();
        if (c->message.size() > static_cast<qsizetype>(ChatServer::kMaxMessageBytes)) {
            *error = tr("The message is %1 bytes long; the chat lab takes at most %2.").arg(c->message.size()).arg(ChatServer::kMaxMessageBytes);
            return false;
        }
        m_clients.push_back(std::move(c));
    }
    m_server = new ChatServer(recorder(), scope);
    if (!m_server->listen(o.port, n + 16, error)) return false;
    const std::uint16_t port = m_server->port();
    watchListener(port);
    startCapture({port}, {port});
    setServerPort(port);
    connect(m_server, &ChatServer::connectionCountChanged, this, [this] {
        forgetListener();
        maybeSendAll();
    });
    connect(m_server, &ChatServer::peerLeft, this, [this](quint16 p) {
        m_openOnServer.remove(p);
        checkDone();
    });
    for (auto &c : m_clients) startClient(*c, scope);
    return true;
}

void ChatLab::tearDown()
{
    m_server = nullptr;
    for (auto &c : m_clients) c->socket = nullptr;
}

void ChatLab::startClient(Client &c, QObject *scope)
{
    c.socket = new QTcpSocket(scope);
    QTcpSocket *s = c.socket;
    if (s->bind(QHostAddress::LocalHost, 0)) {
        c.port = s->localPort();
        m_openOnServer.insert(c.port);
        observer().watch(NodeId::Client, QHostAddress::LocalHost, c.port, QHostAddress::LocalHost, serverPort(), TcpState::Closed, c.tag);
        observer().watch(NodeId::Server, QHostAddress::LocalHost, serverPort(), QHostAddress::LocalHost, c.port, TcpState::Listen);
    }
    connect(s, &QTcpSocket::connected, this, [this, &c] {
        recorder().app(NodeId::Client, AppCall::Connected, -1, c.tag);
        setLowDelay(c.socket);
        c.connected = true;
        maybeSendAll();
    });
    connect(s, &QTcpSocket::readyRead, this, [this, &c] { onClientRead(c); });
    connect(s, &QTcpSocket::errorOccurred, this, [this, &c] {
        if (!c.socket) return;
        recordSocketError(NodeId::Client, c.socket, c.tag);
        if (!c.closing && c.socket->state() == QAbstractSocket::UnconnectedState)
            abandon(tr("Client %1 lost its connection: %2").arg(c.number).arg(c.socket->errorString()));
    });
    connect(s, &QTcpSocket::disconnected, this, [this, &c] {
        recorder().app(NodeId::Client, AppCall::Disconnected, -1, c.tag);
        c.socket->deleteLater();
        c.socket = nullptr;
        c.done = true;
        checkDone();
    });
    recorder().app(NodeId::Client, AppCall::Connect, -1, c.tag);
    s->connectToHost(QHostAddress::LocalHost, serverPort());
}

void ChatLab::maybeSendAll()
{
    // Only when everyone is in: a message sent earlier would miss those not yet connected.
    // Everyone means the lab's own clients: a stranger connected to the port counts for nothing.
    if (!m_server) return;
    for (const auto &c : m_clients)
        if (!c->connected || !m_server->hasPeer(c->port)) return;
    for (auto &c : m_clients) {
        if (c->sent || !c->socket) continue;
        c->sent = true;
        const QByteArray framed = LengthPrefixFramer::frame(c->message);
        recorder().app(NodeId::Client, AppCall::Send, framed.size(), c->tag + c->message.toStdString());
        c->socket->write(framed);
        if (clientCount() == 1) {
            c->closing = true;
            recorder().app(NodeId::Client, AppCall::Close, -1, c->tag);
            c->socket->disconnectFromHost();
        }
    }
}

void ChatLab::onClientRead(Client &c)
{
    if (!c.socket) return;
    const QByteArray bytes = c.socket->readAll();
    if (bytes.isEmpty()) return;
    if (!c.framer.feed(bytes)) {
        abandon(tr("Client %1 received a message longer than the chat allows.").arg(c.number));
        return;
    }
    std::string texts;
    while (auto m = c.framer.next()) {
        texts += (texts.empty() ? "" : "\n") + m->toStdString();
        // What a stranger on the port says is relayed too (it is a chat), but only the lab's own
        // clients' messages count towards the ones this client waits for.
        if (isFromOtherClient(c, *m)) c.received.append(*m);
        else ++m_strangerMessages;
    }
    recorder().app(NodeId::Client, AppCall::Recv, bytes.size(), c.tag + LiveRecorder::textData(texts.data(), texts.size()));
    if (!c.closing && c.received.size() >= clientCount() - 1) {
        c.closing = true;
        recorder().app(NodeId::Client, AppCall::Close, -1, c.tag);
        c.socket->disconnectFromHost();
    }
}

bool ChatLab::isFromOtherClient(const Client &c, const QByteArray &message) const
{
    for (const auto &other : m_clients)
        if (other.get() != &c && other->message == message && !c.received.contains(message)) return true;
    return false;
}

void ChatLab::checkDone()
{
    for (const auto &c : m_clients)
        if (!c->done) return;
    if (!m_openOnServer.isEmpty()) return;
    if (m_server && m_server->clientsCutOff() > 0)
        addNote(tr("%n outside connection(s) sent malformed messages and were cut off; the lab's own clients were not disturbed.",
                   nullptr, m_server->clientsCutOff()));
    if (m_server && m_server->slowClientsCutOff() > 0)
        addNote(tr("%n connection(s) read nothing of what the chat sent them and were cut off.", nullptr,
                   m_server->slowClientsCutOff()));
    if (m_strangerMessages > 0)
        addNote(tr("%n message(s) from outside connections were relayed to the lab's clients too.", nullptr, m_strangerMessages));
    complete();
}

QByteArray ChatLab::sentBy(int number) const
{
    return number >= 1 && number <= clientCount() ? m_clients[static_cast<std::size_t>(number - 1)]->message : QByteArray();
}

QList<QByteArray> ChatLab::receivedBy(int number) const
{
    return number >= 1 && number <= clientCount() ? m_clients[static_cast<std::size_t>(number - 1)]->received : QList<QByteArray>();
}

} // namespace wirestep
