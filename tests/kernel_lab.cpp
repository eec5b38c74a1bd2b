#include "tests/kernel_lab.h"

#include "core/trace/trace_event.h"
#include "core/wire/wire_decoder.h"

#include <pcap/pcap.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/ethtool.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace wirestep::kdiff {

namespace {

constexpr int kSnapLength = 262144;
constexpr int kCaptureBufferBytes = 16 * 1024 * 1024;

std::int64_t realtimeUs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts); // the clock of libpcap's timestamps
    return std::int64_t{ts.tv_sec} * 1'000'000 + ts.tv_nsec / 1000;
}

[[noreturn]] void fail(const std::string &what, int err = errno)
{
    throw std::runtime_error(what + ": " + std::strerror(err));
}

std::string findNft()
{
    std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
    path += ":/usr/sbin:/sbin:/usr/local/sbin";
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find(':', start), path.size());
        const std::string candidate = path.substr(start, end - start) + "/nft";
        if (end > start && access(candidate.c_str(), X_OK) == 0) return candidate;
        start = end + 1;
    }
    return {};
}

// Runs `nft -f` on a script; throws with nft's first line of output if it fails.
void runNft(const std::string &script)
{
    static const std::string nft = findNft();
    if (nft.empty()) throw std::runtime_error("the nft command (package nftables) is not installed");
    char path[] = "/tmp/wirestep-kernel-diff-XXXXXX";
    const int fd = mkstemp(path);
    if (fd < 0) fail("mkstemp");
    const bool written = write(fd, script.data(), script.size()) == static_cast<ssize_t>(script.size());
    close(fd);
    if (!written) {
        unlink(path);
        throw std::runtime_error("could not write the nftables script");
    }
    const std::string command = nft + " -f " + path + " 2>&1";
    FILE *p = popen(command.c_str(), "r");
    std::string output;
    if (p) {
        char buf[512];
        while (fgets(buf, sizeof buf, p)) output += buf;
    }
    const int status = p ? pclose(p) : -1;
    unlink(path);
    if (status != 0) {
        const std::string first = output.substr(0, output.find('\n'));
        throw std::runtime_error("nft failed: " + (first.empty() ? std::string("exit status ") + std::to_string(status) : first));
    }
}

std::string nftFlags(std::uint8_t flags)
{
    static const std::array<std::pair<std::uint8_t, const char *>, 6> names{{{TcpFlag::FIN, "fin"},
                                                                             {TcpFlag::SYN, "syn"},
                                                                             {TcpFlag::RST, "rst"},
                                                                             {TcpFlag::PSH, "psh"},
                                                                             {TcpFlag::ACK, "ack"},
                                                                             {TcpFlag::URG, "urg"}}};
    std::string s;
    for (const auto &[bit, name] : names)
        if (flags & bit) s += (s.empty() ? "" : "|") + std::string(name);
    return s.empty() ? "0x0" : s;
}

// The test's own network namespace is kept open to come back to; the constructor moves this
// thread into a new one, which the kernel deletes once nothing refers to it.
class NamespaceScope {
public:
    NamespaceScope()
    {
        m_home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        if (m_home < 0) fail("opening /proc/self/ns/net");
        if (unshare(CLONE_NEWNET) != 0) {
            const int err = errno;
            close(m_home);
            fail("creating a network namespace (unshare CLONE_NEWNET)", err);
        }
    }
    ~NamespaceScope()
    {
        setns(m_home, CLONE_NEWNET);
        close(m_home);
    }
    NamespaceScope(const NamespaceScope &) = delete;
    NamespaceScope &operator=(const NamespaceScope &) = delete;

private:
    int m_home = -1;
};

void loopbackUp()
{
    const int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (s < 0) fail("socket");
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    const bool ok = ioctl(s, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags |= IFF_UP, ioctl(s, SIOCSIFFLAGS, &ifr) == 0);
    const int err = errno;
    // lo hands TCP whole 64 KB "super-packets" (TSO, GSO) that it never cuts into segments, so
    // a capture would show one packet where a real link carries several: turn both off.
    for (const std::uint32_t cmd : {std::uint32_t{ETHTOOL_STSO}, std::uint32_t{ETHTOOL_SGSO}}) {
        ethtool_value value{cmd, 0};
        ifr.ifr_data = reinterpret_cast<char *>(&value);
        ioctl(s, SIOCETHTOOL, &ifr); // a kernel that refuses keeps them: see the case's report
    }
    close(s);
    if (!ok) fail("bringing lo up", err);
}

