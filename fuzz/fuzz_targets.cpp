#include "fuzz/fuzz_targets.h"

#include "cli/cli_app.h"
#include "core/live/length_prefix_framer.h"
#include "core/live/udp_time_lab.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/scenario_writer.h"
#include "core/capture/capture_document.h"
#include "core/capture/segment_analysis.h"
#include "core/trace/trace.h"
#include "core/wire/capture_reader.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace wirestep::fuzz {

namespace {

std::string_view text(Bytes input)
{
    return {reinterpret_cast<const char *>(input.data()), input.size()};
}

std::string checkRanges(const DecodedPacket &p, std::size_t size)
{
    for (const FieldEntry &f : p.fields)
        if (f.range.offset > size || f.range.length > size - f.range.offset)
            return "field " + f.name + " lies outside the input";
    return {};
}

// Decodes, checks the layer map, and re-encodes the segment it carries: it must come back the same.
std::string checkDecoded(const std::optional<DecodedPacket> &p, const std::string &error, std::size_t size,
                         bool frame)
{
    if (!p) return error.empty() ? "rejected without a reason" : std::string();
    if (std::string r = checkRanges(*p, size); !r.empty()) return r;
    const WireAddresses addresses;
    const Segment seg = WireDecoder::toSegment(*p, p->sourceAddress());
    // An IPv6 packet may carry more than an IPv4 one can; only those are not re-encoded.
    if (!WireEncoder::fits(seg)) return p->ipVersion == 6 ? std::string() : "a decoded segment does not fit in a packet";
    WireEncoder encoder(addresses);
    const std::vector<std::uint8_t> again = frame ? encoder.encodeFrame(seg) : encoder.encodePacket(seg);
    std::string error2;
    const auto q = frame ? WireDecoder::decodeFrame(again, &error2) : WireDecoder::decodePacket(again, &error2);
    if (!q) return "a re-encoded segment does not decode: " + error2;
    if (!q->ip.checksumValid || !q->transportChecksumValid) return "a re-encoded segment has a bad checksum";
    const Segment back = WireDecoder::toSegment(*q, addresses.clientIp);
    if (back.proto != seg.proto || back.sport != seg.sport || back.dport != seg.dport || back.payload != seg.payload)
        return "a re-encoded segment decodes to other ports or data";
    if (seg.proto == Protocol::Tcp
        && (back.seq != seg.seq || back.ack != seg.ack || back.flags != seg.flags || back.window != seg.window
            || back.mss != seg.mss))
        return "a re-encoded TCP segment decodes to other header fields";
    return {};
}

std::filesystem::path g_sandbox;

// Removes the scratch directory when the program ends.
struct SandboxRemover {
    ~SandboxRemover()
    {
        if (g_sandbox.empty()) return;
        std::error_code ec;
        std::filesystem::current_path(g_sandbox.parent_path(), ec);
        std::filesystem::remove_all(g_sandbox, ec);
    }
} g_sandboxRemover;

} // namespace

