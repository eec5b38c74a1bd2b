// An open capture: its conversations, one of them loaded as trace events with relative sequence
// numbers (the same as Wireshark's), a part of it, and single packets read again for the inspector.
#include "tests/capture_test_support.h"
#include "tests/tshark_support.h"

#include "core/capture/capture_document.h"
#include "core/wire/wire_decoder.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include <unistd.h>

using namespace wirestep;

TEST_CASE("capture document: a conversation loads as a send and a deliver per packet", "[capture]")
{
    CaptureDocument doc;
    REQUIRE(doc.open(test::captureFixture("tcp-v4-echo.pcap")));
    CHECK_FALSE(doc.error());
    CHECK_FALSE(doc.warning());
    CHECK(doc.packetCount() == 11);
    REQUIRE(doc.preferredConversation() == 0u);
    Trace trace;
    const CaptureDocument::Loaded loaded = doc.load(0, trace);
    REQUIRE(loaded.ok);
    CHECK(loaded.shown == 11);
    CHECK(loaded.total == 11);
    const auto sends = test::sendsOf(trace);
    REQUIRE(sends.size() == 11);
    CHECK(trace[0].tUs == 0);
    for (std::size_t i = 0; i < sends.size(); ++i) {
        INFO("packet " << i + 1);
        CHECK(sends[i].seg.id == i + 1);
        const auto delivers = trace.filter([&](const TraceEvent &e) { return e.kind == EventKind::Deliver && e.cause == sends[i].id; });
        REQUIRE(delivers.size() == 1);
        const TraceEvent &deliver = delivers[0];
        CHECK(deliver.id > sends[i].id);
        CHECK(deliver.tUs == sends[i].tUs);
        CHECK(deliver.node == peerOf(sends[i].node));
    }
    CHECK(sends[0].seg.label() == "SYN seq=0");
    CHECK(sends[1].seg.label() == "SYN, ACK seq=0 ack=1");
    CHECK(sends[3].seg.label() == "ACK seq=1 ack=1 len=5");
    CHECK(sends[3].seg.payload == "hello");
    CHECK(sends[7].seg.label() == "FIN, ACK seq=6 ack=6");
    CHECK(sends[10].seg.label() == "ACK seq=7 ack=7");
    CHECK(sends[0].seg.mss == 65495);
    CHECK(sends[10].tUs == 50324); // microseconds after the SYN
}

