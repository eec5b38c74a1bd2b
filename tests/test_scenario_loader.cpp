#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wirestep;

namespace {

constexpr std::string_view kFile = "lab3.json";

// A small valid scenario; the tests below break it in one place or another.
const std::string kBase = R"({
  "format": "wirestep-scenario/1",
  "id": "lab",
  "nodes": { "client": {}, "server": {} },
  "actions": [ { "at_ms": 0, "node": "server", "do": "listen" } ]
})";

// kBase with the first `from` replaced by `to`.
std::string edit(std::string_view from, std::string_view to, std::string text = kBase)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

std::vector<std::string> errorsOf(std::string_view text)
{
    const LoadResult r = ScenarioLoader::load(text, kFile);
    CHECK_FALSE(r.ok());
    CHECK(r.errors.size() == r.errorLines().size());
    return r.errorLines();
}

std::string onlyErrorOf(std::string_view text)
{
    const auto errors = errorsOf(text);
    REQUIRE(errors.size() == 1);
    return errors[0];
}

Scenario loadOk(std::string_view text)
{
    LoadResult r = ScenarioLoader::load(text, kFile);
    for (const std::string &e : r.errorLines()) UNSCOPED_INFO(e);
    REQUIRE(r.ok());
    REQUIRE(r.errors.empty());
    return *r.scenario;
}