std::string scenarioLoader(Bytes input)
{
    const LoadResult r = ScenarioLoader::load(text(input), "fuzz.json");
    if (!r.scenario) {
        if (r.errors.empty()) return "no scenario and no error";
        for (const std::string &line : r.errorLines())
            if (line.rfind("fuzz.json", 0) != 0) return "an error line does not name the file: " + line;
        return {};
    }
    if (!r.errors.empty()) return "a scenario and errors at once";
    const std::string saved = ScenarioWriter::save(*r.scenario);
    const LoadResult again = ScenarioLoader::load(saved, "saved.json");
    if (!again.scenario) {
        std::string lines;
        for (const std::string &l : again.errorLines()) lines += " | " + l;
        return "a saved scenario does not load again:" + lines;
    }
    if (!(*again.scenario == *r.scenario)) return "save/load changed the scenario";
    if (ScenarioWriter::save(*again.scenario) != saved) return "saving twice gives two texts";
    // A scenario that loads must also run to an end: by itself or at a limit of the simulator,
    // within the events allowed (a smaller budget than a real run's, to keep fuzzing fast), with
    // the queue small. A hang or a blow-up here is caught by libFuzzer's -timeout and -rss_limit_mb.
    struct Counter : TraceSink {
        void append(const TraceEvent &) override { ++events; }
        std::uint64_t events = 0;
    } sink;
    constexpr std::uint64_t kFuzzEvents = 20'000;
    ScenarioRunner runner(*r.scenario, sink);
    runner.sim().setEventBudget(kFuzzEvents);
    runner.run();
    if (runner.sim().eventsRun() > kFuzzEvents) return "the run went past its event budget";
    if (runner.stopReason() == Simulator::StopReason::None && runner.sim().now() != r.scenario->untilUs)
        return "the run ended before its end time without a reason";
    if (runner.sim().pending() > 100'000) return "the event queue grew without bound";
    return {};
}

std::string wireDecoder(Bytes input)
{
    std::string error;
    const auto frame = WireDecoder::decodeFrame(input, &error);
    if (std::string r = checkDecoded(frame, error, input.size(), true); !r.empty()) return "frame: " + r;
    error.clear();
    const auto packet = WireDecoder::decodePacket(input, &error);
    if (std::string r = checkDecoded(packet, error, input.size(), false); !r.empty()) return "packet: " + r;
    return {};
}

namespace {

// The trace of one connection of a capture must be a well-formed trace: ids 1, 2, 3 ..., times
// that never go back, every delivery caused by a send just made, segment ids that are packet
// numbers, states that are all inferred, analysis labels that read back as written.
std::string checkCaptureTrace(const Trace &t, std::uint64_t packets)
{
    std::int64_t last = 0;
    std::uint64_t lastSend = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const TraceEvent e = t[i];
        if (e.id != i + 1) return "event ids are not 1, 2, 3 ...";
        if (e.tUs < last) return "event times go back";
        last = e.tUs;
        if (e.kind == EventKind::Send) {
            if (e.seg.id == 0 || e.seg.id > packets) return "a segment id is no packet number";
            if (SegmentAnalysis::parse(e.analysis).toString() != e.analysis) return "analysis labels do not read back";
            lastSend = e.id;
        } else if (e.kind == EventKind::Deliver) {
            if (e.cause != lastSend || lastSend == 0) return "a delivery without its send";
        } else if (e.kind == EventKind::State || e.kind == EventKind::Timer) {
            if (!e.inferred) return "a state or timer not marked inferred";
        }
    }
    return {};
}

} // namespace

std::string capture(Bytes input)
{
    if (input.empty()) return {};
    std::vector<std::uint8_t> copy(input.begin(), input.end());
    std::FILE *stream = ::fmemopen(copy.data(), copy.size(), "rb");
    if (!stream) return "fmemopen failed";
    CaptureReader reader;
    if (!reader.open(stream, copy.size())) return reader.error() ? std::string() : "rejected without a reason";
    CaptureReader::Packet p;
    for (std::uint64_t n = 1;; ++n) {
        const CaptureReader::Read r = reader.next(p);
        if (r == CaptureReader::Read::End) break;
        if (r == CaptureReader::Read::Error) {
            if (!reader.error()) return "a read failed without a reason";
            break;
        }
        if (p.number != n) return "packet numbers are not 1, 2, 3 ...";
        if (p.offset >= copy.size()) return "a packet starts outside the input";
        std::string e;
        const auto decoded = WireDecoder::decode(reader.linkType(), p.bytes, p.wireLength, &e);
        if (std::string why = checkDecoded(decoded, e, p.bytes.size(), true); !why.empty()) return "packet: " + why;
    }

    // The whole path the window takes: the index, conversations, a trace of each, the inspector.
    // CaptureDocument opens a path: the input goes to an anonymous in-memory file.
    const int fd = ::memfd_create("wirestep-fuzz-capture", 0);
    if (fd < 0) return {};
    std::string why;
    if (::write(fd, copy.data(), copy.size()) == static_cast<ssize_t>(copy.size())) {
        CaptureDocument doc;
        if (!doc.open("/proc/self/fd/" + std::to_string(fd))) {
            if (!doc.error()) why = "a capture refused without a reason";
        } else {
            std::uint64_t inConversations = 0;
            for (const Conversation &c : doc.conversations()) inConversations += c.packetCount();
            if (inConversations + doc.otherPackets() != doc.packetCount()) why = "conversations do not add up to the packets";
            for (std::size_t c = 0; c < doc.conversations().size() && c < 4 && why.empty(); ++c) {
                Trace trace;
                const auto loaded = doc.load(c, trace);
                if (!loaded.ok) why = "a conversation of an indexed file does not load";
                else if (loaded.shown != doc.conversations()[c].packetCount()) why = "a conversation loads other packets than it counts";
                else why = checkCaptureTrace(trace, doc.packetCount());
            }
            for (std::uint64_t n = 1; n <= doc.packetCount() && n <= 64 && why.empty(); ++n)
                if (const auto inspected = doc.inspect(n); inspected && inspected->bytes.empty()) why = "an inspected packet has no bytes";
        }
    }
    ::close(fd);
    return why;
}

