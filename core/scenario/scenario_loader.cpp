#include "core/scenario/scenario_loader.h"

#include "core/scenario/json_parser.h"

#include "core/io/input_file.h"

#include <cstring>

namespace wirestep {

namespace {

using Choice = JsonFieldReader::ChoiceMessages;

constexpr Choice kGroupMessages{
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown group \"%1\"; expected handshake, data, teardown, timers, udp, what-if or rfc"),
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown group \"%1\"; did you mean \"%2\"?")};
constexpr Choice kProtocolMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown protocol \"%1\"; expected tcp or udp"),
                                   WS_TRANSLATE_NOOP("ScenarioFile", "unknown protocol \"%1\"; did you mean \"%2\"?")};
constexpr Choice kNodeMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown node \"%1\"; expected client or server"),
                               WS_TRANSLATE_NOOP("ScenarioFile", "unknown node \"%1\"; did you mean \"%2\"?")};
constexpr Choice kProfileMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown profile \"%1\"; expected linux, rfc or classroom"),
                                  WS_TRANSLATE_NOOP("ScenarioFile", "unknown profile \"%1\"; did you mean \"%2\"?")};
constexpr Choice kHandshakeMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown handshake \"%1\"; expected three-way or two-way"),
                                    WS_TRANSLATE_NOOP("ScenarioFile", "unknown handshake \"%1\"; did you mean \"%2\"?")};
constexpr Choice kActionMessages{
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown action \"%1\"; expected listen, connect, send, recv, shutdown, close, abort, bind, "
    "sendto, recvfrom, crash, reboot, link_cut or link_heal"),
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown action \"%1\"; did you mean \"%2\"?")};
constexpr Choice kFaultMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown fault action \"%1\"; expected drop, delay, duplicate or inject"),
                                WS_TRANSLATE_NOOP("ScenarioFile", "unknown fault action \"%1\"; did you mean \"%2\"?")};
constexpr Choice kFlagMessages{WS_TRANSLATE_NOOP("ScenarioFile", "unknown flag \"%1\"; expected SYN, ACK, FIN, RST, PSH or URG"),
                               WS_TRANSLATE_NOOP("ScenarioFile", "unknown flag \"%1\"; did you mean \"%2\"?")};

constexpr std::uint16_t kDefaultClientPort = 40000;
constexpr std::uint16_t kDefaultServerPort = 80;
constexpr std::uint64_t kMaxUInt32 = 0xFFFF'FFFF;

std::string member(const std::string &path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string element(const std::string &path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

bool isValidId(const std::string &id)
{
    if (id.empty()) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) return false;
    }
    return true;
}

// A timer key in milliseconds or a count, and where it goes in TcpTimers.
struct MsTimer {
    std::string_view key;
    std::int64_t TcpTimers::*field;
    bool rearms = false; // fires again after its own duration: 0 would spin at one instant
};
struct CountTimer {
    std::string_view key;
    int TcpTimers::*field;
};
constexpr MsTimer kMsTimers[] = {
    {"rto_initial_ms", &TcpTimers::rtoInitialUs, true},
    {"rto_min_ms", &TcpTimers::rtoMinUs, true},
    {"rto_max_ms", &TcpTimers::rtoMaxUs, true},
    {"time_wait_ms", &TcpTimers::timeWaitUs},
    {"fin_wait_2_ms", &TcpTimers::finWait2Us},
    {"keepalive_idle_ms", &TcpTimers::keepaliveIdleUs, true},
    {"keepalive_interval_ms", &TcpTimers::keepaliveIntervalUs, true},
    {"delayed_ack_ms", &TcpTimers::delayedAckUs},
};
constexpr CountTimer kCountTimers[] = {
    {"syn_retries", &TcpTimers::synRetries},
    {"synack_retries", &TcpTimers::synAckRetries},
    {"data_retries", &TcpTimers::dataRetries},
    {"keepalive_probes", &TcpTimers::keepaliveProbes},
};

