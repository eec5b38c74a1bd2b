// PacketFeed: a capture read as it is made gives each conversation the events that the file's
// CaptureDocument gives it (states inferred, timers, analysis labels), packet by packet.
#include "capture_test_support.h"

#include "core/capture/capture_document.h"
#include "core/capture/packet_feed.h"
#include "core/trace/jsonl_writer.h"
#include "core/wire/capture_reader.h"
#include "core/wire/wire_decoder.h"

#include <catch2/catch.hpp>

#include <deque>
#include <sstream>

using namespace wirestep;

namespace {

std::string jsonl(const Trace &t)
{
    std::ostringstream out;
    for (const TraceEvent &e : t.events()) out << JsonlWriter::toJson(e) << '\n';
    return out.str();
}

} // namespace

TEST_CASE("a capture fed packet by packet gives every conversation the file's events", "[capture][feed]")
{
    for (const std::string &name : test::captureFixtures()) {
        INFO(name);
        const std::string path = test::captureFixture(name);
        std::deque<Trace> traces; // by conversation, in the order they start
        std::size_t eventsWhenSecondStarted = 0;
        PacketFeed feed([&](const Conversation &) -> TraceSink & {
            if (traces.size() == 1) eventsWhenSecondStarted = traces[0].size();
            return traces.emplace_back();
        });
        CaptureReader reader;
        REQUIRE(reader.open(path));
        CaptureReader::Packet p;
        while (reader.next(p) == CaptureReader::Read::Packet) {
            const auto d = WireDecoder::decode(reader.linkType(), p.bytes, p.wireLength);
            if (d) feed.add(p.number, p.tUs, p.wireLength, *d);
        }
        feed.finish();

        CaptureDocument doc;
        REQUIRE(doc.open(path));
        REQUIRE(traces.size() == doc.conversations().size());
        for (std::size_t c = 0; c < traces.size(); ++c) {
            INFO("conversation " << c + 1);
            Trace whole;
            REQUIRE(doc.load(c, whole).ok);
            CHECK(jsonl(traces[c]) == jsonl(whole));
            CHECK(feed.conversations()[c].packetCount() == doc.conversations()[c].packetCount());
        }
        // Events come out as the packets arrive, not at the end.
        if (traces.size() > 1) CHECK(eventsWhenSecondStarted > 0);
    }
}
