#!/usr/bin/env python3
"""Connection reset (ECONNRESET): sends a message to reset_server.py and waits for an
answer; the server answers with RST, and recv() raises ConnectionResetError.
Exits with 0 when that happened, 1 otherwise.

连接被重置（ECONNRESET）：向 reset_server.py 发送一条消息并等待回答；服务器用 RST 回答，
recv() 抛出 ConnectionResetError。发生了这种情况时退出码为 0，否则为 1。

  python3 reset_client.py --port 8890
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
    parser.add_argument("--port", type=port_number, default=8890,
                        help="the server's port / 服务器端口 (default: %(default)s)")
    parser.add_argument("--message", default="hello",
                        help="what to send / 要发送的内容 (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="give up after this long / 超时时间 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(args.timeout)
    try:
        with sock:
            sock.connect((args.host, args.port))
            print(f"connected to {args.host}:{args.port}")
            sock.sendall(args.message.encode("utf-8"))
            print(f"sent {len(args.message.encode('utf-8'))} bytes, waiting for an answer")
            data = sock.recv(1024)  # the RST arrives while we wait here / 在这里等待时 RST 到达
            if data:
                print(f"received {data!r}: no reset")
            else:
                print("the server closed normally (FIN): no reset")
            return 1
    except ConnectionResetError as e:
        # RST on an open connection: it is gone at once, unread data included, and
        # no TIME_WAIT on either side.
        # 已建立的连接收到 RST：连接立即消失，未读数据也一并丢弃，双方都没有 TIME_WAIT。
        print(f"recv() raised ConnectionResetError: [Errno {e.errno}] {e.strerror}")
        print("the server ended the connection with RST instead of FIN")
        return 0
    except ConnectionRefusedError:
        print(f"connection refused: nothing listens on {args.host}:{args.port}; start reset_server.py first")
    except socket.timeout:
        print(f"no answer within {args.timeout:g} s")
    except OSError as e:
        print(f"error: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