bool takesText(ActionKind k) { return k == ActionKind::Send || k == ActionKind::SendTo; }
bool takesBytes(ActionKind k) { return takesText(k) || k == ActionKind::Recv; }
bool takesPort(ActionKind k)
{
    return k == ActionKind::Connect || k == ActionKind::Bind || k == ActionKind::SendTo;
}
bool isLinkAction(ActionKind k) { return k == ActionKind::LinkCut || k == ActionKind::LinkHeal; }

LoadResult fileError(const std::string &path, std::string_view pattern)
{
    LoadResult r;
    r.errors.push_back(LoadError::make(path, 0, 0, {}, pattern));
    return r;
}

} // namespace

ScenarioLoader::ScenarioLoader(std::string fileName) : m_reader(std::move(fileName))
{
    m_scenario.group = "what-if";
    m_scenario.nodes[indexOf(NodeId::Client)].port = kDefaultClientPort;
    m_scenario.nodes[indexOf(NodeId::Server)].port = kDefaultServerPort;
}

LoadResult ScenarioLoader::load(std::string_view text, std::string_view fileName)
{
    LoadResult result;
    const JsonParser::Result parsed = JsonParser::parse(text);
    if (!parsed.ok()) {
        const auto &e = parsed.error;
        result.errors.push_back(LoadError{std::string(fileName), e.line, e.column, {}, e.message, e.pattern, e.args});
        return result;
    }
    ScenarioLoader loader{std::string(fileName)};
    loader.m_reader.setMaxKept(LoadResult::kMaxErrors);
    loader.readDocument(*parsed.value);
    if (loader.m_reader.hasErrors()) {
        result.errors = loader.m_reader.sortedErrors();
        result.moreErrors = loader.m_reader.errorCount() - result.errors.size();
    }
    else result.scenario = std::move(loader.m_scenario);
    return result;
}

LoadResult ScenarioLoader::loadFile(const std::string &path)
{
    InputFile::Result file = InputFile::read(path, kMaxFileBytes);
    switch (file.problem) {
    case InputFile::Problem::None: break;
    case InputFile::Problem::NotFound: return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "file not found"));
    case InputFile::Problem::IsDirectory:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "is a directory, not a file"));
    case InputFile::Problem::PermissionDenied:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "cannot open the file: permission denied"));
    case InputFile::Problem::SymlinkLoop:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "cannot open the file: too many levels of symbolic links (a loop?)"));
    case InputFile::Problem::NameTooLong:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "cannot open the file: the name is too long"));
    case InputFile::Problem::NotRegular:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "is not a regular file (a FIFO, a socket or a device); give a scenario file"));
    case InputFile::Problem::TooLarge:
        return fileError(path, WS_TRANSLATE_NOOP("ScenarioFile", "the file is larger than 16 MiB"));
    case InputFile::Problem::ReadFailed: {
        LoadResult r;
        r.errors.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "cannot read the file: %1"),
                                           {std::strerror(file.error)}));
        return r;
    }
    }
    return load(file.data, path);
}

