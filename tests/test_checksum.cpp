#include "core/wire/checksum.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <vector>

using namespace wirestep;

TEST_CASE("checksum: the RFC 1071 §3 example", "[checksum]")
{
    // RFC 1071 §3: bytes 00 01 f2 03 f4 f5 f6 f7 sum to 0xddf2; the checksum is its complement.
    const std::array<std::uint8_t, 8> data{0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};
    CHECK(checksumAdd(0, data) == 0x2ddf0); // before folding: 0x0001+0xf203+0xf4f5+0xf6f7
    CHECK(checksumFinish(checksumAdd(0, data)) == 0x220d);
    CHECK(internetChecksum(data) == 0x220d);
}

TEST_CASE("checksum: an odd last byte is padded with zero on the right", "[checksum]")
{
    const std::array<std::uint8_t, 1> one{0x01};
    CHECK(internetChecksum(one) == 0xfeff);
    const std::array<std::uint8_t, 9> nine{0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7, 0x08};
    CHECK(internetChecksum(nine) == 0x1a0d);
}

TEST_CASE("checksum: empty data and all-ones data", "[checksum]")
{
    CHECK(internetChecksum(std::span<const std::uint8_t>{}) == 0xffff);
    // A megabyte of 0xff: many carries, which must fold without overflowing the accumulator.
    const std::vector<std::uint8_t> ones(1 << 20, 0xff);
    CHECK(internetChecksum(ones) == 0x0000);
}

TEST_CASE("checksum: data that includes its own checksum sums to zero", "[checksum]")
{
    std::vector<std::uint8_t> data{0x45, 0x00, 0x00, 0x2c, 0x12, 0x34, 0x00, 0x00, 0xab};
    const std::uint16_t c = internetChecksum(data);
    data.push_back(0); // keep the checksum word aligned after the odd byte's padding
    data.push_back(static_cast<std::uint8_t>(c >> 8));
    data.push_back(static_cast<std::uint8_t>(c & 0xff));
    CHECK(internetChecksum(data) == 0);
}

TEST_CASE("checksum: adding even chunks equals adding the whole", "[checksum]")
{
    const std::array<std::uint8_t, 8> data{0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};
    const std::span<const std::uint8_t> all(data);
    const std::uint32_t chunked = checksumAdd(checksumAdd(0, all.first(4)), all.subspan(4));
    CHECK(checksumFinish(chunked) == internetChecksum(data));
}

TEST_CASE("checksum: TCP pseudo-header checksum of a SYN", "[checksum]")
{
    // 192.0.2.1:40000 -> 192.0.2.2:80 SYN seq=100 win=65535 MSS 1460; worked by hand:
    // pseudo-header c000+0201+c000+0202+0006+0018 = 0x18421, header words = 0x204ad,
    // total 0x388ce, folded 0x88d1, complement 0x772e.
    const std::array<std::uint8_t, 4> src{192, 0, 2, 1};
    const std::array<std::uint8_t, 4> dst{192, 0, 2, 2};
    const std::array<std::uint8_t, 24> tcp{0x9c, 0x40, 0x00, 0x50, 0x00, 0x00, 0x00, 0x64,
                                           0x00, 0x00, 0x00, 0x00, 0x60, 0x02, 0xff, 0xff,
                                           0x00, 0x00, 0x00, 0x00, 0x02, 0x04, 0x05, 0xb4};
    CHECK(transportChecksum(src, dst, 6, tcp) == 0x772e);
}

TEST_CASE("checksum: a computed UDP checksum of 0 is sent as 0xFFFF (RFC 768)", "[checksum]")
{
    CHECK(udpChecksumOnWire(0x0000) == 0xffff);
    CHECK(udpChecksumOnWire(0x1234) == 0x1234);
    CHECK(udpChecksumOnWire(0xffff) == 0xffff);
}
