// wirestep-cli in Chinese: --lang zh_CN turns the ladder, the narration, the titles and the
// scenario files' error messages into Chinese, with the same file:line:column: path: prefixes.
#include "tests/cli_test_support.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <fstream>
#include <sstream>

using namespace wirestep;

namespace {

using test::cli;
const auto lines = test::linesOf;

bool hasChinese(const std::string &s) { return QString::fromStdString(s).contains(QRegularExpression(QStringLiteral(R"(\p{Han})"))); }

// The `file:line:column: path: ` part of an error line (everything before the message).
std::string prefix(const std::string &line, const std::string &path)
{
    const std::size_t at = line.find(path + ": ");
    return at == std::string::npos ? line : line.substr(0, at + path.size() + 2);
}

} // namespace

TEST_CASE("run --lang zh_CN prints the ladder, the title and the narration in Chinese", "[cli][i18n]")
{
    const test::CliResult zh = cli({"run", "handshake", "--lang", "zh_CN"});
    REQUIRE(zh.code == 0);
    CHECK(zh.out.find("客户端发送 SYN，初始序号 seq=") != std::string::npos); // narration
    CHECK(zh.out.find("三次握手") != std::string::npos);                      // the title
    CHECK(zh.out.find("客户端") < zh.out.find("服务器"));                      // the ladder's header
    CHECK(zh.out.find("The client") == std::string::npos);
    CHECK(zh.out.find("SYN_SENT") != std::string::npos); // state names stay

    const test::CliResult en = cli({"run", "handshake", "--lang", "en"});
    REQUIRE(en.code == 0);
    CHECK(en.out.find("The client sends SYN with initial sequence number seq=") != std::string::npos);
    CHECK_FALSE(hasChinese(en.out));
}

TEST_CASE("run --lang zh_CN names losses and timers in Chinese", "[cli][i18n]")
{
    const test::CliResult zh = cli({"run", "handshake-lost-syn", "--lang", "zh_CN"});
    REQUIRE(zh.code == 0);
    CHECK(zh.out.find("✕ 丢失（") != std::string::npos);
    CHECK(zh.out.find("重传计时器") != std::string::npos);
    CHECK(zh.out.find("[超时重传] SYN") != std::string::npos);
}

TEST_CASE("validate --lang zh_CN prints Chinese messages after the same prefixes", "[cli][i18n]")
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("bad.json")).toStdString();
    {
        std::ofstream f(path, std::ios::binary);
        f << R"({"format": "wirestep-scenario/1", "id": "bad lab", "protocol": "tcpp",
  "nodes": {"client": {"port": 0}, "server": {}},
  "actions": [{"at_ms": -1, "node": "clinet", "do": "conect"}]})";
    }
    const test::CliResult en = cli({"validate", path, "--lang", "en"});
    const test::CliResult zh = cli({"validate", "--lang", "zh_CN", path});
    CHECK(en.code == 2);
    CHECK(zh.code == 2);
    const auto enLines = lines(en.err);
    const auto zhLines = lines(zh.err);
    REQUIRE(enLines.size() >= 4);
    REQUIRE(zhLines.size() == enLines.size());
    const std::vector<std::string> paths{"id", "protocol", "nodes.client.port", "actions[0].at_ms"};
    for (std::size_t i = 0; i < enLines.size(); ++i) {
        INFO(enLines[i] << "\n" << zhLines[i]);
        CHECK(zhLines[i].rfind(path + ":", 0) == 0);
        CHECK(hasChinese(zhLines[i]));
        CHECK_FALSE(hasChinese(enLines[i]));
        // Same file:line:column: path: before the message.
        for (const std::string &p : paths)
            if (enLines[i].find(": " + p + ": ") != std::string::npos) CHECK(prefix(zhLines[i], p) == prefix(enLines[i], p));
    }
    CHECK(zh.err.find("未知的协议“tcpp”；你是想写“tcp”吗？") != std::string::npos);
    CHECK(en.err.find("unknown protocol \"tcpp\"; did you mean \"tcp\"?") != std::string::npos);
}

TEST_CASE("validate --lang zh_CN translates syntax errors and unreadable files too", "[cli][i18n]")
{
    QTemporaryDir dir;
    const std::string broken = dir.filePath(QStringLiteral("broken.json")).toStdString();
    {
        std::ofstream f(broken, std::ios::binary);
        f << "{\"id\": \"x\",\n  \"nodes\": [1, 2,]\n}";
    }
    const test::CliResult zh = cli({"validate", "--lang", "zh_CN", broken});
    CHECK(zh.err == broken + ":2:18: ',' 之后应当是一个值；不允许有结尾逗号\n");
    const std::string missing = dir.filePath(QStringLiteral("missing.json")).toStdString();
    CHECK(cli({"validate", "--lang", "zh_CN", missing}).err == missing + ": 找不到文件\n");
    CHECK(cli({"validate", "--lang", "en", missing}).err == missing + ": file not found\n");
    const test::CliResult ok = cli({"validate", "--lang", "fr", missing});
    CHECK(ok.code == 2);
    CHECK(ok.err.find("unknown language 'fr'") != std::string::npos);
}

TEST_CASE("list --lang zh_CN prints the Chinese titles", "[cli][i18n]")
{
    const test::CliResult zh = cli({"list", "--lang", "zh_CN"});
    REQUIRE(zh.code == 0);
    CHECK(zh.out.find("UDP 数据报") != std::string::npos);
}