void ScenarioLoader::readDocument(const JsonValue &root)
{
    if (!root.isObject()) {
        m_reader.error(root, {}, WS_TRANSLATE_NOOP("ScenarioFile", "a scenario must be a JSON object"));
        return;
    }
    m_reader.checkKeys(root, {},
                       {"format", "id", "group", "title", "description", "protocol", "link", "nodes",
                        "actions", "faults", "until_ms", "questions"});
    if (const JsonValue *v = m_reader.require(root, {}, "format");
        v && !(v->isString() && v->asString() == kFormat))
        m_reader.error(*v, "format", WS_TRANSLATE_NOOP("ScenarioFile", "must be \"wirestep-scenario/1\""));
    if (const JsonValue *v = m_reader.require(root, {}, "id")) {
        if (const auto id = m_reader.string(*v, "id")) {
            if (isValidId(*id)) m_scenario.id = *id;
            else m_reader.error(*v, "id", WS_TRANSLATE_NOOP("ScenarioFile", "must be a non-empty string of letters, digits and '-'"));
        }
    }
    if (const JsonValue *v = root.find("group"))
        if (m_reader.choice(*v, "group", {"handshake", "data", "teardown", "timers", "udp", "what-if", "rfc"},
                            kGroupMessages))
            m_scenario.group = v->asString();
    if (const JsonValue *v = root.find("title")) readTexts(*v, "title", m_scenario.title);
    if (const JsonValue *v = root.find("description")) readTexts(*v, "description", m_scenario.description);
    if (const JsonValue *v = root.find("protocol"))
        if (const auto p = readProtocol(*v, "protocol")) m_scenario.protocol = *p;
    if (const JsonValue *v = root.find("link")) readLink(*v);
    if (const JsonValue *v = m_reader.require(root, {}, "nodes")) readNodes(*v);
    if (const JsonValue *v = m_reader.require(root, {}, "actions")) readActions(*v);
    if (const JsonValue *v = root.find("faults")) readFaults(*v); // after nodes: uses their ports
    if (const JsonValue *v = root.find("until_ms"))
        if (const auto us = m_reader.milliseconds(*v, "until_ms", true)) m_scenario.untilUs = *us;
    if (const JsonValue *v = root.find("questions")) readQuestions(*v);
}

void ScenarioLoader::readQuestions(const JsonValue &v)
{
    if (!m_reader.expectArray(v, "questions")) return;
    for (std::size_t i = 0; i < v.size(); ++i) readQuestion(v.at(i), element("questions", i));
}

void ScenarioLoader::readQuestion(const JsonValue &v, const std::string &path)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"before", "prompt", "choices", "answer", "number", "explanation"});
    ScenarioQuestion q;
    if (const JsonValue *x = m_reader.require(v, path, "before")) readAnchor(*x, member(path, "before"), q.before);
    if (const JsonValue *x = m_reader.require(v, path, "prompt")) readTexts(*x, member(path, "prompt"), q.prompt);
    if (const JsonValue *x = m_reader.require(v, path, "explanation")) readTexts(*x, member(path, "explanation"), q.explanation);
    const JsonValue *choices = v.find("choices");
    const JsonValue *number = v.find("number");
    if (choices && number) {
        m_reader.error(*number, member(path, "number"),
                       WS_TRANSLATE_NOOP("ScenarioFile", "a question has either \"choices\" or \"number\", not both"));
    } else if (!choices && !number) {
        m_reader.error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "a question needs \"choices\" (with \"answer\") or \"number\""));
    }
    if (choices && m_reader.expectArray(*choices, member(path, "choices"))) {
        if (choices->size() < 2 || choices->size() > 6)
            m_reader.error(*choices, member(path, "choices"), WS_TRANSLATE_NOOP("ScenarioFile", "must list 2 to 6 choices"));
        for (std::size_t i = 0; i < choices->size(); ++i) {
            std::map<std::string, std::string> texts;
            readTexts(choices->at(i), element(member(path, "choices"), i), texts);
            q.choices.push_back(std::move(texts));
        }
        if (const JsonValue *a = m_reader.require(v, path, "answer"))
            if (const auto index = m_reader.integer(*a, member(path, "answer"), 0, static_cast<std::int64_t>(choices->size()) - 1))
                q.answer = static_cast<int>(*index);
    } else if (const JsonValue *a = v.find("answer"); a && number) {
        m_reader.error(*a, member(path, "answer"), WS_TRANSLATE_NOOP("ScenarioFile", "\"answer\" picks one of \"choices\"; this question has none"));
    }
    if (number && !choices)
        if (const auto n = m_reader.integer(*number, member(path, "number"), -static_cast<std::int64_t>(kMaxUInt32), static_cast<std::int64_t>(kMaxUInt32))) q.number = *n;
    m_scenario.questions.push_back(std::move(q));
}