// "lab3.json:line:column: " for the first `needle` in `text` (column counted in characters).
std::string at(const std::string &text, std::string_view needle)
{
    const auto pos = text.find(needle);
    REQUIRE(pos != std::string::npos);
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < pos; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return std::string(kFile) + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

// The error line expected for a file that is kBase with `from` replaced by `to`, reported at
// the first `needle` of the edited text.
void expectError(std::string_view from, std::string_view to, std::string_view needle, std::string_view rest)
{
    const std::string text = edit(from, to);
    INFO(text);
    CHECK(onlyErrorOf(text) == at(text, needle) + std::string(rest));
}

std::string docExample()
{
    std::ifstream in(std::string(WIRESTEP_SOURCE_DIR) + "/docs/scenario-format.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = ss.str();
    const auto start = doc.find("```json\n");
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("```", start + 8);
    REQUIRE(end != std::string::npos);
    return doc.substr(start + 8, end - start - 8);
}

} // namespace

TEST_CASE("The full example of docs/scenario-format.md loads to the expected values", "[loader]")
{
    const Scenario s = loadOk(docExample());
    CHECK(s.id == "handshake-lost-syn");
    CHECK(s.group == "handshake");
    CHECK(s.title == std::map<std::string, std::string>{{"en", "Lost SYN"}, {"zh_CN", "SYN 丢失"}});
    CHECK(s.descriptionIn("en").rfind("The client's first SYN is lost.", 0) == 0);
    CHECK(s.descriptionIn("zh_CN").rfind("客户端的第一个 SYN 丢失。", 0) == 0);
    CHECK(s.protocol == Protocol::Tcp);

    CHECK(s.link.dir[0] == LinkDirection{50'000, 0, 0.0});
    CHECK(s.link.dir[1] == LinkDirection{80'000, 0, 0.0});
    CHECK(s.link.seed == 1);

    const TcpConfig &client = s.nodes[indexOf(NodeId::Client)];
    const TcpConfig &server = s.nodes[indexOf(NodeId::Server)];
    CHECK(client.port == 40000);
    CHECK(client.isn == 100u);
    CHECK(client.profile == TimerProfile::Classroom);
    CHECK(client.timers == timersFor(TimerProfile::Classroom));
    CHECK(server.port == 80);
    CHECK(server.isn == 300u);
    CHECK(server.profile == TimerProfile::Classroom);
    TcpTimers serverTimers = timersFor(TimerProfile::Classroom);
    serverTimers.timeWaitUs = 2'000'000;
    CHECK(server.timers == serverTimers);
    CHECK(client.mss == 1460);
    CHECK(client.receiveBuffer == 65535);
    CHECK(client.handshake == HandshakeMode::ThreeWay);
    CHECK(client.timeWait);
    CHECK(client.autoRecv);
    CHECK_FALSE(client.keepalive);
    CHECK_FALSE(client.delayedAck.has_value()); // the profile decides (on for linux)

    REQUIRE(s.actions.size() == 4);
    CHECK(s.actions[0] == Action{0, NodeId::Server, ActionKind::Listen, "", -1, 0, std::nullopt});
    CHECK(s.actions[1] == Action{10'000, NodeId::Client, ActionKind::Connect, "", -1, 0, std::nullopt});
    CHECK(s.actions[2] == Action{3'000'000, NodeId::Client, ActionKind::Send, "hello!", -1, 0, std::nullopt});
    CHECK(s.actions[3] == Action{4'000'000, NodeId::Client, ActionKind::Close, "", -1, 0, std::nullopt});

    REQUIRE(s.link.rules.size() == 1);
    FaultRule rule;
    rule.from = NodeId::Client;
    rule.flags = TcpFlag::SYN;
    rule.nth = 1;
    rule.action = FaultAction::Drop;
    CHECK(s.link.rules[0] == rule);

    REQUIRE(s.link.injections.size() == 1);
    const Injection &inj = s.link.injections[0];
    CHECK(inj.atUs == 5'000);
    CHECK(inj.segment.from == NodeId::Client);
    CHECK(inj.segment.proto == Protocol::Tcp);
    CHECK(inj.segment.sport == 40000);
    CHECK(inj.segment.dport == 80);
    CHECK(inj.segment.seq == 90);
    CHECK(inj.segment.ack == 0);
    CHECK(inj.segment.flags == TcpFlag::SYN);
    CHECK(inj.segment.window == 65535);
    CHECK(inj.segment.payload.empty());

    CHECK(s.untilUs == 10'000'000);
}

TEST_CASE("Omitted keys take the format's defaults", "[loader]")
{
    const Scenario s = loadOk(kBase);
    CHECK(s.id == "lab");
    CHECK(s.group == "what-if");
    CHECK(s.title.empty());
    CHECK(s.description.empty());
    CHECK(s.protocol == Protocol::Tcp);
    CHECK(s.link.dir[0] == LinkDirection{10'000, 0, 0.0});
    CHECK(s.link.dir[1] == LinkDirection{10'000, 0, 0.0});
    CHECK(s.link.seed == 1);
    CHECK(s.link.rules.empty());
    CHECK(s.link.injections.empty());
    for (const TcpConfig &n : s.nodes) {
        CHECK(n.profile == TimerProfile::Linux);
        CHECK(n.timers == timersFor(TimerProfile::Linux));
        CHECK_FALSE(n.isn.has_value());
        CHECK(n.mss == 1460);
        CHECK(n.receiveBuffer == 65535);
    }
    CHECK(s.nodes[indexOf(NodeId::Client)].port == 40000);
    CHECK(s.nodes[indexOf(NodeId::Server)].port == 80);
    CHECK(s.untilUs == 10'000'000);
}

TEST_CASE("Milliseconds may be fractional and become rounded microseconds", "[loader]")
{
    const Scenario s = loadOk(edit(R"("at_ms": 0,)", R"("at_ms": 1.2345,)",
                                   edit(R"("id": "lab",)", R"("id": "lab", "link": { "delay_ms": 0.0004, "jitter_ms": 2.5e-1 }, "until_ms": 1e4,)")));
    CHECK(s.actions[0].atUs == 1235);
    CHECK(s.link.dir[0].delayUs == 0);
    CHECK(s.link.dir[0].jitterUs == 250);
    CHECK(s.untilUs == 10'000'000);
}

TEST_CASE("Per-direction link settings override the shared ones", "[loader]")
{
    const Scenario s = loadOk(edit(R"("id": "lab",)", R"("id": "lab",
  "link": { "client_to_server": { "loss": 0.5 }, "delay_ms": 20, "loss": 0.1, "seed": 18446744073709551615,
            "server_to_client": { "delay_ms": 30, "jitter_ms": 5 } },)"));
    CHECK(s.link.dir[0] == LinkDirection{20'000, 0, 0.5});
    CHECK(s.link.dir[1] == LinkDirection{30'000, 5'000, 0.1});
    CHECK(s.link.seed == UINT64_MAX);
}

TEST_CASE("A node's timers override its profile's, wherever they are written", "[loader]")
{
    const Scenario s = loadOk(edit(R"("client": {})", R"("client": { "timers": { "syn_retries": 2, "rto_initial_ms": 250 },
    "profile": "rfc", "port": 5000, "isn": 4294967295, "mss": 536, "window": 0, "keepalive": true,
    "delayed_ack": true, "handshake": "two-way", "time_wait": false, "auto_recv": false })"));
    const TcpConfig &c = s.nodes[indexOf(NodeId::Client)];
    TcpTimers expected = timersFor(TimerProfile::Rfc);
    expected.synRetries = 2;
    expected.rtoInitialUs = 250'000;
    CHECK(c.profile == TimerProfile::Rfc);
    CHECK(c.timers == expected);
    CHECK(c.port == 5000);
    CHECK(c.isn == 4294967295u);
    CHECK(c.mss == 536);
    CHECK(c.receiveBuffer == 0);
    CHECK(c.keepalive);
    CHECK(c.delayedAck == true);
    CHECK(c.handshake == HandshakeMode::TwoWay);
    CHECK_FALSE(c.timeWait);
    CHECK_FALSE(c.autoRecv);
}

TEST_CASE("A profile chosen later (--profile, the link panel) keeps the node's own timer values", "[loader]")
{
    const Scenario s = loadOk(edit(R"("client": {})", R"("client": { "profile": "classroom", "keepalive": true,
    "timers": { "keepalive_idle_ms": 5000, "syn_retries": 2 } })"));
    for (TimerProfile p : {TimerProfile::Linux, TimerProfile::Rfc, TimerProfile::Classroom}) {
        RunOptions o;
        o.profile = p;
        const TcpConfig c = withOverrides(s, o).nodes[indexOf(NodeId::Client)];
        INFO(toString(p));
        TcpTimers expected = timersFor(p);
        expected.keepaliveIdleUs = 5'000'000; // the file's values win
        expected.synRetries = 2;
        CHECK(c.profile == p);
        CHECK(c.timers == expected);
        CHECK(c.keepalive);
    }
    // The server, with no values of its own, takes the profile's.
    RunOptions linux;
    linux.profile = TimerProfile::Linux;
    CHECK(withOverrides(s, linux).nodes[indexOf(NodeId::Server)].timers == timersFor(TimerProfile::Linux));
}

TEST_CASE("Actions read what each kind needs", "[loader]")
{
    const Scenario s = loadOk(edit(R"("actions": [ { "at_ms": 0, "node": "server", "do": "listen" } ])", R"("actions": [
    { "at_ms": 0, "node": "server", "do": "bind" },
    { "at_ms": 1, "node": "client", "do": "bind", "port": 5353 },
    { "at_ms": 2, "node": "client", "do": "sendto", "text": "hi" },
    { "at_ms": 3, "node": "client", "do": "sendto", "bytes": 3, "port": 53 },
    { "at_ms": 4, "node": "server", "do": "recvfrom" },
    { "at_ms": 5, "node": "client", "do": "connect", "port": 8080 },
    { "at_ms": 6, "node": "client", "do": "send", "bytes": 2000 },
    { "at_ms": 7, "node": "server", "do": "recv", "bytes": 10 },
    { "at_ms": 8, "node": "server", "do": "recv" },
    { "at_ms": 9, "do": "link_cut" },
    { "at_ms": 10, "node": "server", "do": "link_heal" },
    { "at_ms": 11, "node": "server", "do": "crash" },
    { "at_ms": 12, "node": "server", "do": "reboot" },
    { "at_ms": 13, "node": "client", "do": "shutdown" },
    { "at_ms": 14, "node": "client", "do": "abort" },
    { "at_ms": 15, "node": "client", "do": "send", "text": "" }
  ])"));
    REQUIRE(s.actions.size() == 16);
    CHECK(s.actions[0] == Action{0, NodeId::Server, ActionKind::Bind, "", -1, 0, std::nullopt});
    CHECK(s.actions[1] == Action{1000, NodeId::Client, ActionKind::Bind, "", -1, 5353, std::nullopt});
    CHECK(s.actions[2] == Action{2000, NodeId::Client, ActionKind::SendTo, "hi", -1, 0, std::nullopt});
    CHECK(s.actions[3] == Action{3000, NodeId::Client, ActionKind::SendTo, "", 3, 53, std::nullopt});
    CHECK(s.actions[3].payload() == "abc");
    CHECK(s.actions[4] == Action{4000, NodeId::Server, ActionKind::RecvFrom, "", -1, 0, std::nullopt});
    CHECK(s.actions[5] == Action{5000, NodeId::Client, ActionKind::Connect, "", -1, 8080, std::nullopt});
    CHECK(s.actions[6] == Action{6000, NodeId::Client, ActionKind::Send, "", 2000, 0, std::nullopt});
    CHECK(s.actions[7] == Action{7000, NodeId::Server, ActionKind::Recv, "", 10, 0, std::nullopt});
    CHECK(s.actions[8] == Action{8000, NodeId::Server, ActionKind::Recv, "", -1, 0, std::nullopt});
    CHECK(s.actions[9] == Action{9000, NodeId::Client, ActionKind::LinkCut, "", -1, 0, std::nullopt});
    CHECK(s.actions[10] == Action{10000, NodeId::Server, ActionKind::LinkHeal, "", -1, 0, std::nullopt});
    CHECK(s.actions[11].kind == ActionKind::Crash);
    CHECK(s.actions[12].kind == ActionKind::Reboot);
    CHECK(s.actions[13].kind == ActionKind::Shutdown);
    CHECK(s.actions[14].kind == ActionKind::Abort);
    CHECK(s.actions[15] == Action{15000, NodeId::Client, ActionKind::Send, "", -1, 0, std::nullopt});
}

TEST_CASE("Faults become link rules and injections", "[loader]")
{
    const Scenario s = loadOk(edit(R"("nodes": { "client": {}, "server": {} },)", R"("nodes": { "client": { "port": 1234 }, "server": { "port": 8080 } },
  "faults": [
    { "action": "delay", "from": "server", "flags": ["ack", "FIN"], "exact": true, "delay_ms": 300, "nth": 0 },
    { "action": "inject", "at_ms": 7, "segment": { "from": "server", "flags": ["RST"], "ack": 4294967295, "text": "x" } },
    { "action": "duplicate", "proto": "udp", "seq": 7, "data": false },
    { "action": "inject", "at_ms": 8, "segment": { "from": "client", "proto": "udp", "sport": 1, "dport": 2, "window": 0, "seq": 3 } }
  ],)"));
    REQUIRE(s.link.rules.size() == 2);
    FaultRule delay;
    delay.action = FaultAction::Delay;
    delay.from = NodeId::Server;
    delay.flags = TcpFlag::ACK | TcpFlag::FIN;
    delay.exactFlags = true;
    delay.delayUs = 300'000;
    delay.nth = 0;
    CHECK(s.link.rules[0] == delay);
    FaultRule dup;
    dup.action = FaultAction::Duplicate;
    dup.proto = Protocol::Udp;
    dup.seq = 7u;
    dup.hasData = false;
    CHECK(s.link.rules[1] == dup);

    REQUIRE(s.link.injections.size() == 2);
    const Segment &a = s.link.injections[0].segment;
    CHECK(s.link.injections[0].atUs == 7000);
    CHECK(a.from == NodeId::Server);
    CHECK(a.sport == 8080); // the sender's configured port
    CHECK(a.dport == 1234); // the receiver's
    CHECK(a.window == 65535);
    CHECK(a.proto == Protocol::Tcp);
    CHECK(a.flags == TcpFlag::RST);
    CHECK(a.ack == 4294967295u);
    CHECK(a.payload == "x");
    const Segment &b = s.link.injections[1].segment;
    CHECK(b.proto == Protocol::Udp);
    CHECK(b.sport == 1);
    CHECK(b.dport == 2);
    CHECK(b.window == 0);
    CHECK(b.seq == 3);
}

TEST_CASE("Exact error lines for unknown keys", "[loader][errors]")
{
    // Written out in full once: line 3, column 16 is the key's opening quote.
    CHECK(onlyErrorOf(edit(R"("id": "lab",)", R"("id": "lab", "linkk": {},)")) ==
          R"(lab3.json:3:16: linkk: unknown key; did you mean "link"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "zzzqqq": 1,)", "\"zzzqqq\"", "zzzqqq: unknown key");
    expectError(R"("id": "lab",)", R"("id": "lab", "Actions": [],)", "\"Actions\"",
                R"(Actions: unknown key; did you mean "actions"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "until": 5,)", "\"until\"",
                R"(until: unknown key; did you mean "until_ms"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "title": { "en": "x", "zh_cn": "y" },)", "\"zh_cn\"",
                R"(title.zh_cn: unknown key; did you mean "zh_CN"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "server_to_client": { "los": 0.5 } },)", "\"los\"",
                R"(link.server_to_client.los: unknown key; did you mean "loss"?)");
    expectError(R"("client": {})", R"("client": { "timers": { "rto_init_ms": 5 } })", "\"rto_init_ms\"",
                R"(nodes.client.timers.rto_init_ms: unknown key; did you mean "rto_initial_ms"?)");
    expectError(R"("do": "listen" })", R"("do": "listen", "tex": "a" })", "\"tex\"",
                R"(actions[0].tex: unknown key; did you mean "text"?)");
}

TEST_CASE("Exact error lines for the top level", "[loader][errors]")
{
    CHECK(onlyErrorOf("[]") == "lab3.json:1:1: a scenario must be a JSON object");
    CHECK(onlyErrorOf(edit(R"(  "format": "wirestep-scenario/1",
)", "")) == R"(lab3.json:1:1: missing required key "format")");
    expectError("wirestep-scenario/1", "wirestep-scenario/2", "\"wirestep-scenario/2\"",
                R"(format: must be "wirestep-scenario/1")");
    expectError(R"("format": "wirestep-scenario/1")", R"("format": 1)", "1,", R"(format: must be "wirestep-scenario/1")");
    expectError(R"("lab")", R"("my lab")", "\"my lab\"", "id: must be a non-empty string of letters, digits and '-'");
    expectError(R"("lab")", R"("")", "\"\"", "id: must be a non-empty string of letters, digits and '-'");
    expectError(R"("lab")", "7", "7", "id: must be a string");
    expectError(R"("id": "lab",)", R"("id": "lab", "group": "handshak",)", "\"handshak\"",
                R"(group: unknown group "handshak"; did you mean "handshake"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "group": "misc",)", "\"misc\"",
                R"(group: unknown group "misc"; expected handshake, data, teardown, timers, udp, what-if or rfc)");
    expectError(R"("id": "lab",)", R"("id": "lab", "protocol": "quic",)", "\"quic\"",
                R"(protocol: unknown protocol "quic"; expected tcp or udp)");
    expectError(R"("id": "lab",)", R"("id": "lab", "protocol": "TCP",)", "\"TCP\"",
                R"(protocol: unknown protocol "TCP"; did you mean "tcp"?)");
    expectError(R"("id": "lab",)", R"("id": "lab", "title": "Lab",)", "\"Lab\"", "title: must be an object");
    expectError(R"("id": "lab",)", R"("id": "lab", "description": { "en": 5 },)", "5 }",
                "description.en: must be a string");
    expectError(R"("id": "lab",)", R"("id": "lab", "until_ms": 0,)", "0,", "until_ms: must be a number > 0");
    expectError(R"("id": "lab",)", R"("id": "lab", "until_ms": 1e13,)", "1e13", "until_ms: must be at most 1000000000000");
    expectError(R"("actions": [ { "at_ms": 0, "node": "server", "do": "listen" } ])", R"("actions": {})", "{}\n",
                "actions: must be an array");
}

TEST_CASE("Exact error lines for the link", "[loader][errors]")
{
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "loss": 1.5 },)", "1.5", "link.loss: must be a number from 0 to 1");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "loss": -0.1 },)", "-0.1", "link.loss: must be a number from 0 to 1");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "delay_ms": -5 },)", "-5", "link.delay_ms: must be a number >= 0");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "jitter_ms": "2" },)", "\"2\"", "link.jitter_ms: must be a number >= 0");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "seed": 1.5 },)", "1.5",
                "link.seed: must be an integer from 0 to 18446744073709551615");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "seed": -1 },)", "-1",
                "link.seed: must be an integer from 0 to 18446744073709551615");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": { "client_to_server": 3 },)", "3 }",
                "link.client_to_server: must be an object");
    expectError(R"("id": "lab",)", R"("id": "lab", "link": [],)", "[],", "link: must be an object");
}

TEST_CASE("Exact error lines for the nodes", "[loader][errors]")
{
    expectError(R"("client": {})", R"("client": { "port": 0 })", "0 }", "nodes.client.port: must be an integer from 1 to 65535");
    expectError(R"("client": {})", R"("client": { "port": 65536 })", "65536", "nodes.client.port: must be an integer from 1 to 65535");
    expectError(R"("server": {})", R"("server": { "port": 80.5 })", "80.5", "nodes.server.port: must be an integer from 1 to 65535");
    expectError(R"("client": {})", R"("client": { "isn": 4294967296 })", "4294967296",
                "nodes.client.isn: must be an integer from 0 to 4294967295");
    expectError(R"("client": {})", R"("client": { "isn": -1 })", "-1", "nodes.client.isn: must be an integer from 0 to 4294967295");
    expectError(R"("client": {})", R"("client": { "profile": "linx" })", "\"linx\"",
                R"(nodes.client.profile: unknown profile "linx"; did you mean "linux"?)");
    expectError(R"("client": {})", R"("client": { "profile": "bsd" })", "\"bsd\"",
                R"(nodes.client.profile: unknown profile "bsd"; expected linux, rfc or classroom)");
    expectError(R"("client": {})", R"("client": { "timers": { "time_wait_ms": -1 } })", "-1",
                "nodes.client.timers.time_wait_ms: must be a number >= 0");
    expectError(R"("client": {})", R"("client": { "timers": { "syn_retries": 2.5 } })", "2.5",
                "nodes.client.timers.syn_retries: must be an integer from 0 to 255");
    expectError(R"("client": {})", R"("client": { "mss": 65496 })", "65496", "nodes.client.mss: must be an integer from 1 to 65495");
    expectError(R"("client": {})", R"("client": { "window": 70000 })", "70000", "nodes.client.window: must be an integer from 0 to 65535");
    expectError(R"("client": {})", R"("client": { "keepalive": "yes" })", "\"yes\"", "nodes.client.keepalive: must be true or false");
    expectError(R"("client": {})", R"("client": { "handshake": "three_way" })", "\"three_way\"",
                R"(nodes.client.handshake: unknown handshake "three_way"; did you mean "three-way"?)");
    expectError(R"("client": {})", R"("client": 1)", "1,", "nodes.client: must be an object");
    expectError(R"("server": {} })", R"("server": {}, "router": {} })", "\"router\"", "nodes.router: unknown key");
    expectError(R"(, "server": {} })", R"( })", "{ \"client\"", R"(nodes: missing required key "server")");

    const std::string typo = edit(R"("client": {})", R"("clinet": {})");
    CHECK(errorsOf(typo) == std::vector<std::string>{
                                at(typo, "{ \"clinet\"") + R"(nodes: missing required key "client")",
                                at(typo, "\"clinet\"") + R"(nodes.clinet: unknown key; did you mean "client"?)"});
}

TEST_CASE("Exact error lines for actions", "[loader][errors]")
{
    // The example of the brief, written out in full.
    CHECK(onlyErrorOf(edit(R"("at_ms": 0)", R"("at_ms": -1)")) == "lab3.json:5:27: actions[0].at_ms: must be a number >= 0");
    const std::string_view listen = R"({ "at_ms": 0, "node": "server", "do": "listen" })";
    expectError(listen, R"({ "at_ms": 0, "node": "server", "do": "sned" })", "\"sned\"",
                R"(actions[0].do: unknown action "sned"; did you mean "send"?)");
    expectError(listen, R"({ "at_ms": 0, "node": "server", "do": "dance" })", "\"dance\"",
                R"(actions[0].do: unknown action "dance"; expected listen, connect, send, recv, shutdown, close, abort, bind, sendto, recvfrom, crash, reboot, link_cut or link_heal)");
    expectError(listen, R"({ "at_ms": 0, "node": "clinet", "do": "listen" })", "\"clinet\"",
                R"(actions[0].node: unknown node "clinet"; did you mean "client"?)");
    expectError(listen, R"({ "at_ms": 0, "node": "router", "do": "listen" })", "\"router\"",
                R"(actions[0].node: unknown node "router"; expected client or server)");
    expectError(listen, R"({ "at_ms": 0, "do": "listen" })", "{ \"at_ms\"", R"(actions[0]: missing required key "node")");
    expectError(listen, R"({ "node": "server", "do": "listen" })", "{ \"node\"", R"(actions[0]: missing required key "at_ms")");
    expectError(listen, R"({ "at_ms": 0, "node": "server" })", "{ \"at_ms\"", R"(actions[0]: missing required key "do")");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "send" })", "{ \"at_ms\"",
                R"(actions[0]: the "send" action needs "text" or "bytes")");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "sendto" })", "{ \"at_ms\"",
                R"(actions[0]: the "sendto" action needs "text" or "bytes")");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "send", "text": "a", "bytes": 1 })", "{ \"at_ms\"",
                R"(actions[0]: give either "text" or "bytes", not both)");
    expectError(listen, R"({ "at_ms": 0, "node": "server", "do": "listen", "text": "a" })", "\"text\"",
                R"(actions[0].text: not used by the "listen" action)");
    expectError(listen, R"({ "at_ms": 0, "node": "server", "do": "send", "text": "a", "port": 5 })", "\"port\"",
                R"(actions[0].port: not used by the "send" action)");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "send", "bytes": -1 })", "-1",
                "actions[0].bytes: must be an integer from 0 to 1048576");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "send", "text": 5 })", "5 }", "actions[0].text: must be a string");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "connect", "port": 0 })", "0 }",
                "actions[0].port: must be an integer from 1 to 65535");
    expectError(listen, R"({ "at_ms": 0, "node": "client", "do": "bind", "port": 65536 })", "65536",
                "actions[0].port: must be an integer from 1 to 65535");
    expectError(listen, R"(5)", "5 ]", "actions[0]: must be an object");
}

