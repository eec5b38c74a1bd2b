#!/usr/bin/env python3
"""Multi-client chat server, one thread per client.
Each line a client sends goes to every other client. A line (ending in newline) is
one message: TCP keeps no message boundaries, so the program marks them itself.

多客户端聊天服务器，每个客户端一个线程。
客户端发来的每一行都转发给其他所有客户端。一行（以换行符结束）就是一条消息：
TCP 不保留消息边界（粘包），所以程序自己用换行符划分消息。

  python3 chat_server_threads.py                  # 127.0.0.1:8888, until Ctrl-C / 直到按 Ctrl-C
  python3 chat_server_threads.py --max-clients 2  # exit when two clients came and left / 两个客户端来过并离开后退出
"""
import argparse
import socket
import sys
import threading

MAX_LINE = 1024  # a longer line ends that client's connection / 超过这个长度就断开该客户端

clients = {}  # socket -> "address:port" of every connected client / 所有在线客户端
lock = threading.Lock()  # the threads share `clients` / 各线程共用 clients，需要加锁


def port_number(text):
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 0 to 65535")
    return value


def broadcast(text, sender):
    """Send a line to every client but the sender. / 把一行发给除发送者外的所有客户端。"""
    # Holding the lock while sending keeps two lines from mixing on one socket.
    # 发送时持有锁，避免两条消息的字节在同一个套接字上交错。
    with lock:
        for conn in clients:
            if conn is not sender:
                try:
                    conn.sendall(text.encode("utf-8"))
                except OSError:
                    pass  # that client's own thread will notice / 由该客户端自己的线程处理


def handle(conn, name):
    """Runs in its own thread: read lines from one client. / 在独立线程中运行：读取一个客户端的各行。"""
    buffer = b""
    try:
        with lock:  # register and greet before anyone else can send to it / 先登记并问候，再让别人发给它
            clients[conn] = name
            conn.sendall(f"* welcome {name}, {len(clients)} online\n".encode("utf-8"))
        broadcast(f"* {name} joined\n", conn)
        while True:
            data = conn.recv(1024)  # blocks only this thread / 只阻塞本线程
            if not data:  # FIN: the client left / 收到 FIN：客户端离开
                break
            buffer += data
            while b"\n" in buffer:  # one message per line / 每行一条消息
                line, buffer = buffer.split(b"\n", 1)
                text = line.decode("utf-8", "replace")
                print(f"{name}: {text}")
                broadcast(f"{name} says: {text}\n", conn)
            if len(buffer) > MAX_LINE:
                print(f"{name}: line longer than {MAX_LINE} bytes, disconnecting")
                break
    except OSError as e:
        print(f"{name}: {e}")
    finally:
        with lock:
            clients.pop(conn, None)
        conn.close()
        print(f"{name} left")
        broadcast(f"* {name} left\n", None)


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

    threads = []
    try:
        print(f"listening on {host}:{port}, one thread per client")
        with listener:
            while args.max_clients == 0 or len(threads) < args.max_clients:
                conn, (peer_host, peer_port) = listener.accept()
                name = f"{peer_host}:{peer_port}"
                print(f"accepted {name}")
                # daemon: Ctrl-C ends the program even while clients are connected
                # daemon：即使还有客户端在线，Ctrl-C 也能结束程序
                thread = threading.Thread(target=handle, args=(conn, name), daemon=True)
                thread.start()
                threads.append(thread)
        for thread in threads:  # --max-clients: wait for them to leave / 等待它们离开
            thread.join()
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
    print("bye")
    return 0


if __name__ == "__main__":
    sys.exit(main())
