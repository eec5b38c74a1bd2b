#pragma once
// Wall-clock bounds in tests are set for the optimised build. Under AddressSanitizer (the CI's
// second pass, ./dev.sh test-sanitize) code runs several times slower, so bounds scale by this.
namespace wirestep::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kSlowdown = 10.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kSlowdown = 10.0;
#else
inline constexpr double kSlowdown = 1.0;
#endif
#else
inline constexpr double kSlowdown = 1.0;
#endif

} // namespace wirestep::test
