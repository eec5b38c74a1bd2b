// Live ▸ Watch a port in the window: the course's python3 echo server and client talk on a free
// loopback port while the window captures it, and the diagram follows their connection as it
// happens, with the states inferred from the segments. Skipped, with one line, without root or
// CAP_NET_RAW or without python3. With WIRESTEP_SCREENSHOTS=DIR it also writes a PNG to look at.
#include "ui/live/live_mode.h"
#include "ui/live/port_watch.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QDir>
#include "live_test_support.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace wirestep;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace

TEST_CASE("Live > Watch a port draws the student's own echo programs as they talk", "[live][watch][gui]")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("skipped: python3 is not installed (the example programs need it)");
        return;
    }
    MainWindow w;
    w.show();
    PortWatch *watch = w.liveMode()->portWatch();
    REQUIRE(watch);
    CHECK_FALSE(watch->stopAction()->isEnabled());
    const quint16 port = freePort();
    if (!watch->start(port, false)) {
        WARN("skipped: " << watch->errorString().toStdString());
        return;
    }
    CHECK(watch->isWatching());
    CHECK(watch->stopAction()->isEnabled());
    CHECK(watch->title().contains(QString::number(port)));
    CHECK(watch->connectionCount() == 0);

    QProcess server;
    server.start(python, {QStringLiteral("-u"), livetest::pythonExample("tcp_echo_server.py"), QStringLiteral("--port"), QString::number(port)});
    REQUIRE(server.waitForStarted());
    REQUIRE(QTest::qWaitFor([&] { return server.canReadLine() || server.waitForReadyRead(50); }, 10000));
    QProcess client;
    client.start(python, {QStringLiteral("-u"), livetest::pythonExample("tcp_echo_client.py"), QStringLiteral("--port"), QString::number(port),
                          QStringLiteral("--message"), QStringLiteral("hello")});
    REQUIRE(client.waitForFinished(10000));
    CHECK(client.exitCode() == 0);

    // The window follows the connection as its packets arrive, to the server's CLOSED.
    const bool closed = QTest::qWaitFor([&] {
        const auto states = w.trace().statesOf(NodeId::Server);
        return !states.empty() && states.back() == TcpState::Closed;
    }, 10000);
    server.kill();
    server.waitForFinished();
    REQUIRE(closed);
    CHECK(watch->connectionCount() == 1);
    CHECK(w.windowTitle().contains(QString::number(port)));

    const Trace &t = w.trace();
    const std::vector<TraceEvent> sends = t.ofKind(EventKind::Send);
    REQUIRE(sends.size() >= 8);
    CHECK(sends.front().seg.flags == TcpFlag::SYN);
    CHECK(sends.front().node == NodeId::Client);
    int dataBytes[2] = {0, 0};
    for (const TraceEvent &e : sends) dataBytes[indexOf(e.node)] += static_cast<int>(e.seg.payload.size());
    CHECK(dataBytes[0] == 5); // "hello"
    CHECK(dataBytes[1] == 5); // and its echo
    for (TcpState s : {TcpState::SynSent, TcpState::Established, TcpState::FinWait1, TcpState::TimeWait}) CHECK(livetest::hasState(t, NodeId::Client, s));
    for (TcpState s : {TcpState::SynReceived, TcpState::Established, TcpState::CloseWait, TcpState::LastAck}) CHECK(livetest::hasState(t, NodeId::Server, s));

    if (const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        w.grab().save(QDir(dir).filePath(QStringLiteral("watch-port.png")));
    }
    watch->stop();
    CHECK_FALSE(watch->isWatching());
    CHECK_FALSE(watch->stopAction()->isEnabled());

    // Opening something else ends the following: a new packet does not replace it.
    REQUIRE(watch->start(port, false));
    REQUIRE(w.showScenarioById("handshake"));
    QTcpServer listener;
    REQUIRE(listener.listen(QHostAddress::LocalHost, port));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(QTest::qWaitFor([&] { return watch->connectionCount() == 1 && watch->shownConnection()->size() > 3; }, 10000));
    watch->stop(); // draws what it has, unless the window shows something else
    CHECK(w.scenario().has_value());
    CHECK(w.scenario()->id == "handshake");
}

TEST_CASE("Live > Watch a port: the menu in both languages", "[live][watch][gui]")
{
    MainWindow w;
    PortWatch *watch = w.liveMode()->portWatch();
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents(); // the LanguageChange event is posted
    CHECK(watch->watchAction()->text() == QStringLiteral("&Watch a TCP port…"));
    CHECK(watch->stopAction()->text() == QStringLiteral("Stop &watching"));
    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    CHECK(watch->watchAction()->text() != QStringLiteral("&Watch a TCP port…"));
    CHECK(watch->watchAction()->text().contains(QStringLiteral("TCP")));
    CHECK(watch->watchAction()->text().contains(QStringLiteral("端口")));
}
