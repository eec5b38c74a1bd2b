// Narration in Chinese is Chinese: every sentence of every catalog scenario has Chinese in it,
// and the only Latin words left are the protocol's own tokens.
#include "core/i18n/translator.h"
#include "core/narration/narrator.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/trace_facts.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace wirestep;

namespace {

// What may stay in Latin letters in a Chinese sentence, and nothing else:
//  - the protocol tokens: flags, header fields, timer names and acronyms;
//  - the RFC 9293 state names;
//  - header fields with their value: seq=100, ack=301, len=6 (as segment labels print them);
//  - the socket calls by name with their parentheses: listen(), connect(), sendto() ...
//  - what the student's program gets, as the program gets it: errno names (ECONNREFUSED ...),
//    Python and its exceptions (ConnectionRefusedError, "OSError: [Errno 98] Address already in
//    use") and its empty bytes b''.
// Times are in Chinese units (毫秒, 秒, 分钟, 小时), as the scenarios' descriptions write them.
const QSet<QString> kTokens{
    QStringLiteral("SYN"), QStringLiteral("ACK"), QStringLiteral("FIN"), QStringLiteral("RST"),
    QStringLiteral("PSH"), QStringLiteral("URG"), QStringLiteral("seq"), QStringLiteral("ack"),
    QStringLiteral("MSS"), QStringLiteral("MSL"), QStringLiteral("2MSL"), QStringLiteral("RTO"),
    QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("IP"),
    QStringLiteral("CLOSED"), QStringLiteral("LISTEN"), QStringLiteral("SYN_SENT"), QStringLiteral("SYN_RECEIVED"),
    QStringLiteral("ESTABLISHED"), QStringLiteral("FIN_WAIT_1"), QStringLiteral("FIN_WAIT_2"),
    QStringLiteral("CLOSE_WAIT"), QStringLiteral("CLOSING"), QStringLiteral("LAST_ACK"), QStringLiteral("TIME_WAIT"),
    QStringLiteral("EOF"), QStringLiteral("ECONNREFUSED"), QStringLiteral("ECONNRESET"), QStringLiteral("ETIMEDOUT"),
    QStringLiteral("EADDRINUSE"), QStringLiteral("Python"), QStringLiteral("ConnectionRefusedError"),
    QStringLiteral("ConnectionResetError"), QStringLiteral("TimeoutError"),
    // The systems and documents whose real timer values the shortened ones are compared with.
    QStringLiteral("Linux"), QStringLiteral("RFC"), QStringLiteral("Windows"),
};

const QRegularExpression kField(QStringLiteral(R"((seq|ack|len)=\d+)"));
const QRegularExpression kCall(QStringLiteral(R"(\b[a-z_]+\(\))"));
const QRegularExpression kProgramText(QStringLiteral(R"(OSError: \[Errno 98\] Address already in use|\bb'')"));
const QRegularExpression kWord(QStringLiteral(R"([A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*)"));
const QRegularExpression kChinese(QStringLiteral(R"(\p{Han})"));

// The Latin words of `sentence` that are not allowed.
QStringList strayWords(QString sentence)
{
    sentence.replace(kField, QStringLiteral(" "));
    sentence.replace(kCall, QStringLiteral(" "));
    sentence.replace(kProgramText, QStringLiteral(" "));
    QStringList stray;
    for (auto it = kWord.globalMatch(sentence); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kTokens.contains(w)) stray << w;
    }
    return stray;
}

} // namespace

TEST_CASE("The allowed-token filter lets protocol tokens through and nothing else", "[narration][zh]")
{
    CHECK(strayWords(QStringLiteral("客户端发送 SYN，初始序号 seq=100。")).isEmpty());
    CHECK(strayWords(QStringLiteral("调用 connect()：RTO 为 1 秒，200 毫秒后 TIME_WAIT。")).isEmpty());
    CHECK(strayWords(QStringLiteral("RTO 为 1 s")) == QStringList{QStringLiteral("s")});
    CHECK(strayWords(QStringLiteral("UDP 40000→80 len=5")).isEmpty());
    CHECK(strayWords(QStringLiteral("客户端 sends 数据")) == QStringList{QStringLiteral("sends")});
    CHECK(strayWords(QStringLiteral("2 min 后")) == QStringList{QStringLiteral("min")});
}

TEST_CASE("Every narration sentence of every catalog scenario is Chinese in zh_CN", "[narration][zh]")
{
    const auto &scenarios = Catalog::builtIn().scenarios();
    REQUIRE_FALSE(scenarios.empty());
    Translator translator;
    REQUIRE(translator.use(QStringLiteral("zh_CN")));
    std::size_t sentences = 0;
    for (const Scenario &s : scenarios) {
        const Trace trace = runScenario(s);
        for (std::size_t i = 0; i < trace.size(); ++i) {
            const TraceEvent e = trace[i];
            const QString sentence = Narrator::sentence(e, trace.facts()[i]);
            INFO(s.id << " event " << e.id << ": " << sentence.toStdString());
            CHECK(sentence.contains(kChinese));
            CHECK(strayWords(sentence).isEmpty());
            ++sentences;
        }
    }
    CHECK(sentences > 100);
}

TEST_CASE("Every narration sentence of every catalog scenario is there in English", "[narration][zh]")
{
    Translator translator;
    REQUIRE(translator.use(QStringLiteral("en")));
    for (const Scenario &s : Catalog::builtIn().scenarios()) {
        const Trace trace = runScenario(s);
        for (std::size_t i = 0; i < trace.size(); ++i) {
            const TraceEvent e = trace[i];
            const QString sentence = Narrator::sentence(e, trace.facts()[i]);
            INFO(s.id << " event " << e.id);
            CHECK_FALSE(sentence.trimmed().isEmpty());
            CHECK_FALSE(sentence.contains(kChinese));
            CHECK_FALSE(sentence.contains(QLatin1String("(s)")));
        }
    }
}
