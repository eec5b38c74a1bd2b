#pragma once
#include "core/scenario/json_value.h"
#include "core/scenario/scenario.h"

#include <string>

namespace wirestep {

// Writes a Scenario as a `wirestep-scenario/1` document (docs/scenario-format.md).
//
// Written explicitly: format, id, group, title, description, protocol, the link's delay,
// jitter, loss and seed, each node's port and profile, every action, until_ms. Everything else
// only where it differs from its default: a `server_to_client` override where the directions
// differ, a node's `timers` keys that differ from its profile's, faults, and the per-node and
// per-action options. Times are written in milliseconds with up to three decimals, so the
// microseconds come back exactly.
//
// For every scenario that ScenarioLoader can produce, load(save(s)) == s.
class ScenarioWriter {
public:
    static std::string save(const Scenario &scenario);
    // The document as a JSON value (what save() prints).
    static JsonValue toJson(const Scenario &scenario);

private:
    static JsonValue link(const Scenario &s);
    static JsonValue node(const TcpConfig &n);
    static JsonValue action(const Action &a);
    static JsonValue rule(const FaultRule &r);
    static JsonValue injection(const Scenario &s, const Injection &inj);
    static JsonValue flags(std::uint8_t flags);
    static JsonValue texts(const std::map<std::string, std::string> &texts);
    static JsonValue question(const ScenarioQuestion &q);
    // Microseconds as milliseconds: 1500 -> 1.5, 10000 -> 10.
    static JsonValue milliseconds(std::int64_t us);
};

} // namespace wirestep
