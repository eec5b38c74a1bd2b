#include "core/live/time_wait_lab.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace wirestep {

namespace {
constexpr int kMaxPolls = 200; // a TIME_WAIT must appear within about a second
}

TimeWaitLab::TimeWaitLab(TraceSink &sink, LabOptions options, QObject *parent) : LiveLab(sink, std::move(options), parent) {}

TimeWaitLab::~TimeWaitLab() { stop(); }

bool TimeWaitLab::setUp(QObject *scope, QString *error)
{
    m_scope = scope;
    m_outcome = {};
    m_clientGone = m_peerGone = false;
    m_peer = nullptr;
    m_polls = 0;
    // The first listener sets SO_REUSEADDR as servers usually do; its connections inherit it,
    // which is what lets a later listener with SO_REUSEADDR share the port with their TIME_WAIT.
    const NativeListener::Result first = NativeListener::listen(options().port, true);
    if (first.fd < 0) {
        *error = tr("The server cannot listen on 127.0.0.1 port %1: %2.").arg(options().port).arg(first.errorText);
        return false;
    }
    m_server = new QTcpServer(scope);
    if (!m_server->setSocketDescriptor(first.fd)) {
        NativeListener::closeDescriptor(first.fd);
        *error = tr("The server cannot listen on 127.0.0.1 port %1: %2.").arg(first.port).arg(m_server->errorString());
        return false;
    }
    const std::uint16_t port = first.port;
    recorder().app(NodeId::Server, AppCall::Listen, -1, std::to_string(port));
    watchListener(port);
    startCapture({port}, {port});
    setServerPort(port);
    connect(m_server, &QTcpServer::newConnection, this, &TimeWaitLab::onAccepted);

    m_client = new QTcpSocket(scope);
    if (!m_client->bind(QHostAddress::LocalHost, 0)) {
        *error = tr("The client cannot bind on 127.0.0.1: %1.").arg(m_client->errorString());
        return false;
    }
    m_clientPort = m_client->localPort();
    observer().watch(NodeId::Client, QHostAddress::LocalHost, m_clientPort, QHostAddress::LocalHost, port);
    m_peerWatch = observer().watch(NodeId::Server, QHostAddress::LocalHost, port, QHostAddress::LocalHost, m_clientPort, TcpState::Listen);
    connect(m_client, &QTcpSocket::connected, this, [this] {
        recorder().app(NodeId::Client, AppCall::Connected);
        setLowDelay(m_client);
    });
    connect(m_client, &QTcpSocket::readyRead, this, [this] {
        const QByteArray data = m_client->readAll();
        if (!data.isEmpty()) recorder().app(NodeId::Client, AppCall::Recv, data.size(), data.toStdString());
    });
    connect(m_client, &QTcpSocket::errorOccurred, this, [this] { recordSocketError(NodeId::Client, m_client); });
    connect(m_client, &QTcpSocket::disconnected, this, [this] {
        recorder().app(NodeId::Client, AppCall::Disconnected);
        m_clientGone = true;
        checkClosed();
    });
    recorder().app(NodeId::Client, AppCall::Connect);
    m_client->connectToHost(QHostAddress::LocalHost, port);
    return true;
}

void TimeWaitLab::tearDown()
{
    m_scope = nullptr;
    m_server = nullptr;
    m_client = m_peer = nullptr;
}

void TimeWaitLab::onAccepted()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *s = m_server->nextPendingConnection();
        if (m_peer || s->peerPort() != m_clientPort) { // only the lab's own client is served
            s->abort();
            s->deleteLater();
            continue;
        }
        m_peer = s;
        forgetListener();
        recorder().app(NodeId::Server, AppCall::Accept, -1, "127.0.0.1:" + std::to_string(s->peerPort()));
        setLowDelay(s);
        connect(s, &QTcpSocket::errorOccurred, this, [this, s] { recordSocketError(NodeId::Server, s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            recorder().app(NodeId::Server, AppCall::Disconnected);
            s->deleteLater();
            m_peer = nullptr;
            m_peerGone = true;
            checkClosed();
        });
        const QByteArray bye = tr("Goodbye: the server closes first.").toUtf8();
        recorder().app(NodeId::Server, AppCall::Send, bye.size(), bye.toStdString());
        s->write(bye);
        recorder().app(NodeId::Server, AppCall::Close);
        s->disconnectFromHost(); // the active close: TIME_WAIT will be on the server
    }
}

void TimeWaitLab::checkClosed()
{
    if (!m_clientGone || !m_peerGone || !m_server || !m_server->isListening()) return;
    recorder().app(NodeId::Server, AppCall::Close, -1, std::to_string(serverPort()));
    m_server->close();
    waitForTimeWait();
}

void TimeWaitLab::waitForTimeWait()
{
    if (!isRunning()) return;
    observer().poll();
    m_outcome.timeWaitSeen = observer().stateOf(m_peerWatch) == TcpState::TimeWait;
    if (!m_outcome.timeWaitSeen && ++m_polls < kMaxPolls && observer().available()) {
        QTimer::singleShot(KernelStateObserver::kIntervalMs, m_scope, [this] { waitForTimeWait(); });
        return;
    }
    listenAgain();
}

void TimeWaitLab::recordListen(const NativeListener::Result &result, std::string data)
{
    // Each call as the program makes it: bind() is the one that fails with EADDRINUSE while the
    // old connection is in TIME_WAIT, unless SO_REUSEADDR is set; then listen().
    const AppError error = LiveRecorder::errorFromErrno(result.error);
    if (error == AppError::Other) data += ": " + result.errorText.toStdString();
    const std::string failed = result.failedCall ? result.failedCall : "";
    if (failed == "socket") {
        recorder().app(NodeId::Server, AppCall::Bind, -1, std::move(data), error);
        return;
    }
    recorder().app(NodeId::Server, AppCall::Bind, -1, data, failed == "bind" ? error : AppError::None);
    if (failed == "bind") return;
    recorder().app(NodeId::Server, AppCall::Listen, -1, std::move(data), failed == "listen" ? error : AppError::None);
}

void TimeWaitLab::listenAgain()
{
    const std::uint16_t port = serverPort();
    m_outcome.withoutReuse = NativeListener::listen(port, false);
    recordListen(m_outcome.withoutReuse, "SO_REUSEADDR=0 port " + std::to_string(port));
    NativeListener::closeDescriptor(m_outcome.withoutReuse.fd);
    m_outcome.withoutReuse.fd = -1;

    m_outcome.withReuse = NativeListener::listen(port, true);
    recordListen(m_outcome.withReuse, "SO_REUSEADDR=1 port " + std::to_string(port));
    if (m_outcome.withReuse.fd >= 0) {
        // Handed to Qt as a server would use it; deleted with the lab.
        auto *again = new QTcpServer(m_scope);
        if (!again->setSocketDescriptor(m_outcome.withReuse.fd)) NativeListener::closeDescriptor(m_outcome.withReuse.fd);
        m_outcome.withReuse.fd = -1;
        recorder().app(NodeId::Server, AppCall::Close, -1, std::to_string(port));
    }
    complete();
}

} // namespace wirestep
