#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace wirestep::fuzz {

// The entry points shared by the libFuzzer programs (fuzz/fuzz_*.cpp) and the regression test
// that replays tests/fuzz_regressions/ in the normal build (tests/test_fuzz_regressions.cpp).
//
// Each takes one untrusted input and must neither crash, hang nor trip a sanitizer. It returns
// an empty string when every invariant it checks held, else one line saying which did not.
using Bytes = std::span<const std::uint8_t>;

// JSON text -> ScenarioLoader::load. A scenario that loads must survive save/load unchanged;
// a load that fails must give errors and no scenario, each error line naming the file.
std::string scenarioLoader(Bytes input);
// Ethernet frames and bare IPv4 packets -> WireDecoder. Every field range of the layer map lies
// inside the input, and the segment a packet carries encodes and decodes back to itself.
std::string wireDecoder(Bytes input);
// pcap or pcapng file bytes -> CaptureReader (libpcap, from memory); every packet goes through
// WireDecoder too. Packets are numbered 1, 2, 3 ... and a file that fails says why. Then the
// window's whole path (CaptureDocument, from an in-memory file): the conversations add up to the
// packets, each of the first four loads whole as a well-formed trace (ids, times, deliveries,
// inferred states, analysis labels), and the first 64 packets can be inspected.
std::string capture(Bytes input);
// A byte stream cut into pieces -> LengthPrefixFramer; the first byte picks the limit. Messages
// come out whole, never above the limit, and never more bytes than went in.
std::string lengthPrefixFramer(Bytes input);
// A udp-time request -> UdpTimeLab::answer: never empty, at most 255 bytes.
std::string udpTimeFormat(Bytes input);
// Words split at whitespace (NUL-free) -> CliApp(out, err).run(words): exit code 0, 1 or 2.
// Inputs that would leave the sandbox are skipped: a word with '/', the `live` command (it opens
// real sockets; the labs' parsing has its own targets), `-` (standard output) and `--until`
// (a run to 10^12 ms is slow by design, not a bug). Call cliSandbox() once first.
std::string cliArgs(Bytes input);
// Makes and enters a scratch directory for cliArgs (files named by the input land there).
void cliSandbox();

// A target by name ("scenario_loader", "wire_decoder", "capture", "length_prefix_framer",
// "udp_time_format", "cli_args"), or nullptr.
using Target = std::string (*)(Bytes);
Target targetByName(std::string_view name);

} // namespace wirestep::fuzz
