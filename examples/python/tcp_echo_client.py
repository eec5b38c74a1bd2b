#!/usr/bin/env python3
"""TCP echo client: sends each message, reads the echo back, then closes first.
Messages come from --message or, without it, one per line typed (Ctrl-D ends).

TCP 回显客户端：发送每条消息，读回回显，然后先关闭连接。
消息来自 --message；没有 --message 时，从键盘逐行读入（Ctrl-D 结束）。

  python3 tcp_echo_client.py --message hello --message 你好
  python3 tcp_echo_client.py                      # type lines / 逐行输入
  python3 tcp_echo_client.py --read-until-close   # for reuseaddr_server.py / 配合 reuseaddr_server.py
"""
import argparse
import socket
import sys


def port_number(text):
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is a number from 1 to 65535")
    return value


CHUNK = 4096  # bytes sent before reading their echo / 每次发送后先读回其回显的字节数


def recv_exactly(sock, size):
    """TCP is a byte stream: the echo may come in several pieces (or glued to others).
    TCP 是字节流：回显可能分几次到达，也可能和别的数据粘在一起（粘包）。"""
    data = b""
    while len(data) < size:
        piece = sock.recv(size - len(data))
        if not piece:  # FIN before the whole echo / 回显未收全就收到 FIN
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
    parser.add_argument("--host", default="127.0.0.1",
                        help="the server's address / 服务器地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=8888,
                        help="the server's port / 服务器端口 (default: %(default)s)")
    parser.add_argument("--message", action="append", metavar="TEXT",
                        help="a message to send (repeat for more) / 要发送的消息（可重复）")
    parser.add_argument("--read-until-close", action="store_true",
                        help="send nothing, print what arrives until the server closes / "
                             "不发送，只打印收到的内容，直到服务器关闭连接")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                        help="give up when the server says nothing for this long / "
                             "服务器这么久没有回应就放弃 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(args.timeout)  # connect() and recv() wait at most this long / 最长等待时间
    try:
        with sock:
            # connect() sends SYN and returns once the three-way handshake is done,
            # even if the server has not called accept() yet.
            # connect() 发出 SYN，三次握手完成即返回，哪怕服务器还没有调用 accept()。
            sock.connect((args.host, args.port))
            local, remote = sock.getsockname(), sock.getpeername()
            print(f"connected: {local[0]}:{local[1]} -> {remote[0]}:{remote[1]}")

            if args.read_until_close:
                while True:
                    data = sock.recv(1024)
                    if not data:  # the server's FIN / 服务器的 FIN
                        print("the server closed the connection first; closing ours")
                        break
                    print(f"received {len(data)} bytes: {data.decode('utf-8', 'replace')!r}")
                return 0

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
            # Leaving the with block calls close(): our FIN. The client closes first, so
            # TIME_WAIT will be on this side.
            # 离开 with 块时调用 close()：发出 FIN。客户端先关闭，所以 TIME_WAIT 出现在客户端这一侧。
        print("closed")
        return 0
    except ConnectionRefusedError:
        print(f"connection refused: nothing listens on {args.host}:{args.port} (the kernel answered RST)")
    except socket.timeout:
        print(f"no answer within {args.timeout:g} s")
    except OSError as e:  # ConnectionResetError, ConnectionError ... / 连接被重置等
        print(f"connection failed: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
