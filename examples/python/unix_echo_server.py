#!/usr/bin/env python3
"""The echo server again, with AF_UNIX instead of AF_INET. What differs from
tcp_echo_server.py: the address family; the address, a path in the file system
instead of (IP address, port); and that file, which stays until it is removed.
Nothing goes over the network, not even over loopback: a capture on lo shows nothing.

还是回显服务器，只是把 AF_INET 换成了 AF_UNIX。与 tcp_echo_server.py 的不同之处：
地址族；地址是文件系统中的一个路径，而不是（IP 地址，端口）；这个文件会一直留着，直到被删除。
数据不经过网络，连环回接口都不经过：在 lo 上抓包什么也看不到。

  python3 unix_echo_server.py                    # until Ctrl-C / 直到按 Ctrl-C
  python3 unix_echo_server.py --max-clients 1
"""
import argparse
import os
import socket
import stat
import sys
import tempfile

DEFAULT_PATH = os.path.join(tempfile.gettempdir(), "wirestep-echo.sock")


def serve(conn, peer):
    """Echo until the client closes. / 一直回显，直到客户端关闭连接。"""
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:  # the client closed / 客户端已关闭
                print(f"{peer}: the client closed the connection; closing ours")
                return
            more = " ..." if len(data) > 40 else ""  # show the first 40 bytes / 只显示前 40 个字节
            print(f"{peer}: recv() gave {len(data)} bytes: {data[:40]!r}{more}")
            conn.sendall(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", default=DEFAULT_PATH,
                        help="the socket's path / 套接字文件的路径 (default: %(default)s)")
    parser.add_argument("--max-clients", type=int, default=0, metavar="N",
                        help="exit after serving N clients, 0 for never / 服务 N 个客户端后退出，0 表示不退出")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    # A socket file left by an earlier run would make bind() fail: remove it (only if it
    # is a socket). 上次运行留下的套接字文件会让 bind() 失败：删除它（仅当它是套接字文件时）。
    if os.path.exists(args.path) and stat.S_ISSOCK(os.stat(args.path).st_mode):
        os.unlink(args.path)

    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # AF_UNIX, not AF_INET / 不是 AF_INET
    try:
        listener.bind(args.path)  # a path, not (address, port) / 一个路径，而不是（地址，端口）
        listener.listen(5)
    except OSError as e:
        print(f"cannot listen on {args.path}: {e.strerror}")
        return 1

    served = 0
    try:
        print(f"listening on {args.path}")
        with listener:
            while args.max_clients == 0 or served < args.max_clients:
                conn, _ = listener.accept()  # the client's address is usually empty / 客户端地址通常为空
                peer = f"client {served + 1}"
                print(f"accepted {peer}")
                serve(conn, peer)
                served += 1
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    finally:
        if os.path.exists(args.path):
            os.unlink(args.path)  # the file stays after close(): remove it / close() 之后文件仍在，需要删除
    print(f"served {served} client(s); bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
