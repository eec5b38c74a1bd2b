#!/usr/bin/env python3
"""Multi-client chat server with select(): one thread serves every client.
select() waits until one of the sockets is readable (a new connection on the
listening socket, data or FIN on a client's); then the program reads only that one,
so it never blocks on a quiet client. Same protocol as chat_server_threads.py:
one message per line, each line goes to every other client.

用 select() 的多客户端聊天服务器：一个线程服务所有客户端。
select() 一直等到某个套接字可读（监听套接字上有新连接，或客户端套接字上有数据或 FIN），
程序只读那一个，所以不会阻塞在不说话的客户端上。协议与 chat_server_threads.py 相同：
每行一条消息，转发给其他所有客户端。

  python3 chat_server_select.py                  # 127.0.0.1:8888, until Ctrl-C / 直到按 Ctrl-C
  python3 chat_server_select.py --max-clients 2  # exit when two clients came and left / 两个客户端来过并离开后退出
"""
import argparse
import select
import socket
import sys

MAX_LINE = 1024  # a longer line ends that client's connection / 超过这个长度就断开该客户端


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
    parser.add_argument("--max-clients", type=int, default=0, metavar="N",
                        help="accept N clients, exit when they have all left; 0 for never / "
                             "接受 N 个客户端，全部离开后退出；0 表示不退出")
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

    names = {}  # client socket -> "address:port" / 客户端套接字 -> “地址:端口”
    buffers = {}  # client socket -> bytes of an unfinished line / 尚未收完的一行
    accepted = 0
    listening = True

    def broadcast(text, sender):
        for conn in names:
            if conn is not sender:
                try:
                    conn.sendall(text.encode("utf-8"))
                except OSError:
                    pass  # select() will report it readable (EOF or error) / select() 会报告它可读（EOF 或出错）

    def drop(conn):
        name = names.pop(conn)
        del buffers[conn]
        conn.close()
        print(f"{name} left")
        broadcast(f"* {name} left\n", None)

    try:
        print(f"listening on {host}:{port}, one thread, select()")
        while True:
            watched = list(names)
            if listening:
                watched.append(listener)
            if not watched:  # --max-clients reached and everyone left / 人数已满且都已离开
                break
            # Wait until at least one socket is readable. / 等待至少一个套接字可读。
            readable, _, _ = select.select(watched, [], [])
            for sock in readable:
                if sock is listener:  # a finished handshake waits in the accept queue / 全连接队列中有已完成握手的连接
                    conn, (peer_host, peer_port) = listener.accept()  # will not block now / 此时不会阻塞
                    name = f"{peer_host}:{peer_port}"
                    print(f"accepted {name}")
                    names[conn], buffers[conn] = name, b""
                    try:
                        conn.sendall(f"* welcome {name}, {len(names)} online\n".encode("utf-8"))
                    except OSError:
                        pass  # select() will report it / select() 会报告
                    broadcast(f"* {name} joined\n", conn)
                    accepted += 1
                    if accepted == args.max_clients:
                        listener.close()  # accept nobody else / 不再接受新连接
                        listening = False
                    continue
                try:
                    data = sock.recv(1024)  # will not block now / 此时不会阻塞
                except OSError as e:
                    print(f"{names[sock]}: {e}")
                    data = b""
                if not data:  # FIN (or an error): the client left / 收到 FIN（或出错）：客户端离开
                    drop(sock)
                    continue
                buffers[sock] += data
                while b"\n" in buffers[sock]:  # one message per line / 每行一条消息
                    line, buffers[sock] = buffers[sock].split(b"\n", 1)
                    text = line.decode("utf-8", "replace")
                    print(f"{names[sock]}: {text}")
                    broadcast(f"{names[sock]} says: {text}\n", sock)
                if len(buffers[sock]) > MAX_LINE:
                    print(f"{names[sock]}: line longer than {MAX_LINE} bytes, disconnecting")
                    drop(sock)
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    finally:
        for conn in list(names):
            conn.close()
        listener.close()
    print("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
