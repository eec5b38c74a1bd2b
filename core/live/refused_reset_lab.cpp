#include "core/live/refused_reset_lab.h"
#include "core/live/native_listener.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <sys/socket.h>

namespace wirestep {

RefusedResetLab::RefusedResetLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

RefusedResetLab::~RefusedResetLab()
{
    stop();
    NativeListener::closeDescriptor(m_placeholder);
}

bool RefusedResetLab::setUp(QObject *scope, QString *error)
{
    m_scope = scope;
    m_refusedDone = m_resetDone = false;
    m_refusedError = m_resetError = QAbstractSocket::UnknownSocketError;
    m_resetPeer = nullptr;
    m_resetConnected = false;
    const NativeListener::Result hold = NativeListener::bindOnly(0);
    if (hold.fd < 0) {
        *error = tr("The lab cannot reserve a port on 127.0.0.1: %1.").arg(hold.errorText);
        return false;
    }
    m_placeholder = hold.fd;
    m_closedPort = hold.port;
    m_server = new QTcpServer(scope);
    if (!m_server->listen(QHostAddress::LocalHost, options().port)) {
        *error = tr("The server cannot listen on 127.0.0.1 port %1: %2.").arg(options().port).arg(m_server->errorString());
        return false;
    }
    const std::uint16_t port = m_server->serverPort();
    recorder().app(NodeId::Server, AppCall::Listen, -1, std::to_string(port));
    watchListener(port);
    startCapture({m_closedPort, port}, {m_closedPort, port});
    setServerPort(port);
    connect(m_server, &QTcpServer::newConnection, this, &RefusedResetLab::onAccepted);

    // 1. Refused.
    m_refusedClient = new QTcpSocket(scope);
    if (m_refusedClient->bind(QHostAddress::LocalHost, 0))
        observer().watch(NodeId::Client, QHostAddress::LocalHost, m_refusedClient->localPort(), QHostAddress::LocalHost, m_closedPort);
    connect(m_refusedClient, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        recordSocketError(NodeId::Client, m_refusedClient);
        m_refusedError = e;
        m_refusedText = m_refusedClient->errorString();
        if (m_refusedDone) return;
        m_refusedDone = true;
        startReset();
    });
    connect(m_refusedClient, &QTcpSocket::connected, this, [this] {
        abandon(tr("A connection to port %1 was accepted, though nobody listens there.").arg(m_closedPort));
    });
    recorder().app(NodeId::Client, AppCall::Connect, -1, std::to_string(m_closedPort));
    m_refusedClient->connectToHost(QHostAddress::LocalHost, m_closedPort);
    return true;
}

void RefusedResetLab::tearDown()
{
    m_scope = nullptr;
    m_server = nullptr;
    m_refusedClient = m_resetClient = m_resetPeer = nullptr;
    NativeListener::closeDescriptor(m_placeholder);
    m_placeholder = -1;
}

void RefusedResetLab::startReset()
{
    if (!m_scope || !m_server) return;
    NativeListener::closeDescriptor(m_placeholder);
    m_placeholder = -1;
    // 2. Reset.
    m_resetClient = new QTcpSocket(m_scope);
    const std::uint16_t port = m_server->serverPort();
    if (m_resetClient->bind(QHostAddress::LocalHost, 0)) {
        observer().watch(NodeId::Client, QHostAddress::LocalHost, m_resetClient->localPort(), QHostAddress::LocalHost, port);
        observer().watch(NodeId::Server, QHostAddress::LocalHost, port, QHostAddress::LocalHost, m_resetClient->localPort(), TcpState::Listen);
    }
    connect(m_resetClient, &QTcpSocket::connected, this, [this] {
        recorder().app(NodeId::Client, AppCall::Connected);
        m_resetConnected = true;
        abortWhenBothIn();
    });
    connect(m_resetClient, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        recordSocketError(NodeId::Client, m_resetClient, {}, true); // the server aborted: a RST
        if (m_resetDone) return;
        m_resetError = e;
        m_resetText = m_resetClient->errorString();
        m_resetDone = true;
        checkDone();
    });
    connect(m_resetClient, &QTcpSocket::disconnected, this, [this] { recorder().app(NodeId::Client, AppCall::Disconnected); });
    recorder().app(NodeId::Client, AppCall::Connect, -1, std::to_string(port));
    m_resetClient->connectToHost(QHostAddress::LocalHost, port);
}

void RefusedResetLab::onAccepted()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        if (m_resetPeer || !m_resetClient || s->peerPort() != m_resetClient->localPort()) {
            s->abort();
            s->deleteLater();
            continue;
        }
        forgetListener();
        recorder().app(NodeId::Server, AppCall::Accept, -1, "127.0.0.1:" + std::to_string(s->peerPort()));
        m_resetPeer = s;
        abortWhenBothIn();
    }
}

void RefusedResetLab::abortWhenBothIn()
{
    // Not before the client knows it is connected: Qt would take a reset during the handshake
    // for a failed connect() and try again.
    if (!m_resetPeer || !m_resetConnected) return;
    // SO_LINGER on, with a time of 0: close() discards the connection and sends RST.
    const linger noLinger{1, 0};
    ::setsockopt(static_cast<int>(m_resetPeer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
    recorder().app(NodeId::Server, AppCall::Abort);
    m_resetPeer->abort();
    m_resetPeer->deleteLater();
}

void RefusedResetLab::checkDone()
{
    if (m_refusedDone && m_resetDone) complete();
}

} // namespace wirestep
