#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace wirestep;

namespace {

std::vector<TraceEvent> udpEvents(const Trace &trace, EventKind kind, NodeId node)
{
    return trace.filter([&](const TraceEvent &e) {
        return e.kind == kind && e.node == node && e.seg.proto == Protocol::Udp;
    });
}

} // namespace

TEST_CASE("Every built-in scenario file loads", "[catalog]")
{
    const Catalog &catalog = Catalog::builtIn();
    std::vector<std::string> errors;
    for (const LoadError &e : catalog.errors()) errors.push_back(e.toString());
    CHECK(errors == std::vector<std::string>{});
    const QStringList files = QDir(":/scenarios").entryList({"*.json"}, QDir::Files);
    CHECK(files.size() >= 2);
    CHECK(catalog.scenarios().size() == static_cast<std::size_t>(files.size()));
}

TEST_CASE("The catalog is sorted by group, then by id", "[catalog]")
{
    const auto &all = Catalog::builtIn().scenarios();
    for (std::size_t i = 1; i < all.size(); ++i) {
        const int a = Catalog::groupRank(all[i - 1].group);
        const int b = Catalog::groupRank(all[i].group);
        CHECK((a < b || (a == b && all[i - 1].id < all[i].id)));
    }
    CHECK(Catalog::groupRank("handshake") == 0);
    CHECK(Catalog::groupRank("udp") == 4);
    CHECK(Catalog::groupRank("rfc") == 6);
    CHECK(Catalog::groupRank("nonsense") == 7);
}

TEST_CASE("Every built-in scenario has an English and a Chinese title and description", "[catalog]")
{
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        INFO(s.id);
        CHECK_FALSE(s.titleIn("en").empty());
        CHECK_FALSE(s.descriptionIn("en").empty());
        CHECK(s.title.count("zh_CN") == 1);
        CHECK(s.description.count("zh_CN") == 1);
    }
}

TEST_CASE("The catalog finds both UDP scenarios in both languages", "[catalog]")
{
    const Catalog &catalog = Catalog::builtIn();
    const Scenario *datagrams = catalog.find("udp-datagrams");
    const Scenario *lossy = catalog.find("udp-lossy");
    REQUIRE(datagrams);
    REQUIRE(lossy);
    CHECK(catalog.find("no-such-scenario") == nullptr);
    CHECK(datagrams->group == "udp");
    CHECK(datagrams->protocol == Protocol::Udp);
    CHECK(datagrams->titleIn("en") == "UDP datagrams");
    CHECK(datagrams->titleIn("zh_CN") == "UDP 数据报");
    CHECK(datagrams->descriptionIn("zh_CN").find("数据报") != std::string::npos);
    CHECK(lossy->group == "udp");
    CHECK(lossy->protocol == Protocol::Udp);
    CHECK(lossy->titleIn("en") == "UDP over a lossy link");
    CHECK(lossy->titleIn("zh_CN") == "有丢包的链路上的 UDP");
    CHECK(lossy->descriptionIn("zh_CN").find("丢包") != std::string::npos);
    CHECK(lossy->link.dir[0].loss == 0.3);
}

TEST_CASE("udp-datagrams delivers three separate datagrams and drops none", "[catalog]")
{
    const Scenario *s = Catalog::builtIn().find("udp-datagrams");
    REQUIRE(s);
    const Trace trace = runScenario(*s);
    CHECK(trace.ofKind(EventKind::Drop).empty());
    std::vector<std::string> atServer;
    for (const TraceEvent &e : udpEvents(trace, EventKind::Deliver, NodeId::Server)) {
        atServer.push_back(e.seg.payload);
        CHECK(e.seg.dport == 9000);
    }
    CHECK(atServer == std::vector<std::string>{"one", "two", "three"});
    const auto atClient = udpEvents(trace, EventKind::Deliver, NodeId::Client);
    REQUIRE(atClient.size() == 1); // the server's answer
    CHECK(atClient[0].seg.dport == 40000);
    // No handshake and no acknowledgement: nothing but the four datagrams is ever sent.
    CHECK(trace.ofKind(EventKind::Send).size() == 4);
}

TEST_CASE("udp-lossy loses at least one datagram and nothing repairs it", "[catalog]")
{
    const Scenario *s = Catalog::builtIn().find("udp-lossy");
    REQUIRE(s);
    const Trace trace = runScenario(*s);
    const auto drops = trace.ofKind(EventKind::Drop);
    CHECK(drops.size() >= 1);
    for (const TraceEvent &d : drops) {
        CHECK(d.reason == DropReason::RandomLoss);
        CHECK(d.seg.proto == Protocol::Udp);
    }
    const auto sent = udpEvents(trace, EventKind::Send, NodeId::Client);
    const auto delivered = udpEvents(trace, EventKind::Deliver, NodeId::Server);
    CHECK(sent.size() == 6); // sent once each: no retransmission
    CHECK(delivered.size() + drops.size() == sent.size());
    // A loss holds nothing back: some datagram sent after a lost one still arrives.
    const bool laterArrives = std::any_of(delivered.begin(), delivered.end(), [&](const TraceEvent &d) {
        return d.seg.id > drops.front().seg.id;
    });
    CHECK(laterArrives);
}

TEST_CASE("Catalog::fromDirectory reports files that do not load", "[catalog]")
{
    const Catalog none = Catalog::fromDirectory("/nonexistent-wirestep-dir");
    CHECK(none.scenarios().empty());
    CHECK(none.errors().empty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    const QByteArray good = R"({ "format": "wirestep-scenario/1", "id": "good", "group": "data",
  "nodes": { "client": {}, "server": {} }, "actions": [] })";
    write("good.json", good);
    write("first.json", QByteArray(good).replace("\"good\"", "\"first\"").replace("\"data\"", "\"handshake\""));
    write("broken.json", R"({ "format": "wirestep-scenario/1", "id": "broken", "nodes": {}, "actions": [] })");
    write("renamed.json", QByteArray(good).replace("\"good\"", "\"other\""));
    write("notes.txt", "not a scenario");
    const Catalog c = Catalog::fromDirectory(dir.path().toStdString());
    REQUIRE(c.scenarios().size() == 2);
    CHECK(c.scenarios()[0].id == "first"); // handshake sorts before data
    CHECK(c.scenarios()[1].id == "good");
    std::vector<std::string> errors;
    for (const LoadError &e : c.errors()) errors.push_back(e.toString());
    const std::string base = dir.path().toStdString() + "/";
    CHECK(errors == std::vector<std::string>{
              base + R"(broken.json:1:61: nodes: missing required key "client")",
              base + R"(broken.json:1:61: nodes: missing required key "server")",
              base + R"(renamed.json: the file must be named "other.json", after the scenario's id)",
          });
}