TEST_CASE("capture document: a part of a conversation, timed from its start", "[capture]")
{
    CaptureDocument doc;
    REQUIRE(doc.open(test::captureFixture("any-sll2-mixed.pcap")));
    CHECK(doc.packetsOf(2) == std::vector<std::uint64_t>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
    Trace trace;
    const auto loaded = doc.load(2, trace, PacketRange{3, 4});
    REQUIRE(loaded.ok);
    CHECK(loaded.first == 3);
    CHECK(loaded.shown == 4);
    CHECK(loaded.total == 11);
    const auto sends = test::sendsOf(trace);
    REQUIRE(sends.size() == 4);
    CHECK(sends[0].seg.id == 8);
    CHECK(sends[3].seg.id == 11);
    CHECK(sends[0].tUs == 43); // packet 8 is 43 µs after packet 5, the conversation's first
    CHECK(sends[0].seg.label() == "ACK seq=1 ack=1 len=5"); // relative although the SYNs were skipped
}

TEST_CASE("capture document: relative numbers are Wireshark's", "[capture][tshark]")
{
    if (!test::haveTshark()) {
        WARN("skipped: tshark is not on PATH (./dev.sh installs it)");
        return;
    }
    for (const std::string &name : test::captureFixtures()) {
        INFO(name);
        const std::string path = test::captureFixture(name);
        std::map<std::uint64_t, std::string> theirs;
        for (const auto &row : test::tsvLines(test::run("tshark -n -r '" + path + "' -Y tcp -T fields -e frame.number -e tcp.seq -e tcp.ack"
                                                         " -e tcp.len -e tcp.flags.ack 2>/dev/null")))
            if (row.size() == 5)
                theirs[std::stoull(row[0])] = row[1] + " " + (row[4] == "1" ? row[2] : "-") + " " + row[3];
        CaptureDocument doc;
        REQUIRE(doc.open(path));
        std::map<std::uint64_t, std::string> ours;
        for (std::size_t c = 0; c < doc.conversations().size(); ++c) {
            if (doc.conversations()[c].proto != Protocol::Tcp) continue;
            Trace trace;
            REQUIRE(doc.load(c, trace).ok);
            for (const TraceEvent &e : test::sendsOf(trace))
                ours[e.seg.id] = std::to_string(e.seg.seq) + " " + (e.seg.has(TcpFlag::ACK) ? std::to_string(e.seg.ack) : "-") + " "
                    + std::to_string(e.seg.payload.size());
        }
        CHECK(ours == theirs);
    }
}

TEST_CASE("capture document: a packet read again for the inspector, with its neighbours", "[capture]")
{
    CaptureDocument doc;
    REQUIRE(doc.open(test::captureFixture("tcp-v6-echo.pcapng")));
    Trace trace;
    REQUIRE(doc.load(0, trace).ok);
    const auto p = doc.inspect(6); // the server's echo
    REQUIRE(p);
    CHECK(p->number == 6);
    CHECK(p->from == NodeId::Server);
    CHECK(p->link == LinkType::Ethernet);
    const auto d = WireDecoder::decode(p->link, p->bytes, p->wireLength);
    REQUIRE(d);
    CHECK(d->ipVersion == 6);
    CHECK(d->payload == "hello");
    const auto previous = WireDecoder::decode(p->link, p->previousSame); // packet 5, the server's ACK
    REQUIRE(previous);
    CHECK(previous->payload.empty());
    CHECK(previous->tcp.ack == d->tcp.ack);
    const auto received = WireDecoder::decode(p->link, p->lastReceived); // packet 4, the client's data
    REQUIRE(received);
    CHECK(received->payload == "hello");
    REQUIRE(p->senderBase);
    REQUIRE(p->receiverBase);
    CHECK(d->tcp.seq - *p->senderBase == 1);
    CHECK(d->tcp.ack - *p->receiverBase == 6);
    REQUIRE(p->senderWindowShift);
    CHECK(*p->senderWindowShift == 10);
    const auto first = doc.inspect(1);
    REQUIRE(first);
    CHECK(first->previousSame.empty());
    CHECK(first->lastReceived.empty());
    CHECK_FALSE(doc.inspect(0));
    CHECK_FALSE(doc.inspect(12));
}

TEST_CASE("capture document: bad files", "[capture]")
{
    CaptureDocument doc;
    CHECK_FALSE(doc.open("/nonexistent-dir/none.pcap"));
    CHECK(doc.error().kind == CaptureError::Kind::CannotOpen);
    CHECK_FALSE(doc.isOpen());
    const std::string dir = std::string(WIRESTEP_SOURCE_DIR) + "/tests/bad_captures/";
    CHECK_FALSE(doc.open(dir + "not-a-capture.pcap"));
    CHECK(doc.error().kind == CaptureError::Kind::NotACapture);
    REQUIRE(doc.open(dir + "record-cut-short.pcap"));
    CHECK(doc.warning().kind == CaptureError::Kind::TruncatedRecord);
    CHECK(doc.packetCount() == 10);
    Trace trace;
    CHECK(doc.load(0, trace).shown == 10);
    CHECK_FALSE(doc.load(7, trace).ok);
}

TEST_CASE("capture document: stopping the first pass closes the file", "[capture]")
{
    CaptureDocument doc;
    CHECK_FALSE(doc.open(test::captureFixture("zero-window.pcapng"), [](std::uint64_t, std::uint64_t) { return false; }));
    CHECK_FALSE(doc.isOpen());
    CHECK_FALSE(doc.error());
    std::uint64_t last = 0, total = 0;
    REQUIRE(doc.open(test::captureFixture("zero-window.pcapng"), [&](std::uint64_t done, std::uint64_t all) {
        last = done;
        total = all;
        return true;
    }));
    CHECK(total > 0);
    CHECK(last == total);
}

TEST_CASE("capture document: a pcapng file of two sections is read again in order", "[capture]")
{
    // Two captures one after the other (as `cat a.pcapng b.pcapng` makes them): libpcap takes in
    // the second section's interfaces, so the first section's packets cannot be read again from
    // their offsets; the document then reads on from the start.
    std::ifstream in(test::captureFixture("tcp-v6-echo.pcapng"), std::ios::binary);
    const std::string one{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const std::string path = (std::filesystem::temp_directory_path() / ("wirestep-two-sections-" + std::to_string(::getpid()) + ".pcapng")).string();
    std::ofstream(path, std::ios::binary) << one << one;
    CaptureDocument doc;
    REQUIRE(doc.open(path));
    CHECK(doc.packetCount() == 22);
    Trace trace;
    const auto loaded = doc.load(0, trace);
    REQUIRE(loaded.ok);
    CHECK(loaded.shown == 22);
    const auto first = doc.inspect(4);
    const auto again = doc.inspect(15);
    REQUIRE(first);
    REQUIRE(again);
    CHECK(first->bytes == again->bytes);
    CHECK(WireDecoder::decode(first->link, first->bytes)->payload == "hello");
    std::filesystem::remove(path);
}
