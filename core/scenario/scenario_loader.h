#pragma once
#include "core/scenario/json_field_reader.h"
#include "core/scenario/load_result.h"
#include "core/scenario/scenario.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wirestep {

// Reads a `wirestep-scenario/1` document (docs/scenario-format.md) into a Scenario.
//
// It reports every problem it finds, one `file:line:column: path: message` line each, in file
// order (a JSON syntax error is necessarily the only one); with any problem there is no
// scenario at all. Defaults are the format's.
class ScenarioLoader {
public:
    static constexpr std::string_view kFormat = "wirestep-scenario/1";
    static constexpr std::size_t kMaxFileBytes = 16 * 1024 * 1024;
    static constexpr std::int64_t kMaxPayloadBytes = 1024 * 1024; // send/sendto/recv "bytes"
    static constexpr int kMaxRetries = 255;                       // timers' retry counts
    static constexpr int kMaxNth = 1'000'000;                     // faults[].nth

    // `fileName` only names the file in the error lines.
    static LoadResult load(std::string_view text, std::string_view fileName);
    // Reads the file at `path` (named as given in the error lines); an unreadable file gives one
    // `path: message` line.
    static LoadResult loadFile(const std::string &path);

private:
    explicit ScenarioLoader(std::string fileName);

    void readDocument(const JsonValue &root);
    void readTexts(const JsonValue &v, const std::string &path, std::map<std::string, std::string> &out);
    void readLink(const JsonValue &v);
    void readDirection(const JsonValue &v, const std::string &path, LinkDirection &d);
    void readNodes(const JsonValue &v);
    void readNode(const JsonValue &v, const std::string &path, TcpConfig &n);
    void readTimers(const JsonValue &v, const std::string &path, TcpTimers &t);
    void readActions(const JsonValue &v);
    void readAction(const JsonValue &v, const std::string &path);
    void readQuestions(const JsonValue &v);
    void readQuestion(const JsonValue &v, const std::string &path);
    void readAnchor(const JsonValue &v, const std::string &path, QuestionAnchor &a);
    void readFaults(const JsonValue &v);
    void readFault(const JsonValue &v, const std::string &path);
    void readRule(const JsonValue &v, const std::string &path, FaultAction action);
    void readInjection(const JsonValue &v, const std::string &path);
    void readSegment(const JsonValue &v, const std::string &path, Segment &s);
    std::uint8_t readFlags(const JsonValue &v, const std::string &path);
    std::optional<NodeId> readNodeName(const JsonValue &v, const std::string &path);
    std::optional<Protocol> readProtocol(const JsonValue &v, const std::string &path);
    // Reports `pattern` ("not used by ... %1") filled with `arg` at each of `keys` that `v` has.
    void rejectKeys(const JsonValue &v, const std::string &path,
                    std::initializer_list<std::string_view> keys, std::string_view pattern,
                    const std::string &arg);

    JsonFieldReader m_reader;
    Scenario m_scenario;
};

} // namespace wirestep
