#!/usr/bin/env python3
"""Connection refused (ECONNREFUSED): connect() to a port where nothing listens.
The kernel on the other side answers the SYN with RST, and connect() raises
ConnectionRefusedError. Exits with 0 when that happened, 1 when something listened.

连接被拒绝（ECONNREFUSED）：向一个没有程序监听的端口 connect()。
对方的内核用 RST 回答 SYN，connect() 抛出 ConnectionRefusedError。
发生了这种情况时退出码为 0；如果那个端口其实有程序在监听，退出码为 1。

  python3 refused_client.py --port 8889
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
                        help="the address to try / 要连接的地址 (default: %(default)s)")
    parser.add_argument("--port", type=port_number, default=8889,
                        help="a port where nothing listens / 一个没有程序监听的端口 (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=5.0, metavar="SECONDS",
                        help="give up after this long / 超时时间 (default: %(default)s)")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # each line at once, even into a pipe / 每行立即输出

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(args.timeout)
    try:
        with sock:
            sock.connect((args.host, args.port))  # SYN ... / 发出 SYN……
            print(f"connected: something listens on {args.host}:{args.port}; pick a port where nothing does")
            return 1
    except ConnectionRefusedError as e:
        # ... and the answer was RST: no handshake, no connection.
        # ……回答是 RST：没有握手，也没有连接。
        print(f"connect() raised ConnectionRefusedError: [Errno {e.errno}] {e.strerror}")
        print(f"the kernel answered our SYN with RST: nothing listens on {args.host}:{args.port}")
        return 0
    except socket.timeout:
        # No answer at all (a firewall dropping the SYN): not a refusal.
        # 完全没有回答（例如防火墙丢弃了 SYN）：这不是拒绝。
        print(f"no answer within {args.timeout:g} s")
    except OSError as e:
        print(f"connect() failed: {e}")
    except KeyboardInterrupt:
        print("stopped (Ctrl-C)")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
