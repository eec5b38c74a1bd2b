#pragma once
// The fixture captures of tests/captures/ (made on loopback by tests/captures/make_fixtures.sh)
// and a few helpers for the capture tests.
#include "core/trace/trace.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace wirestep::test {

inline std::string captureFixture(const std::string &name)
{
    return (std::filesystem::path(WIRESTEP_SOURCE_DIR) / "tests" / "captures" / name).string();
}

inline const std::vector<std::string> &captureFixtures()
{
    static const std::vector<std::string> all{"tcp-v4-echo.pcap", "tcp-v6-echo.pcapng", "any-sll2-mixed.pcap",
                                              "sll-keepalive.pcap", "zero-window.pcapng", "tcp-v4-mid.pcap"};
    return all;
}

// The sends of a trace, in order.
inline std::vector<TraceEvent> sendsOf(const Trace &t)
{
    std::vector<TraceEvent> out;
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::Send) out.push_back(e);
    return out;
}

} // namespace wirestep::test