TEST_CASE("Exact error lines for faults", "[loader][errors]")
{
    const std::string_view slot = R"("id": "lab",)";
    expectError(slot, R"("id": "lab", "faults": [ { "action": "dorp" } ],)", "\"dorp\"",
                R"(faults[0].action: unknown fault action "dorp"; did you mean "drop"?)");
    expectError(slot, R"("id": "lab", "faults": [ { "from": "client" } ],)", "{ \"from\"",
                R"(faults[0]: missing required key "action")");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "flags": ["SYN", "SYNN"] } ],)", "\"SYNN\"",
                R"(faults[0].flags[1]: unknown flag "SYNN"; did you mean "SYN"?)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "flags": ["ECE"] } ],)", "\"ECE\"",
                R"(faults[0].flags[0]: unknown flag "ECE"; expected SYN, ACK, FIN, RST, PSH or URG)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "flags": "SYN" } ],)", "\"SYN\"",
                "faults[0].flags: must be an array");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "from": "router" } ],)", "\"router\"",
                R"(faults[0].from: unknown node "router"; expected client or server)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "delay" } ],)", "{ \"action\"",
                R"(faults[0]: missing required key "delay_ms")");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "delay_ms": 5 } ],)", "\"delay_ms\"",
                R"(faults[0].delay_ms: not used by a "drop" fault)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "at_ms": 5 } ],)", "\"at_ms\"",
                R"(faults[0].at_ms: not used by a "drop" fault)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "nth": -1 } ],)", "-1",
                "faults[0].nth: must be an integer from 0 to 1000000");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "drop", "seq": 4294967296 } ],)", "4294967296",
                "faults[0].seq: must be an integer from 0 to 4294967295");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "inject", "at_ms": 1 } ],)", "{ \"action\"",
                R"(faults[0]: missing required key "segment")");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "inject", "at_ms": 1, "segment": {} } ],)", "{} }",
                R"(faults[0].segment: missing required key "from")");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "inject", "at_ms": 1, "nth": 2, "segment": { "from": "client" } } ],)",
                "\"nth\"", R"(faults[0].nth: not used by a "inject" fault)");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "inject", "at_ms": 1, "segment": { "from": "client", "sport": 70000 } } ],)",
                "70000", "faults[0].segment.sport: must be an integer from 1 to 65535");
    expectError(slot, R"("id": "lab", "faults": [ { "action": "inject", "at_ms": 1, "segment": { "from": "client", "flag": [] } } ],)",
                "\"flag\"", R"(faults[0].segment.flag: unknown key; did you mean "flags"?)");
}

