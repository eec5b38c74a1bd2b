#!/usr/bin/env python3
"""SO_REUSEADDR on and off. This server greets each client with one line and closes
the connection first, so the TIME_WAIT of that connection is on the server's side.
Then it exits (after --max-clients clients, 1 by default). Run it again right away:
without --reuseaddr, bind() fails with "Address already in use"; with --reuseaddr
(on both runs: on Linux the connection in TIME_WAIT must have had the option too,
from its listening socket) it binds at once.

SO_REUSEADDR 的开与关。这个服务器给每个客户端发一行问候，然后先关闭连接，
所以这个连接的 TIME_WAIT 出现在服务器一侧。之后它退出（服务 --max-clients 个客户端后，
默认 1 个）。马上再运行一次：不加 --reuseaddr 时 bind() 失败，报 "Address already in use"；
两次都加 --reuseaddr 时立即绑定成功（在 Linux 上，处于 TIME_WAIT 的那个连接也必须
带有这个选项，它继承自当时的监听套接字）。

  python3 reuseaddr_server.py              # then: python3 tcp_echo_client.py --read-until-close
  python3 reuseaddr_server.py              # again at once: Address already in use / 马上再运行：地址已被占用
  python3 reuseaddr_server.py --reuseaddr  # twice / 运行两次
"""
import argparse
import errno
import socket
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
    parser.add_argument("--port", type=port_number, default=8888,
                        help="port, 0 for any free one / 端口，0 表示由系统挑选 (default: %(default)s)")
    parser.add_argument("--reuseaddr", action="store_true",
                        help="set SO_REUSEADDR before bind() / 在 bind() 之前设置 SO_REUSEADDR")
    parser.add_argument("--max-clients", type=int, default=1, metavar="N",
                        help="exit after N clients, 0 for never / 服务 N 个客户端后退出，0 表示不退出 "
                             "(default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if args.reuseaddr:
        # Allow bind() while connections on this port are still in TIME_WAIT.
        # 允许在本端口的连接仍处于 TIME_WAIT 时 bind()。
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((args.host, args.port))
        listener.listen(5)
    except OSError as e:
        print(f"bind() failed: [Errno {e.errno}] {e.strerror}")
        if e.errno == errno.EADDRINUSE:
            print(f"a connection on port {args.port} still holds it (TIME_WAIT?): "
                  f"see ss -tan '( sport = :{args.port} )'; or use --reuseaddr")
        listener.close()
        return 1
    host, port = listener.getsockname()
    state = "on" if args.reuseaddr else "off"

    served = 0
    try:
        print(f"listening on {host}:{port}, SO_REUSEADDR {state}")
        with listener:
            while args.max_clients == 0 or served < args.max_clients:
                conn, (peer_host, peer_port) = listener.accept()
                with conn:
                    conn.sendall(f"hello {peer_host}:{peer_port}, the server closes first\n".encode("utf-8"))
                # close() above sent our FIN first: this side goes through FIN_WAIT_1,
                # FIN_WAIT_2 and TIME_WAIT, and the port stays taken for 2MSL (60 s on Linux).
                # 上面的 close() 先发出 FIN：本端经过 FIN_WAIT_1、FIN_WAIT_2，进入 TIME_WAIT，
                # 端口在 2MSL（Linux 上为 60 秒）内仍被占用。
                print(f"{peer_host}:{peer_port}: closed first, so TIME_WAIT is on this side")
                served += 1
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    print(f"closed the listening socket; run me again now on port {port}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