// Linux's defaults for what the comparison depends on. A new namespace starts from the
// defaults for most TCP sysctls, but takes the congestion control and the buffer sizes from
// the host, which may run BBR (pacing changes every interval) or other buffers.
void setLinuxDefaults()
{
    static const std::array<std::pair<const char *, const char *>, 14> values{{
        {"tcp_congestion_control", "cubic"},
        {"tcp_rmem", "4096 131072 6291456"},
        {"tcp_wmem", "4096 16384 4194304"},
        {"tcp_timestamps", "1"},
        {"tcp_sack", "1"},
        {"tcp_window_scaling", "1"},
        {"tcp_syn_retries", "6"},
        {"tcp_synack_retries", "5"},
        {"tcp_retries2", "15"},
        {"tcp_early_retrans", "3"},
        {"tcp_ecn", "2"},
        {"tcp_fin_timeout", "60"},
        // Linux 6.5 made the first 4 SYN retransmissions linear (1 s apart); the profile keeps
        // the exponential schedule of the kernels before (docs/tcp-reference.md §7).
        {"tcp_syn_linear_timeouts", "0"},
        // Pingpong mode after one reply within the ATO, as the profile (and kernels since the
        // sysctl appeared) do; some earlier kernels waited for three.
        {"tcp_pingpong_thresh", "1"},
    }};
    auto write = [](const char *name, const char *value) {
        const std::string path = std::string("/proc/sys/net/ipv4/") + name;
        FILE *f = std::fopen(path.c_str(), "w");
        if (!f) return false; // a sysctl this kernel does not have
        const bool ok = std::fputs(value, f) >= 0;
        return std::fclose(f) == 0 && ok;
    };
    for (const auto &[name, value] : values) write(name, value);
    // Without CUBIC built in, Reno (always there) rather than the host's choice: no pacing either.
    if (!write("tcp_congestion_control", "cubic")) write("tcp_congestion_control", "reno");
}

class Capture {
public:
    explicit Capture(const std::string &pcapPath)
    {
        char err[PCAP_ERRBUF_SIZE] = {};
        m_handle = pcap_create("lo", err);
        if (!m_handle) throw std::runtime_error(std::string("capturing on lo: ") + err);
        pcap_set_snaplen(m_handle, kSnapLength);
        pcap_set_immediate_mode(m_handle, 1);
        pcap_set_buffer_size(m_handle, kCaptureBufferBytes);
        if (pcap_activate(m_handle) < 0) throw std::runtime_error(std::string("capturing on lo: ") + pcap_geterr(m_handle));
        if (pcap_datalink(m_handle) != DLT_EN10MB) throw std::runtime_error("capturing on lo: not an Ethernet link type");
        bpf_program program{};
        if (pcap_compile(m_handle, &program, "tcp", 1, PCAP_NETMASK_UNKNOWN) != 0
            || pcap_setfilter(m_handle, &program) != 0)
            throw std::runtime_error(std::string("capturing on lo: ") + pcap_geterr(m_handle));
        pcap_freecode(&program);
        if (pcap_setnonblock(m_handle, 1, err) != 0) throw std::runtime_error(std::string("capturing on lo: ") + err);
        if (!pcapPath.empty()) m_dumper = pcap_dump_open(m_handle, pcapPath.c_str());
    }
    ~Capture()
    {
        if (m_dumper) pcap_dump_close(m_dumper);
        if (m_handle) pcap_close(m_handle);
    }
    Capture(const Capture &) = delete;
    Capture &operator=(const Capture &) = delete;

    int fd() const { return pcap_get_selectable_fd(m_handle); }
    void drain()
    {
        while (pcap_dispatch(m_handle, -1, &Capture::onPacket, reinterpret_cast<unsigned char *>(this)) > 0) {
        }
    }

