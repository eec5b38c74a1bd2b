#include "core/live/udp_chat_lab.h"
#include "core/live/udp_relay.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QUdpSocket>

using namespace wirestep;
using namespace wirestep::livetest;

namespace {

struct Pair {
    QUdpSocket client, server;
    Pair()
    {
        REQUIRE(client.bind(QHostAddress::LocalHost, 0));
        REQUIRE(server.bind(QHostAddress::LocalHost, 0));
    }
};

int drain(QUdpSocket &s)
{
    int n = 0;
    while (s.hasPendingDatagrams()) {
        s.receiveDatagram();
        ++n;
    }
    return n;
}

} // namespace

TEST_CASE("a clear relay forwards both ways", "[live][relay]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    Pair p;
    UdpRelay relay(recorder, RelayConfig{});
    REQUIRE(relay.start(p.client.localPort(), p.server.localPort()));
    p.client.writeDatagram("ping", QHostAddress::LocalHost, relay.frontPort());
    REQUIRE(waitUntil([&] { return p.server.hasPendingDatagrams(); }));
    const QNetworkDatagram d = p.server.receiveDatagram();
    CHECK(d.data() == "ping");
    CHECK(d.senderPort() == relay.backPort());
    p.server.writeDatagram("pong", QHostAddress::LocalHost, relay.backPort());
    REQUIRE(waitUntil([&] { return p.client.hasPendingDatagrams(); }));
    CHECK(p.client.receiveDatagram().data() == "pong");
    CHECK(relay.forwarded() == 2);
    CHECK(trace.empty());
}

TEST_CASE("the relay drops, duplicates and delays as configured, the same for the same seed", "[live][relay]")
{
    auto run = [](std::uint64_t seed, int *received, Trace &trace) {
        LiveRecorder recorder(trace);
        Pair p;
        RelayConfig c;
        c.loss = 0.3;
        c.duplicate = 0.2;
        c.seed = seed;
        UdpRelay relay(recorder, c);
        REQUIRE(relay.start(p.client.localPort(), p.server.localPort()));
        for (int i = 0; i < 100; ++i) {
            p.client.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, relay.frontPort());
            p.client.flush();
        }
        // Every datagram is either dropped or forwarded, a duplicate twice.
        REQUIRE(waitUntil([&] { return relay.forwarded() + relay.dropped() - relay.duplicated() == 100; }));
        REQUIRE(waitUntil([&] { return (*received += drain(p.server)) == relay.forwarded(); }));
        CHECK(relay.dropped() > 10);
        CHECK(relay.dropped() < 50);
        CHECK(relay.duplicated() > 3);
        CHECK(static_cast<int>(trace.ofKind(EventKind::Drop).size()) == relay.dropped());
        return std::make_pair(relay.dropped(), relay.duplicated());
    };
    Trace t1, t2, t3;
    int r1 = 0, r2 = 0, r3 = 0;
    const auto a = run(7, &r1, t1);
    const auto b = run(7, &r2, t2);
    const auto c = run(8, &r3, t3);
    CHECK(a == b);
    CHECK(r1 == r2);
    CHECK(a != c);
    for (const auto &e : t1.ofKind(EventKind::Drop)) {
        CHECK(e.reason == DropReason::RandomLoss);
        CHECK(e.node == NodeId::Client);
        CHECK(e.seg.proto == Protocol::Udp);
    }
}

TEST_CASE("the relay's delay holds datagrams back", "[live][relay]")
{
    Trace trace;
    LiveRecorder recorder(trace);
    Pair p;
    RelayConfig c;
    c.delayMs = 40;
    UdpRelay relay(recorder, c);
    REQUIRE(relay.start(p.client.localPort(), p.server.localPort()));
    QElapsedTimer clock;
    clock.start();
    p.client.writeDatagram("late", QHostAddress::LocalHost, relay.frontPort());
    REQUIRE(waitUntil([&] { return p.server.hasPendingDatagrams(); }));
    CHECK(clock.elapsed() >= 39);
}

TEST_CASE("udp-chat through a lossy relay records what was lost and finishes", "[live][relay][udp-chat]")
{
    Trace trace;
    LabOptions o;
    o.relay.loss = 1.0;
    UdpChatLab lab(trace, o);
    REQUIRE(lab.start());
    REQUIRE(lab.waitForFinished(10000));
    CHECK(lab.receivedBy(NodeId::Client).isEmpty());
    CHECK(lab.receivedBy(NodeId::Server).isEmpty());
    CHECK(trace.ofKind(EventKind::Drop).size() == 2);

    Trace clear;
    UdpChatLab plain(clear, LabOptions{});
    REQUIRE(plain.start());
    REQUIRE(plain.waitForFinished(10000));
    CHECK(plain.receivedBy(NodeId::Client).size() == 1);
    CHECK(plain.receivedBy(NodeId::Server).size() == 1);
}
