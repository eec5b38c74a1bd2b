#!/usr/bin/env bash
# Wirestep's two commands for developers and newcomers:
#   ./dev.sh run    install what is missing, build, and start the app
#   ./dev.sh test   install what is missing, build, and run every test (ctest)
# Other sub-commands: ./dev.sh deps (install only), ./dev.sh build (build only),
#   ./dev.sh test-sanitize  every test again under ASan + UBSan (+ LSan), built in build-asan/
#   ./dev.sh fuzz [SECONDS] build the libFuzzer targets with clang in build-fuzz/, run each
#                           for SECONDS (default 60); see docs/hardening.md
#   ./dev.sh package        build the Debian package: build/wirestep_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${WIRESTEP_BUILD_DIR:-build}
JOBS=${WIRESTEP_JOBS:-$(nproc 2>/dev/null || echo 2)}

# Debian 12 / Ubuntu 22.04+ package names. Other systems: install the equivalents of
# Qt 6 (base, tools, svg, translations), Catch2 v2, libpcap, libarchive, CMake, a C++20 compiler,
# pkg-config, the fonts the app draws with (DejaVu Sans and DejaVu Sans Mono, Noto Sans CJK SC)
# tshark, tcpdump, python3, nftables and iproute2, then run this script again.
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n libgl-dev
  catch2 libpcap-dev
  libarchive-dev # exercise packs given as a .zip (core/exercise/exercise_pack.cpp)
  fonts-dejavu-core fonts-noto-cjk  # the app's fonts, loaded by file (ui/window/app_fonts.cpp)
  tshark tcpdump # tshark checks our decoding and analysis; tcpdump makes captures in tests (as root)
  nftables iproute2  # test_kernel_diff: losses staged with nft in a network namespace
  dpkg-dev file  # cpack -G DEB: dpkg-shlibdeps finds the package's dependencies
  python3        # tests/test_python_examples runs the programs of examples/python
)
# Only for ./dev.sh fuzz: clang with libFuzzer and its sanitizer runtimes.
FUZZ_PACKAGES=(clang libclang-rt-dev)

install_deps() {
  local PACKAGES=("${PACKAGES[@]}" "$@")
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: this is not a Debian or Ubuntu system; install these (or their equivalents) yourself:" >&2
    echo "  ${PACKAGES[*]}" >&2
    return 0
  fi
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "dev.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  # tshark asks whether non-root users may capture; the noninteractive answer is "no".
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure() {
  local gen=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" "${gen[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  else
    cmake -S . -B "$BUILD_DIR" "$@" >/dev/null
  fi
}

build() {
  configure "$@"
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

# Any ASan/UBSan/LSan report aborts the process, so the test fails. LSan ignores only the
# third-party leaks listed in tools/lsan.supp. Set before building too: the build runs the test
# programs to list their tests.
sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tools/lsan.supp:print_suppressions=0}
}

case "${1:-}" in
  deps)  install_deps ;;
  build) install_deps; build ;;
  run)   install_deps; build; shift; exec "$BUILD_DIR/bin/wirestep" "$@" ;;
  test)  install_deps; build
         export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
         ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" ;;
  test-sanitize)
         install_deps; sanitizer_env
         BUILD_DIR=${WIRESTEP_ASAN_BUILD_DIR:-build-asan}
         # -O0 (Debug): the instrumented build compiles several times faster than with -O2, and
         # assertions stay on.
         build -DWIRESTEP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
         export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
         ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 900 ;;
  package) install_deps; build
         (cd "$BUILD_DIR" && cpack -G DEB) ;;
  fuzz)  install_deps "${FUZZ_PACKAGES[@]}"; shift
         exec fuzz/run.sh "${1:-60}" ;;
  *)     echo "usage: ./dev.sh run | test | build | deps | package | test-sanitize | fuzz [SECONDS]" >&2; exit 2 ;;
esac
