#!/usr/bin/env python3
"""Makes the loopback traffic of the fixture captures (tests/captures/make_fixtures.sh).

Each scenario runs a server and a client on loopback in one process and prints what happened,
so that the fixtures' expected states can be checked against it.
"""
import socket
import sys
import threading
import time


def server_thread(family, addr, port, behaviour, ready):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if behaviour == "zerowindow":
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.bind((addr, port))
    s.listen(1)
    ready.set()
    c, _ = s.accept()
    if behaviour == "echo-client-closes":
        data = c.recv(100)
        c.sendall(data)
        while c.recv(100):  # until the client's FIN
            pass
        time.sleep(0.05)
        c.close()
    elif behaviour == "echo-server-closes":
        data = c.recv(100)
        c.sendall(data)
        time.sleep(0.05)
        c.close()  # the server closes first: TIME_WAIT is on the server
    elif behaviour == "keepalive":
        while c.recv(100):
            pass
        c.close()
    elif behaviour == "zerowindow":
        time.sleep(1.5)  # let the window fill up, then drain it
        while c.recv(4096):
            pass
        c.close()
    s.close()


def run(family, addr, port, behaviour):
    ready = threading.Event()
    t = threading.Thread(target=server_thread, args=(family, addr, port, behaviour, ready))
    t.start()
    ready.wait()
    c = socket.socket(family, socket.SOCK_STREAM)
    if behaviour == "keepalive":
        c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
    if behaviour == "zerowindow":
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 1000)
    c.connect((addr, port))
    if behaviour.startswith("echo"):
        c.sendall(b"hello")
        c.recv(100)
        if behaviour == "echo-server-closes":
            while c.recv(100):
                pass
            time.sleep(0.05)
        c.close()
    elif behaviour == "keepalive":
        time.sleep(3.5)  # idle: three probes, one a second after one second
        c.close()
    elif behaviour == "zerowindow":
        c.sendall(b"x" * 60000)
        c.close()
    t.join()


def udp_and_refused(port):
    # One UDP request and its answer.
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(("127.0.0.1", port))
    v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    v.sendto(b"what time is it?", ("127.0.0.1", port))
    data, peer = u.recvfrom(100)
    u.sendto(b"12:00", peer)
    v.recvfrom(100)
    # A connection to a port nobody listens on: SYN, then RST,ACK.
    r = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        r.connect(("127.0.0.1", port + 1))
    except ConnectionRefusedError:
        pass
    r.close()


def main():
    what = sys.argv[1]
    port = int(sys.argv[2])
    if what == "echo4":
        run(socket.AF_INET, "127.0.0.1", port, "echo-client-closes")
    elif what == "echo6":
        run(socket.AF_INET6, "::1", port, "echo-server-closes")
    elif what == "mixed":
        udp_and_refused(port)
        run(socket.AF_INET, "127.0.0.1", port + 2, "echo-client-closes")
    elif what == "keepalive":
        run(socket.AF_INET, "127.0.0.1", port, "keepalive")
    elif what == "zerowindow":
        run(socket.AF_INET6, "::1", port, "zerowindow")
    else:
        sys.exit("unknown scenario " + what)


if __name__ == "__main__":
    main()
