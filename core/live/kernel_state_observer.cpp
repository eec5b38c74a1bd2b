#include "core/live/kernel_state_observer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <charconv>
#include <sstream>
#include <unordered_map>

namespace wirestep {

namespace {

constexpr const char *kTables[] = {"/proc/net/tcp", "/proc/net/tcp6"};

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// "0100007F:1F90" (IPv4: one 32-bit word in host order) or 32 hex digits (IPv6: four such words).
std::optional<KernelStateObserver::Endpoint> parseEndpoint(const std::string &s)
{
    const auto colon = s.find(':');
    if (colon == std::string::npos || (colon != 8 && colon != 32)) return std::nullopt;
    std::array<std::uint8_t, 16> raw{};
    const std::size_t bytes = colon / 2;
    for (std::size_t i = 0; i < bytes; ++i) {
        const int hi = hexValue(s[2 * i]), lo = hexValue(s[2 * i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        raw[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    // Each 32-bit word is printed as a number in host byte order: on little-endian hosts the
    // bytes of each word come out reversed.
    const bool little = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    for (std::size_t w = 0; little && w < bytes / 4; ++w) std::swap(raw[4 * w], raw[4 * w + 3]), std::swap(raw[4 * w + 1], raw[4 * w + 2]);
    KernelStateObserver::Endpoint e;
    if (bytes == 4) {
        e.address[10] = e.address[11] = 0xff;
        std::copy(raw.begin(), raw.begin() + 4, e.address.begin() + 12);
    } else {
        e.address = raw;
    }
    unsigned port = 0;
    const char *first = s.data() + colon + 1, *last = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(first, last, port, 16);
    if (ec != std::errc() || ptr != last || port > 0xffff) return std::nullopt;
    e.port = static_cast<std::uint16_t>(port);
    return e;
}

} // namespace

KernelStateObserver::Endpoint KernelStateObserver::Endpoint::from(const QHostAddress &address, std::uint16_t port)
{
    Endpoint e;
    e.port = port;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        e.address[10] = e.address[11] = 0xff;
        e.address[12] = static_cast<std::uint8_t>(v4 >> 24);
        e.address[13] = static_cast<std::uint8_t>(v4 >> 16);
        e.address[14] = static_cast<std::uint8_t>(v4 >> 8);
        e.address[15] = static_cast<std::uint8_t>(v4);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        for (int i = 0; i < 16; ++i) e.address[static_cast<std::size_t>(i)] = v6[i];
    } else {
        e.address[10] = e.address[11] = 0xff; // 0.0.0.0, the remote end of a listening socket
    }
    return e;
}

KernelStateObserver::KernelStateObserver(LiveRecorder &recorder, QObject *parent)
    : QObject(parent), m_recorder(recorder)
{
    auto diag = std::make_unique<SockDiag>();
    bool failed = true;
    if (diag->isOpen()) diag->state(Endpoint::from(QHostAddress::LocalHost, 0).address, 0, {}, 0, &failed);
    QString error;
    if (!failed)
        m_diag = std::move(diag);
    else if (!readTables(&error))
        m_unavailableReason = error;
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &KernelStateObserver::poll);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &KernelStateObserver::poll);
}

KernelStateObserver::~KernelStateObserver() = default;

std::optional<TcpState> KernelStateObserver::fromKernelCode(int code)
{
    // include/net/tcp_states.h
    switch (code) {
    case 1: return TcpState::Established;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynReceived;
    case 4: return TcpState::FinWait1;
    case 5: return TcpState::FinWait2;
    case 6: return TcpState::TimeWait;
    case 7: return TcpState::Closed;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::LastAck;
    case 10: return TcpState::Listen;
    case 11: return TcpState::Closing;
    case 12: return TcpState::SynReceived; // TCP_NEW_SYN_RECV: a request socket of a listener
    default: return std::nullopt;
    }
}

std::vector<KernelStateObserver::KernelSocket> KernelStateObserver::parseTable(const std::string &text)
{
    std::vector<KernelSocket> rows;
    std::istringstream in(text);
    std::string line;
    std::getline(in, line); // the header
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        if (!(fields >> slot >> local >> remote >> state)) continue;
        auto l = parseEndpoint(local);
        auto r = parseEndpoint(remote);
        int code = 0;
        auto [ptr, ec] = std::from_chars(state.data(), state.data() + state.size(), code, 16);
        if (!l || !r || ec != std::errc() || ptr != state.data() + state.size()) continue;
        rows.push_back({*l, *r, code});
    }
    return rows;
}

std::optional<std::vector<KernelStateObserver::KernelSocket>> KernelStateObserver::readTables(QString *error)
{
    std::vector<KernelSocket> all;
    bool any = false;
    for (const char *path : kTables) {
        QFile f(QString::fromLatin1(path));
        if (!f.open(QIODevice::ReadOnly)) continue;
        any = true;
        // Files in /proc have no size: read until the end.
        const QByteArray text = f.readAll();
        auto rows = parseTable(text.toStdString());
        all.insert(all.end(), rows.begin(), rows.end());
    }
    if (!any) {
        if (error)
            *error = QCoreApplication::translate("wirestep::KernelStateObserver",
                                                 "The kernel's socket states cannot be read here: %1 does not exist (it does on Linux).")
                         .arg(QString::fromLatin1(kTables[0]));
        return std::nullopt;
    }
    return all;
}

int KernelStateObserver::watch(NodeId node, const QHostAddress &local, std::uint16_t localPort,
                               const QHostAddress &remote, std::uint16_t remotePort, TcpState initial, std::string tag)
{
    m_watches.push_back({node, Endpoint::from(local, localPort), Endpoint::from(remote, remotePort), initial, false,
                         std::move(tag)});
    pollSoon();
    return static_cast<int>(m_watches.size()) - 1;
}

void KernelStateObserver::unwatch(int watchId)
{
    if (watchId >= 0 && static_cast<std::size_t>(watchId) < m_watches.size()) m_watches[static_cast<std::size_t>(watchId)].active = false;
}

TcpState KernelStateObserver::stateOf(int watchId) const
{
    if (watchId < 0 || static_cast<std::size_t>(watchId) >= m_watches.size()) return TcpState::Closed;
    return m_watches[static_cast<std::size_t>(watchId)].state;
}

void KernelStateObserver::start(int intervalMs)
{
    if (!available()) return;
    m_intervalMs = intervalMs;
    m_timer.start(intervalMs);
}

void KernelStateObserver::stop()
{
    m_timer.stop();
    m_soon.stop();
}

void KernelStateObserver::pollSoon()
{
    if (available() && !m_soon.isActive()) m_soon.start();
}

void KernelStateObserver::clear()
{
    stop();
    m_watches.clear();
    m_lifelines.clear();
    m_resets.clear();
}

void KernelStateObserver::poll()
{
    if (!available() || m_watches.empty()) return;
    QElapsedTimer cost;
    cost.start();
    std::optional<std::vector<KernelSocket>> rows;
    if (!m_diag) {
        rows = readTables();
        if (!rows) return;
    }
    // Labs with hundreds of clients watch hundreds of sockets: find them by hash, not by scan.
    auto key = [](const Endpoint &l, const Endpoint &r) {
        std::uint64_t h = 1469598103934665603ull;
        for (const Endpoint *e : {&l, &r}) {
            for (std::uint8_t b : e->address) h = (h ^ b) * 1099511628211ull;
            h = (h ^ e->port) * 1099511628211ull;
        }
        return h;
    };
    std::unordered_multimap<std::uint64_t, std::size_t> index;
    if (rows) {
        index.reserve(rows->size());
        for (std::size_t i = 0; i < rows->size(); ++i) index.emplace(key((*rows)[i].local, (*rows)[i].remote), i);
    }

    for (Watch &w : m_watches) {
        if (!w.active || (w.seen && w.state == TcpState::Closed)) continue; // gone for good
        std::optional<TcpState> now;
        if (m_diag) {
            bool failed = false;
            const auto code = m_diag->state(w.local.address, w.local.port, w.remote.address, w.remote.port, &failed);
            if (failed) { // refused now: read the tables from the next poll on
                m_diag.reset();
                return;
            }
            if (code) now = fromKernelCode(*code);
        } else {
            auto [first, last] = index.equal_range(key(w.local, w.remote));
            for (auto it = first; it != last && !now; ++it) {
                const KernelSocket &k = (*rows)[it->second];
                if (k.local == w.local && k.remote == w.remote) now = fromKernelCode(k.code);
            }
        }
        if (now) w.seen = true;
        // A socket seen once and gone since is closed; one never seen may not exist yet.
        const TcpState to = now ? *now : TcpState::Closed;
        if ((!now && !w.seen) || to == w.state) continue;
        record(w, to);
    }
    // A poll must not take the event loop from the lab: wait a few times what it cost.
    const int busyMs = static_cast<int>(cost.elapsed());
    if (m_timer.isActive() && busyMs * 3 > m_intervalMs) m_timer.setInterval(busyMs * 3);
}

namespace {

// How far along its life a connection is in a state, for telling a late report from news.
int progress(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return 0;
    case TcpState::Listen: return 1;
    case TcpState::SynSent:
    case TcpState::SynReceived: return 2;
    case TcpState::Established: return 3;
    case TcpState::FinWait1:
    case TcpState::CloseWait: return 4;
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck: return 5;
    case TcpState::TimeWait: return 6;
    }
    return 0;
}

} // namespace

