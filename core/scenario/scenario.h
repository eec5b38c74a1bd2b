#pragma once
#include "core/sim/link_config.h"
#include "core/trace/node_id.h"
#include "core/sim/tcp_config.h"
#include "core/trace/tcp_state.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wirestep {

// What a scenario's action does (an application call, or something done to a node or link).
enum class ActionKind {
    Listen, Connect, Send, Recv, Shutdown, Close, Abort, // TCP application calls
    Bind, SendTo, RecvFrom,                              // UDP application calls
    Crash, Reboot,                                       // the node
    LinkCut, LinkHeal,                                   // the link (node is ignored)
};
std::string_view toString(ActionKind k); // "listen", ..., "sendto", "crash", "link_cut"
std::optional<ActionKind> actionKindFromString(std::string_view s);

struct Action {
    std::int64_t atUs = 0;
    NodeId node = NodeId::Client;
    ActionKind kind = ActionKind::Listen;
    std::string text;             // Send/SendTo: the bytes to send, when given as text
    std::int64_t bytes = -1;      // Send/SendTo: a byte count, filled with a pattern; Recv: max
    std::uint16_t port = 0;       // Connect: remote port (0 = the peer's configured port);
                                  // Bind: local port (0 = the node's port); SendTo: destination
    std::optional<std::uint32_t> isn; // Connect: this connection's initial sequence number

    // The data a Send/SendTo carries: `text` if given, else `bytes` bytes of a fixed pattern.
    std::string payload() const;
    // Its size, without making it.
    std::size_t payloadSize() const;

    bool operator==(const Action &) const = default;
};

class Trace;

// Where a scenario's own question is asked: before the event it is about, the `nth` segment a
// node sends with exactly these flags (PSH aside), or the `nth` time a node enters a state.
struct QuestionAnchor {
    enum class Kind { Send, Enter };
    Kind kind = Kind::Send;
    std::optional<NodeId> node;          // the sender, or the node entering; unset: either
    std::uint8_t flags = 0;              // Send
    TcpState state = TcpState::Closed;   // Enter
    int nth = 1;

    // The trace index of that event, or nothing if the trace has none.
    std::optional<std::size_t> findIn(const Trace &trace) const;
    bool operator==(const QuestionAnchor &) const = default;
};

// A question a scenario asks in predict mode, about why as much as what: multiple choice
// (`choices`, `answer` the right one's index) or a number to type (`number`). The explanation is
// shown once it is answered. Texts per language, like the title.
struct ScenarioQuestion {
    QuestionAnchor before;
    std::map<std::string, std::string> prompt;
    std::vector<std::map<std::string, std::string>> choices;
    int answer = -1;
    std::optional<std::int64_t> number;
    std::map<std::string, std::string> explanation;

    bool operator==(const ScenarioQuestion &) const = default;
};

// The text of `texts` in `lang`, falling back to English.
std::string textIn(const std::map<std::string, std::string> &texts, const std::string &lang);

// A lesson: who the nodes are, what the link does, what the applications do and when.
// Titles and descriptions are kept per language ("en", "zh_CN").
struct Scenario {
    std::string id;
    std::string group;  // handshake, data, teardown, timers, udp, what-if, rfc
    std::map<std::string, std::string> title;
    std::map<std::string, std::string> description;
    Protocol protocol = Protocol::Tcp; // the main protocol the scenario teaches
    LinkConfig link;
    std::array<TcpConfig, 2> nodes;     // index with indexOf(NodeId)
    std::vector<Action> actions;
    std::int64_t untilUs = 10'000'000;  // the simulation stops here
    std::vector<ScenarioQuestion> questions; // predict mode asks these too

    // The title/description in `lang`, falling back to English.
    std::string titleIn(const std::string &lang) const;
    std::string descriptionIn(const std::string &lang) const;

    bool operator==(const Scenario &) const = default;
};

} // namespace wirestep