TEST_CASE("A JSON syntax error is the only error reported", "[loader][errors]")
{
    CHECK(errorsOf(edit(R"("id": "lab",)", R"("id": "lab")")) ==
          std::vector<std::string>{"lab3.json:4:3: expected ',' or '}' after object member"});
    CHECK(errorsOf(edit(R"("id": "lab",)", R"("id": "lab", "id": "again", "linkk": 1,)")) ==
          std::vector<std::string>{"lab3.json:3:16: duplicate key \"id\""});
    CHECK(errorsOf("") == std::vector<std::string>{"lab3.json:1:1: the document is empty; expected a JSON value"});
}

TEST_CASE("A file with several problems yields all of them, in file order, and no scenario", "[loader][errors]")
{
    const std::string text = R"({
  "format": "wirestep-scenario/1",
  "id": "lab 3",
  "linkk": { "loss": 2 },
  "nodes": {
    "client": { "port": 0, "profile": "classrom" },
    "server": { "isn": 1.5 }
  },
  "actions": [
    { "at_ms": 0, "node": "server", "do": "listen" },
    { "at_ms": 10, "node": "clinet", "do": "connect" },
    { "at_ms": -3, "node": "client", "do": "send" }
  ],
  "faults": [ { "action": "drop", "flags": ["SYN", "SNY"] } ],
  "until_ms": 0
})";
    const LoadResult r = ScenarioLoader::load(text, kFile);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.scenario.has_value());
    CHECK(r.errorLines() == std::vector<std::string>{
              "lab3.json:3:9: id: must be a non-empty string of letters, digits and '-'",
              R"(lab3.json:4:3: linkk: unknown key; did you mean "link"?)",
              "lab3.json:6:25: nodes.client.port: must be an integer from 1 to 65535",
              R"(lab3.json:6:39: nodes.client.profile: unknown profile "classrom"; did you mean "classroom"?)",
              "lab3.json:7:24: nodes.server.isn: must be an integer from 0 to 4294967295",
              R"(lab3.json:11:28: actions[1].node: unknown node "clinet"; did you mean "client"?)",
              R"(lab3.json:12:5: actions[2]: the "send" action needs "text" or "bytes")",
              "lab3.json:12:16: actions[2].at_ms: must be a number >= 0",
              R"(lab3.json:14:52: faults[0].flags[1]: unknown flag "SNY"; did you mean "SYN"?)",
              "lab3.json:15:15: until_ms: must be a number > 0",
          });
}

