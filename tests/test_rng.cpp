#include "core/trace/rng.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace wirestep;

TEST_CASE("the same seed gives the same numbers and another seed others", "[rng]")
{
    Rng a(42), b(42), c(43);
    std::vector<std::uint64_t> va, vb, vc;
    for (int i = 0; i < 100; ++i) {
        va.push_back(a.next());
        vb.push_back(b.next());
        vc.push_back(c.next());
    }
    CHECK(va == vb);
    CHECK(va != vc);
}

TEST_CASE("the generator's output is pinned, so runs match across platforms", "[rng]")
{
    // xoshiro256** seeded by splitmix64(0): these values must never change, or every
    // saved trace and teaching scenario would change with them.
    Rng r(0);
    const std::uint64_t first = r.next();
    Rng again(0);
    CHECK(again.next() == first);
    CHECK(first == 0x99ec5f36cb75f2b4ull);
}

TEST_CASE("uniform01 stays in [0,1) and below(n) in [0,n]", "[rng]")
{
    Rng r(7);
    double sum = 0;
    for (int i = 0; i < 100000; ++i) {
        const double u = r.uniform01();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        sum += u;
    }
    CHECK(sum / 100000 == Approx(0.5).margin(0.01));
    std::vector<int> seen(6, 0);
    for (int i = 0; i < 60000; ++i) {
        const auto v = r.below(5);
        REQUIRE(v <= 5);
        ++seen[v];
    }
    for (int count : seen) CHECK(std::abs(count - 10000) < 500);
    CHECK(r.below(0) == 0);
}

TEST_CASE("chance(0) never and chance(1) always, without drawing", "[rng]")
{
    Rng a(5), b(5);
    for (int i = 0; i < 100; ++i) {
        CHECK_FALSE(a.chance(0.0));
        CHECK(a.chance(1.0));
    }
    CHECK(a.next() == b.next());
}
