#pragma once
#include "core/scenario/scenario.h"

#include <string>
#include <vector>

namespace wirestep {

// A few scenarios built in C++, for the GUI tests that need a trace of a chosen size.
class DemoScenarios {
public:
    static std::vector<Scenario> all();
    static Scenario udpDatagrams(int count = 3);
    static Scenario udpPortUnreachable();
    static Scenario tcpHandshake();
    static Scenario tcpLostSyn();
    static Scenario tcpTeardown();

private:
    static Action act(std::int64_t atUs, NodeId node, ActionKind kind, std::string text = {}, std::uint16_t port = 0);
    static Scenario base(const char *id, const char *group, const char *title, const char *description, Protocol p);
};

} // namespace wirestep
