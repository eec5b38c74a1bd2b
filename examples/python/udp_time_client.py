#!/usr/bin/env python3
"""UDP time client: sends a time.strftime() format to udp_time_server.py and prints the
time it answers. UDP resends nothing, so the client asks again itself when no answer
comes in time, a few times at most.

UDP 时间客户端：把一个 time.strftime() 格式串发给 udp_time_server.py，并打印服务器
回复的时间。UDP 不会重传，所以收不到回复时由客户端自己再问，最多问几次。

  python3 udp_time_client.py
  python3 udp_time_client.py --format "%H:%M:%S"
  python3 udp_time_client.py --format "%A, %d %B %Y, week %W"
"""
import argparse
import socket
import sys


def port_number(text):
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 1 to 65535")
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="the server's address / 服务器地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=9999,
                        help="the server's port / 服务器端口 (default: %(default)s)")
    parser.add_argument("--format", default="%Y-%m-%d %H:%M:%S",
                        help="the strftime format to send / 要发送的 strftime 格式串 (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=1.0, metavar="SECONDS",
                        help="wait this long for each answer / 每次等待回复的时间 (default: %(default)s)")
    parser.add_argument("--tries", type=int, default=3,
                        help="ask at most this many times / 最多询问的次数 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    server = (args.host, args.port)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(args.timeout)
    try:
        with sock:
            for attempt in range(1, args.tries + 1):
                # No connect(), no handshake: the first datagram is the request itself.
                # 没有 connect()，没有握手：第一个数据报就是请求本身。
                sock.sendto(args.format.encode("utf-8"), server)
                try:
                    while True:
                        reply, sender = sock.recvfrom(1024)
                        if sender == server:  # ignore datagrams from anyone else / 忽略其他人发来的数据报
                            break
                except socket.timeout:
                    print(f"no answer within {args.timeout:g} s (try {attempt} of {args.tries})")
                    continue
                print(reply.decode("utf-8", "replace"))
                return 0
        print(f"no answer from {args.host}:{args.port}; is udp_time_server.py running?")
    except OSError as e:
        print(f"error: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