std::string lengthPrefixFramer(Bytes input)
{
    if (input.empty()) return {};
    static constexpr std::uint32_t kLimits[] = {0, 1, 16, 1024, 65536};
    const std::uint32_t limit = kLimits[input[0] % std::size(kLimits)];
    LengthPrefixFramer framer(limit);
    // Pieces: each starts with a byte giving its length (0..63), the rest is stream data.
    std::size_t i = 1, fed = 0, taken = 0;
    bool good = true;
    while (i < input.size()) {
        const std::size_t n = std::min<std::size_t>(input[i] % 64, input.size() - i - 1);
        const QByteArray piece(reinterpret_cast<const char *>(input.data() + i + 1), static_cast<qsizetype>(n));
        i += 1 + n;
        fed += n;
        const bool ok = framer.feed(piece);
        if (!good && ok) return "a bad stream became good again";
        good = ok;
        while (const auto m = framer.next()) {
            if (static_cast<std::uint32_t>(m->size()) > limit) return "a message above the limit";
            taken += LengthPrefixFramer::kHeaderBytes + static_cast<std::size_t>(m->size());
        }
        if (taken + static_cast<std::size_t>(framer.pendingBytes()) != fed && !framer.bad())
            return "bytes lost or invented";
    }
    if (taken > fed) return "more bytes out than in";
    return {};
}

std::string udpTimeFormat(Bytes input)
{
    const QByteArray request(reinterpret_cast<const char *>(input.data()), static_cast<qsizetype>(input.size()));
    const QByteArray reply = UdpTimeLab::answer(request);
    if (reply.isEmpty()) return "an empty answer";
    if (reply.size() > 255 && !reply.startsWith("Error")) return "an answer above 255 bytes";
    return {};
}

void cliSandbox()
{
    if (!g_sandbox.empty()) return;
    std::string pattern = (std::filesystem::temp_directory_path() / "wirestep-fuzz-cli-XXXXXX").string();
    if (!mkdtemp(pattern.data())) std::abort();
    g_sandbox = pattern;
    std::filesystem::current_path(g_sandbox);
}

std::string cliArgs(Bytes input)
{
    std::vector<std::string> words;
    std::string word;
    for (const std::uint8_t c : input) {
        if (c == 0) return {};
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word += static_cast<char>(c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    for (const std::string &w : words)
        if (w.find('/') != std::string::npos || w == "-" || w.find("until") != std::string::npos) return {};
    // Real sockets (live) and a real capture that runs until --for or Ctrl-C (watch): not here.
    if (!words.empty() && (words[0] == "live" || words[0] == "watch")) return {};
    std::ostringstream out, err;
    const int code = CliApp(out, err).run(words);
    if (code != CliApp::kOk && code != CliApp::kLabFailed && code != CliApp::kUsage)
        return "exit code " + std::to_string(code);
    if (code == CliApp::kUsage && err.str().empty()) return "exit 2 without a message";
    return {};
}

Target targetByName(std::string_view name)
{
    if (name == "scenario_loader") return scenarioLoader;
    if (name == "wire_decoder") return wireDecoder;
    if (name == "capture") return capture;
    if (name == "length_prefix_framer") return lengthPrefixFramer;
    if (name == "udp_time_format") return udpTimeFormat;
    if (name == "cli_args") return cliArgs;
    return nullptr;
}

} // namespace wirestep::fuzz
