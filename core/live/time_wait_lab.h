#pragma once
#include "core/live/live_lab.h"
#include "core/live/native_listener.h"

class QTcpServer;
class QTcpSocket;

namespace wirestep {

// TIME_WAIT and "Address already in use": the server closes first (the active close), so its
// side of the connection waits in TIME_WAIT for 2MSL. The lab then closes its listener and
// listens on the same port again: without SO_REUSEADDR the kernel refuses (the TIME_WAIT socket
// holds the port), with it the new listener gets the port. The kernel's own table shows the
// TIME_WAIT socket throughout.
class TimeWaitLab : public LiveLab {
    Q_OBJECT

public:
    struct Outcome {
        bool timeWaitSeen = false;       // the kernel reported TIME_WAIT for the server's socket
        NativeListener::Result withoutReuse;
        NativeListener::Result withReuse;
    };

    TimeWaitLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~TimeWaitLab() override;
    QString id() const override { return QStringLiteral("time-wait"); }

    const Outcome &outcome() const { return m_outcome; }
    // The server's side of the connection: 127.0.0.1:serverPort() <-> 127.0.0.1:clientPort().
    std::uint16_t clientPort() const { return m_clientPort; }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    void onAccepted();
    void checkClosed();
    void waitForTimeWait();
    void listenAgain();
    // Records a listen() by NativeListener with the error it failed with, if any.
    void recordListen(const NativeListener::Result &result, std::string data);

    QObject *m_scope = nullptr;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_peer = nullptr;
    int m_peerWatch = -1;
    int m_polls = 0;
    std::uint16_t m_clientPort = 0;
    bool m_clientGone = false;
    bool m_peerGone = false;
    Outcome m_outcome;
};

} // namespace wirestep
