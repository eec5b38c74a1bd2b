// Watching a port (wirestep-cli watch): the course's python3 echo server and client talk on a
// free loopback port while PortCapture captures it; PacketFeed turns the packets into the
// connection's events as they arrive: the segments, and both sides' states inferred from them.
// Skipped, with one line, without root or CAP_NET_RAW or without python3.
#include "core/capture/packet_feed.h"
#include "core/live/port_capture.h"
#include "core/trace/trace.h"

#include "live_test_support.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>

using namespace wirestep;

TEST_CASE("watching a port: an echo client and server's segments and inferred states, as they arrive", "[live][watch]")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("skipped: python3 is not installed (the example programs need it)");
        return;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    std::deque<Trace> traces;
    PacketFeed feed([&](const Conversation &) -> TraceSink & { return traces.emplace_back(); });
    std::uint64_t arrived = 0;
    PortCapture capture([&](std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &p) {
        ++arrived;
        feed.add(number, tUs, wireLength, p);
    });
    QString why;
    if (!capture.open(port, false, &why)) {
        WARN("skipped: " << why.toStdString());
        return;
    }

    QProcess server;
    server.start(python, {QStringLiteral("-u"), livetest::pythonExample("tcp_echo_server.py"), QStringLiteral("--port"), QString::number(port)});
    REQUIRE(server.waitForStarted());
    REQUIRE(QTest::qWaitFor([&] { return server.canReadLine() || server.waitForReadyRead(50); }, 10000));
    CHECK(server.readLine().startsWith("listening on"));
    QProcess client;
    client.start(python, {QStringLiteral("-u"), livetest::pythonExample("tcp_echo_client.py"), QStringLiteral("--port"), QString::number(port),
                          QStringLiteral("--message"), QStringLiteral("hello")});
    REQUIRE(client.waitForFinished(10000));
    CHECK(client.exitCode() == 0);
    // The packets are read as they come: the server's last ACK ends the connection.
    const bool closed = QTest::qWaitFor([&] {
        capture.drain();
        return !traces.empty() && traces[0].statesOf(NodeId::Server).size() > 0 && traces[0].statesOf(NodeId::Server).back() == TcpState::Closed;
    }, 10000);
    server.kill();
    server.waitForFinished();
    capture.close();
    feed.finish();
    REQUIRE(closed);

    REQUIRE(traces.size() == 1);
    const Conversation &c = feed.conversations()[0];
    CHECK(c.server.port == port);
    CHECK(c.client.port != port);
    CHECK(c.handshakeSeen);
    CHECK(arrived == c.packetCount());
    const Trace &t = traces[0];
    const std::vector<TraceEvent> sends = t.ofKind(EventKind::Send);
    REQUIRE(sends.size() >= 8); // SYN, SYN,ACK, ACK, data and its echo, two FINs, the last ACK
    CHECK(sends.front().seg.flags == TcpFlag::SYN);
    CHECK(sends.front().node == NodeId::Client);
    int dataBytes[2] = {0, 0};
    for (const TraceEvent &e : sends) dataBytes[indexOf(e.node)] += static_cast<int>(e.seg.payload.size());
    CHECK(dataBytes[0] == 5); // "hello"
    CHECK(dataBytes[1] == 5); // and its echo
    for (TcpState s : {TcpState::SynSent, TcpState::Established, TcpState::FinWait1, TcpState::TimeWait}) CHECK(livetest::hasState(t, NodeId::Client, s));
    for (TcpState s : {TcpState::SynReceived, TcpState::Established, TcpState::CloseWait, TcpState::LastAck, TcpState::Closed})
        CHECK(livetest::hasState(t, NodeId::Server, s));
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::State) CHECK(e.inferred);
}