void ScenarioLoader::readAnchor(const JsonValue &v, const std::string &path, QuestionAnchor &a)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"send", "enters", "node", "nth"});
    const JsonValue *send = v.find("send");
    const JsonValue *enters = v.find("enters");
    if ((send != nullptr) == (enters != nullptr)) {
        m_reader.error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "say where the question is asked: \"send\" (the segment's flags) or \"enters\" (a state), one of them"));
        return;
    }
    if (send) {
        a.kind = QuestionAnchor::Kind::Send;
        a.flags = static_cast<std::uint8_t>(readFlags(*send, member(path, "send")) & ~TcpFlag::PSH);
    } else if (const auto name = m_reader.string(*enters, member(path, "enters"))) {
        a.kind = QuestionAnchor::Kind::Enter;
        if (const auto state = tcpStateFromString(*name)) a.state = *state;
        else m_reader.error(*enters, member(path, "enters"), WS_TRANSLATE_NOOP("ScenarioFile", "unknown state \"%1\"; expected an RFC 9293 name such as TIME_WAIT"), {*name});
    }
    if (const JsonValue *n = v.find("node")) a.node = readNodeName(*n, member(path, "node"));
    if (const JsonValue *n = v.find("nth"))
        if (const auto nth = m_reader.integer(*n, member(path, "nth"), 1, 1000000)) a.nth = static_cast<int>(*nth);
}

void ScenarioLoader::readTexts(const JsonValue &v, const std::string &path,
                               std::map<std::string, std::string> &out)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"en", "zh_CN"});
    for (const std::string_view lang : {"en", "zh_CN"})
        if (const JsonValue *text = v.find(lang))
            if (const auto s = m_reader.string(*text, member(path, lang))) out[std::string(lang)] = *s;
}

void ScenarioLoader::readLink(const JsonValue &v)
{
    const std::string path = "link";
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path,
                       {"delay_ms", "jitter_ms", "loss", "seed", "client_to_server", "server_to_client"});
    LinkDirection both;
    readDirection(v, path, both);
    m_scenario.link.dir = {both, both};
    if (const JsonValue *s = v.find("seed"))
        if (const auto seed = m_reader.unsignedInteger(*s, member(path, "seed"), UINT64_MAX))
            m_scenario.link.seed = *seed;
    const std::pair<std::string_view, NodeId> overrides[] = {{"client_to_server", NodeId::Client},
                                                             {"server_to_client", NodeId::Server}};
    for (const auto &[key, sender] : overrides) {
        const JsonValue *d = v.find(key);
        if (!d) continue;
        const std::string dirPath = member(path, key);
        if (!m_reader.expectObject(*d, dirPath)) continue;
        m_reader.checkKeys(*d, dirPath, {"delay_ms", "jitter_ms", "loss"});
        readDirection(*d, dirPath, m_scenario.link.dir[static_cast<std::size_t>(indexOf(sender))]);
    }
}

void ScenarioLoader::readDirection(const JsonValue &v, const std::string &path, LinkDirection &d)
{
    if (const JsonValue *x = v.find("delay_ms"))
        if (const auto us = m_reader.milliseconds(*x, member(path, "delay_ms"))) d.delayUs = *us;
    if (const JsonValue *x = v.find("jitter_ms"))
        if (const auto us = m_reader.milliseconds(*x, member(path, "jitter_ms"))) d.jitterUs = *us;
    if (const JsonValue *x = v.find("loss"))
        if (const auto loss = m_reader.number(*x, member(path, "loss"), 0.0, 1.0)) d.loss = *loss;
}

void ScenarioLoader::readNodes(const JsonValue &v)
{
    const std::string path = "nodes";
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"client", "server"});
    for (const NodeId id : {NodeId::Client, NodeId::Server}) {
        const std::string_view name = toString(id);
        if (const JsonValue *n = m_reader.require(v, path, name))
            readNode(*n, member(path, name), m_scenario.nodes[static_cast<std::size_t>(indexOf(id))]);
    }
}

