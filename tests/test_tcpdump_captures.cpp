// Captures written now by tcpdump (pcap) and dumpcap (pcapng) of a connection this test makes on
// loopback, over IPv4 and over IPv6: they open, and the inferred states are what the test did.
// Needs root (or CAP_NET_RAW) and the tools; otherwise each case says why and is skipped.
#include "core/capture/capture_document.h"
#include "core/trace/trace.h"
#include "core/wire/capture_reader.h"
#include "core/wire/wire_decoder.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

extern char **environ;

using namespace wirestep;

namespace {

bool haveTool(const char *name) { return std::system((std::string("command -v ") + name + " >/dev/null 2>&1").c_str()) == 0; }

// Why this machine cannot run the capture tests, or empty if it can.
std::string cannotCapture(const char *tool)
{
    if (::geteuid() != 0) return "capturing on loopback needs root";
    if (!haveTool(tool)) return std::string(tool) + " is not on PATH (./dev.sh installs it)";
    return {};
}

struct Socket {
    int fd = -1;
    explicit Socket(int f) : fd(f) {}
    ~Socket() { if (fd >= 0) ::close(fd); }
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
};

// A socket bound to the loopback address of `family` on a port the system picks.
int boundSocket(int family, int type, std::uint16_t *port)
{
    const int fd = ::socket(family, type, 0);
    REQUIRE(fd >= 0);
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (family == AF_INET) {
        auto *a = reinterpret_cast<sockaddr_in *>(&ss);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof(sockaddr_in);
    } else {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        len = sizeof(sockaddr_in6);
    }
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&ss), len) == 0);
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) == 0);
    *port = ntohs(family == AF_INET ? reinterpret_cast<sockaddr_in *>(&ss)->sin_port : reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port);
    return fd;
}

void connectTo(int fd, int family, std::uint16_t port)
{
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (family == AF_INET) {
        auto *a = reinterpret_cast<sockaddr_in *>(&ss);
        a->sin_family = AF_INET;
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a->sin_port = htons(port);
        len = sizeof(sockaddr_in);
    } else {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_addr = in6addr_loopback;
        a->sin6_port = htons(port);
        len = sizeof(sockaddr_in6);
    }
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr *>(&ss), len) == 0);
}

