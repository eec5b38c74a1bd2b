#include "core/i18n/translator.h"
#include "core/narration/narrator.h"
#include "core/narration/time_format.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace wirestep;

namespace {

TraceEvent sendOf(NodeId node, std::uint8_t flags, std::uint32_t seq, std::uint32_t ack, std::string data = {})
{
    TraceEvent e;
    e.kind = EventKind::Send;
    e.node = node;
    e.seg.from = node;
    e.seg.flags = flags;
    e.seg.seq = seq;
    e.seg.ack = ack;
    e.seg.payload = std::move(data);
    return e;
}

// The English catalog, as the app and the CLI install it: it gives "%n byte(s)" its plural forms.
void useEnglish()
{
    static int argc = 1;
    static char name[] = "test_narrator";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Translator translator;
    translator.use(QStringLiteral("en"));
}

} // namespace

TEST_CASE("the SYN,ACK sentence names both flags and explains ack = seq + 1", "[narrator]")
{
    const QString s = Narrator::sentence(sendOf(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101));
    CHECK(s.startsWith("The server answers with one segment carrying two flags"));
    CHECK(s.contains("seq=300"));
    CHECK(s.contains("ack=101"));
    CHECK(s.contains("the SYN took one sequence number"));
}

TEST_CASE("SYN, data, FIN, ACK, RST and retransmission each get their own sentence", "[narrator]")
{
    useEnglish();
    CHECK(Narrator::sentence(sendOf(NodeId::Client, TcpFlag::SYN, 100, 0))
          == "The client sends SYN with initial sequence number seq=100 and asks to open a connection.");
    CHECK(Narrator::sentence(sendOf(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 101, 301, "hello!"))
          == "The client sends 6 bytes of data, seq=101 (its bytes 101 to 106).");
    CHECK(Narrator::sentence(sendOf(NodeId::Client, TcpFlag::ACK, 101, 301))
          == "The client acknowledges with ack=301: the next byte it expects.");
    CHECK(Narrator::sentence(sendOf(NodeId::Server, TcpFlag::FIN | TcpFlag::ACK, 300, 101)).contains("closes its direction"));
    CHECK(Narrator::sentence(sendOf(NodeId::Client, TcpFlag::RST, 91, 0)).startsWith("The client sends RST (seq=91)"));
    auto re = sendOf(NodeId::Client, TcpFlag::SYN, 100, 0);
    re.seg.retransmission = true;
    CHECK(Narrator::sentence(re).contains("retransmission"));
}

TEST_CASE("state sentences start with a capital and say who is where", "[narrator]")
{
    TraceEvent e;
    e.kind = EventKind::State;
    e.node = NodeId::Client;
    e.from = TcpState::FinWait2;
    e.to = TcpState::TimeWait;
    const QString s = Narrator::sentence(e);
    CHECK(s.startsWith("The client enters TIME_WAIT"));
    CHECK(s.contains("2MSL"));
}

TEST_CASE("every kind of event has a non-empty sentence", "[narrator]")
{
    TraceEvent e;
    for (auto kind : {EventKind::App, EventKind::Send, EventKind::Deliver, EventKind::Drop, EventKind::State,
                      EventKind::Timer, EventKind::Link}) {
        e.kind = kind;
        e.call = AppCall::Connect;
        e.reason = DropReason::RandomLoss;
        CHECK_FALSE(Narrator::sentence(e).isEmpty());
    }
    for (int s = 0; s < kTcpStateCount; ++s) {
        e.kind = EventKind::State;
        e.to = static_cast<TcpState>(s);
        CHECK_FALSE(Narrator::sentence(e).isEmpty());
    }
    for (auto t : {TimerKind::Retransmission, TimerKind::TimeWait, TimerKind::Keepalive, TimerKind::DelayedAck, TimerKind::FinWait2})
        for (auto a : {TimerAction::Armed, TimerAction::Fired, TimerAction::Cancelled}) {
            e.kind = EventKind::Timer;
            e.timer = t;
            e.action = a;
            e.durationUs = 1'000'000;
            CHECK(Narrator::sentence(e).size() > 10);
        }
}

TEST_CASE("durations use the unit that suits them", "[narrator]")
{
    CHECK(TimeFormat::duration(200'000) == "200 ms");
    CHECK(TimeFormat::duration(1'000'000) == "1 s");
    CHECK(TimeFormat::duration(60'000'000) == "60 s");
    CHECK(TimeFormat::duration(240'000'000) == "4 min");
    CHECK(TimeFormat::duration(7'200'000'000LL) == "2 h");
}
