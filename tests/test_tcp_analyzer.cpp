// Analysis labels are true: on every fixture capture, on the pcap of every catalog scenario and
// on captures of staged losses, reorderings and duplicates, each segment gets exactly the labels
// tshark's tcp.analysis.* flags give it.
#include "tests/capture_test_support.h"
#include "tests/tshark_support.h"

#include "core/capture/capture_document.h"
#include "core/capture/segment_analysis.h"
#include "core/capture/tcp_analyzer.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/wire/pcap_writer.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <filesystem>
#include <map>
#include <set>
#include <unistd.h>

using namespace wirestep;

namespace {

// tshark's labels per packet number, as our tokens (a fast or spurious retransmission is also
// flagged a plain retransmission by tshark: that flag is dropped then).
std::map<std::uint64_t, std::set<std::string>> tsharkLabels(const std::string &path)
{
    static const std::pair<const char *, const char *> kFields[] = {
        {"tcp.analysis.retransmission", "retransmission"},
        {"tcp.analysis.fast_retransmission", "fast-retransmission"},
        {"tcp.analysis.spurious_retransmission", "spurious-retransmission"},
        {"tcp.analysis.out_of_order", "out-of-order"},
        {"tcp.analysis.duplicate_ack_num", "duplicate-ack"},
        {"tcp.analysis.keep_alive", "keep-alive"},
        {"tcp.analysis.keep_alive_ack", "keep-alive-ack"},
        {"tcp.analysis.zero_window", "zero-window"},
        {"tcp.analysis.zero_window_probe", "zero-window-probe"},
        {"tcp.analysis.zero_window_probe_ack", "zero-window-probe-ack"},
        {"tcp.analysis.window_update", "window-update"},
        {"tcp.analysis.window_full", "window-full"},
        {"tcp.analysis.lost_segment", "lost-segment"},
        {"tcp.analysis.ack_lost_segment", "acked-unseen-segment"},
        {"tcp.flags.reset", "reset"},
    };
    std::string command = "tshark -n -r '" + path + "' -Y tcp -T fields -e frame.number";
    for (const auto &[field, token] : kFields) command += std::string(" -e ") + field;
    std::map<std::uint64_t, std::set<std::string>> out;
    for (const auto &row : test::tsvLines(test::run(command + " 2>/dev/null"))) {
        if (row.size() != std::size(kFields) + 1) continue;
        std::set<std::string> labels;
        for (std::size_t i = 0; i < std::size(kFields); ++i) {
            const std::string &v = row[i + 1];
            if (v.empty() || v == "0" || v == "False") continue;
            std::string token = kFields[i].second;
            if (token == "duplicate-ack") token += "#" + v;
            labels.insert(token);
        }
        if (labels.count("fast-retransmission") || labels.count("spurious-retransmission")) labels.erase("retransmission");
        out[std::stoull(row[0])] = labels;
    }
    return out;
}

std::map<std::uint64_t, std::set<std::string>> ourLabels(const std::string &path)
{
    std::map<std::uint64_t, std::set<std::string>> out;
    CaptureDocument doc;
    REQUIRE(doc.open(path));
    for (std::size_t c = 0; c < doc.conversations().size(); ++c) {
        if (doc.conversations()[c].proto != Protocol::Tcp) continue;
        Trace trace;
        REQUIRE(doc.load(c, trace).ok);
        for (const TraceEvent &e : test::sendsOf(trace)) {
            std::set<std::string> labels;
            const std::string &a = e.analysis;
            for (std::size_t at = 0; at < a.size();) {
                const std::size_t comma = std::min(a.find(',', at), a.size());
                labels.insert(a.substr(at, comma - at));
                at = comma + 1;
            }
            out[e.seg.id] = labels;
        }
    }
    return out;
}

std::string describe(const std::map<std::uint64_t, std::set<std::string>> &m)
{
    std::string s;
    for (const auto &[n, labels] : m) {
        if (labels.empty()) continue;
        s += std::to_string(n) + ":";
        for (const auto &l : labels) s += " " + l;
        s += "\n";
    }
    return s;
}

void compareWithTshark(const std::string &path)
{
    const auto theirs = tsharkLabels(path);
    const auto ours = ourLabels(path);
    REQUIRE(theirs.size() == ours.size());
    INFO("tshark:\n" << describe(theirs) << "ours:\n" << describe(ours));
    CHECK(ours == theirs);
}

std::string tempPcap(const std::string &name)
{
    return (std::filesystem::temp_directory_path() / ("wirestep-analysis-" + std::to_string(::getpid()) + "-" + name + ".pcap")).string();
}

// Scenarios that stage what the catalog does not: many segments with losses (duplicate ACKs and
// fast retransmission), a delayed segment (out of order), a duplicated one.
const char *const kStaged[] = {
    R"({"format": "wirestep-scenario/1", "id": "bulk-losses", "title": {"en": "bulk with losses"},
        "link": {"delay_ms": 20},
        "nodes": {"client": {"isn": 1000}, "server": {"isn": 5000}},
        "actions": [{"at_ms": 0, "node": "server", "do": "listen"}, {"at_ms": 10, "node": "client", "do": "connect"},
                    {"at_ms": 100, "node": "client", "do": "send", "bytes": 20000}, {"at_ms": 5000, "node": "client", "do": "close"},
                    {"at_ms": 5100, "node": "server", "do": "close"}],
        "faults": [{"action": "drop", "from": "client", "flags": ["ACK"], "data": true, "nth": 3},
                   {"action": "drop", "from": "client", "flags": ["ACK"], "data": true, "nth": 9}],
        "until_ms": 20000})",
    R"({"format": "wirestep-scenario/1", "id": "reordered", "title": {"en": "reordered"},
        "link": {"delay_ms": 10},
        "nodes": {"client": {"isn": 1000}, "server": {"isn": 5000}},
        "actions": [{"at_ms": 0, "node": "server", "do": "listen"}, {"at_ms": 10, "node": "client", "do": "connect"},
                    {"at_ms": 100, "node": "client", "do": "send", "bytes": 3500}, {"at_ms": 2000, "node": "client", "do": "close"}],
        "faults": [{"action": "delay", "from": "client", "flags": ["ACK"], "data": true, "nth": 2, "delay_ms": 2}]})",
    R"({"format": "wirestep-scenario/1", "id": "duplicated", "title": {"en": "duplicated"},
        "link": {"delay_ms": 10},
        "nodes": {"client": {"isn": 1000}, "server": {"isn": 5000}},
        "actions": [{"at_ms": 0, "node": "server", "do": "listen"}, {"at_ms": 10, "node": "client", "do": "connect"},
                    {"at_ms": 100, "node": "client", "do": "send", "bytes": 3000}, {"at_ms": 2000, "node": "client", "do": "close"}],
        "faults": [{"action": "duplicate", "from": "client", "flags": ["ACK"], "data": true, "nth": 1, "delay_ms": 1}]})",
};

} // namespace