void ScenarioLoader::readNode(const JsonValue &v, const std::string &path, TcpConfig &n)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path,
                       {"port", "isn", "profile", "timers", "mss", "window", "keepalive", "delayed_ack",
                        "handshake", "time_wait", "auto_recv"});
    if (const JsonValue *x = v.find("port"))
        if (const auto port = m_reader.integer(*x, member(path, "port"), 1, 65535))
            n.port = static_cast<std::uint16_t>(*port);
    if (const JsonValue *x = v.find("isn")) {
        // One ISN, or a list: the first connection's, then the next connections' (RFC 793 fig. 9).
        const std::string isnPath = member(path, "isn");
        if (x->type() == JsonValue::Type::Array && x->size() > 0) {
            std::vector<std::uint32_t> isns;
            for (std::size_t i = 0; i < x->size(); ++i)
                if (const auto isn = m_reader.unsignedInteger(x->at(i), element(isnPath, i), kMaxUInt32))
                    isns.push_back(static_cast<std::uint32_t>(*isn));
            if (isns.size() == x->size()) {
                n.isn = isns.front();
                n.laterIsns.assign(isns.begin() + 1, isns.end());
            }
        } else if (const auto isn = m_reader.unsignedInteger(*x, isnPath, kMaxUInt32)) {
            n.isn = static_cast<std::uint32_t>(*isn);
        }
    }
    if (const JsonValue *x = v.find("profile")) {
        if (m_reader.choice(*x, member(path, "profile"), {"linux", "rfc", "classroom"}, kProfileMessages)) {
            n.profile = *timerProfileFromString(x->asString());
            n.timers = timersFor(n.profile);
        }
    }
    if (const JsonValue *x = v.find("timers")) readTimers(*x, member(path, "timers"), n.timers);
    if (const JsonValue *x = v.find("mss"))
        if (const auto mss = m_reader.integer(*x, member(path, "mss"), 1, 65495))
            n.mss = static_cast<std::uint16_t>(*mss);
    if (const JsonValue *x = v.find("window"))
        if (const auto w = m_reader.integer(*x, member(path, "window"), 0, 65535))
            n.receiveBuffer = static_cast<std::uint32_t>(*w);
    if (const JsonValue *x = v.find("keepalive"))
        if (const auto b = m_reader.boolean(*x, member(path, "keepalive"))) n.keepalive = *b;
    if (const JsonValue *x = v.find("delayed_ack"))
        if (const auto b = m_reader.boolean(*x, member(path, "delayed_ack"))) n.delayedAck = *b;
    if (const JsonValue *x = v.find("handshake"))
        if (const auto i = m_reader.choice(*x, member(path, "handshake"), {"three-way", "two-way"},
                                           kHandshakeMessages))
            n.handshake = *i == 0 ? HandshakeMode::ThreeWay : HandshakeMode::TwoWay;
    if (const JsonValue *x = v.find("time_wait"))
        if (const auto b = m_reader.boolean(*x, member(path, "time_wait"))) n.timeWait = *b;
    if (const JsonValue *x = v.find("auto_recv"))
        if (const auto b = m_reader.boolean(*x, member(path, "auto_recv"))) n.autoRecv = *b;
}

