#pragma once
#include <cstdint>
#include <span>

namespace wirestep {

// The Internet checksum (RFC 1071): the 16-bit one's complement of the one's complement sum of
// the data taken as big-endian 16-bit words, an odd last byte padded with zero on the right.

// Adds `data` to a running 32-bit sum (RFC 1071 §4.1, the inner loop). Every chunk but the last
// must have an even length, so that words stay aligned across chunks.
std::uint32_t checksumAdd(std::uint32_t sum, std::span<const std::uint8_t> data);

// Folds the carries of a running sum into 16 bits and complements it (RFC 1071 §4.1).
std::uint16_t checksumFinish(std::uint32_t sum);

// checksumFinish(checksumAdd(0, data)). Over a header whose checksum field holds the right
// value, the result is 0.
std::uint16_t internetChecksum(std::span<const std::uint8_t> data);

// The TCP or UDP checksum: over the 12-byte pseudo-header (source, destination, zero, protocol,
// TCP/UDP length; RFC 9293 §3.1, RFC 768) followed by the segment itself, whose checksum field
// the caller must have zeroed (or left in place, to verify: then a valid segment gives 0).
std::uint16_t transportChecksum(std::span<const std::uint8_t, 4> source,
                                std::span<const std::uint8_t, 4> destination, std::uint8_t protocol,
                                std::span<const std::uint8_t> segment);

// The same over IPv6's 40-byte pseudo-header (source, destination, upper-layer length as 32
// bits, three zero bytes, next header; RFC 8200 §8.1).
std::uint16_t transportChecksum6(std::span<const std::uint8_t, 16> source,
                                 std::span<const std::uint8_t, 16> destination, std::uint8_t protocol,
                                 std::span<const std::uint8_t> segment);

// RFC 768: a UDP checksum that computes to 0 is transmitted as all ones (0xFFFF), because 0 in
// the field means "no checksum".
constexpr std::uint16_t udpChecksumOnWire(std::uint16_t computed)
{
    return computed == 0 ? 0xFFFF : computed;
}

} // namespace wirestep
