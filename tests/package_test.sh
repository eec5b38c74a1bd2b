#!/usr/bin/env bash
# The .deb: builds it with cpack from the build folder into a temporary folder, unpacks it with
# dpkg -x and runs the programs from there; checks the desktop entry, the icon, the man pages,
# the version, the dependencies, the course's example programs, and that the MIME types the
# desktop entry opens are declared.
#   tests/package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "package_test: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$tmp"/out/wirestep_"$version"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no wirestep_${version}_*.deb in $(ls "$tmp/out")"

[ "$(dpkg-deb -f "$deb" Package)" = wirestep ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6svg6 qt6-qpa-plugins fonts-dejavu-core fonts-noto-cjk libpcap0.8 libqt6widgets6 libqt6core6 libc6 libstdc++6; do
  grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
grep -q qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks qt6-translations-l10n"

root="$tmp/root"
dpkg -x "$deb" "$root"
for f in usr/bin/wirestep usr/bin/wirestep-cli \
         usr/share/applications/wirestep.desktop usr/share/mime/packages/wirestep.xml \
         usr/share/icons/hicolor/scalable/apps/wirestep.svg \
         usr/share/man/man1/wirestep-cli.1.gz usr/share/man/man1/wirestep.1.gz \
         usr/share/doc/wirestep/copyright; do
  [ -f "$root/$f" ] || fail "$f is not in the package"
done
for f in tcp_echo_server.py tcp_echo_client.py chat_server_select.py unix_echo_server.py; do
  [ -x "$root/usr/share/doc/wirestep/examples/python/$f" ] || fail "examples/python/$f is not in the package, or not executable"
done
[ -f "$root/usr/share/doc/wirestep/examples/python/README.md" ] || fail "examples/python/README.md is not in the package"
desktop="$root/usr/share/applications/wirestep.desktop"
for line in 'Exec=wirestep %F' 'Icon=wirestep' 'Categories=Education;Network;' 'Name[zh_CN]=' 'Comment[zh_CN]=' \
            'application/x-wirestep-scenario;' 'application/vnd.tcpdump.pcap;' 'application/x-pcapng;'; do
  grep -qF "$line" "$desktop" || fail "the desktop entry lacks $line"
done
gzip -dc "$root/usr/share/man/man1/wirestep-cli.1.gz" | grep -q '^\.TH WIRESTEP-CLI 1' || fail "the man page is not troff"

grep -q 'type="application/x-wirestep-scenario"' "$root/usr/share/mime/packages/wirestep.xml" || fail "wirestep.xml lacks the scenario type"

out=$("$root/usr/bin/wirestep-cli" --version)
[ "$out" = "wirestep-cli $version" ] || fail "wirestep-cli --version says '$out'"
"$root/usr/bin/wirestep-cli" list --lang en | grep -q '^handshake ' || fail "wirestep-cli list has no handshake"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/wirestep" --version)
[ "$out" = "Wirestep $version" ] || fail "wirestep --version says '$out'"
echo "package_test: $(basename "$deb") is complete"
