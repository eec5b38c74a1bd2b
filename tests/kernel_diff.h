#pragma once
// The differential test against the real Linux TCP stack (tests/test_kernel_diff.cpp,
// docs/tcp-reference.md §7): one small Program (who listens, connects, sends, closes, and which
// segments the network loses) runs on the kernel (KernelLab, tests/kernel_lab.h) and on the
// simulator's linux profile (runModel); both give an Observation, the segments each side sent
// and what each application was told, which compare() sets side by side.
#include "core/scenario/scenario.h"
#include "core/trace/node_id.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace wirestep::kdiff {

// What a node's program does at a given time. The same calls a scenario has (RFC 9293 §3.10);
// Cut stands for the network losing everything from then on (the simulator's link_cut, an
// nftables rule that drops every segment in the kernel's namespace).
enum class StepKind { Listen, Connect, Send, Recv, Shutdown, Close, Abort, Cut };

struct Step {
    std::int64_t atMs = 0;
    NodeId node = NodeId::Client;
    StepKind kind = StepKind::Listen;
    std::string text;       // Send: the bytes (when `bytes` is 0)
    std::size_t bytes = 0;  // Send: a count of pattern bytes; Recv: the most to read (0 = all)
};

// The network loses the nth (1-based) segments sent by `from` that carry `flags`: all of them,
// or with `exact` these and no others (PSH is ignored, as by the simulator's fault rules).
// Empty `nth` = every such segment.
struct Drop {
    NodeId from = NodeId::Client;
    std::uint8_t flags = 0;
    bool exact = false;
    std::vector<int> nth;
};

// A node's socket options, set before listen() or connect(); the model gets the same settings.
struct NodeSetup {
    std::uint16_t port = 0;
    bool keepalive = false;        // SO_KEEPALIVE with TCP_KEEPIDLE / TCP_KEEPINTVL / TCP_KEEPCNT
    int keepIdleS = 0;
    int keepIntervalS = 0;
    int keepCount = 0;
    bool noDelay = false;          // TCP_NODELAY (the model has no Nagle algorithm, docs §7)
    bool autoRecv = true;          // the program reads whatever arrives at once
    int receiveBuffer = 0;         // SO_RCVBUF in bytes (0 = the default)
    int modelWindow = 0;           // the model's receive buffer standing for it (0 = 65535)
    int userTimeoutMs = 0;         // TCP_USER_TIMEOUT (0 = none) ...
    int modelDataRetries = -1;     // ... and the retransmission count of the model that matches it
};

struct Program {
    std::string name;
    NodeSetup client{.port = 40000};
    NodeSetup server{.port = 8080};
    std::vector<Step> steps;
    std::vector<Drop> drops;
    std::int64_t untilMs = 1000;   // both stop looking here
};

// One segment as sent, in numbers that compare across the two: seq relative to the sender's
// ISN, ack relative to the receiver's (Wireshark's relative numbers), options by name.
struct WireSegment {
    std::int64_t tUs = 0;          // since the program started
    NodeId from = NodeId::Client;
    std::uint8_t flags = 0;        // PSH included
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint32_t len = 0;
    std::uint16_t mss = 0;         // the MSS option's value, 0 = none
    bool sackPermitted = false;
    bool timestamps = false;
    std::optional<std::uint8_t> windowScale;
    int sackBlocks = 0;            // SACK blocks carried (RFC 2018 §3)
    std::uint16_t window = 0;      // as on the wire (scaled)

    // "client SYN seq=0 len=0 <mss 65495,sack_perm,ts,ws 7>"
    std::string describe() const;
};

// What an application was told: an error (RFC 9293 wording, as the trace's tokens) or "eof".
struct Outcome {
    NodeId node = NodeId::Client;
    std::string what;
    bool operator==(const Outcome &) const = default;
};

struct Observation {
    std::vector<WireSegment> segments;
    std::vector<Outcome> outcomes;
    // When each step of the program was carried out (sorted): a segment's interval is measured
    // from the segment or the step just before it, so that a step the test carried out a few
    // milliseconds late does not count against the segment it caused.
    std::vector<std::int64_t> stepUs;
    // How far apart the kernel's timers can fire from where they were set: its timer wheel
    // ticks every jiffy (1/HZ s). 0 for the model.
    std::int64_t timerGranularityUs = 0;
    std::string describe() const;
};

// The simulator's linux profile running the program: the scenario it builds, and what it saw.
Scenario modelScenario(const Program &p);
Observation runModel(const Program &p);

// Seq/ack made relative (each side's first SYN gives its ISN; a side that sent no SYN keeps its
// raw numbers), in time order. Used by both runners.
void makeRelative(std::vector<WireSegment> &segments);

// A difference between Linux and the model that is known and meant (or not yet modelled): its
// name, why, where docs/tcp-reference.md explains it, and how it turns the kernel's observation
// (or the model's) into what the other shows. `apply` returns whether it changed anything: a
// listed difference that changes nothing has gone away and must be taken off the list.
struct KnownDifference {
    std::string name;
    std::string reason;
    std::string docs;   // "docs/tcp-reference.md §7 ..."
    std::function<bool(Observation &kernel, Observation &model)> apply;
};

struct Comparison {
    bool same = false;
    std::string report;                  // both sides, line by line, and every mismatch
    std::vector<std::string> stale;      // listed known differences that changed nothing
};

// Compares segment by segment: direction, flags (but PSH), relative seq and ack, length, options, and
// every interval of 10 ms or more before a segment (since the segment or step before it) within
// 10 %, plus two of the kernel's jiffies and 1 ms for the test's own scheduling. Then what the
// applications were told.
Comparison compare(Observation kernel, Observation model, const std::vector<KnownDifference> &known);

} // namespace wirestep::kdiff