void ScenarioLoader::readTimers(const JsonValue &v, const std::string &path, TcpTimers &t)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path,
                       {"rto_initial_ms", "rto_min_ms", "rto_max_ms", "syn_retries", "synack_retries",
                        "data_retries", "time_wait_ms", "fin_wait_2_ms", "keepalive_idle_ms",
                        "keepalive_interval_ms", "keepalive_probes", "delayed_ack_ms"});
    // A retransmission or keepalive timer of 0 would fire again at the instant it fired, and
    // over a link of no delay be answered at that instant too: time would never advance.
    const std::string_view zeroTimer = WS_TRANSLATE_NOOP(
        "ScenarioFile", "must be a number > 0: a timer of 0 ms fires again at the same instant, so time would never advance");
    for (const MsTimer &timer : kMsTimers)
        if (const JsonValue *x = v.find(timer.key))
            if (const auto us = m_reader.milliseconds(*x, member(path, timer.key), timer.rearms, zeroTimer))
                t.*timer.field = *us;
    for (const CountTimer &timer : kCountTimers)
        if (const JsonValue *x = v.find(timer.key))
            if (const auto n = m_reader.integer(*x, member(path, timer.key), 0, kMaxRetries))
                t.*timer.field = static_cast<int>(*n);
}

void ScenarioLoader::readActions(const JsonValue &v)
{
    if (!m_reader.expectArray(v, "actions")) return;
    for (std::size_t i = 0; i < v.size(); ++i) readAction(v.at(i), element("actions", i));
}

void ScenarioLoader::readAction(const JsonValue &v, const std::string &path)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"at_ms", "node", "do", "text", "bytes", "port", "isn"});
    Action a;
    if (const JsonValue *x = m_reader.require(v, path, "at_ms"))
        if (const auto us = m_reader.milliseconds(*x, member(path, "at_ms"))) a.atUs = *us;
    std::optional<ActionKind> kind;
    if (const JsonValue *x = m_reader.require(v, path, "do"))
        if (m_reader.choice(*x, member(path, "do"),
                            {"listen", "connect", "send", "recv", "shutdown", "close", "abort", "bind",
                             "sendto", "recvfrom", "crash", "reboot", "link_cut", "link_heal"},
                            kActionMessages))
            kind = actionKindFromString(x->asString());
    const bool nodeNeeded = kind && !isLinkAction(*kind);
    if (const JsonValue *x = nodeNeeded ? m_reader.require(v, path, "node") : v.find("node"))
        if (const auto node = readNodeName(*x, member(path, "node"))) a.node = *node;
    if (!kind) return;
    a.kind = *kind;
    const std::string_view notUsed = WS_TRANSLATE_NOOP("ScenarioFile", "not used by the \"%1\" action");
    const std::string kindName(toString(*kind));
    if (!takesText(*kind)) rejectKeys(v, path, {"text"}, notUsed, kindName);
    if (!takesBytes(*kind)) rejectKeys(v, path, {"bytes"}, notUsed, kindName);
    if (!takesPort(*kind)) rejectKeys(v, path, {"port"}, notUsed, kindName);
    if (*kind != ActionKind::Connect) rejectKeys(v, path, {"isn"}, notUsed, kindName);
    const JsonValue *text = takesText(*kind) ? v.find("text") : nullptr;
    const JsonValue *bytes = takesBytes(*kind) ? v.find("bytes") : nullptr;
    const JsonValue *port = takesPort(*kind) ? v.find("port") : nullptr;
    if (text && bytes)
        m_reader.error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "give either \"text\" or \"bytes\", not both"));
    else if (takesText(*kind) && !text && !bytes)
        m_reader.error(v, path, WS_TRANSLATE_NOOP("ScenarioFile", "the \"%1\" action needs \"text\" or \"bytes\""),
                       {kindName});
    if (text)
        if (const auto s = m_reader.string(*text, member(path, "text"))) {
            // Explicit content is held in memory from the start: it has the same limit as "bytes".
            if (s->size() > static_cast<std::size_t>(kMaxPayloadBytes))
                m_reader.error(*text, member(path, "text"), WS_TRANSLATE_NOOP("ScenarioFile", "must be at most %1 bytes long"),
                               {std::to_string(kMaxPayloadBytes)});
            else a.text = *s;
        }
    if (bytes)
        if (const auto n = m_reader.integer(*bytes, member(path, "bytes"), 0, kMaxPayloadBytes)) a.bytes = *n;
    if (port)
        if (const auto p = m_reader.integer(*port, member(path, "port"), 1, 65535))
            a.port = static_cast<std::uint16_t>(*p);
    if (const JsonValue *x = *kind == ActionKind::Connect ? v.find("isn") : nullptr)
        if (const auto isn = m_reader.unsignedInteger(*x, member(path, "isn"), kMaxUInt32))
            a.isn = static_cast<std::uint32_t>(*isn);
    m_scenario.actions.push_back(std::move(a));
}

