// wirestep-cli live: the list of labs, a lab's trace as JSON Lines, and one-line errors with
// exit status 2 for a bad lab name or a bad option value.
#include "tests/cli_test_support.h"
#include "core/live/lab_registry.h"

#include <catch2/catch.hpp>

#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sstream>

using namespace wirestep;

namespace {

using test::cli;
using test::linesOf;

} // namespace

TEST_CASE("live --list names every lab with its description", "[cli][live]")
{
    const test::CliResult r = cli({"live", "--list", "--lang", "en"});
    CHECK(r.code == CliApp::kOk);
    CHECK(r.err.empty());
    const auto labs = LabRegistry::labs();
    const auto lines = linesOf(r.out);
    REQUIRE(lines.size() == labs.size());
    for (std::size_t i = 0; i < labs.size(); ++i) {
        CHECK(lines[i].rfind(labs[i].id.toStdString() + " ", 0) == 0);
        CHECK(lines[i].find(LabRegistry::describe(labs[i]).toStdString()) != std::string::npos);
    }
}

TEST_CASE("live echo --format jsonl shows the message go out and come back", "[cli][live]")
{
    const test::CliResult r = cli({"live", "echo", "--format", "jsonl", "--message", "hi", "--lang", "en"});
    CHECK(r.code == CliApp::kOk);
    const auto lines = linesOf(r.out);
    REQUIRE_FALSE(lines.empty());
    for (const auto &line : lines) CHECK((line.front() == '{' && line.back() == '}'));
    const auto recvHi = [&](const char *node) {
        return std::any_of(lines.begin(), lines.end(), [node](const std::string &l) {
            return l.find("\"node\":\"" + std::string(node) + "\"") != std::string::npos
                && l.find("\"call\":\"recv\"") != std::string::npos && l.find("\"data\":\"hi\"") != std::string::npos;
        });
    };
    CHECK(recvHi("server")); // the server read it
    CHECK(recvHi("client")); // and the client read it back: echoed
}

TEST_CASE("live with a bad lab or a bad --clients value fails with one line and status 2", "[cli][live]")
{
    for (const std::vector<std::string> &args : {std::vector<std::string>{"live", "no-such-lab", "--lang", "en"},
                                                 std::vector<std::string>{"live", "echo", "--clients", "0", "--lang", "en"},
                                                 std::vector<std::string>{"live", "chat", "--clients", "many", "--lang", "en"}}) {
        INFO(args[1] + " " + (args.size() > 4 ? args[3] : std::string()));
        const test::CliResult r = cli(args);
        CHECK(r.code == CliApp::kUsage);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    CHECK(cli({"live", "no-such-lab", "--lang", "en"}).err.find("no-such-lab") != std::string::npos);
    CHECK(cli({"live", "echo", "--clients", "0", "--lang", "en"}).err.find("--clients") != std::string::npos);
}

TEST_CASE("SIGINT or SIGTERM during a live lab writes what was recorded and ends with 128 + the signal", "[cli][live][signal]")
{
    for (const int signo : {SIGINT, SIGTERM}) {
        INFO("signal " << signo);
        // The relay holds each datagram 5 s: the lab is still running when the signal comes.
        QTimer::singleShot(700, [signo]() { ::raise(signo); });
        const test::CliResult r = cli({"live", "udp-time", "--delay", "5000", "--format", "jsonl", "--lang", "en"});
        CHECK(r.code == 128 + signo);
        const auto lines = linesOf(r.out);
        REQUIRE_FALSE(lines.empty()); // nothing was lost in a buffer
        for (const auto &line : lines) CHECK((line.front() == '{' && line.back() == '}'));
        CHECK(r.err.find("was stopped by signal " + std::to_string(signo)) != std::string::npos);
    }
}
