#!/usr/bin/env python3
"""UDP time server: each datagram it receives is a time.strftime() format; it answers
with its local time in that format (an empty datagram asks for "%Y-%m-%d %H:%M:%S").

UDP 时间服务器：收到的每个数据报是一个 time.strftime() 格式串；服务器按这个格式
回复它的本地时间（空数据报表示使用 "%Y-%m-%d %H:%M:%S"）。

  python3 udp_time_server.py                    # 127.0.0.1:9999, until Ctrl-C / 直到按 Ctrl-C
  python3 udp_time_server.py --max-requests 3   # answer three, then exit / 回复三次后退出
"""
import argparse
import socket
import sys
import time

DEFAULT_FORMAT = "%Y-%m-%d %H:%M:%S"
MAX_FORMAT = 64  # bytes; a longer format gets an error reply / 字节；更长的格式串得到错误回复


def port_number(text):
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return value


def answer(request):
    """The reply to one request. / 对一个请求的回复。"""
    if len(request) > MAX_FORMAT:
        return f"error: the format is longer than {MAX_FORMAT} bytes"
    try:
        fmt = request.decode("utf-8") or DEFAULT_FORMAT
        return time.strftime(fmt)  # the local time in the client's format / 按客户端的格式写出本地时间
    except (UnicodeDecodeError, ValueError) as e:
        return f"error: {e}"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to receive on / 接收地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=9999,
                        help="port, 0 for any free one / 端口，0 表示由系统挑选 (default: %(default)s)")
    parser.add_argument("--max-requests", type=int, default=0, metavar="N",
                        help="exit after answering N requests, 0 for never / 回复 N 个请求后退出，0 表示不退出")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    # SOCK_DGRAM: UDP, no listen(), no accept(). / SOCK_DGRAM：UDP，没有 listen() 和 accept()。
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind((args.host, args.port))
    except OSError as e:
        print(f"cannot bind {args.host}:{args.port}: {e.strerror}")
        return 1
    host, port = sock.getsockname()

    answered = 0
    try:
        print(f"waiting for datagrams on {host}:{port}")
        with sock:
            while args.max_requests == 0 or answered < args.max_requests:
                # recvfrom() gives the datagram and its sender's address: that is where the
                # reply goes. There is no connection to remember it.
                # recvfrom() 返回数据报和发送方地址，回复就发往这个地址；没有连接替我们记住它。
                request, (peer_host, peer_port) = sock.recvfrom(1024)
                reply = answer(request)
                sock.sendto(reply.encode("utf-8"), (peer_host, peer_port))
                answered += 1
                asked = request.decode("utf-8", "replace")
                print(f"{peer_host}:{peer_port} asked {asked!r}, answered {reply!r}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    print(f"answered {answered} request(s); bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
