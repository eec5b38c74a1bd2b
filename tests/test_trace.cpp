// The in-memory trace: events come back exactly as recorded although they are stored packed,
// ids are found fast, copies are independent, and a long trace stays small.
#include "core/trace/jsonl_writer.h"
#include "core/trace/trace.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace wirestep;

namespace {

// Every field, so that a field the packing forgot shows up here.
bool same(const TraceEvent &a, const TraceEvent &b)
{
    const Segment &s = a.seg, &t = b.seg;
    return a.id == b.id && a.tUs == b.tUs && a.kind == b.kind && a.node == b.node && a.cause == b.cause
        && a.call == b.call && a.bytes == b.bytes && a.data == b.data && a.error == b.error && a.reason == b.reason
        && a.ruleIndex == b.ruleIndex && a.from == b.from && a.to == b.to && a.timer == b.timer && a.action == b.action
        && a.link == b.link && a.deadlineUs == b.deadlineUs && a.durationUs == b.durationUs && a.counterfactual == b.counterfactual
        && a.inferred == b.inferred && a.basis == b.basis && a.analysis == b.analysis
        && s.id == t.id && s.proto == t.proto && s.from == t.from && s.sport == t.sport && s.dport == t.dport
        && s.seq == t.seq && s.ack == t.ack && s.flags == t.flags && s.window == t.window && s.mss == t.mss
        && s.payload == t.payload && s.retransmission == t.retransmission && s.keepalive == t.keepalive
        && s.injected == t.injected && s.sendCause == t.sendCause;
}

TraceEvent segmentEvent(EventKind kind, std::uint64_t id)
{
    TraceEvent e;
    e.id = id;
    e.tUs = 7'200'000'123;
    e.kind = kind;
    e.node = NodeId::Server;
    e.cause = id - 1;
    e.seg.id = 0x1'0000'0001;
    e.seg.proto = Protocol::Tcp;
    e.seg.from = NodeId::Server;
    e.seg.sport = 80;
    e.seg.dport = 54321;
    e.seg.seq = 0xfffffff0;
    e.seg.ack = 0x80000001;
    e.seg.flags = TcpFlag::PSH | TcpFlag::ACK | TcpFlag::FIN;
    e.seg.window = 65535;
    e.seg.mss = 1460;
    e.seg.payload = std::string("hello\0world, a payload longer than fifteen bytes", 48);
    e.seg.retransmission = true;
    e.seg.keepalive = true;
    e.seg.injected = true;
    e.seg.sendCause = SendCause::TailLossProbe; // the largest value: the top bits of its packed byte
    if (kind == EventKind::Drop) {
        e.reason = DropReason::Rule;
        e.ruleIndex = 3;
    }
    if (kind == EventKind::Send) e.analysis = "retransmission,duplicate-ack#2";
    return e;
}

std::vector<TraceEvent> oneOfEach()
{
    std::vector<TraceEvent> v;
    TraceEvent app;
    app.id = 1;
    app.kind = EventKind::App;
    app.call = AppCall::Send;
    app.bytes = 5'000'000'000;
    app.data = "GET / HTTP/1.0";
    app.error = AppError::Reset;
    app.counterfactual = "two-way-handshake";
    v.push_back(app);
    v.push_back(segmentEvent(EventKind::Send, 2));
    v.push_back(segmentEvent(EventKind::Deliver, 3));
    v.push_back(segmentEvent(EventKind::Drop, 4));
    TraceEvent state;
    state.id = 5;
    state.kind = EventKind::State;
    state.node = NodeId::Server;
    state.from = TcpState::FinWait2;
    state.to = TcpState::TimeWait;
    state.counterfactual = "no-time-wait";
    state.inferred = true;
    state.basis = InferenceBasis::MidConnection;
    v.push_back(state);
    TraceEvent timer;
    timer.id = 6;
    timer.tUs = 10;
    timer.kind = EventKind::Timer;
    timer.timer = TimerKind::FinWait2;
    timer.action = TimerAction::Cancelled;
    timer.deadlineUs = 7'200'000'000'010;
    timer.durationUs = 7'200'000'000'000;
    timer.inferred = true;
    v.push_back(timer);
    TraceEvent link;
    link.id = 7;
    link.kind = EventKind::Link;
    link.link = LinkChange::Heal;
    v.push_back(link);
    TraceEvent udp = segmentEvent(EventKind::Deliver, 8);
    udp.seg.proto = Protocol::Udp;
    udp.seg.payload.clear();
    v.push_back(udp);
    return v;
}

} // namespace

