#!/usr/bin/env python3
"""Chat client for chat_server_threads.py and chat_server_select.py.
Typed lines are sent (Ctrl-D leaves); a second thread prints what the others say.
With --message it sends those lines instead, and with --expect N it waits for N
messages from the others, then leaves.

聊天客户端，配合 chat_server_threads.py 和 chat_server_select.py 使用。
键盘输入的每一行都会发出（Ctrl-D 离开）；另一个线程打印其他人说的话。
用 --message 时改为发送这些行；用 --expect N 时等收到其他人的 N 条消息后离开。

  python3 chat_client.py                            # type lines / 逐行输入
  python3 chat_client.py --expect 1                 # wait for one message / 等一条消息
  python3 chat_client.py --message "hi all"        # say one thing and leave / 说一句就走
"""
import argparse
import socket
import sys
import threading


def port_number(text):
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 1 to 65535")
    return value


def lines(sock):
    """Yield each line the server sends; a recv() may hold half a line or several.
    逐行产生服务器发来的内容；一次 recv() 可能只有半行，也可能有好几行（粘包）。"""
    buffer = b""
    while True:
        data = sock.recv(1024)
        if not data:  # the server closed / 服务器关闭了连接
            return
        buffer += data
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            yield line.decode("utf-8", "replace")


def print_incoming(incoming):
    """The receiving thread: print lines until the connection ends. / 接收线程：打印各行直到连接结束。"""
    try:
        for line in incoming:
            print(line)
    except OSError:
        pass
    print("(the connection is closed)")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1",
                        help="the server's address / 服务器地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=8888,
                        help="the server's port / 服务器端口 (default: %(default)s)")
    parser.add_argument("--message", action="append", metavar="TEXT",
                        help="a line to send instead of typing (repeat for more) / 要发送的一行（可重复）")
    parser.add_argument("--expect", type=int, default=0, metavar="N",
                        help="then wait for N messages from the others / 然后等待其他人的 N 条消息")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="with --message or --expect: give up after this long without a line / "
                             "用 --message 或 --expect 时，这么久收不到一行就放弃 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    scripted = bool(args.message) or args.expect > 0
    sock.settimeout(args.timeout if scripted else None)
    try:
        with sock:
            sock.connect((args.host, args.port))
            incoming = lines(sock)
            # The server greets each client once it has counted it in.
            # 服务器把客户端登记好之后会先发一行欢迎语。
            print(next(incoming))

            if not scripted:  # type lines; another thread prints / 键盘输入；另一个线程负责打印
                threading.Thread(target=print_incoming, args=(incoming,), daemon=True).start()
                for line in sys.stdin:
                    sock.sendall(line.rstrip("\n").encode("utf-8") + b"\n")
                sock.shutdown(socket.SHUT_WR)  # FIN: we say no more / 发 FIN：我方不再发送
                return 0

            for text in args.message or []:
                sock.sendall(text.encode("utf-8") + b"\n")  # newline ends the message / 换行表示消息结束
            received = 0
            while received < args.expect:
                line = next(incoming)
                print(line)
                if not line.startswith("* "):  # notices (joined, left) do not count / 通知（加入、离开）不计数
                    received += 1
        return 0
    except StopIteration:
        print("the server closed the connection")
    except ConnectionRefusedError:
        print(f"connection refused: nothing listens on {args.host}:{args.port}")
    except socket.timeout:
        print(f"nothing arrived within {args.timeout:g} s")
    except OSError as e:
        print(f"connection failed: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