    struct Packet {
        std::int64_t tUs = 0;
        std::vector<std::uint8_t> bytes;
    };
    std::vector<Packet> packets;

private:
    static void onPacket(unsigned char *self, const pcap_pkthdr *h, const unsigned char *bytes)
    {
        auto *c = reinterpret_cast<Capture *>(self);
        if (c->m_dumper) pcap_dump(reinterpret_cast<unsigned char *>(c->m_dumper), h, bytes);
        c->packets.push_back({std::int64_t{h->ts.tv_sec} * 1'000'000 + h->ts.tv_usec,
                              std::vector<std::uint8_t>(bytes, bytes + h->caplen)});
    }

    pcap_t *m_handle = nullptr;
    pcap_dumper_t *m_dumper = nullptr;
};

// CONFIG_HZ from the kernel's configuration (/proc/config.gz or /boot/config-RELEASE); 100,
// the coarsest common value, when neither can be read.
int kernelHz()
{
    static const int hz = [] {
        utsname u{};
        uname(&u);
        const std::string boot = std::string("/boot/config-") + u.release;
        for (const std::string &command : {std::string("zcat /proc/config.gz 2>/dev/null"), "cat " + boot + " 2>/dev/null"}) {
            FILE *p = popen(command.c_str(), "r");
            if (!p) continue;
            char line[256];
            int found = 0;
            while (fgets(line, sizeof line, p))
                if (std::strncmp(line, "CONFIG_HZ=", 10) == 0) found = std::atoi(line + 10);
            pclose(p);
            if (found > 0) return found;
        }
        return 100;
    }();
    return hz;
}

std::string outcomeOf(int err)
{
    switch (err) {
    case ECONNREFUSED: return std::string(toString(AppError::Refused));
    case ECONNRESET:
    case EPIPE: return std::string(toString(AppError::Reset));
    case ETIMEDOUT: return std::string(toString(AppError::TimedOut));
    default: return std::string("errno ") + std::to_string(err) + " (" + std::strerror(err) + ")";
    }
}

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

void setOption(int fd, int level, int name, int value, const char *what)
{
    if (setsockopt(fd, level, name, &value, sizeof value) != 0) fail(what);
}

void applySetup(int fd, const NodeSetup &n)
{
    if (n.keepalive) {
        setOption(fd, SOL_SOCKET, SO_KEEPALIVE, 1, "SO_KEEPALIVE");
        setOption(fd, IPPROTO_TCP, TCP_KEEPIDLE, n.keepIdleS, "TCP_KEEPIDLE");
        setOption(fd, IPPROTO_TCP, TCP_KEEPINTVL, n.keepIntervalS, "TCP_KEEPINTVL");
        setOption(fd, IPPROTO_TCP, TCP_KEEPCNT, n.keepCount, "TCP_KEEPCNT");
    }
    if (n.noDelay) setOption(fd, IPPROTO_TCP, TCP_NODELAY, 1, "TCP_NODELAY");
    if (n.receiveBuffer > 0) setOption(fd, SOL_SOCKET, SO_RCVBUF, n.receiveBuffer, "SO_RCVBUF");
    if (n.userTimeoutMs > 0) setOption(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, n.userTimeoutMs, "TCP_USER_TIMEOUT");
}

// One node's program: its listening socket and its connection.
struct NodeRun {
    const NodeSetup *setup = nullptr;
    std::uint16_t peerPort = 0;
    int listener = -1;
    int fd = -1;
    bool connecting = false;
    bool done = false;         // closed, reset, or nothing more to hear: no longer polled
    bool eof = false;
    std::string pending;       // written by the program, not yet taken by the kernel
    bool shutdownAfterPending = false;
    bool closeAfterPending = false;

    void closeAll()
    {
        if (listener >= 0) close(listener);
        if (fd >= 0) close(fd);
        listener = fd = -1;
    }
};

class Driver {
public:
    Driver(const Program &p, Capture &capture) : m_program(p), m_capture(capture)
    {
        m_nodes[0].setup = &p.client;
        m_nodes[0].peerPort = p.server.port;
        m_nodes[1].setup = &p.server;
        m_nodes[1].peerPort = p.client.port;
    }
    ~Driver()
    {
        for (auto &n : m_nodes) n.closeAll();
    }

    std::vector<Outcome> outcomes;
    std::vector<std::int64_t> stepTimes; // realtime when each step was carried out