TEST_CASE("every field of every kind of event comes back as recorded", "[trace]")
{
    const std::vector<TraceEvent> events = oneOfEach();
    Trace trace;
    for (const TraceEvent &e : events) trace.append(e);
    REQUIRE(trace.size() == events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        INFO("event " << i + 1);
        CHECK(same(trace[i], events[i]));
        CHECK(trace.kindAt(i) == events[i].kind);
        CHECK(trace.nodeAt(i) == events[i].node);
        CHECK(trace.timeAt(i) == events[i].tUs);
        CHECK(trace.idAt(i) == events[i].id);
        CHECK(trace.causeAt(i) == events[i].cause);
    }
}

TEST_CASE("events with fields their kind does not use are kept whole", "[trace]")
{
    // Fields that share room in the packed record: a send with a byte count, a timer carrying
    // a segment, a state change with a deadline.
    TraceEvent send = segmentEvent(EventKind::Send, 1);
    send.bytes = 12;
    send.deadlineUs = 99;
    TraceEvent timer;
    timer.id = 2;
    timer.kind = EventKind::Timer;
    timer.seg.seq = 1000;
    timer.seg.id = 4;
    timer.bytes = 3;
    timer.durationUs = 200'000;
    TraceEvent state;
    state.id = 3;
    state.kind = EventKind::State;
    state.durationUs = 1;
    state.seg.ack = 5;
    Trace trace;
    for (const TraceEvent *e : {&send, &timer, &state}) trace.append(*e);
    CHECK(same(trace[0], send));
    CHECK(same(trace[1], timer));
    CHECK(same(trace[2], state));
    CHECK(trace.kindAt(1) == EventKind::Timer);
    CHECK(trace.nodeAt(0) == NodeId::Server);
    CHECK(trace.timeAt(0) == send.tUs);
}

TEST_CASE("ids are found in recorded, gapped and unordered traces", "[trace]")
{
    SECTION("recorded: id = position + 1")
    {
        Trace trace;
        for (TraceEvent e : oneOfEach()) trace.append(e);
        CHECK(trace.indexOf(1) == 0);
        CHECK(trace.indexOf(8) == 7);
        CHECK(trace.indexOf(0) == Trace::npos);
        CHECK(trace.indexOf(9) == Trace::npos);
        REQUIRE(trace.byId(2).has_value());
        CHECK(trace.byId(2)->seg.window == 65535);
        CHECK_FALSE(trace.byId(9).has_value());
    }
    SECTION("gaps, growing")
    {
        Trace trace;
        for (std::uint64_t id : {5, 10, 20, 21, 40}) {
            TraceEvent e;
            e.id = id;
            e.data = "c" + std::to_string(id);
            trace.append(e);
        }
        CHECK(trace.indexOf(5) == 0);
        CHECK(trace.indexOf(21) == 3);
        CHECK(trace.indexOf(40) == 4);
        CHECK(trace.indexOf(6) == Trace::npos);
        CHECK(trace.indexOf(41) == Trace::npos);
        CHECK(trace.byId(20)->data == "c20");
    }
    SECTION("unordered")
    {
        Trace trace;
        for (std::uint64_t id : {3, 1, 2}) {
            TraceEvent e;
            e.id = id;
            trace.append(e);
        }
        CHECK(trace.indexOf(1) == 1);
        CHECK(trace.indexOf(2) == 2);
        CHECK(trace.indexOf(3) == 0);
        CHECK(trace.indexOf(4) == Trace::npos);
    }
}

