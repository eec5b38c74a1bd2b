#pragma once
#include "core/live/kernel_state_observer.h"
#include "core/live/lab_options.h"
#include "core/live/live_recorder.h"
#include "core/live/loopback_capture.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <vector>

class QAbstractSocket;

namespace wirestep {

// One live lab: a server and its client(s) on 127.0.0.1, recorded into a TraceSink in the same
// model the simulator produces. A lab runs by itself once started and finishes on its own (or
// fails, or hits its deadline); stop() ends it at once. Either way every socket, timer and
// capture it opened is released before finished() is emitted or stop() returns.
//
// Subclasses create their sockets in setUp() as children of `scope`, which the base deletes
// when the lab ends, and call complete() when their work is done or abandon() when it cannot be.
class LiveLab : public QObject {
    Q_OBJECT

public:
    enum class Status { Idle, Running, Finished, Failed, Stopped };

    LiveLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~LiveLab() override;

    // The lab's name in the registry ("echo").
    virtual QString id() const = 0;

    // Starts the lab. False (with errorString()) if it cannot start; then nothing is left open.
    bool start();
    // Ends the lab now and releases everything. Safe to call at any time, also twice.
    void stop();
    // Ends a running lab now as stop() does, but first records what is still to record (the
    // last states, the captured segments) and emits finished(): for Ctrl-C in wirestep-cli.
    void interrupt();
    // Runs the event loop until the lab has finished or `timeoutMs` have passed (then it is
    // stopped and fails). True if it finished well.
    bool waitForFinished(int timeoutMs);

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    QString errorString() const { return m_error; }
    // What the lab could not show, and why (no capture permission, no /proc ...).
    QStringList notes() const { return m_notes; }
    const LabOptions &options() const { return m_options; }
    // The port the lab's server listens on (0 before start and for labs without one).
    std::uint16_t serverPort() const { return m_serverPort; }
    // How long a lab may run before it gives up by itself.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    std::size_t capturedSegments() const { return m_capture.segmentCount(); }
    bool capturing() const { return m_capture.isOpen(); }

Q_SIGNALS:
    // The server is listening (or bound); emitted during start().
    void listening(quint16 port);
    void finished();

protected:
    // Creates the lab's sockets (children of `scope`) and starts it. False with `error` set if
    // it cannot.
    virtual bool setUp(QObject *scope, QString *error) = 0;
    // Forgets the lab's pointers to its sockets: they are about to be deleted with the scope.
    virtual void tearDown() {}

    // The lab has done its work: the kernel is given a moment to finish its segments (the
    // last ACK, TIME_WAIT), then the last states and segments are recorded and all is released.
    void complete();
    // The lab cannot go on: it fails with `error` and is released.
    void abandon(const QString &error);

    LiveRecorder &recorder() { return m_recorder; }
    KernelStateObserver &observer() { return m_observer; }
    // Starts capturing the lab's ports when the options ask for it and it is permitted;
    // otherwise leaves a note saying why not.
    void startCapture(const std::vector<std::uint16_t> &ports, const std::vector<std::uint16_t> &serverPorts,
                      LoopbackCapture::SenderOf senderOf = {});
    void setServerPort(std::uint16_t port);
    // Watches the listening socket on 127.0.0.1:port until forgetListener(): after the first
    // accept the server's states are those of its connection.
    void watchListener(std::uint16_t port);
    void forgetListener();
    void addNote(const QString &note);

    // App events for what Qt's signals say: errorOccurred as an `error` event with the error's
    // text (and its enum name in the data).
    // Qt reports the peer's FIN and its RST alike, as RemoteHostClosedError: a RST the capture saw
    // (or one the lab knows it caused: `resetExpected`) is recorded as "connection reset", a FIN
    // as the end-of-file a program reads (recv() returns 0 bytes), not as an error.
    void recordSocketError(NodeId node, QAbstractSocket *socket, const std::string &tag = {}, bool resetExpected = false);
    // Sets LowDelayOption: small messages go out at once instead of waiting for Nagle.
    static void setLowDelay(QAbstractSocket *socket);

    static constexpr int kSettleMs = 30;
    static constexpr std::size_t kEagerPollWatches = 16;

private:
    // A call that only moves data (send, recv, written ...): it cannot change a TCP state.
    static bool isTransfer(AppCall call);
    void finalize(Status status);
    void release();

    LabOptions m_options;
    LiveRecorder m_recorder;
    KernelStateObserver m_observer;
    LoopbackCapture m_capture;
    QObject *m_scope = nullptr;
    QTimer m_settle;
    QTimer m_deadline;
    Status m_status = Status::Idle;
    Status m_pending = Status::Finished;
    QString m_error;
    QStringList m_notes;
    std::uint16_t m_serverPort = 0;
    int m_listenerWatch = -1;
    int m_deadlineMs = 15000;
};

} // namespace wirestep