void KernelStateObserver::record(Watch &w, TcpState to)
{
    w.state = to;
    // The segments captured so far first: they may prove a state the poll missed.
    m_recorder.catchUp();
    Lifeline &line = lifelineOf(w);
    if (line.state == to) return;
    // A state the lifeline has already passed: a socket seen late (the listener, once its
    // connection has gone on), not news. CLOSED is the end, never late.
    if (to != TcpState::Closed && line.state != TcpState::Closed && progress(to) < progress(line.state)) return;
    // A socket in CLOSE_WAIT that is gone without a reset went through LAST_ACK (its FIN); any
    // other jump the RFC does not have went along the shortest way the RFC has.
    std::vector<TcpState> between = rfcPathBetween(line.state, to);
    if (line.state == TcpState::CloseWait && to == TcpState::Closed && !line.reset) between = {TcpState::LastAck};
    for (TcpState s : between) recordOne(w, s, InferenceBasis::StateDiagram);
    recordOne(w, to, InferenceBasis::None);
}

void KernelStateObserver::infer(const Watch &w, TcpState to)
{
    for (TcpState s : rfcPathBetween(lifelineOf(w).state, to)) recordOne(w, s, InferenceBasis::StateDiagram);
    recordOne(w, to, InferenceBasis::Segment);
}