void ScenarioLoader::readFaults(const JsonValue &v)
{
    if (!m_reader.expectArray(v, "faults")) return;
    for (std::size_t i = 0; i < v.size(); ++i) readFault(v.at(i), element("faults", i));
}

void ScenarioLoader::readFault(const JsonValue &v, const std::string &path)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path,
                       {"action", "from", "proto", "flags", "exact", "seq", "data", "nth", "delay_ms",
                        "at_ms", "segment"});
    const JsonValue *x = m_reader.require(v, path, "action");
    if (!x) return;
    const auto i = m_reader.choice(*x, member(path, "action"), {"drop", "delay", "duplicate", "inject"},
                                   kFaultMessages);
    if (!i) return;
    const std::string_view notUsed = WS_TRANSLATE_NOOP("ScenarioFile", "not used by a \"%1\" fault");
    const std::string faultName = x->asString();
    if (*i == 3) {
        rejectKeys(v, path, {"from", "proto", "flags", "exact", "seq", "data", "nth", "delay_ms"}, notUsed, faultName);
        readInjection(v, path);
        return;
    }
    const FaultAction action = *faultActionFromString(x->asString());
    rejectKeys(v, path, {"at_ms", "segment"}, notUsed, faultName);
    if (action == FaultAction::Drop) rejectKeys(v, path, {"delay_ms"}, notUsed, faultName);
    readRule(v, path, action);
}

void ScenarioLoader::readRule(const JsonValue &v, const std::string &path, FaultAction action)
{
    FaultRule r;
    r.action = action;
    if (const JsonValue *x = v.find("from"))
        if (const auto node = readNodeName(*x, member(path, "from"))) r.from = *node;
    if (const JsonValue *x = v.find("proto"))
        if (const auto p = readProtocol(*x, member(path, "proto"))) r.proto = *p;
    if (const JsonValue *x = v.find("flags")) r.flags = readFlags(*x, member(path, "flags"));
    if (const JsonValue *x = v.find("exact"))
        if (const auto b = m_reader.boolean(*x, member(path, "exact"))) r.exactFlags = *b;
    if (const JsonValue *x = v.find("seq"))
        if (const auto seq = m_reader.unsignedInteger(*x, member(path, "seq"), kMaxUInt32))
            r.seq = static_cast<std::uint32_t>(*seq);
    if (const JsonValue *x = v.find("data"))
        if (const auto b = m_reader.boolean(*x, member(path, "data"))) r.hasData = *b;
    if (const JsonValue *x = v.find("nth"))
        if (const auto n = m_reader.integer(*x, member(path, "nth"), 0, kMaxNth)) r.nth = static_cast<int>(*n);
    if (action != FaultAction::Drop) {
        const JsonValue *x = action == FaultAction::Delay ? m_reader.require(v, path, "delay_ms")
                                                          : v.find("delay_ms");
        if (x)
            if (const auto us = m_reader.milliseconds(*x, member(path, "delay_ms"))) r.delayUs = *us;
    }
    m_scenario.link.rules.push_back(r);
}

void ScenarioLoader::readInjection(const JsonValue &v, const std::string &path)
{
    Injection inj;
    if (const JsonValue *x = m_reader.require(v, path, "at_ms"))
        if (const auto us = m_reader.milliseconds(*x, member(path, "at_ms"))) inj.atUs = *us;
    if (const JsonValue *x = m_reader.require(v, path, "segment"))
        readSegment(*x, member(path, "segment"), inj.segment);
    m_scenario.link.injections.push_back(std::move(inj));
}

