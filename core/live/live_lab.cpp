#include "core/live/live_lab.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaEnum>

namespace wirestep {

LiveLab::LiveLab(TraceSink &sink, LabOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_recorder(sink), m_observer(m_recorder), m_capture(m_recorder)
{
    m_recorder.setBeforeRecord([this] { m_capture.drain(); });
    // After an application call the kernel's states may change at once (a close sends FIN):
    // look soon, while there are few sockets to ask about. Moving data never changes a state, and
    // a stream makes thousands of such calls a second: the periodic poll covers those.
    m_recorder.setAfterRecord([this](const TraceEvent &e) {
        // A captured segment may prove a state the kernel poll missed. Taken once it has arrived,
        // so that a segment's send and its delivery stay next to each other in the trace.
        if (m_options.observeKernel && e.kind == EventKind::Deliver) {
            m_observer.noteSegment(e.seg.from, e.seg, true);
            m_observer.noteSegment(peerOf(e.seg.from), e.seg, false);
        }
        if (e.kind == EventKind::App && m_options.observeKernel && m_observer.watchCount() <= kEagerPollWatches
            && !isTransfer(e.call))
            m_observer.pollSoon();
    });
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] { finalize(m_pending); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        abandon(tr("The lab did not finish within %1 ms.").arg(m_deadlineMs));
    });
}

LiveLab::~LiveLab() { release(); }

bool LiveLab::start()
{
    if (m_status == Status::Running) stop();
    m_error.clear();
    m_notes.clear();
    m_serverPort = 0;
    m_listenerWatch = -1;
    m_recorder.restart();
    if (m_options.observeKernel && !m_observer.available()) addNote(m_observer.unavailableReason());
    m_scope = new QObject(this);
    m_status = Status::Running;
    QString error;
    if (!setUp(m_scope, &error)) {
        m_error = error;
        release();
        m_status = Status::Failed;
        return false;
    }
    if (m_options.observeKernel) {
        m_observer.start();
        m_observer.pollSoon();
    }
    m_deadline.start(m_deadlineMs);
    return true;
}

void LiveLab::stop()
{
    if (m_status != Status::Running) {
        release();
        return;
    }
    m_status = Status::Stopped;
    release();
}

void LiveLab::interrupt()
{
    if (m_status != Status::Running) {
        stop();
        return;
    }
    m_error = tr("The lab was interrupted.");
    finalize(Status::Stopped);
}

bool LiveLab::waitForFinished(int timeoutMs)
{
    if (m_status == Status::Running) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(this, &LiveLab::finished, &loop, &QEventLoop::quit);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        loop.exec();
        if (m_status == Status::Running) {
            m_error = tr("The lab did not finish within %1 ms.").arg(timeoutMs);
            m_status = Status::Failed;
            release();
        }
    }
    return m_status == Status::Finished;
}

void LiveLab::complete()
{
    if (m_status != Status::Running || m_settle.isActive()) return;
    m_pending = Status::Finished;
    m_observer.pollSoon();
    m_settle.start(kSettleMs);
}

void LiveLab::abandon(const QString &error)
{
    if (m_status != Status::Running) return;
    if (m_error.isEmpty()) m_error = error;
    m_pending = Status::Failed;
    m_settle.start(0); // not now: we may be inside one of the lab's sockets' signals
}

void LiveLab::finalize(Status status)
{
    if (m_status != Status::Running) return;
    if (m_options.observeKernel) m_observer.poll();
    m_capture.drain();
    m_status = status;
    release();
    Q_EMIT finished();
}

void LiveLab::release()
{
    m_settle.stop();
    m_deadline.stop();
    m_observer.clear();
    m_capture.close();
    if (m_scope) {
        tearDown();
        // A socket deleted while connected says so (disconnected()); nobody is listening now.
        for (QObject *child : m_scope->findChildren<QObject *>()) child->blockSignals(true);
        delete m_scope;
        m_scope = nullptr;
    }
}

void LiveLab::startCapture(const std::vector<std::uint16_t> &ports, const std::vector<std::uint16_t> &serverPorts,
                           LoopbackCapture::SenderOf senderOf)
{
    if (!m_options.capture) return;
    QString error;
    if (!m_capture.open(ports, serverPorts, &error)) {
        addNote(error);
        return;
    }
    m_capture.setSenderOf(std::move(senderOf));
}

void LiveLab::setServerPort(std::uint16_t port)
{
    m_serverPort = port;
    Q_EMIT listening(port);
}

void LiveLab::watchListener(std::uint16_t port)
{
    m_listenerWatch = m_observer.watch(NodeId::Server, QHostAddress::LocalHost, port, QHostAddress::AnyIPv4, 0);
}

void LiveLab::forgetListener()
{
    if (m_listenerWatch < 0) return;
    m_observer.poll(); // LISTEN is recorded before the connection's first state
    m_observer.unwatch(m_listenerWatch);
    m_listenerWatch = -1;
}

void LiveLab::addNote(const QString &note)
{
    if (!note.isEmpty() && !m_notes.contains(note)) m_notes << note;
}

void LiveLab::recordSocketError(NodeId node, QAbstractSocket *socket, const std::string &tag, bool resetExpected)
{
    const char *name = QMetaEnum::fromType<QAbstractSocket::SocketError>().valueToKey(socket->error());
    AppError error = LiveRecorder::errorFromSocket(socket->error());
    std::string data = tag + (name ? name : "");
    if (socket->error() == QAbstractSocket::RemoteHostClosedError) {
        m_recorder.catchUp(); // the capture's segments first: a RST among them decides
        if (resetExpected || m_observer.resetSeen(node, socket->localPort(), socket->peerPort())) {
            error = AppError::Reset;
        } else {
            // The peer closed normally: the program reads end-of-file (Qt calls it an error).
            m_recorder.app(node, AppCall::Eof, -1, tag + "Qt: RemoteHostClosedError");
            if (m_options.observeKernel) m_observer.pollSoon();
            return;
        }
    }
    if (error == AppError::Other) data += ": " + socket->errorString().toStdString();
    m_recorder.app(node, AppCall::Error, -1, std::move(data), error);
    if (m_options.observeKernel) m_observer.pollSoon();
}

bool LiveLab::isTransfer(AppCall call)
{
    return call == AppCall::Send || call == AppCall::Recv || call == AppCall::Written || call == AppCall::Sendto
        || call == AppCall::Recvfrom;
}


void LiveLab::setLowDelay(QAbstractSocket *socket) { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); }

} // namespace wirestep
