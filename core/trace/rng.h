#pragma once
#include <cstdint>

namespace wirestep {

// The simulator's only source of randomness: xoshiro256** seeded through splitmix64.
// The mapping from bits to numbers is our own code (not <random>'s distributions, which
// differ between standard libraries), so a seed gives the same run on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);
    std::uint64_t next();
    // Uniform in [0, 1), 53 bits of precision.
    double uniform01();
    // Uniform integer in [0, bound] (inclusive); bound 0 gives 0.
    std::uint64_t below(std::uint64_t boundInclusive);
    // True with probability p (p <= 0 never, p >= 1 always, and no number is drawn then).
    bool chance(double p);

private:
    std::uint64_t m_s[4];
};

} // namespace wirestep