    void run(std::int64_t t0Us)
    {
        std::vector<Step> steps = m_program.steps;
        std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.atMs < b.atMs; });
        const std::int64_t endUs = t0Us + m_program.untilMs * 1000;
        std::size_t next = 0;
        for (;;) {
            std::int64_t now = realtimeUs();
            while (next < steps.size() && now >= t0Us + steps[next].atMs * 1000) {
                stepTimes.push_back(now);
                perform(steps[next++]);
                now = realtimeUs();
            }
            if (now >= endUs) break;
            const std::int64_t deadline = next < steps.size() ? std::min(endUs, t0Us + steps[next].atMs * 1000) : endUs;
            waitAndHandle(deadline - now);
        }
        m_capture.drain();
    }

private:
    NodeRun &node(NodeId id) { return m_nodes[static_cast<std::size_t>(indexOf(id))]; }

    void tell(NodeId id, std::string what) { outcomes.push_back({id, std::move(what)}); }

    void perform(const Step &st)
    {
        NodeRun &n = node(st.node);
        switch (st.kind) {
        case StepKind::Listen: {
            n.listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (n.listener < 0) fail("socket");
            setOption(n.listener, SOL_SOCKET, SO_REUSEADDR, 1, "SO_REUSEADDR");
            applySetup(n.listener, *n.setup);
            const sockaddr_in a = loopback(n.setup->port);
            if (bind(n.listener, reinterpret_cast<const sockaddr *>(&a), sizeof a) != 0) fail("bind");
            if (::listen(n.listener, 4) != 0) fail("listen");
            break;
        }
        case StepKind::Connect: {
            n.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (n.fd < 0) fail("socket");
            applySetup(n.fd, *n.setup);
            const sockaddr_in self = loopback(n.setup->port);
            if (bind(n.fd, reinterpret_cast<const sockaddr *>(&self), sizeof self) != 0) fail("bind");
            const sockaddr_in peer = loopback(n.peerPort);
            if (connect(n.fd, reinterpret_cast<const sockaddr *>(&peer), sizeof peer) == 0) {
                n.connecting = false;
            } else if (errno == EINPROGRESS) {
                n.connecting = true;
            } else {
                tell(st.node, outcomeOf(errno));
                n.done = true;
            }
            break;
        }
        case StepKind::Send:
            n.pending += st.bytes > 0 ? pattern(st.bytes) : st.text;
            flush(st.node);
            break;
        case StepKind::Recv:
            if (n.fd >= 0 && !n.done) read(st.node, st.bytes > 0 ? st.bytes : SIZE_MAX, true);
            break;
        case StepKind::Shutdown:
            if (!n.pending.empty()) n.shutdownAfterPending = true;
            else if (n.fd >= 0) ::shutdown(n.fd, SHUT_WR);
            break;
        case StepKind::Close:
            // In SYN_SENT the kernel's close() drops what waits, as the model's does.
            if (!n.pending.empty() && !n.connecting) n.closeAfterPending = true;
            else closeNode(n);
            break;
        case StepKind::Abort:
            if (n.fd >= 0) {
                const linger l{1, 0}; // SO_LINGER with a zero timeout: close() sends a RST
                if (setsockopt(n.fd, SOL_SOCKET, SO_LINGER, &l, sizeof l) != 0) fail("SO_LINGER");
            }
            closeNode(n);
            break;
        case StepKind::Cut:
            runNft("add rule inet wirestep pre meta l4proto tcp counter drop\n");
            break;
        }
    }

    static std::string pattern(std::size_t n)
    {
        std::string s(n, 'a');
        for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + i % 26);
        return s;
    }

    void closeNode(NodeRun &n)
    {
        n.closeAll();
        n.pending.clear();
        n.done = true;
    }

    void flush(NodeId id)
    {
        NodeRun &n = node(id);
        if (n.fd < 0 || n.connecting || n.done) return;
        while (!n.pending.empty()) {
            const ssize_t w = ::send(n.fd, n.pending.data(), n.pending.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (w > 0) {
                n.pending.erase(0, static_cast<std::size_t>(w));
            } else {
                if (errno != EAGAIN && errno != EWOULDBLOCK) n.pending.clear();
                break;
            }
        }
        if (!n.pending.empty()) return;
        if (n.shutdownAfterPending) {
            n.shutdownAfterPending = false;
            ::shutdown(n.fd, SHUT_WR);
        }
        if (n.closeAfterPending) closeNode(n);
    }

    // Reads what has arrived: once for a Recv step (one recv() call, as the model's recv()),
    // until nothing is left when the program reads everything as it comes.
    void read(NodeId id, std::size_t most, bool once)
    {
        NodeRun &n = node(id);
        char buf[65536];
        while (most > 0) {
            const ssize_t r = ::recv(n.fd, buf, std::min(sizeof buf, most), MSG_DONTWAIT);
            if (r > 0) {
                most -= static_cast<std::size_t>(r);
                if (once) break;
                continue;
            }
            if (r == 0) {
                if (!n.eof) tell(id, "eof");
                n.eof = true;
            } else if (errno != EAGAIN && errno != EWOULDBLOCK) {
                tell(id, outcomeOf(errno));
                n.done = true;
            }
            break;
        }
    }

    void checkError(NodeId id)
    {
        NodeRun &n = node(id);
        int err = 0;
        socklen_t len = sizeof err;
        if (getsockopt(n.fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err != 0) {
            tell(id, outcomeOf(err));
            n.done = true;
        }
    }

    void waitAndHandle(std::int64_t timeoutUs)
    {
        std::vector<pollfd> fds;
        std::vector<std::pair<NodeId, bool>> owners; // node, listener?
        fds.push_back({m_capture.fd(), POLLIN, 0});
        owners.push_back({NodeId::Client, false});
        for (NodeId id : {NodeId::Client, NodeId::Server}) {
            NodeRun &n = node(id);
            if (n.listener >= 0) {
                fds.push_back({n.listener, POLLIN, 0});
                owners.push_back({id, true});
            }
            if (n.fd >= 0 && !n.done) {
                short ev = 0;
                if (n.connecting) ev |= POLLOUT;
                else {
                    if (n.setup->autoRecv && !n.eof) ev |= POLLIN;
                    if (!n.pending.empty()) ev |= POLLOUT;
                }
                fds.push_back({n.fd, ev, 0});
                owners.push_back({id, false});
            }
        }
        const timespec ts{static_cast<time_t>(timeoutUs / 1'000'000), static_cast<long>(timeoutUs % 1'000'000) * 1000};
        if (ppoll(fds.data(), fds.size(), &ts, nullptr) <= 0) return;
        if (fds[0].revents) m_capture.drain();
        for (std::size_t i = 1; i < fds.size(); ++i) {
            const short re = fds[i].revents;
            if (!re) continue;
            const NodeId id = owners[i].first;
            NodeRun &n = node(id);
            if (owners[i].second) {
                const int c = accept4(n.listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (c >= 0) {
                    // One connection per node, as in the model: the listener goes.
                    close(n.listener);
                    n.listener = -1;
                    n.fd = c;
                    flush(id);
                }
                continue;
            }
            if (n.connecting) {
                int err = 0;
                socklen_t len = sizeof err;
                getsockopt(n.fd, SOL_SOCKET, SO_ERROR, &err, &len);
                if (err != 0) {
                    tell(id, outcomeOf(err));
                    n.done = true;
                } else if (re & POLLOUT) {
                    n.connecting = false;
                    flush(id);
                }
                continue;
            }
            if (re & POLLERR) checkError(id);
            if (!n.done && (re & POLLIN) && n.setup->autoRecv) read(id, SIZE_MAX, false);
            if (!n.done && (re & POLLOUT)) flush(id);
            if (!n.done && (re & POLLHUP)) {
                checkError(id);
                n.done = true; // both directions are over: nothing more to hear
            }
        }
    }

    const Program &m_program;
    Capture &m_capture;
    std::array<NodeRun, 2> m_nodes;
};

std::vector<WireSegment> segmentsOf(const Capture &capture, const Program &p, std::int64_t t0Us)
{
    std::vector<WireSegment> out;
    for (const auto &pkt : capture.packets) {
        const auto d = WireDecoder::decodeFrame(pkt.bytes);
        if (!d || d->proto != Protocol::Tcp) continue;
        WireSegment w;
        if (d->sport == p.client.port && d->dport == p.server.port) w.from = NodeId::Client;
        else if (d->sport == p.server.port && d->dport == p.client.port) w.from = NodeId::Server;
        else continue;
        w.tUs = pkt.tUs - t0Us;
        w.flags = d->tcp.flags;
        w.seq = d->tcp.seq;
        w.ack = d->tcp.ack;
        w.len = static_cast<std::uint32_t>(d->payload.size());
        w.window = d->tcp.window;
        const auto &o = d->tcp.options;
        for (std::size_t i = 0; i < o.size();) {
            const std::uint8_t kind = o[i];
            if (kind == 0) break;
            if (kind == 1) {
                ++i;
                continue;
            }
            if (i + 1 >= o.size() || o[i + 1] < 2) break;
            const std::size_t len = o[i + 1];
            if (kind == 2 && len == 4 && i + 3 < o.size()) w.mss = static_cast<std::uint16_t>(o[i + 2] << 8 | o[i + 3]);
            if (kind == 3 && len == 3 && i + 2 < o.size()) w.windowScale = o[i + 2];
            if (kind == 4) w.sackPermitted = true;
            if (kind == 5) w.sackBlocks = static_cast<int>((len - 2) / 8);
            if (kind == 8) w.timestamps = true;
            i += len;
        }
        out.push_back(w);
    }
    makeRelative(out);
    return out;
}

} // namespace

std::string KernelLab::nftScript(const Program &p)
{
    std::string s = "table inet wirestep {\n"
                    "  chain pre {\n"
                    "    type filter hook prerouting priority -300; policy accept;\n";
    for (const Drop &d : p.drops) {
        const std::uint16_t port = d.from == NodeId::Client ? p.client.port : p.server.port;
        s += "    tcp sport " + std::to_string(port);
        if (d.exact) {
            s += " tcp flags & (fin|syn|rst|ack|urg) == " + nftFlags(static_cast<std::uint8_t>(d.flags & ~TcpFlag::PSH));
        } else if (d.flags) {
            s += " tcp flags & (" + nftFlags(d.flags) + ") == " + nftFlags(d.flags);
        }
        if (!d.nth.empty()) {
            s += " numgen inc mod 1000000 {";
            for (std::size_t i = 0; i < d.nth.size(); ++i) s += (i ? ", " : " ") + std::to_string(d.nth[i] - 1);
            s += " }";
        }
        s += " counter drop\n";
    }
    s += "  }\n}\n";
    return s;
}

std::string KernelLab::kernelDescription()
{
    utsname u{};
    if (uname(&u) != 0) return "unknown kernel";
    return std::string(u.sysname) + " " + u.release + " " + u.version + " " + u.machine + ", HZ "
        + std::to_string(kernelHz());
}

std::string KernelLab::unavailableReason()
{
    static const std::string reason = [] {
#ifndef __linux__
        return std::string("the real TCP stack compared against is Linux's, and this is not Linux");
#else
        if (geteuid() != 0) return std::string("needs root, to create a network namespace and load nftables rules");
        if (findNft().empty()) return std::string("the nft command (package nftables; ./dev.sh deps installs it) is not installed");
        try {
            NamespaceScope ns;
            loopbackUp();
            runNft("table inet wirestep_probe {\n  chain pre {\n    type filter hook prerouting priority -300;\n  }\n}\n");
            Capture capture({});
        } catch (const std::exception &e) {
            return std::string(e.what());
        }
        return std::string();
#endif
    }();
    return reason;
}

Observation KernelLab::run(const Program &p, const std::string &pcapPath)
{
    Observation o;
    NamespaceScope ns;
    loopbackUp();
    setLinuxDefaults();
    runNft(nftScript(p));
    Capture capture(pcapPath);
    const std::int64_t t0 = realtimeUs() + 1000;
    {
        Driver driver(p, capture);
        driver.run(t0);
        o.outcomes = std::move(driver.outcomes);
        for (std::int64_t t : driver.stepTimes) o.stepUs.push_back(t - t0);
    } // the sockets close here, after the capture has been read; nothing more is looked at
    o.timerGranularityUs = 1'000'000 / kernelHz();
    o.segments = segmentsOf(capture, p, t0);
    return o;
}

} // namespace wirestep::kdiff