TEST_CASE("Columns count characters, not bytes", "[loader][errors]")
{
    const std::string text = edit(R"("id": "lab",)", R"("id": "lab", "title": { "zh_CN": "中文标题", "en": 5 },)");
    CHECK(onlyErrorOf(text) == "lab3.json:3:50: title.en: must be a string");
}

TEST_CASE("loadFile reads a file from disk or says why it cannot", "[loader]")
{
    const std::string missing = "/nonexistent-wirestep/lab.json";
    CHECK(ScenarioLoader::loadFile(missing).errorLines() == std::vector<std::string>{missing + ": file not found"});
    const std::string dir = std::filesystem::temp_directory_path().string();
    CHECK(ScenarioLoader::loadFile(dir).errorLines() == std::vector<std::string>{dir + ": is a directory, not a file"});

    const std::string path = (std::filesystem::temp_directory_path() / "wirestep_test_loader.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << edit(R"("id": "lab",)", R"("id": "lab", "linkk": 1,)");
    }
    CHECK(ScenarioLoader::loadFile(path).errorLines() ==
          std::vector<std::string>{path + R"(:3:16: linkk: unknown key; did you mean "link"?)"});
    {
        std::ofstream out(path, std::ios::binary);
        out << kBase;
    }
    const LoadResult r = ScenarioLoader::loadFile(path);
    CHECK(r.ok());
    CHECK(r.scenario->id == "lab");
    std::filesystem::remove(path);
}

