#!/usr/bin/env python3
"""A server that ends connections with RST instead of FIN, for reset_client.py.
It waits until the client's data has arrived, then closes without reading it: a close
with unread data sends RST, not FIN (RFC 1122, 4.2.2.13). With --linger0 it reads the
data, sets SO_LINGER to (on, 0 seconds) and closes: that too sends RST.

用 RST（而不是 FIN）结束连接的服务器，配合 reset_client.py 使用。
它等客户端的数据到达后，不读取就关闭：接收缓存中还有未读数据时关闭，发出的是 RST 而不是 FIN
（RFC 1122，4.2.2.13）。加 --linger0 时，它先读走数据，把 SO_LINGER 设为（开启，0 秒）再关闭：
这样也会发出 RST。

  python3 reset_server.py             # then: python3 reset_client.py
  python3 reset_server.py --linger0
"""
import argparse
import select
import socket
import struct
import sys


def port_number(text):
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return value


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on / 监听地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=8890,
                        help="port, 0 for any free one / 端口，0 表示由系统挑选 (default: %(default)s)")
    parser.add_argument("--linger0", action="store_true",
                        help="read the data, then close with SO_LINGER 0 / 读完数据后以 SO_LINGER 0 关闭")
    parser.add_argument("--max-clients", type=int, default=1, metavar="N",
                        help="exit after N clients, 0 for never / 服务 N 个客户端后退出，0 表示不退出 "
                             "(default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((args.host, args.port))
        listener.listen(5)
    except OSError as e:
        print(f"cannot listen on {args.host}:{args.port}: {e.strerror}")
        return 1
    host, port = listener.getsockname()

    served = 0
    try:
        print(f"listening on {host}:{port}")
        with listener:
            while args.max_clients == 0 or served < args.max_clients:
                conn, (peer_host, peer_port) = listener.accept()
                peer = f"{peer_host}:{peer_port}"
                print(f"accepted {peer}")
                # Wait (10 s at most) until the client's data is in our receive buffer.
                # 等待（最多 10 秒）客户端的数据进入本端的接收缓存。
                select.select([conn], [], [], 10.0)
                if args.linger0:
                    data = conn.recv(1024)
                    print(f"{peer}: read {len(data)} bytes; closing with SO_LINGER 0: RST")
                    # l_onoff = 1, l_linger = 0: close() drops the connection at once with RST.
                    # l_onoff = 1，l_linger = 0：close() 立即以 RST 丢弃连接。
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                else:
                    print(f"{peer}: closing without reading the data: RST")
                conn.close()  # RST, no FIN, no TIME_WAIT / 发 RST；没有 FIN，也没有 TIME_WAIT
                served += 1
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    print("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