void ScenarioLoader::readSegment(const JsonValue &v, const std::string &path, Segment &s)
{
    if (!m_reader.expectObject(v, path)) return;
    m_reader.checkKeys(v, path, {"from", "proto", "sport", "dport", "seq", "ack", "flags", "window", "text"});
    if (const JsonValue *x = m_reader.require(v, path, "from"))
        if (const auto node = readNodeName(*x, member(path, "from"))) s.from = *node;
    s.sport = m_scenario.nodes[static_cast<std::size_t>(indexOf(s.from))].port;
    s.dport = m_scenario.nodes[static_cast<std::size_t>(indexOf(peerOf(s.from)))].port;
    s.window = 65535;
    if (const JsonValue *x = v.find("proto"))
        if (const auto p = readProtocol(*x, member(path, "proto"))) s.proto = *p;
    for (const auto &[key, field] : {std::pair{"sport", &Segment::sport}, std::pair{"dport", &Segment::dport},
                                     std::pair{"window", &Segment::window}}) {
        const JsonValue *x = v.find(key);
        if (!x) continue;
        const std::int64_t min = field == &Segment::window ? 0 : 1;
        if (const auto n = m_reader.integer(*x, member(path, key), min, 65535))
            s.*field = static_cast<std::uint16_t>(*n);
    }
    for (const auto &[key, field] : {std::pair{"seq", &Segment::seq}, std::pair{"ack", &Segment::ack}}) {
        if (const JsonValue *x = v.find(key))
            if (const auto n = m_reader.unsignedInteger(*x, member(path, key), kMaxUInt32))
                s.*field = static_cast<std::uint32_t>(*n);
    }
    if (const JsonValue *x = v.find("flags")) s.flags = readFlags(*x, member(path, "flags"));
    if (const JsonValue *x = v.find("text"))
        if (const auto text = m_reader.string(*x, member(path, "text"))) s.payload = *text;
}

std::uint8_t ScenarioLoader::readFlags(const JsonValue &v, const std::string &path)
{
    if (!m_reader.expectArray(v, path)) return 0;
    std::uint8_t flags = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const JsonValue &f = v.at(i);
        const std::string fPath = element(path, i);
        const auto name = m_reader.string(f, fPath);
        if (!name) continue;
        if (const auto bit = flagFromString(*name)) {
            flags |= *bit;
            continue;
        }
        const std::string suggestion = JsonFieldReader::nearest(*name, {"SYN", "ACK", "FIN", "RST", "PSH", "URG"});
        if (suggestion.empty()) m_reader.error(f, fPath, kFlagMessages.unknown, {*name});
        else m_reader.error(f, fPath, kFlagMessages.unknownDidYouMean, {*name, suggestion});
    }
    return flags;
}

std::optional<NodeId> ScenarioLoader::readNodeName(const JsonValue &v, const std::string &path)
{
    if (!m_reader.choice(v, path, {"client", "server"}, kNodeMessages)) return std::nullopt;
    return nodeFromString(v.asString());
}

std::optional<Protocol> ScenarioLoader::readProtocol(const JsonValue &v, const std::string &path)
{
    const auto i = m_reader.choice(v, path, {"tcp", "udp"}, kProtocolMessages);
    if (!i) return std::nullopt;
    return *i == 0 ? Protocol::Tcp : Protocol::Udp;
}

void ScenarioLoader::rejectKeys(const JsonValue &v, const std::string &path,
                                std::initializer_list<std::string_view> keys, std::string_view pattern,
                                const std::string &arg)
{
    for (std::size_t i = 0; i < v.size(); ++i) {
        const JsonValue &key = v.keyAt(i);
        for (const std::string_view k : keys)
            if (key.asString() == k) m_reader.error(key, member(path, k), pattern, {arg});
    }
}

} // namespace wirestep
