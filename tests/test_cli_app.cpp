#include "tests/cli_test_support.h"
#include "tests/write_failure_support.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace wirestep;

namespace {

using test::cli;

std::size_t lines(const std::string &s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); }

void writeFile(const std::string &path, const std::string &text)
{
    std::ofstream f(path, std::ios::binary);
    f << text;
}

} // namespace

TEST_CASE("list prints every built-in scenario with its title", "[cli]")
{
    auto r = cli({"list", "--lang", "en"});
    CHECK(r.code == 0);
    CHECK(r.out.find("udp-datagrams") != std::string::npos);
    CHECK(r.out.find("udp-lossy") != std::string::npos);
    auto zh = cli({"list", "--lang", "zh_CN"});
    CHECK(zh.code == 0);
    CHECK(zh.out != r.out); // the titles are Chinese now
    auto json = cli({"list", "--json"});
    CHECK(json.code == 0);
    CHECK(json.out.find("\"id\":\"udp-datagrams\"") != std::string::npos);
}

TEST_CASE("run prints JSON Lines, one object per event, the same twice", "[cli]")
{
    auto a = cli({"run", "udp-lossy", "--format", "jsonl"});
    auto b = cli({"run", "udp-lossy", "--format", "jsonl"});
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
    CHECK(a.out.rfind("{\"id\":1,", 0) == 0);
    CHECK(a.out.find("\"kind\":\"drop\"") != std::string::npos);
    auto other = cli({"run", "udp-lossy", "--format", "jsonl", "--seed", "12345"});
    CHECK(other.code == 0);
    CHECK(other.out != a.out);
}

TEST_CASE("run's link overrides change the run", "[cli]")
{
    auto noLoss = cli({"run", "udp-lossy", "--format", "jsonl", "--loss", "0"});
    REQUIRE(noLoss.code == 0);
    CHECK(noLoss.out.find("\"kind\":\"drop\"") == std::string::npos);
    auto allLost = cli({"run", "udp-datagrams", "--format", "jsonl", "--loss", "1"});
    CHECK(allLost.out.find("\"kind\":\"deliver\"") == std::string::npos);
    auto slow = cli({"run", "udp-datagrams", "--format", "jsonl", "--delay", "500"});
    CHECK(slow.out.find("\"t_us\":500000") != std::string::npos);
}

TEST_CASE("run draws a text ladder by default", "[cli]")
{
    auto r = cli({"run", "udp-datagrams", "--lang", "en"});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("t (ms)") != std::string::npos);   // the header row
    CHECK(r.out.find("--->") != std::string::npos);     // a UDP datagram's open arrow
    CHECK(r.out.find("<---") != std::string::npos);     // and the server's answer
    CHECK(r.out.find("one datagram") != std::string::npos); // narration under the rows
}

TEST_CASE("run writes a pcap file with -o", "[cli]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.pcap").toStdString();
    auto r = cli({"run", "udp-datagrams", "--format", "pcap", "-o", path});
    REQUIRE(r.code == 0);
    std::ifstream f(path, std::ios::binary);
    unsigned char magic[4] = {};
    f.read(reinterpret_cast<char *>(magic), 4);
    const std::uint32_t m = magic[0] | magic[1] << 8 | magic[2] << 16 | static_cast<std::uint32_t>(magic[3]) << 24;
    CHECK(m == 0xa1b2c3d4u);
    auto noFile = cli({"run", "udp-datagrams", "--format", "pcap"});
    CHECK(noFile.code == 2);
}

TEST_CASE("run accepts a scenario file", "[cli]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("lab.json").toStdString();
    writeFile(path, R"({"format": "wirestep-scenario/1", "id": "lab", "protocol": "udp",
      "nodes": {"client": {"port": 5000}, "server": {"port": 9000}},
      "actions": [{"at_ms": 0, "node": "server", "do": "bind"},
                  {"at_ms": 1, "node": "client", "do": "sendto", "text": "hey"}]})");
    auto r = cli({"run", path, "--format", "jsonl"});
    CHECK(r.code == 0);
    CHECK(r.out.find("\"data\":\"hey\"") != std::string::npos);
}

