#!/usr/bin/env python3
"""UDP chat between two peers: no connection, no server, just datagrams.
Each peer binds its own port and sends each typed line as one datagram to the other
peer's port (Ctrl-D ends); a second thread prints each datagram received.
Start the two peers with their ports swapped:

UDP 聊天：两个对等方之间没有连接，也没有服务器，只有数据报。
每一方绑定自己的端口，把键盘输入的每一行作为一个数据报发到对方的端口（Ctrl-D 结束）；
另一个线程打印收到的每个数据报。启动两个对等方时把端口对调：

  python3 udp_chat.py --port 9000 --peer-port 9001
  python3 udp_chat.py --port 9001 --peer-port 9000
  python3 udp_chat.py --port 9001 --peer-port 9000 --message one --message two   # no typing / 不用键盘
"""
import argparse
import socket
import sys
import threading


def port_number(text):
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return value


def receive(sock, answer, count=None):
    """Print each datagram; with `answer`, reply to whoever sent it.
    打印每个数据报；给了 answer 时，回复发送它的一方。"""
    received = 0
    while count is None or received < count:
        # One recvfrom() returns one whole datagram, never part of one, never two.
        # 一次 recvfrom() 恰好返回一个完整的数据报：不会只有半个，也不会是两个。
        data, (host, port) = sock.recvfrom(65535)
        received += 1
        print(f"datagram from {host}:{port}, {len(data)} bytes: {data.decode('utf-8', 'replace')}")
        if answer is not None:
            sock.sendto(answer.encode("utf-8"), (host, port))  # back to its sender / 发回给发送方


def receive_until_closed(sock, answer):
    """The receiving thread: print datagrams until the socket is closed. / 接收线程：一直打印数据报，直到套接字关闭。"""
    try:
        receive(sock, answer)
    except OSError:
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="our address / 本方地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=9000,
                        help="our port, 0 for any free one / 本方端口，0 表示由系统挑选 (default: %(default)s)")
    parser.add_argument("--peer-host", default="127.0.0.1",
                        help="the other peer's address / 对方地址 (default: %(default)s)")
    parser.add_argument("--peer-port", type=port_number, default=9001,
                        help="the other peer's port / 对方端口 (default: %(default)s)")
    parser.add_argument("--message", action="append", metavar="TEXT",
                        help="send this datagram instead of typing (repeat for more) / 发送这个数据报（可重复）")
    parser.add_argument("--expect", type=int, default=0, metavar="N",
                        help="then wait for N datagrams / 然后等待 N 个数据报")
    parser.add_argument("--answer", metavar="TEXT",
                        help="answer each datagram received with this one / 用这段文字回复收到的每个数据报")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="with --message or --expect: give up after this long without a datagram / "
                             "用 --message 或 --expect 时，这么久收不到数据报就放弃 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # IPv4 + UDP / IPv4 + UDP
    try:
        sock.bind((args.host, args.port))  # our address: where the peer sends to / 本方地址：对方发往这里
    except OSError as e:
        print(f"cannot bind {args.host}:{args.port}: {e.strerror}")
        return 1
    host, port = sock.getsockname()
    peer = (args.peer_host, args.peer_port)

    scripted = bool(args.message) or args.expect > 0
    try:
        print(f"bound to {host}:{port}, sending to {peer[0]}:{peer[1]}")
        with sock:
            if not scripted:  # type lines; another thread prints / 键盘输入；另一个线程负责打印
                threading.Thread(target=receive_until_closed, args=(sock, args.answer), daemon=True).start()
                for line in sys.stdin:
                    # One sendto() is one datagram. Nobody tells us if it arrives.
                    # 一次 sendto() 就是一个数据报。它是否到达，没有人会告诉我们。
                    sock.sendto(line.rstrip("\n").encode("utf-8"), peer)
                return 0
            sock.settimeout(args.timeout)
            for text in args.message or []:
                sock.sendto(text.encode("utf-8"), peer)
                print(f"sent {len(text.encode('utf-8'))} bytes")
            receive(sock, args.answer, args.expect)
        return 0
    except socket.timeout:
        print(f"no datagram within {args.timeout:g} s (UDP does not resend a lost one)")
    except OSError as e:
        print(f"error: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
