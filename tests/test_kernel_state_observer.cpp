#include "core/live/kernel_state_observer.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <QTcpServer>
#include <QTcpSocket>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("the kernel's state numbers map to RFC 9293 states", "[live][kernel]")
{
    CHECK(KernelStateObserver::fromKernelCode(1) == TcpState::Established);
    CHECK(KernelStateObserver::fromKernelCode(2) == TcpState::SynSent);
    CHECK(KernelStateObserver::fromKernelCode(6) == TcpState::TimeWait);
    CHECK(KernelStateObserver::fromKernelCode(10) == TcpState::Listen);
    CHECK(KernelStateObserver::fromKernelCode(11) == TcpState::Closing);
    CHECK(KernelStateObserver::fromKernelCode(12) == TcpState::SynReceived);
    CHECK_FALSE(KernelStateObserver::fromKernelCode(0));
    CHECK_FALSE(KernelStateObserver::fromKernelCode(13));
}

TEST_CASE("/proc/net/tcp lines are parsed into addresses, ports and states", "[live][kernel]")
{
    const std::string v4 =
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n"
        "   1: 0100007F:C350 0100007F:1F90 06 00000000:00000000 03:00001770 00000000     0        0 0 3 0\n"
        "garbage line\n";
    const auto rows = KernelStateObserver::parseTable(v4);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].local == KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, 8080));
    CHECK(rows[0].remote == KernelStateObserver::Endpoint::from(QHostAddress::AnyIPv4, 0));
    CHECK(rows[0].code == 10);
    CHECK(rows[1].local.port == 50000);
    CHECK(rows[1].remote == KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, 8080));
    CHECK(rows[1].code == 6);

    const std::string v6 =
        "  sl  local_address                         remote_address                        st\n"
        "   0: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 0\n";
    const auto rows6 = KernelStateObserver::parseTable(v6);
    REQUIRE(rows6.size() == 1);
    CHECK(rows6[0].local == KernelStateObserver::Endpoint::from(QHostAddress::LocalHostIPv6, 80));
}

TEST_CASE("the observer records LISTEN, ESTABLISHED and the active closer's TIME_WAIT", "[live][kernel]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    KernelStateObserver observer(recorder);
    REQUIRE(observer.available());

    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    const int listener = observer.watch(NodeId::Server, QHostAddress::LocalHost, port, QHostAddress::AnyIPv4, 0);
    QTcpSocket client;
    REQUIRE(client.bind(QHostAddress::LocalHost, 0));
    const quint16 clientPort = client.localPort();
    const int active = observer.watch(NodeId::Client, QHostAddress::LocalHost, clientPort, QHostAddress::LocalHost, port);
    const int passive = observer.watch(NodeId::Server, QHostAddress::LocalHost, port, QHostAddress::LocalHost, clientPort, TcpState::Listen);
    observer.start();
    client.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(waitUntil([&] { return server.hasPendingConnections() && client.state() == QAbstractSocket::ConnectedState; }));
    QTcpSocket *accepted = server.nextPendingConnection();
    REQUIRE(waitUntil([&] { return observer.stateOf(active) == TcpState::Established && observer.stateOf(passive) == TcpState::Established; }));
    CHECK(observer.stateOf(listener) == TcpState::Listen);

    client.disconnectFromHost(); // the client closes first
    REQUIRE(waitUntil([&] { return accepted->state() == QAbstractSocket::UnconnectedState; }));
    REQUIRE(waitUntil([&] { return observer.stateOf(active) == TcpState::TimeWait; }));
    REQUIRE(waitUntil([&] { return observer.stateOf(passive) == TcpState::Closed; }));
    observer.stop();

    // The events say the same, each on its node, each from the state seen before.
    const auto client_states = trace.statesOf(NodeId::Client);
    REQUIRE(!client_states.empty());
    CHECK(client_states.back() == TcpState::TimeWait);
    for (const auto &e : trace.ofKind(EventKind::State)) CHECK(e.from != e.to);

    // And the kernel's own table lists the TIME_WAIT socket.
    const auto rows = KernelStateObserver::readTables();
    REQUIRE(rows);
    const auto local = KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, clientPort);
    const auto remote = KernelStateObserver::Endpoint::from(QHostAddress::LocalHost, port);
    CHECK(std::any_of(rows->begin(), rows->end(), [&](const auto &k) { return k.local == local && k.remote == remote && k.code == 6; }));
    delete accepted;
}

TEST_CASE("a socket that is never seen records nothing", "[live][kernel]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    KernelStateObserver observer(recorder);
    observer.watch(NodeId::Client, QHostAddress::LocalHost, 1, QHostAddress::LocalHost, 2);
    observer.poll();
    CHECK(trace.empty());
}
