#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_writer.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

using namespace wirestep;

namespace {

Scenario reload(const Scenario &s)
{
    const std::string text = ScenarioWriter::save(s);
    LoadResult r = ScenarioLoader::load(text, "saved.json");
    for (const std::string &e : r.errorLines()) UNSCOPED_INFO(e);
    UNSCOPED_INFO(text);
    REQUIRE(r.ok());
    return *r.scenario;
}

Scenario docExample()
{
    std::ifstream in(std::string(WIRESTEP_SOURCE_DIR) + "/docs/scenario-format.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = ss.str();
    const auto start = doc.find("```json\n") + 8;
    const auto end = doc.find("```", start);
    LoadResult r = ScenarioLoader::load(doc.substr(start, end - start), "scenario-format.md");
    REQUIRE(r.ok());
    return *r.scenario;
}

// A scenario with the given id and nothing else set but what a loaded scenario always has.
Scenario minimal(std::string id)
{
    Scenario s;
    s.id = std::move(id);
    s.group = "what-if";
    s.nodes[0].port = 40000;
    s.nodes[1].port = 80;
    return s;
}

// A random scenario of the kind the loader produces, for round trips.
class RandomScenario {
public:
    explicit RandomScenario(std::uint32_t seed) : m_rng(seed) {}

    Scenario make()
    {
        Scenario s = minimal("random-" + std::to_string(pick(0, 999)));
        const char *groups[] = {"handshake", "data", "teardown", "timers", "udp", "what-if", "rfc"};
        s.group = groups[pick(0, 6)];
        if (coin()) s.title["en"] = "Title \"quoted\" \\ with\ttab";
        if (coin()) s.title["zh_CN"] = "标题 😀";
        if (coin()) s.description["en"] = "Line one.\nLine two.";
        s.protocol = coin() ? Protocol::Tcp : Protocol::Udp;
        for (auto &d : s.link.dir) {
            d.delayUs = us();
            d.jitterUs = us();
            d.loss = std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
        }
        if (coin()) s.link.dir[1] = s.link.dir[0];
        s.link.seed = std::uniform_int_distribution<std::uint64_t>()(m_rng);
        for (TcpConfig &n : s.nodes) node(n);
        for (int i = pick(0, 12); i > 0; --i) s.actions.push_back(action());
        for (int i = pick(0, 4); i > 0; --i) s.link.rules.push_back(rule());
        for (int i = pick(0, 3); i > 0; --i) s.link.injections.push_back(injection(s));
        s.untilUs = 1 + us();
        return s;
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool coin() { return pick(0, 1) == 1; }
    std::int64_t us()
    {
        switch (pick(0, 3)) {
        case 0: return 0;
        case 1: return pick(0, 999);                          // below a millisecond
        case 2: return std::int64_t{pick(0, 100'000)} * 1000; // whole milliseconds
        default: return std::uniform_int_distribution<std::int64_t>(0, 1'000'000'000'000'000)(m_rng);
        }
    }
    NodeId nodeId() { return coin() ? NodeId::Client : NodeId::Server; }

    void node(TcpConfig &n)
    {
        n.port = static_cast<std::uint16_t>(pick(1, 65535));
        if (coin()) n.isn = std::uniform_int_distribution<std::uint32_t>()(m_rng);
        const TimerProfile profiles[] = {TimerProfile::Linux, TimerProfile::Rfc, TimerProfile::Classroom};
        n.profile = profiles[pick(0, 2)];
        n.timers = timersFor(n.profile);
        if (coin()) n.timers.rtoInitialUs = 1 + us(); // a re-arming timer is > 0
        if (coin()) n.timers.timeWaitUs = us();
        if (coin()) n.timers.synRetries = pick(0, 255);
        if (coin()) n.timers.keepaliveProbes = pick(0, 255);
        if (coin()) n.timers.delayedAckUs = us();
        n.mss = static_cast<std::uint16_t>(pick(1, 65495));
        n.receiveBuffer = static_cast<std::uint32_t>(pick(0, 65535));
        n.keepalive = coin();
        n.delayedAck = coin();
        n.handshake = coin() ? HandshakeMode::ThreeWay : HandshakeMode::TwoWay;
        n.timeWait = coin();
        n.autoRecv = coin();
    }

    Action action()
    {
        Action a;
        a.atUs = us();
        a.node = nodeId();
        a.kind = static_cast<ActionKind>(pick(0, static_cast<int>(ActionKind::LinkHeal)));
        switch (a.kind) {
        case ActionKind::Send:
        case ActionKind::SendTo:
            if (coin()) a.text = coin() ? "hello, 世界" : "";
            else a.bytes = pick(0, 1 << 20);
            break;
        case ActionKind::Recv:
            if (coin()) a.bytes = pick(0, 1 << 20);
            break;
        default:
            break;
        }
        if ((a.kind == ActionKind::Connect || a.kind == ActionKind::Bind || a.kind == ActionKind::SendTo) && coin())
            a.port = static_cast<std::uint16_t>(pick(1, 65535));
        return a;
    }

    FaultRule rule()
    {
        FaultRule r;
        r.action = static_cast<FaultAction>(pick(0, 2));
        if (coin()) r.from = nodeId();
        r.proto = coin() ? Protocol::Tcp : Protocol::Udp;
        r.flags = static_cast<std::uint8_t>(pick(0, 63));
        r.exactFlags = coin();
        if (coin()) r.seq = std::uniform_int_distribution<std::uint32_t>()(m_rng);
        if (coin()) r.hasData = coin();
        r.nth = pick(0, 1'000'000);
        if (r.action != FaultAction::Drop) r.delayUs = us();
        return r;
    }

    Injection injection(const Scenario &s)
    {
        Injection inj;
        inj.atUs = us();
        Segment &g = inj.segment;
        g.from = nodeId();
        g.proto = coin() ? Protocol::Tcp : Protocol::Udp;
        g.sport = coin() ? s.nodes[indexOf(g.from)].port : static_cast<std::uint16_t>(pick(1, 65535));
        g.dport = coin() ? s.nodes[indexOf(peerOf(g.from))].port : static_cast<std::uint16_t>(pick(1, 65535));
        g.seq = std::uniform_int_distribution<std::uint32_t>()(m_rng);
        g.ack = coin() ? 0 : std::uniform_int_distribution<std::uint32_t>()(m_rng);
        g.flags = static_cast<std::uint8_t>(pick(0, 63));
        g.window = coin() ? 65535 : static_cast<std::uint16_t>(pick(0, 65535));
        if (coin()) g.payload = "old data";
        return inj;
    }

    std::mt19937 m_rng;
};

} // namespace

TEST_CASE("The doc example survives a save and a load", "[writer]")
{
    const Scenario s = docExample();
    CHECK(reload(s) == s);
}

TEST_CASE("Every catalog scenario survives a save and a load", "[writer]")
{
    REQUIRE_FALSE(Catalog::builtIn().scenarios().empty());
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        CHECK(reload(s) == s);
    }
}

TEST_CASE("Random scenarios survive a save and a load", "[writer]")
{
    RandomScenario random(20240601);
    for (int i = 0; i < 300; ++i) {
        const Scenario s = random.make();
        const Scenario again = reload(s);
        CHECK(again == s);
        CHECK(ScenarioWriter::save(again) == ScenarioWriter::save(s));
    }
}

TEST_CASE("The writer prints a readable document", "[writer]")
{
    Scenario s = minimal("udp-demo");
    s.group = "udp";
    s.title = {{"en", "Demo"}, {"zh_CN", "演示"}};
    s.protocol = Protocol::Udp;
    s.link.dir[1].delayUs = 1'500;
    s.nodes[1].port = 9000;
    s.nodes[1].isn = 7;
    s.nodes[1].profile = TimerProfile::Classroom;
    s.nodes[1].timers = timersFor(TimerProfile::Classroom);
    s.nodes[1].timers.timeWaitUs = 2'000'000;
    s.actions.push_back(Action{0, NodeId::Server, ActionKind::Bind, "", -1, 0, std::nullopt});
    s.actions.push_back(Action{100'250, NodeId::Client, ActionKind::SendTo, "one", -1, 0, std::nullopt});
    s.actions.push_back(Action{200'000, NodeId::Client, ActionKind::LinkCut, "", -1, 0, std::nullopt});
    FaultRule drop;
    drop.from = NodeId::Client;
    drop.proto = Protocol::Udp;
    drop.flags = TcpFlag::SYN | TcpFlag::ACK;
    s.link.rules.push_back(drop);
    s.untilUs = 1'000'000;
    CHECK(ScenarioWriter::save(s) == R"({
  "format": "wirestep-scenario/1",
  "id": "udp-demo",
  "group": "udp",
  "title": { "en": "Demo", "zh_CN": "演示" },
  "description": {},
  "protocol": "udp",
  "link": {
    "delay_ms": 10,
    "jitter_ms": 0,
    "loss": 0,
    "seed": 1,
    "server_to_client": { "delay_ms": 1.5 }
  },
  "nodes": {
    "client": { "port": 40000, "profile": "linux" },
    "server": {
      "port": 9000,
      "isn": 7,
      "profile": "classroom",
      "timers": { "time_wait_ms": 2000 }
    }
  },
  "actions": [
    { "at_ms": 0, "node": "server", "do": "bind" },
    { "at_ms": 100.25, "node": "client", "do": "sendto", "text": "one" },
    { "at_ms": 200, "do": "link_cut" }
  ],
  "faults": [
    { "action": "drop", "from": "client", "proto": "udp", "flags": ["SYN", "ACK"] }
  ],
  "until_ms": 1000
}
)");
    CHECK(reload(s) == s);
}

TEST_CASE("Node timers are written only where they differ from the profile's", "[writer]")
{
    Scenario s = minimal("timer-demo");
    s.nodes[0].profile = TimerProfile::Rfc;
    s.nodes[0].timers = timersFor(TimerProfile::Rfc);
    CHECK(ScenarioWriter::save(s).find("\"timers\"") == std::string::npos);
    s.nodes[0].timers.synRetries = 1;
    s.nodes[0].timers.rtoMinUs = 1;
    const JsonValue doc = ScenarioWriter::toJson(s);
    const JsonValue *timers = doc.find("nodes")->find("client")->find("timers");
    REQUIRE(timers);
    REQUIRE(timers->size() == 2);
    CHECK(timers->find("rto_min_ms")->lexeme() == "0.001");
    CHECK(timers->find("syn_retries")->lexeme() == "1");
    CHECK(doc.find("nodes")->find("server")->find("timers") == nullptr);
    CHECK(reload(s) == s);
}
