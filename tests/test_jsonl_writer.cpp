#include "core/trace/jsonl_writer.h"

#include <catch2/catch.hpp>

using namespace wirestep;

TEST_CASE("a send event has every documented field", "[jsonl]")
{
    TraceEvent e;
    e.id = 4;
    e.tUs = 10'500;
    e.kind = EventKind::Send;
    e.node = NodeId::Server;
    e.cause = 3;
    e.seg.id = 2;
    e.seg.sport = 80;
    e.seg.dport = 40000;
    e.seg.seq = 300;
    e.seg.ack = 101;
    e.seg.flags = TcpFlag::SYN | TcpFlag::ACK;
    e.seg.window = 65535;
    e.seg.mss = 1460;
    CHECK(JsonlWriter::toJson(e)
          == R"({"id":4,"t_us":10500,"kind":"send","node":"server","cause":3,)"
             R"("seg":{"id":2,"proto":"TCP","sport":80,"dport":40000,"seq":300,"ack":101,)"
             R"("flags":["SYN","ACK"],"win":65535,"len":0,"retransmission":false,"mss":1460}})");
}

TEST_CASE("app, drop, state and timer events", "[jsonl]")
{
    TraceEvent app;
    app.id = 1;
    app.kind = EventKind::App;
    app.call = AppCall::Send;
    app.bytes = 6;
    app.data = "hello!";
    CHECK(JsonlWriter::toJson(app)
          == R"({"id":1,"t_us":0,"kind":"app","node":"client","cause":null,"call":"send","bytes":6,"data":"hello!"})");

    TraceEvent drop;
    drop.id = 2;
    drop.kind = EventKind::Drop;
    drop.seg.proto = Protocol::Udp;
    drop.reason = DropReason::Rule;
    drop.ruleIndex = 0;
    const auto dj = JsonlWriter::toJson(drop);
    CHECK(dj.find(R"("proto":"UDP")") != std::string::npos);
    CHECK(dj.find(R"("reason":"rule","rule":0})") != std::string::npos);

    TraceEvent st;
    st.id = 3;
    st.kind = EventKind::State;
    st.from = TcpState::Listen;
    st.to = TcpState::SynReceived;
    CHECK(JsonlWriter::toJson(st).find(R"("from":"LISTEN","to":"SYN_RECEIVED"})") != std::string::npos);

    TraceEvent tm;
    tm.id = 4;
    tm.kind = EventKind::Timer;
    tm.timer = TimerKind::TimeWait;
    tm.action = TimerAction::Armed;
    tm.deadlineUs = 60'000'000;
    tm.durationUs = 60'000'000;
    CHECK(JsonlWriter::toJson(tm).find(R"("timer":"time_wait","action":"armed","deadline_us":60000000)") != std::string::npos);
}

TEST_CASE("what a capture adds: analysis labels, inferred states and timers", "[jsonl]")
{
    TraceEvent e;
    e.id = 7;
    e.kind = EventKind::Send;
    e.seg.flags = TcpFlag::ACK;
    e.analysis = "duplicate-ack#3,window-update";
    CHECK(JsonlWriter::toJson(e).find(R"("retransmission":false},"analysis":["duplicate-ack#3","window-update"]})") != std::string::npos);
    e.analysis = "keep-alive";
    CHECK(JsonlWriter::toJson(e).find(R"("analysis":["keep-alive"]})") != std::string::npos);

    TraceEvent st;
    st.id = 1;
    st.kind = EventKind::State;
    st.from = TcpState::Closed;
    st.to = TcpState::Established;
    st.inferred = true;
    st.basis = InferenceBasis::MidConnection;
    CHECK(JsonlWriter::toJson(st).find(R"("from":"CLOSED","to":"ESTABLISHED","reason":"mid-connection","inferred":true})") != std::string::npos);

    TraceEvent tm;
    tm.id = 2;
    tm.kind = EventKind::Timer;
    tm.timer = TimerKind::Retransmission;
    tm.action = TimerAction::Fired;
    tm.inferred = true;
    CHECK(JsonlWriter::toJson(tm).find(R"("duration_us":0,"inferred":true})") != std::string::npos);
}

TEST_CASE("strings are escaped and invalid UTF-8 cannot break the line", "[jsonl]")
{
    CHECK(JsonlWriter::quote("a\"b\\c\nd") == R"("a\"b\\c\nd")");
    CHECK(JsonlWriter::quote("你好") == "\"你好\"");
    CHECK(JsonlWriter::quote(std::string("\xff\x01", 2)) == "\"\xEF\xBF\xBD\\u0001\"");
}