void KernelStateObserver::recordOne(const Watch &w, TcpState to, InferenceBasis basis)
{
    Lifeline &line = lifelineOf(w);
    TraceEvent e;
    e.kind = EventKind::State;
    e.node = w.node;
    e.from = line.state;
    e.to = to;
    e.data = w.tag;
    e.inferred = basis != InferenceBasis::None;
    e.basis = basis;
    line.state = to;
    if (to == TcpState::Closed) line.reset = false; // the next connection starts afresh
    m_recorder.record(std::move(e));
}

bool KernelStateObserver::resetSeen(NodeId node, std::uint16_t localPort, std::uint16_t remotePort) const
{
    return m_resets.count({static_cast<int>(node), localPort, remotePort}) > 0;
}

void KernelStateObserver::noteSegment(NodeId node, const Segment &seg, bool sent)
{
    if (seg.proto != Protocol::Tcp) return;
    const std::uint16_t local = sent ? seg.sport : seg.dport;
    const std::uint16_t remote = sent ? seg.dport : seg.sport;
    if (seg.has(TcpFlag::RST)) m_resets.insert({static_cast<int>(node), local, remote});
    // The connection's own watch, else (a SYN,ACK before accept()) the listener's.
    const Watch *found = nullptr;
    for (const Watch &w : m_watches)
        if (w.active && w.node == node && w.local.port == local && w.remote.port == remote) found = &w;
    if (!found)
        for (const Watch &w : m_watches)
            if (w.active && w.node == node && w.local.port == local && w.remote.port == 0) found = &w;
    if (!found) return;
    Lifeline &line = lifelineOf(*found);
    if (seg.has(TcpFlag::RST)) {
        line.reset = true;
        return;
    }
    // RFC 9293 §3.10: the states such a segment leaves from, or leads to.
    const TcpState s = line.state;
    std::optional<TcpState> proven;
    if (sent) {
        if (seg.has(TcpFlag::SYN) && seg.has(TcpFlag::ACK)) {
            if (s == TcpState::Closed || s == TcpState::Listen || s == TcpState::SynSent) proven = TcpState::SynReceived;
        } else if (seg.has(TcpFlag::SYN)) {
            if (s == TcpState::Closed) proven = TcpState::SynSent;
        } else if (seg.has(TcpFlag::FIN)) {
            if (s == TcpState::Established || s == TcpState::SynReceived) proven = TcpState::FinWait1;
            else if (s == TcpState::CloseWait) proven = TcpState::LastAck;
        }
    } else if (seg.has(TcpFlag::FIN) && (s == TcpState::Established || s == TcpState::SynReceived)) {
        proven = TcpState::CloseWait; // the peer's FIN, before this side closed
    }
    if (proven) infer(*found, *proven);
}

} // namespace wirestep
