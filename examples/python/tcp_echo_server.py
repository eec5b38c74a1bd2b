#!/usr/bin/env python3
"""TCP echo server: sends every byte it receives back to the client.
It serves one client at a time, like the lecture's server: while it talks to one
client, the next ones wait in the kernel's accept queue.

TCP 回显服务器：把收到的每个字节原样发回客户端。
和课上的服务器一样，一次只服务一个客户端：它与一个客户端通信时，
后来的客户端在内核的全连接队列中等待。

  python3 tcp_echo_server.py                 # 127.0.0.1:8888, until Ctrl-C / 直到按 Ctrl-C
  python3 tcp_echo_server.py --max-clients 2 # stop after two clients / 服务两个客户端后退出
"""
import argparse
import socket
import sys


def port_number(text):
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return value


def serve(conn, peer):
    """Echo until the client closes. / 一直回显，直到客户端关闭连接。"""
    with conn:  # close() at the end: our FIN / 结束时 close()：发出我方的 FIN
        while True:
            try:
                data = conn.recv(1024)  # blocks until data or FIN / 阻塞，直到收到数据或 FIN
            except ConnectionResetError:
                print(f"{peer}: connection reset by the client (RST)")
                return
            if not data:  # b"": the client closed (FIN) / 空：客户端已关闭（收到 FIN）
                print(f"{peer}: the client closed the connection; closing ours")
                return
            more = " ..." if len(data) > 40 else ""  # show the first 40 bytes / 只显示前 40 个字节
            print(f"{peer}: recv() gave {len(data)} bytes: {data[:40]!r}{more}")
            conn.sendall(data)  # send it all back / 全部发回


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on / 监听地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=8888,
                        help="port, 0 for any free one / 端口，0 表示由系统挑选 (default: %(default)s)")
    parser.add_argument("--backlog", type=int, default=5,
                        help="listen() backlog: finished handshakes waiting for accept() / "
                             "全连接队列的长度 (default: %(default)s)")
    parser.add_argument("--max-clients", type=int, default=0, metavar="N",
                        help="exit after serving N clients, 0 for never / 服务 N 个客户端后退出，0 表示不退出")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # IPv4 + TCP / IPv4 + TCP
    try:
        listener.bind((args.host, args.port))  # the server's address and port / 绑定地址和端口
        listener.listen(args.backlog)  # LISTEN: the kernel now answers SYNs / 进入 LISTEN，内核开始应答 SYN
    except OSError as e:
        print(f"cannot listen on {args.host}:{args.port}: {e.strerror}")
        return 1
    host, port = listener.getsockname()

    served = 0
    try:
        print(f"listening on {host}:{port} (backlog {args.backlog}), one client at a time")
        with listener:
            while args.max_clients == 0 or served < args.max_clients:
                # The three-way handshake is already done by the kernel: accept() only takes
                # the next connection out of the accept queue.
                # 三次握手已由内核完成：accept() 只是从全连接队列中取出下一个连接。
                conn, (peer_host, peer_port) = listener.accept()
                peer = f"{peer_host}:{peer_port}"
                print(f"accepted {peer}")
                serve(conn, peer)  # nobody else is served meanwhile / 这期间不服务其他客户端
                served += 1
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    print(f"served {served} client(s); bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