TEST_CASE("bad arguments exit 2 with one line naming the problem", "[cli]")
{
    struct Case {
        std::vector<std::string> args;
        std::string mention;
    };
    const std::vector<Case> cases = {
        {{}, "no command"},
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"run"}, "needs a scenario"},
        {{"run", "no-such-scenario"}, "no scenario 'no-such-scenario'"},
        {{"run", "udp-lossy", "--loss", "1.5"}, "--loss must be a number from 0 to 1, not '1.5'"},
        {{"run", "udp-lossy", "--loss", "abc"}, "--loss"},
        {{"run", "udp-lossy", "--seed", "-3"}, "--seed must be a whole number"},
        {{"run", "udp-lossy", "--delay", "-1"}, "--delay"},
        {{"run", "udp-lossy", "--profile", "bsd"}, "--profile must be linux, rfc or classroom, not 'bsd'"},
        {{"run", "udp-lossy", "--format", "xml"}, "--format must be text, jsonl or pcap"},
        {{"run", "udp-lossy", "--until", "0"}, "--until"},
        {{"run", "udp-lossy", "--bogus"}, "unknown option '--bogus' for 'run'"},
        {{"run", "udp-lossy", "--seed"}, "option --seed needs a value"},
        {{"list", "--lang", "fr"}, "unknown language 'fr'"},
        {{"validate"}, "needs at least one file"},
        {{"watch"}, "'watch' needs --port N"},
        {{"watch", "--port", "0"}, "--port must be a whole number from 1 to 65535, not '0'"},
        {{"watch", "--port", "70000"}, "--port must be a whole number from 1 to 65535"},
        {{"watch", "--port", "8888", "--for", "-1"}, "--for must be a number of seconds above 0"},
        {{"watch", "--port", "8888", "--for", "soon"}, "not 'soon'"},
        {{"watch", "--port", "8888", "--format", "pcap"}, "--format must be text or jsonl"},
        {{"watch", "--port", "8888", "extra"}, "unexpected argument 'extra' for 'watch'"},
    };
    for (const auto &c : cases) {
        INFO(c.mention);
        auto r = cli(c.args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(lines(r.err) == 1);
        CHECK(r.err.rfind("wirestep-cli: ", 0) == 0);
        CHECK(r.err.find(c.mention) != std::string::npos);
    }
}

TEST_CASE("validate says ok for good files and prints every error line of bad ones", "[cli]")
{
    QTemporaryDir dir;
    const std::string good = dir.filePath("good.json").toStdString();
    const std::string bad = dir.filePath("bad.json").toStdString();
    writeFile(good, R"({"format": "wirestep-scenario/1", "id": "g", "nodes": {"client": {}, "server": {}}, "actions": []})");
    writeFile(bad, "{\"format\": \"wirestep-scenario/1\", \"id\": \"b\", \"nodes\": {\"client\": {}, \"server\": {}},\n"
                   " \"actions\": [{\"at_ms\": -1, \"node\": \"client\", \"do\": \"listen\"}],\n"
                   " \"linkk\": {}}");
    auto ok = cli({"validate", good});
    CHECK(ok.code == 0);
    CHECK(ok.out.find("good.json: ok") != std::string::npos);
    auto r = cli({"validate", good, bad});
    CHECK(r.code == 2);
    CHECK(lines(r.err) == 2);
    CHECK(r.err.find("bad.json:2:") != std::string::npos);
    CHECK(r.err.find("actions[0].at_ms") != std::string::npos);
    CHECK(r.err.find("did you mean \"link\"") != std::string::npos);
    auto missing = cli({"validate", dir.filePath("none.json").toStdString()});
    CHECK(missing.code == 2);
}