// The capture tool, running until stop().
class Capturer {
public:
    Capturer(const std::vector<std::string> &args, const char *ready)
    {
        int err[2];
        REQUIRE(::pipe(err) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        posix_spawn_file_actions_addclose(&actions, err[0]);
        std::vector<char *> argv;
        for (const std::string &a : args) argv.push_back(const_cast<char *>(a.c_str()));
        argv.push_back(nullptr);
        REQUIRE(posix_spawnp(&m_pid, argv[0], &actions, nullptr, argv.data(), environ) == 0);
        posix_spawn_file_actions_destroy(&actions);
        ::close(err[1]);
        // Wait for the tool to say it is capturing (it writes that once its filter is set).
        std::string said;
        char buf[256];
        while (said.find(ready) == std::string::npos) {
            const ssize_t n = ::read(err[0], buf, sizeof buf);
            if (n <= 0) break;
            said.append(buf, static_cast<std::size_t>(n));
        }
        m_errFd = err[0];
        INFO(said);
        REQUIRE(said.find(ready) != std::string::npos);
    }
    ~Capturer() { stop(); }
    void stop()
    {
        if (m_pid <= 0) return;
        ::kill(m_pid, SIGINT);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        ::close(m_errFd);
    }

private:
    pid_t m_pid = -1;
    int m_errFd = -1;
};

// True once the capture file holds a UDP datagram to `port` (the sentinel sent after the
// connection): everything before it has been written too.
bool holdsSentinel(const std::string &path, std::uint16_t port)
{
    CaptureReader r;
    if (!r.open(path)) return false;
    CaptureReader::Packet p;
    while (r.next(p) == CaptureReader::Read::Packet) {
        const auto d = WireDecoder::decode(r.linkType(), p.bytes, p.wireLength);
        if (d && d->proto == Protocol::Udp && d->dport == port) return true;
    }
    return false;
}

// Opens, exchanges "hello" both ways and closes one connection on loopback (the client closes
// first), capturing it with `tool`; returns the capture's path.
std::string captureEcho(const std::string &tool, int family, const std::string &path)
{
    std::uint16_t port = 0, sentinelPort = 0;
    Socket listener(boundSocket(family, SOCK_STREAM, &port));
    REQUIRE(::listen(listener.fd, 1) == 0);
    Socket sentinel(boundSocket(AF_INET, SOCK_DGRAM, &sentinelPort));
    const std::string filter = "tcp port " + std::to_string(port) + " or udp port " + std::to_string(sentinelPort);
    std::filesystem::remove(path);
    std::unique_ptr<Capturer> capture;
    if (tool == "tcpdump")
        capture = std::make_unique<Capturer>(std::vector<std::string>{"tcpdump", "-i", "lo", "-U", "-w", path, filter}, "listening on");
    else
        capture = std::make_unique<Capturer>(std::vector<std::string>{"dumpcap", "-i", "lo", "-f", filter, "-w", path}, "File:");

    std::thread server([&] {
        const int c = ::accept(listener.fd, nullptr, nullptr);
        char buf[16];
        const ssize_t n = ::recv(c, buf, sizeof buf, 0);
        if (n > 0) ::send(c, buf, static_cast<std::size_t>(n), 0);
        while (::recv(c, buf, sizeof buf, 0) > 0) {
        }
        ::close(c); // after the client's FIN: the server's close is the passive one
    });
    {
        Socket client(::socket(family, SOCK_STREAM, 0));
        connectTo(client.fd, family, port);
        REQUIRE(::send(client.fd, "hello", 5, 0) == 5);
        char buf[16];
        REQUIRE(::recv(client.fd, buf, sizeof buf, 0) == 5);
    } // the client closes first
    server.join();
    // The sentinel, then wait until the file holds it.
    Socket udp(::socket(AF_INET, SOCK_DGRAM, 0));
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    to.sin_port = htons(sentinelPort);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    bool seen = false;
    while (!seen && std::chrono::steady_clock::now() < deadline) {
        ::sendto(udp.fd, "end", 3, 0, reinterpret_cast<sockaddr *>(&to), sizeof to);
        for (int i = 0; i < 50 && !(seen = holdsSentinel(path, sentinelPort)); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(20)); // polling a file, not timing TCP
    }
    capture->stop();
    REQUIRE(seen);
    return path;
}

void checkEcho(const std::string &path, CaptureReader::Format format, int family)
{
    CaptureDocument doc;
    REQUIRE(doc.open(path));
    CHECK(doc.format() == format);
    const auto c = doc.preferredConversation();
    REQUIRE(c);
    const Conversation &conv = doc.conversations()[*c];
    CHECK(conv.client.address.version == (family == AF_INET ? 4 : 6));
    CHECK(conv.handshakeSeen);
    Trace t;
    REQUIRE(doc.load(*c, t).ok);
    using S = TcpState;
    // What the test did: the client opened, both sent, the client closed first.
    CHECK(t.statesOf(NodeId::Client) == std::vector<S>{S::Closed, S::SynSent, S::Established, S::FinWait1, S::FinWait2, S::TimeWait});
    CHECK(t.statesOf(NodeId::Server) == std::vector<S>{S::Listen, S::SynReceived, S::Established, S::CloseWait, S::LastAck, S::Closed});
    std::string data;
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::Send) data += e.seg.payload;
    CHECK(data == "hellohello");
}

std::string temp(const std::string &name)
{
    return (std::filesystem::temp_directory_path() / ("wirestep-" + std::to_string(::getpid()) + "-" + name)).string();
}

} // namespace

TEST_CASE("a tcpdump capture (pcap) of a connection on IPv4 and on IPv6", "[capture][tcpdump]")
{
    if (const std::string why = cannotCapture("tcpdump"); !why.empty()) {
        WARN("skipped: " + why);
        return;
    }
    for (int family : {AF_INET, AF_INET6}) {
        INFO((family == AF_INET ? "IPv4" : "IPv6"));
        const std::string path = captureEcho("tcpdump", family, temp("tcpdump.pcap"));
        checkEcho(path, CaptureReader::Format::Pcap, family);
        std::filesystem::remove(path);
    }
}

TEST_CASE("a dumpcap capture (pcapng) of a connection on IPv4 and on IPv6", "[capture][tcpdump]")
{
    if (const std::string why = cannotCapture("dumpcap"); !why.empty()) {
        WARN("skipped: " + why);
        return;
    }
    for (int family : {AF_INET, AF_INET6}) {
        INFO((family == AF_INET ? "IPv4" : "IPv6"));
        const std::string path = captureEcho("dumpcap", family, temp("dumpcap.pcapng"));
        checkEcho(path, CaptureReader::Format::Pcapng, family);
        std::filesystem::remove(path);
    }
}
