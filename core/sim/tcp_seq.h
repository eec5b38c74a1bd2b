#pragma once
#include <cstdint>

namespace wirestep {

// Sequence-number comparisons modulo 2^32 (RFC 9293 §3.4): `a` is before `b` when the signed
// 32-bit difference a - b is negative. Valid while the two are less than 2^31 apart.
constexpr bool seqLt(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) < 0; }
constexpr bool seqLe(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) <= 0; }
constexpr bool seqGt(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) > 0; }
constexpr bool seqGe(std::uint32_t a, std::uint32_t b) { return static_cast<std::int32_t>(a - b) >= 0; }

} // namespace wirestep
