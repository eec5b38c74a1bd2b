#include "core/trace/rng.h"

namespace wirestep {

namespace {
std::uint64_t splitmix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
} // namespace

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (auto &s : m_s) s = splitmix64(x);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Rng::uniform01() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::uint64_t Rng::below(std::uint64_t boundInclusive)
{
    if (boundInclusive == 0) return 0;
    if (boundInclusive == UINT64_MAX) return next();
    // Rejection sampling so that every value is equally likely, the same on every platform.
    const std::uint64_t range = boundInclusive + 1;
    const std::uint64_t limit = UINT64_MAX - (UINT64_MAX % range);
    for (;;) {
        const std::uint64_t x = next();
        if (x < limit) return x % range;
    }
}

bool Rng::chance(double p)
{
    if (p <= 0.0) return false;
    if (p >= 1.0) return true;
    return uniform01() < p;
}

} // namespace wirestep