TEST_CASE("a long trace crosses chunks, copies deeply and stays near 64 bytes an event", "[trace]")
{
    Trace trace;
    const std::size_t n = 100'000;
    for (std::size_t i = 0; i < n; ++i) {
        TraceEvent e;
        e.id = i + 1;
        e.tUs = static_cast<std::int64_t>(i) * 1000;
        e.kind = i % 2 ? EventKind::Deliver : EventKind::Send;
        e.seg.seq = static_cast<std::uint32_t>(i);
        if (i % 1000 == 0) e.seg.payload = "x";
        trace.append(e);
    }
    REQUIRE(trace.size() == n);
    CHECK(trace[4095].seg.seq == 4095);
    CHECK(trace[4096].seg.seq == 4096);
    CHECK(trace[n - 1].tUs == static_cast<std::int64_t>(n - 1) * 1000);
    CHECK(trace[3000].seg.payload == "x");
    CHECK(trace[3001].seg.payload.empty());
    CHECK(trace.memoryBytes() < n * 70);

    Trace copy = trace;
    TraceEvent extra;
    extra.id = n + 1;
    copy.append(extra);
    CHECK(copy.size() == n + 1);
    CHECK(trace.size() == n);
    CHECK(copy[77'777].seg.seq == 77'777);
    CHECK(copy[3000].seg.payload == "x");

    Trace moved = std::move(copy);
    CHECK(moved.size() == n + 1);
    CHECK(moved.indexOf(n + 1) == n);
}

TEST_CASE("the events range iterates, indexes and works with algorithms", "[trace]")
{
    Trace trace;
    for (TraceEvent e : oneOfEach()) trace.append(e);
    const auto range = trace.events();
    CHECK(range.size() == 8);
    CHECK(range.front().kind == EventKind::App);
    CHECK(range.back().seg.proto == Protocol::Udp);
    std::size_t n = 0;
    for (const TraceEvent &e : trace.events()) CHECK(e.id == ++n);
    CHECK(n == 8);
    CHECK(std::count_if(range.begin(), range.end(), [](const TraceEvent &e) { return e.kind == EventKind::Deliver; }) == 2);
    const auto it = std::find_if(range.begin(), range.end(), [](const TraceEvent &e) { return e.kind == EventKind::Timer; });
    REQUIRE(it != range.end());
    CHECK(it->durationUs == 7'200'000'000'000);
    CHECK(it - range.begin() == 5);
    CHECK(trace.ofKind(EventKind::Deliver).size() == 2);
    CHECK(trace.statesOf(NodeId::Server) == std::vector<TcpState>{TcpState::FinWait2, TcpState::TimeWait});
}

TEST_CASE("every send cause survives packing, beside every other segment mark and a drop's reason", "[trace]")
{
    Trace t;
    std::uint64_t id = 1;
    for (SendCause c : {SendCause::None, SendCause::Timeout, SendCause::FastRetransmit, SendCause::Recovery,
                        SendCause::RepeatedSyn, SendCause::WindowProbe, SendCause::KeepaliveProbe, SendCause::TailLossProbe}) {
        for (bool marks : {false, true}) {
            TraceEvent e = segmentEvent(marks ? EventKind::Drop : EventKind::Send, id++);
            e.seg.sendCause = c;
            e.seg.retransmission = e.seg.keepalive = e.seg.injected = marks;
            e.seg.proto = marks ? Protocol::Udp : Protocol::Tcp;
            t.append(e);
            INFO(toString(c) << " marks " << marks);
            CHECK(same(t[t.size() - 1], e));
            CHECK(t[t.size() - 1].seg.sendCause == c);
        }
    }
}

TEST_CASE("a live lab's inferred state keeps what proves it, packed and in JSON Lines", "[trace]")
{
    for (const auto &[basis, token] : {std::pair{InferenceBasis::Segment, "segment"}, std::pair{InferenceBasis::StateDiagram, "state-diagram"}}) {
        TraceEvent e;
        e.kind = EventKind::State;
        e.node = NodeId::Server;
        e.from = TcpState::Listen;
        e.to = TcpState::SynReceived;
        e.inferred = true;
        e.basis = basis;
        e.id = 1;
        Trace trace;
        trace.append(e);
        CHECK(trace[0].basis == basis);
        CHECK(trace[0].inferred);
        CHECK(inferenceBasisFromString(token) == basis);
        const std::string json = JsonlWriter::toJson(trace[0]);
        INFO(json);
        CHECK(json.find(std::string(R"("reason":")") + token + '"') != std::string::npos);
        CHECK(json.find(R"("inferred":true)") != std::string::npos);
    }
}