TEST_CASE("The loader survives damaged scenario files", "[loader]")
{
    const std::string example = docExample();
    for (std::size_t n = 0; n < example.size(); n += 7) {
        const LoadResult r = ScenarioLoader::load(std::string_view(example).substr(0, n), kFile);
        CHECK_FALSE(r.ok());
    }
    // Every value replaced by the wrong kind of value still gives errors, never a crash.
    for (const std::string_view junk : {"null", "true", "-1", "1e999", "\"x\"", "[]", "{}", "[[]]", "[{}]"}) {
        std::string text = example;
        for (std::size_t pos = text.find(": "); pos != std::string::npos; pos = text.find(": ", pos + 2)) {
            std::string broken = text;
            const auto end = broken.find_first_of(",}\n", pos + 2);
            broken.replace(pos + 2, end - pos - 2, junk);
            (void)ScenarioLoader::load(broken, kFile);
        }
    }
}

TEST_CASE("A scenario's own questions: multiple choice or a number, where they are asked, in both languages", "[loader][questions]")
{
    const Scenario s = loadOk(edit(R"("id": "lab",)", R"("id": "lab",
  "questions": [
    { "before": { "send": ["SYN", "ACK"], "node": "server" },
      "prompt": { "en": "Which ack?", "zh_CN": "确认号？" }, "number": 101,
      "explanation": { "en": "SYN takes one.", "zh_CN": "SYN 占一个序号。" } },
    { "before": { "enters": "TIME_WAIT", "nth": 2 },
      "prompt": { "en": "Who waits?" },
      "choices": [ { "en": "client" }, { "en": "server" } ], "answer": 1,
      "explanation": { "en": "The first to close." } } ],)"));
    REQUIRE(s.questions.size() == 2);
    const ScenarioQuestion &n = s.questions[0];
    CHECK(n.before.kind == QuestionAnchor::Kind::Send);
    CHECK(n.before.flags == (TcpFlag::SYN | TcpFlag::ACK));
    CHECK(n.before.node == NodeId::Server);
    CHECK(n.number == 101);
    CHECK(textIn(n.prompt, "zh_CN") == "确认号？");
    CHECK(textIn(n.explanation, "en") == "SYN takes one.");
    const ScenarioQuestion &c = s.questions[1];
    CHECK(c.before.kind == QuestionAnchor::Kind::Enter);
    CHECK(c.before.state == TcpState::TimeWait);
    CHECK(c.before.nth == 2);
    CHECK_FALSE(c.before.node);
    CHECK(c.choices.size() == 2);
    CHECK(c.answer == 1);
    CHECK_FALSE(c.number);
    CHECK(textIn(c.prompt, "zh_CN") == "Who waits?"); // English where there is no Chinese
}

TEST_CASE("A scenario question with something missing or contradictory says what", "[loader][questions]")
{
    const std::string q = R"(
  "questions": [ { "before": { "send": ["SYN"] }, "prompt": { "en": "?" }, "explanation": { "en": "!" }, )";
    expectError(R"("id": "lab",)", R"("id": "lab",)" + q + R"("number": 1, "choices": [ { "en": "a" }, { "en": "b" } ], "answer": 0 } ],)",
                "1, \"choices\"", R"(questions[0].number: a question has either "choices" or "number", not both)");
    expectError(R"("id": "lab",)", R"("id": "lab",)" + q + R"("choices": [ { "en": "a" }, { "en": "b" } ], "answer": 2 } ],)",
                "2 }", "questions[0].answer: must be an integer from 0 to 1");
    expectError(R"("id": "lab",)", R"("id": "lab",)" + q + R"("choices": [ { "en": "a" } ], "answer": 0 } ],)",
                "[ { \"en\": \"a\" } ]", "questions[0].choices: must list 2 to 6 choices");
    expectError(R"("id": "lab",)", R"("id": "lab",)" + q + R"("answer": 0 } ],)", "{ \"before\"",
                R"(questions[0]: a question needs "choices" (with "answer") or "number")");
    expectError(R"("id": "lab",)", R"("id": "lab",
  "questions": [ { "before": { "enters": "TIME-WAIT" }, "prompt": { "en": "?" }, "explanation": { "en": "!" }, "number": 1 } ],)",
                "\"TIME-WAIT\"", R"(questions[0].before.enters: unknown state "TIME-WAIT"; expected an RFC 9293 name such as TIME_WAIT)");
    expectError(R"("id": "lab",)", R"("id": "lab",
  "questions": [ { "before": { "node": "client" }, "prompt": { "en": "?" }, "explanation": { "en": "!" }, "number": 1 } ],)",
                "{ \"node\"", R"(questions[0].before: say where the question is asked: "send" (the segment's flags) or "enters" (a state), one of them)");
}