TEST_CASE("--help and --version", "[cli]")
{
    auto h = cli({"--help"});
    CHECK(h.code == 0);
    CHECK(h.out.find("Usage: wirestep-cli") != std::string::npos);
    auto v = cli({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.rfind("wirestep-cli ", 0) == 0);
}

// ---- Every write is checked (#21) ----

namespace {

struct FullResult {
    int code;
    std::string err;
};

FullResult onFullStdout(const std::vector<std::string> &args, std::size_t room = 0)
{
    test::FullBuffer full(room);
    std::ostream out(&full);
    std::ostringstream err;
    const int code = CliApp(out, err).run(args);
    return {code, err.str()};
}

std::string fileContents(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("every command that prints fails with status 2 when standard output is full", "[cli][write]")
{
    const std::vector<std::vector<std::string>> commands{
        {"list", "--lang", "en"}, {"list", "--json", "--lang", "en"}, {"--help"}, {"--version"},
        {"live", "--list", "--lang", "en"}, {"run", "handshake", "--lang", "en"},
        {"run", "handshake", "--format", "jsonl", "--lang", "en"},
        {"validate", "--lang", "en", WIRESTEP_SOURCE_DIR "/resources/scenarios/handshake.json"}};
    for (const auto &args : commands) {
        for (const std::size_t room : {std::size_t{0}, std::size_t{10}}) { // the first buffer, or a later one
            INFO(args[0] << (args.size() > 1 ? " " + args[1] : std::string()) << ", room " << room);
            const FullResult r = onFullStdout(args, room);
            CHECK(r.code == CliApp::kUsage);
            CHECK(r.err.find("wirestep-cli: cannot write to standard output") == 0);
        }
    }
}

TEST_CASE("run -o to a full device or past a file size limit fails with status 2 and the reason", "[cli][write]")
{
    if (!std::filesystem::exists("/dev/full")) {
        WARN("skipped: no /dev/full here");
        return;
    }
    for (const std::string format : {"text", "jsonl", "pcap"}) {
        INFO(format);
        const test::CliResult r = test::cli({"run", "handshake", "--format", format, "-o", "/dev/full", "--lang", "en"});
        CHECK(r.code == CliApp::kUsage);
        CHECK(r.err.find("wirestep-cli: cannot write '/dev/full'") == 0);
        CHECK(r.err.find("No space left on device") != std::string::npos);
    }
    // Cut short after 10000 bytes, as a disk that fills up during the run: not in the first buffer.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const std::string format : {"text", "jsonl", "pcap"}) {
        INFO(format);
        const std::string path = dir.filePath(QString::fromStdString("out." + format)).toStdString();
        test::CliResult r;
        {
            test::FileSizeLimit limit(10000);
            REQUIRE(limit.ok());
            r = test::cli({"run", "data-transfer-loss", "--until", "100000", "--format", format, "-o", path, "--lang", "en"});
        }
        CHECK(r.code == CliApp::kUsage);
        CHECK(r.err.find("wirestep-cli: cannot write '" + path + "'") == 0);
        CHECK(r.err.find("File too large") != std::string::npos);
    }
    // Without the limit the same runs succeed (the cut, not the run, made them fail).
    const std::string path = dir.filePath(QStringLiteral("whole.pcap")).toStdString();
    CHECK(test::cli({"run", "data-transfer-loss", "--until", "100000", "--format", "pcap", "-o", path}).code == CliApp::kOk);
    CHECK(fileContents(path).size() > 10000);
}

TEST_CASE("-o with an empty name is refused instead of writing to standard output", "[cli][write]")
{
    const test::CliResult r = test::cli({"run", "handshake", "-o", "", "--lang", "en"});
    CHECK(r.code == CliApp::kUsage);
    CHECK(r.out.empty());
    CHECK(r.err == "wirestep-cli: -o needs a file name; without -o the output goes to standard output\n");
}

TEST_CASE("numbers on the command line follow the scenario file's grammar and rules", "[cli][numbers]")
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> refused{
        {{"--until", "0.0004"}, "wirestep-cli: --until must be at least 0.001 (1 µs); 0.0004 rounds to 0 µs\n"},
        {{"--until", "-1e-400"}, "wirestep-cli: --until must be a number of milliseconds > 0 and at most 1000000000000, not '-1e-400'\n"},
        {{"--until", "1e13"}, "wirestep-cli: --until must be a number of milliseconds > 0 and at most 1000000000000, not '1e13'\n"},
        {{"--loss", " 0.5"}, "wirestep-cli: --loss must be a number from 0 to 1, not ' 0.5'\n"},
        {{"--loss", "0x1p-1"}, "wirestep-cli: --loss must be a number from 0 to 1, not '0x1p-1'\n"},
        {{"--loss", "-1e-400"}, "wirestep-cli: --loss must be a number from 0 to 1, not '-1e-400'\n"},
        {{"--loss", "+0.5"}, "wirestep-cli: --loss must be a number from 0 to 1, not '+0.5'\n"},
        {{"--loss", "nan"}, "wirestep-cli: --loss must be a number from 0 to 1, not 'nan'\n"},
        {{"--delay", "1e-400 "}, "wirestep-cli: --delay must be a number of milliseconds from 0 to 3600000, not '1e-400 '\n"},
        {{"--delay", "-1e-400"}, "wirestep-cli: --delay must be a number of milliseconds from 0 to 3600000, not '-1e-400'\n"},
    };
    for (const auto &[options, message] : refused) {
        INFO(options[0] << " '" << options[1] << "'");
        std::vector<std::string> args{"run", "handshake", "--lang", "en"};
        args.insert(args.end(), options.begin(), options.end());
        const auto r = cli(args);
        CHECK(r.code == CliApp::kUsage);
        CHECK(r.err == message);
    }
    // What a file accepts, the command line accepts, with the same rounding: 0.0005 ms is 1 µs.
    const auto r = cli({"run", "handshake", "--format", "jsonl", "--until", "0.0005", "--loss", "5e-1", "--delay", "-0"});
    CHECK(r.code == CliApp::kOk);
    CHECK(r.err.empty());
}

namespace {

std::string fixture(const std::string &name) { return std::string(WIRESTEP_SOURCE_DIR) + "/tests/captures/" + name; }

} // namespace

TEST_CASE("analyze lists the conversations and draws the first TCP one", "[cli][capture]")
{
    const auto r = cli({"analyze", fixture("any-sll2-mixed.pcap"), "--lang", "en"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    const auto out = test::linesOf(r.out);
    REQUIRE(out.size() > 8);
    CHECK(out[0] == "Capture " + fixture("any-sll2-mixed.pcap") + ": pcap, Linux cooked (SLL2), 15 packets");
    CHECK(out[1] == "  #  protocol  client           server           packets  bytes  duration");
    CHECK(out[2] == "  1  UDP       127.0.0.1:39200  127.0.0.1:47003  2        117    25 µs");
    CHECK(out[3] == "* 2  TCP       127.0.0.1:47042  127.0.0.1:47004  2        140    8 µs");
    CHECK(out[4] == "  3  TCP       127.0.0.1:44540  127.0.0.1:47005  11       818    50.3 ms");
    CHECK(out[6] == "Conversation 2: TCP 127.0.0.1:47042 (client) and 127.0.0.1:47004 (server), 2 packets");
    CHECK(r.out.find("SYN seq=0 ─") != std::string::npos);
    CHECK(r.out.find("RST, ACK seq=1 ack=1") != std::string::npos);
}

TEST_CASE("analyze --conversation picks one, --conversations only lists, jsonl streams events", "[cli][capture]")
{
    const std::string file = fixture("any-sll2-mixed.pcap");
    auto r = cli({"analyze", file, "--conversation", "3", "--lang", "en"});
    CHECK(r.code == 0);
    CHECK(r.out.find("* 3  TCP") != std::string::npos);
    CHECK(r.out.find("FIN, ACK seq=6 ack=6") != std::string::npos);

    r = cli({"analyze", file, "--conversations", "--lang", "en"});
    CHECK(r.code == 0);
    CHECK(test::linesOf(r.out).size() == 5);
    CHECK(r.out.find('*') == std::string::npos);

    r = cli({"analyze", file, "--conversation", "3", "--format", "jsonl"});
    CHECK(r.code == 0);
    const auto lines = test::linesOf(r.out);
    CHECK(lines.size() >= 22); // a send and a deliver per packet, and more
    CHECK(lines[0].rfind("{\"id\":1,\"t_us\":0,\"kind\":\"send\",\"node\":\"client\"", 0) == 0);

    r = cli({"analyze", file, "--conversations", "--format", "jsonl"});
    CHECK(r.code == 0);
    const auto conv = test::linesOf(r.out);
    REQUIRE(conv.size() == 3);
    CHECK(conv[0] == "{\"conversation\":1,\"proto\":\"UDP\",\"client\":\"127.0.0.1:39200\",\"server\":\"127.0.0.1:47003\","
                     "\"packets\":2,\"bytes\":117,\"packets_client\":1,\"packets_server\":1,\"bytes_client\":64,\"bytes_server\":53,"
                     "\"first_packet\":1,\"start_us\":0,\"duration_us\":25,\"handshake\":false}");
}

TEST_CASE("analyze: bad arguments exit 2 with one line", "[cli][capture]")
{
    const std::string file = fixture("tcp-v4-echo.pcap");
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"analyze"}, "'analyze' needs a capture file (pcap or pcapng)"},
        {{"analyze", file, file}, "unexpected argument"},
        {{"analyze", file, "--conversation", "0"}, "--conversation must be a whole number from 1, not '0'"},
        {{"analyze", file, "--conversation", "2"}, "there is no conversation 2: " + file + " holds 1 conversation"},
        {{"analyze", file, "--format", "pcap"}, "--format must be text or jsonl for a capture, not 'pcap'"},
        {{"analyze", "/nonexistent-dir/x.pcap"}, "Cannot open /nonexistent-dir/x.pcap: No such file or directory."},
    };
    for (const auto &[args, mention] : cases) {
        INFO(mention);
        std::vector<std::string> withLang = args;
        withLang.insert(withLang.end(), {"--lang", "en"});
        const auto r = cli(withLang);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(lines(r.err) == 1);
        CHECK(r.err.find(mention) != std::string::npos);
    }
}
