#include "core/sim/send_buffer.h"

#include <catch2/catch.hpp>

using namespace wirestep;

TEST_CASE("bytes are addressed by sequence number and acknowledged from the front", "[send-buffer]")
{
    SendBuffer b;
    b.reset(101);
    b.append("hello, ");
    b.append("world");
    CHECK(b.size() == 12);
    CHECK(b.endSeq() == 113);
    CHECK(b.bytes(101, 5) == "hello");
    CHECK(b.bytes(108, 100) == "world"); // clipped at the end
    CHECK(b.bytes(113, 1).empty());
    b.acknowledge(108);
    CHECK(b.startSeq() == 108);
    CHECK(b.size() == 5);
    CHECK(b.bytes(108, 5) == "world");
    b.acknowledge(100); // old: ignored
    CHECK(b.startSeq() == 108);
    b.acknowledge(114); // the FIN's sequence number lies beyond the data
    CHECK(b.size() == 0);
    CHECK(b.startSeq() == 113);
}

TEST_CASE("sequence numbers wrap around 2^32", "[send-buffer]")
{
    SendBuffer b;
    b.reset(0xFFFFFFFEu);
    b.append("abcd");
    CHECK(b.endSeq() == 2u);
    CHECK(b.bytes(0u, 2) == "cd");
    b.acknowledge(1u);
    CHECK(b.bytes(1u, 10) == "d");
}

TEST_CASE("a long stream keeps only what is unacknowledged", "[send-buffer]")
{
    SendBuffer b;
    b.reset(1);
    std::uint32_t acked = 1;
    for (int i = 0; i < 10000; ++i) {
        b.append(std::string(1460, static_cast<char>('a' + i % 26)));
        acked += 1460;
        b.acknowledge(acked);
        REQUIRE(b.size() == 0);
    }
    b.append("xyz");
    CHECK(b.bytes(acked, 3) == "xyz");
}
