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
    CHECK(Narrator::sentence(sendOf(NodeId::Client, TcpFlag::RST, 91, 0)).startsWith("The client sends RST seq=91"));
    auto re = sendOf(NodeId::Client, TcpFlag::SYN, 100, 0);
    re.seg.retransmission = true;
    CHECK(Narrator::sentence(re).contains("retransmission"));
}

TEST_CASE("a retransmission is narrated by what caused it", "[narrator]")
{
    useEnglish();
    auto seg = sendOf(NodeId::Client, TcpFlag::ACK, 1101, 301, std::string(1000, 'x'));
    seg.seg.retransmission = true;
    EventFacts f;
    seg.seg.sendCause = SendCause::FastRetransmit;
    f.dupAcksHeard = 3;
    QString s = Narrator::sentence(seg, f);
    CHECK(s.contains("a fast retransmission after 3 duplicate ACKs (ack=1101)"));
    CHECK(s.contains("without waiting for its timer"));
    CHECK_FALSE(s.contains("timeout"));

    seg.seg.sendCause = SendCause::Timeout;
    f = {};
    f.rtoUs = 250'000;
    s = Narrator::sentence(seg, f);
    CHECK(s.contains("retransmission timer expired (RTO 250 ms)"));
    CHECK(s.contains("retransmission on timeout"));

    seg.seg.sendCause = SendCause::Recovery;
    CHECK(Narrator::sentence(seg, {}).contains("(recovery)"));

    auto probe = sendOf(NodeId::Client, TcpFlag::ACK, 104, 301);
    probe.seg.sendCause = SendCause::WindowProbe;
    CHECK(Narrator::sentence(probe, {}).contains("window probe (seq=104"));
    probe.seg.sendCause = SendCause::KeepaliveProbe;
    probe.seg.keepalive = true;
    f = {};
    f.probes = 2;
    f.idleUs = 12'000'000;
    CHECK(Narrator::sentence(probe, f)
          == "The client sends keepalive probe 2 (seq=104, one below the next sequence number, so the server must answer "
             "with an ACK): the last segment from the server arrived 12 s ago.");
}

TEST_CASE("a duplicate ACK says which one it is", "[narrator]")
{
    useEnglish();
    const auto ack = sendOf(NodeId::Server, TcpFlag::ACK, 301, 1101);
    EventFacts f;
    f.dupAck = 2;
    f.causeKnown = true;
    f.causeKind = EventKind::Deliver;
    f.causeCarriedData = true;
    f.causeSeq = 3101;
    CHECK(Narrator::sentence(ack, f)
          == "The server sends ack=1101 again (duplicate ACK 2): a later segment (seq=3101) arrived, but byte 1101 is "
             "still missing, so it repeats what it expects next.");
    CHECK(Narrator::sentence(ack, {}) == "The server acknowledges with ack=1101: the next byte it expects.");
}

TEST_CASE("a keepalive expiry states the idle time since the last segment heard, and what follows", "[narrator]")
{
    useEnglish();
    TraceEvent e;
    e.kind = EventKind::Timer;
    e.node = NodeId::Client;
    e.timer = TimerKind::Keepalive;
    e.action = TimerAction::Fired;
    e.durationUs = 10'000'000; // what it was armed for is not the idle time
    EventFacts f;
    f.idleUs = 9'810'000;
    f.outcome = TimerOutcome::NotIdleYet;
    f.rearmUs = 190'000;
    CHECK(Narrator::sentence(e, f)
          == "The keepalive timer of the client expires, but the last segment from the peer arrived only 9.81 s ago: the "
             "client waits 190 ms more before it probes.");
    f = {};
    f.idleUs = 10'000'000;
    f.outcome = TimerOutcome::Sent;
    CHECK(Narrator::sentence(e, f).contains("arrived 10 s ago, so the client probes"));
    f.probes = 3;
    f.idleUs = 16'000'000;
    f.outcome = TimerOutcome::GaveUp;
    CHECK(Narrator::sentence(e, f).contains("3 probes got no answer, and nothing has come from the peer for 16 s: the client gives up"));
    // Without facts it claims nothing it does not know.
    CHECK(Narrator::sentence(e, {}) == "The keepalive timer of the client expires.");
}

TEST_CASE("a RST is narrated by what made the node send it", "[narrator]")
{
    useEnglish();
    const auto rst = sendOf(NodeId::Client, TcpFlag::RST, 105, 0);
    EventFacts f;
    f.causeKnown = true;
    f.causeKind = EventKind::Timer;
    f.causeTimer = TimerKind::Keepalive;
    f.causeAction = TimerAction::Fired;
    CHECK(Narrator::sentence(rst, f).startsWith("The client gives up after its keepalive probes went unanswered and sends RST seq=105"));
    f.causeTimer = TimerKind::Retransmission;
    CHECK(Narrator::sentence(rst, f).startsWith("The client gives up after its retransmissions went unanswered"));
    f.causeKind = EventKind::App;
    f.causeCall = AppCall::Abort;
    CHECK(Narrator::sentence(rst, f).startsWith("The client sends RST seq=105 and forgets the connection"));
    // Whatever is sent is what is said: a RST,ACK is named so.
    auto rstAck = sendOf(NodeId::Client, TcpFlag::RST | TcpFlag::ACK, 105, 301);
    CHECK(Narrator::sentence(rstAck, f).startsWith("The client sends RST, ACK seq=105 ack=301 and forgets the connection"));
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

TEST_CASE("a shortened timer is told with the real values", "[narrator][timers]")
{
    useEnglish();
    TraceEvent e;
    e.kind = EventKind::Timer;
    e.node = NodeId::Client;
    e.timer = TimerKind::TimeWait;
    e.action = TimerAction::Armed;
    e.durationUs = 4'000'000;
    CHECK(Narrator::sentence(e) == "The client starts the 2MSL timer: 4 s here (Linux: 60 s; RFC 9293: 2 × 2 min).");
    e.durationUs = 60'000'000;
    CHECK(Narrator::sentence(e) == "The client starts the 2MSL timer: 60 s.");
    e.timer = TimerKind::Keepalive;
    e.durationUs = 10'000'000;
    EventFacts f;
    f.keepaliveArm = KeepaliveArm::Idle;
    CHECK(Narrator::sentence(e, f)
          == "The client starts its keepalive timer: it probes once nothing has come from the peer for 10 s here (Linux and RFC 1122: 2 h (7200 s)).");
    f.keepaliveArm = KeepaliveArm::Interval;
    e.durationUs = 2'000'000;
    CHECK(Narrator::sentence(e, f).contains("(Linux: 75 s between probes, 9 probes; Windows: 10 probes)"));
    f.keepaliveArm = KeepaliveArm::Rest;
    e.durationUs = 190'000;
    CHECK(Narrator::sentence(e, f) == "The client starts its keepalive timer again for the rest of the keepalive time: 190 ms.");
}