TEST_CASE("analysis labels: the fixture captures, as tshark labels them", "[capture][tshark]")
{
    if (!test::haveTshark()) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const std::string &name : test::captureFixtures()) {
        INFO(name);
        compareWithTshark(test::captureFixture(name));
    }
}

TEST_CASE("analysis labels: every catalog scenario's capture, at every capture point, as tshark labels it", "[capture][tshark]")
{
    if (!test::haveTshark()) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        for (CapturePoint point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server}) {
            INFO(s.id << " at " << toString(point));
            const std::string path = tempPcap(s.id);
            REQUIRE(PcapWriter::writeFile(runScenario(s), path, point));
            compareWithTshark(path);
            std::filesystem::remove(path);
        }
    }
}

TEST_CASE("analysis labels: staged losses, reordering and duplicates, as tshark labels them", "[capture][tshark]")
{
    if (!test::haveTshark()) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const char *json : kStaged) {
        const LoadResult r = ScenarioLoader::load(json, "staged.json");
        REQUIRE(r.scenario);
        INFO(r.scenario->id);
        for (CapturePoint point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server}) {
            INFO("at " << toString(point));
            const std::string path = tempPcap(r.scenario->id);
            REQUIRE(PcapWriter::writeFile(runScenario(*r.scenario), path, point));
            compareWithTshark(path);
            std::filesystem::remove(path);
        }
    }
}

TEST_CASE("analysis labels: the staged scenarios do show what they stage", "[capture]")
{
    std::set<std::string> seen;
    for (const char *json : kStaged) {
        const LoadResult r = ScenarioLoader::load(json, "staged.json");
        REQUIRE(r.scenario);
        for (CapturePoint point : {CapturePoint::Wire, CapturePoint::Client, CapturePoint::Server}) {
            const std::string path = tempPcap(r.scenario->id + "-own");
            REQUIRE(PcapWriter::writeFile(runScenario(*r.scenario), path, point));
            for (const auto &[n, labels] : ourLabels(path))
                for (const std::string &l : labels) seen.insert(l.substr(0, l.find('#')));
            std::filesystem::remove(path);
        }
    }
    for (const char *wanted : {"duplicate-ack", "fast-retransmission", "out-of-order", "lost-segment"}) {
        INFO(wanted);
        CHECK(seen.count(wanted));
    }
}

TEST_CASE("analysis labels: written and read back", "[capture]")
{
    SegmentAnalysis a;
    CHECK(a.toString().empty());
    a.add(AnalysisLabel::WindowUpdate);
    a.add(AnalysisLabel::DuplicateAck);
    a.duplicateAck = 3;
    CHECK(a.toString() == "duplicate-ack#3,window-update");
    CHECK(SegmentAnalysis::parse(a.toString()) == a);
    CHECK(SegmentAnalysis::parse("nonsense,keep-alive").toString() == "keep-alive");
    CHECK(SegmentAnalysis::parse("").empty());
}
