#!/usr/bin/env bash
# Writes the fixture captures of tests/captures/ from traffic made on loopback by traffic.py.
# Needs root (or CAP_NET_RAW), tcpdump, dumpcap and editcap. The files are committed, so the
# tests always have real captures to open; run this again only to change them.
set -euo pipefail
cd "$(dirname "$0")"


run() { # run OUT "CAPTURE COMMAND" SCENARIO PORT
  local out=$1 cmd=$2 scenario=$3 port=$4
  rm -f "$out"
  eval "exec $cmd" 2>/dev/null &
  local pid=$!
  sleep 1.5 # the capture is open
  python3 traffic.py "$scenario" "$port"
  sleep 0.5
  kill -INT "$pid"
  wait "$pid" || true
  chmod 644 "$out"
  echo "$out: $(tshark -r "$out" 2>/dev/null | wc -l) packets"
}

# Ethernet link type (Linux's lo), classic pcap, IPv4: the client closes first.
run tcp-v4-echo.pcap "tcpdump -i lo -U -w tcp-v4-echo.pcap 'tcp port 47001'" echo4 47001
# pcapng from dumpcap, IPv6: the server closes first.
run tcp-v6-echo.pcapng "dumpcap -q -i lo -f 'tcp port 47002' -w tcp-v6-echo.pcapng" echo6 47002
# Linux cooked v2 (tcpdump -i any), nanosecond pcap: a UDP exchange, a refused connection, an echo.
run any-sll2-mixed.pcap "tcpdump -i any -U --time-stamp-precision=nano -w any-sll2-mixed.pcap 'port 47003 or port 47004 or port 47005'" mixed 47003
# Linux cooked v1: keep-alive probes and their ACKs.
run sll-keepalive.pcap "tcpdump -i any -y LINUX_SLL -U -w sll-keepalive.pcap 'tcp port 47006'" keepalive 47006
# pcapng, IPv6, 128-byte snapshot: the receiver's window fills, goes to zero, opens again.
run zero-window.pcapng "dumpcap -q -i lo -s 128 -f 'tcp port 47007' -w zero-window.pcapng" zerowindow 47007
# A capture that starts in the middle of a connection: the first echo without its handshake.
editcap -F pcap -r tcp-v4-echo.pcap tcp-v4-mid.pcap 4-1000 >/dev/null
echo "tcp-v4-mid.pcap: $(tshark -r tcp-v4-mid.pcap 2>/dev/null | wc -l) packets"
