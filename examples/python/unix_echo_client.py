#!/usr/bin/env python3
"""The echo client again, with AF_UNIX: it connects to the path of unix_echo_server.py
instead of an IP address and port. Messages come from --message or, without it, one
per line typed (Ctrl-D ends).

还是回显客户端，只是使用 AF_UNIX：它连接 unix_echo_server.py 的路径，而不是 IP 地址和端口。
消息来自 --message；没有 --message 时，从键盘逐行读入（Ctrl-D 结束）。

  python3 unix_echo_client.py --message hello
"""
import argparse
import os
import socket
import sys
import tempfile

DEFAULT_PATH = os.path.join(tempfile.gettempdir(), "wirestep-echo.sock")
CHUNK = 4096  # bytes sent before reading their echo / 每次发送后先读回其回显的字节数


def recv_exactly(sock, size):
    data = b""
    while len(data) < size:
        piece = sock.recv(size - len(data))
        if not piece:
            raise ConnectionError("the server closed the connection before echoing everything")
        data += piece
    return data


def typed_lines():
    for line in sys.stdin:
        line = line.rstrip("\n")
        if line:
            yield line


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", default=DEFAULT_PATH,
                        help="the server's socket path / 服务器套接字文件的路径 (default: %(default)s)")
    parser.add_argument("--message", action="append", metavar="TEXT",
                        help="a message to send (repeat for more) / 要发送的消息（可重复）")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="give up when the server says nothing for this long / "
                             "服务器这么久没有回应就放弃 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # AF_UNIX, not AF_INET / 不是 AF_INET
    sock.settimeout(args.timeout)
    try:
        with sock:
            sock.connect(args.path)  # no SYN, no handshake on any wire / 没有 SYN，线路上也没有握手
            print(f"connected to {args.path}")
            for text in args.message or typed_lines():
                data = text.encode("utf-8")
                echo = b""
                # A long message goes in pieces, each echo read before the next piece: sending
                # it all first could leave both sides blocked in send(), all buffers full.
                # 长消息分段发送，读回一段的回显再发下一段：若先全部发出，双方可能都阻塞在
                # send() 上，缓存全满（死锁）。
                for start in range(0, len(data), CHUNK):
                    piece = data[start:start + CHUNK]
                    # sendall() sends every byte (send() may send only some).
                    # sendall() 发完所有字节（send() 可能只发出一部分）。
                    sock.sendall(piece)
                    echo += recv_exactly(sock, len(piece))
                if echo != data:
                    print(f"wrong echo: sent {data!r}, got back {echo!r}")
                    return 1
                print(f"echo ({len(echo)} bytes): {echo.decode('utf-8', 'replace')}")
        print("closed")  # no FIN, no TIME_WAIT: there is no TCP here / 没有 FIN，也没有 TIME_WAIT：这里没有 TCP
        return 0
    except FileNotFoundError:
        print(f"no such socket file: {args.path}; start unix_echo_server.py first")
    except ConnectionRefusedError:
        print(f"connection refused: {args.path} exists but nothing listens on it")
    except socket.timeout:
        print(f"no answer within {args.timeout:g} s")
    except OSError as e:
        print(f"connection failed: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
