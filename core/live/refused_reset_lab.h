#pragma once
#include "core/live/live_lab.h"

#include <QAbstractSocket>

class QTcpServer;
class QTcpSocket;

namespace wirestep {

// What an application is told when TCP says no:
// 1. connect() to a port where nobody listens: the kernel answers the SYN with RST and Qt
//    reports ConnectionRefusedError. (The port is held by a socket that is bound but does not
//    listen, so no other program can take it in the meantime.)
// 2. a peer that aborts: the server sets SO_LINGER to 0 and aborts, so its kernel sends RST
//    instead of FIN. Qt reports RemoteHostClosedError for this (it does not tell a reset from
//    an orderly close); the trace shows the RST and the kernel state dropping to CLOSED
//    without FIN_WAIT or TIME_WAIT.
class RefusedResetLab : public LiveLab {
    Q_OBJECT

public:
    RefusedResetLab(TraceSink &sink, LabOptions options, QObject *parent = nullptr);
    ~RefusedResetLab() override;
    QString id() const override { return QStringLiteral("refused-reset"); }

    QAbstractSocket::SocketError refusedError() const { return m_refusedError; }
    QAbstractSocket::SocketError resetError() const { return m_resetError; }
    QString refusedText() const { return m_refusedText; }
    QString resetText() const { return m_resetText; }

protected:
    bool setUp(QObject *scope, QString *error) override;
    void tearDown() override;

private:
    void startReset();
    void onAccepted();
    void checkDone();
    void abortWhenBothIn();

    QObject *m_scope = nullptr;
    int m_placeholder = -1;
    std::uint16_t m_closedPort = 0;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_refusedClient = nullptr;
    QTcpSocket *m_resetClient = nullptr;
    QTcpSocket *m_resetPeer = nullptr;
    bool m_resetConnected = false;
    QAbstractSocket::SocketError m_refusedError = QAbstractSocket::UnknownSocketError;
    QAbstractSocket::SocketError m_resetError = QAbstractSocket::UnknownSocketError;
    QString m_refusedText;
    QString m_resetText;
    bool m_refusedDone = false;
    bool m_resetDone = false;
};

} // namespace wirestep
