#include "core/sim/network.h"
#include "core/trace/trace.h"

#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

struct UdpWorld {
    explicit UdpWorld(double loss = 0.0, std::uint64_t seed = 1) : sim(seed), net(sim, link(loss, seed), {}, {})
    {
        sim.setSink(&trace);
    }
    static LinkConfig link(double loss, std::uint64_t seed)
    {
        LinkConfig c;
        c.seed = seed;
        c.dir[0].loss = loss;
        c.dir[1].loss = loss;
        return c;
    }
    Simulator sim;
    Trace trace;
    Network net;
};

} // namespace

TEST_CASE("each sendto arrives as one whole datagram: boundaries are kept", "[udp]")
{
    UdpWorld w;
    auto &server = w.net.server().bindUdp(9000);
    auto &client = w.net.client().bindUdp(5000);
    client.sendTo(9000, "one");
    client.sendTo(9000, "two!");
    client.sendTo(9000, "three");
    w.sim.runAll();
    CHECK(server.received() == std::vector<std::string>{"one", "two!", "three"});

    const auto sends = w.trace.ofKind(EventKind::Send);
    REQUIRE(sends.size() == 3);
    CHECK(sends[0].seg.proto == Protocol::Udp);
    CHECK(sends[0].seg.sport == 5000);
    CHECK(sends[0].seg.dport == 9000);
    CHECK(sends[2].seg.payload == "three");

    // The application sees one recvfrom per datagram, with that datagram's length.
    const auto reads = w.trace.filter([](const TraceEvent &e) { return e.kind == EventKind::App && e.call == AppCall::Recvfrom; });
    REQUIRE(reads.size() == 3);
    CHECK(reads[1].bytes == 4);
    CHECK(reads[1].node == NodeId::Server);
}

TEST_CASE("a lost datagram is gone: nothing retransmits it", "[udp]")
{
    UdpWorld w(0.5, 7);
    auto &server = w.net.server().bindUdp(9000);
    auto &client = w.net.client().bindUdp(5000);
    for (int i = 0; i < 40; ++i) client.sendTo(9000, "msg" + std::to_string(i));
    w.sim.runUntil(60'000'000);
    const auto drops = w.trace.ofKind(EventKind::Drop);
    REQUIRE_FALSE(drops.empty());
    CHECK(w.trace.ofKind(EventKind::Send).size() == 40); // no segment sent twice
    CHECK(server.received().size() + drops.size() == 40);
    for (const auto &d : drops)
        for (const auto &r : server.received()) CHECK(r != d.seg.payload);
}

TEST_CASE("a datagram to a port nobody has bound is dropped at the receiver, saying so", "[udp]")
{
    UdpWorld w;
    w.net.client().bindUdp(5000).sendTo(9999, "anyone?");
    w.sim.runAll();
    const auto drops = w.trace.ofKind(EventKind::Drop);
    REQUIRE(drops.size() == 1);
    CHECK(drops[0].reason == DropReason::PortUnreachable);
    CHECK(drops[0].node == NodeId::Server);
    CHECK(w.trace.ofKind(EventKind::Deliver).empty());
}

TEST_CASE("with auto-receive off, datagrams queue until recvfrom reads them one at a time", "[udp]")
{
    UdpWorld w;
    auto &server = w.net.server().bindUdp(9000, false);
    auto &client = w.net.client().bindUdp(5000);
    client.sendTo(9000, "ab");
    client.sendTo(9000, "cde");
    w.sim.runAll();
    CHECK(server.queued() == 2);
    auto first = server.recvFrom();
    REQUIRE(first);
    CHECK(first->data == "ab");
    CHECK(first->fromPort == 5000);
    CHECK(server.queued() == 1);
}

TEST_CASE("a crashed node loses what arrives and after reboot its sockets are gone", "[udp]")
{
    UdpWorld w;
    w.net.server().bindUdp(9000);
    auto &client = w.net.client().bindUdp(5000);
    w.net.server().crash();
    client.sendTo(9000, "lost");
    w.sim.runAll();
    auto drops = w.trace.ofKind(EventKind::Drop);
    REQUIRE(drops.size() == 1);
    CHECK(drops[0].reason == DropReason::NodeDown);
    w.net.server().reboot();
    CHECK(w.net.server().udp(9000) == nullptr);
}
