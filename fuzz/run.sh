#!/usr/bin/env bash
# fuzz/run.sh [SECONDS=60]: builds the libFuzzer programs with clang (ASan + UBSan) in
# build-fuzz/, writes the seed corpus from the catalog (make_seeds) plus tests/fuzz_regressions/,
# and runs every target for SECONDS, WIRESTEP_JOBS (default 2) at a time. The corpus grows in
# build-fuzz/corpus/<target>/ from run to run. Exits 1 if any target found a crash, a hang, a
# leak or a broken invariant; the input is left in build-fuzz/artifacts/. Copy it to
# tests/fuzz_regressions/<target>/ once fixed (docs/hardening.md).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-60}
JOBS=${WIRESTEP_JOBS:-2}
BUILD=$(realpath -m "${WIRESTEP_FUZZ_BUILD_DIR:-build-fuzz}") # absolute: cli_args changes directory
TARGETS=(scenario_loader wire_decoder capture length_prefix_framer udp_time_format cli_args)

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  gen=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWIRESTEP_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$BUILD" --target wirestep_fuzzers -j "$JOBS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tools/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

rm -rf "$BUILD/seeds"
"$BUILD/bin/fuzz/make_seeds" "$BUILD/seeds"
cp tests/captures/*.pcap tests/captures/*.pcapng tests/bad_captures/*.pcap* "$BUILD/seeds/capture/"
for t in "${TARGETS[@]}"; do
  [ -d "tests/fuzz_regressions/$t" ] && cp tests/fuzz_regressions/"$t"/* "$BUILD/seeds/$t/"
  mkdir -p "$BUILD/corpus/$t" "$BUILD/artifacts" "$BUILD/logs"
done

run_one() {
  local t=$1
  if "$BUILD/bin/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=65536 \
       -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" \
       "$BUILD/corpus/$t" "$BUILD/seeds/$t" >"$BUILD/logs/$t.log" 2>&1; then
    echo "fuzz: $t: ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/logs/$t.log" | grep -o '[0-9]*$') runs)"
  else
    echo "fuzz: $t: FAILED; see $BUILD/logs/$t.log and $BUILD/artifacts/$t-*" >&2
    tail -n 40 "$BUILD/logs/$t.log" >&2
    return 1
  fi
}

failed=0
running=0
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
exit "$failed"
