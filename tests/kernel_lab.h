#pragma once
// Runs a kdiff::Program on the real Linux TCP stack, inside a network namespace of its own.
//
// Each run enters a fresh network namespace (unshare(CLONE_NEWNET), what `ip netns add` makes,
// but one that leaves nothing behind, not even after a crash), brings its loopback interface up,
// sets the TCP sysctls the comparison relies on to Linux's defaults (a new namespace copies some
// of them from the host), loads the program's losses as nftables rules, captures every segment
// on `lo` with libpcap, runs both programs from one poll() loop on non-blocking sockets
// bound to 127.0.0.1, and returns to the test's own namespace.
//
// Staged losses: one rule per Drop in a prerouting chain at priority raw (-300). The capture
// sees a segment when it leaves (lo's transmit side) and the rule drops it when it arrives,
// so a lost segment is in the capture, as a lost segment is in the model's trace. A rule
// counts the segments it matches with `numgen inc` (0, 1, 2 ..., advanced only by segments that
// matched the rest of the rule) and drops those whose number is in its set:
//   tcp sport 40000 tcp flags & (fin|syn|rst|ack|urg) == ack numgen inc mod 1000000 { 1 } drop
// drops the second pure ACK the client sends. A Cut step adds `meta l4proto tcp drop`.
#include "tests/kernel_diff.h"

#include <string>

namespace wirestep::kdiff {

class KernelLab {
public:
    // Empty when the kernel test can run here; otherwise one line saying why not (not Linux,
    // not root, no `nft`, no nf_tables, namespaces or capture refused).
    static std::string unavailableReason();
    // "Linux 6.1.0-18-amd64 #1 SMP ... x86_64"
    static std::string kernelDescription();
    // Runs the program (about p.untilMs of real time). `pcapPath`, if not empty, keeps the
    // capture there. Throws std::runtime_error with one line if the namespace cannot be set up.
    static Observation run(const Program &p, const std::string &pcapPath = {});
    // The nftables script run() loads for the program's losses (for the test of the rules).
    static std::string nftScript(const Program &p);
};

} // namespace wirestep::kdiff
