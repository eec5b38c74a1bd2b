#include "tests/catalog_runs.h"
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"
#include "ui/panels/encapsulation_bar.h"
#include "ui/panels/hex_view.h"
#include "ui/panels/packet_inspector.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

std::shared_ptr<const Trace> run(const char *id) { return test::sharedCatalogRun(id); }

// The id of the first send whose segment has exactly these flags.
quint64 firstSend(const Trace &t, std::uint8_t flags, Protocol proto = Protocol::Tcp)
{
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::Send && e.seg.proto == proto && (proto == Protocol::Udp || e.seg.flags == flags)) return e.id;
    FAIL("no such send");
    return 0;
}

QString valueOf(const PacketInspector &inspector, const char *field)
{
    const QTreeWidgetItem *item = inspector.itemFor(QString::fromLatin1(field));
    REQUIRE(item != nullptr);
    return item->text(PacketInspector::ValueColumn);
}

} // namespace

TEST_CASE("the SYN,ACK of the handshake shows ack 101 and explains it", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.resize(420, 700);
    inspector.setTrace(trace);
    inspector.setEventId(firstSend(*trace, TcpFlag::SYN | TcpFlag::ACK));
    CHECK(valueOf(inspector, "tcp.ack").startsWith(QStringLiteral("101")));
    CHECK(valueOf(inspector, "tcp.seq").startsWith(QStringLiteral("300")));
    const QTreeWidgetItem *ack = inspector.itemFor(QStringLiteral("tcp.ack"));
    CHECK(ack->text(PacketInspector::WhyColumn).contains(QStringLiteral("SYN")));
    CHECK(ack->text(PacketInspector::WhyColumn).contains(QStringLiteral("101 = 100 + 1")));
    CHECK(inspector.itemFor(QStringLiteral("tcp.flags.syn"))->text(PacketInspector::ValueColumn) == QStringLiteral("set"));
    CHECK(inspector.itemFor(QStringLiteral("tcp.options.mss_val")) != nullptr);
    // The second packet the server sends... no: its first, so identification 1.
    CHECK(valueOf(inspector, "ip.id") == QStringLiteral("1"));
}

TEST_CASE("selecting the ack field highlights exactly its four bytes in the hex view", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.resize(420, 700);
    inspector.setTrace(trace);
    inspector.setEventId(firstSend(*trace, TcpFlag::SYN | TcpFlag::ACK));
    REQUIRE(inspector.selectField(QStringLiteral("tcp.ack")));
    const HexView *hex = inspector.hexView();
    CHECK(hex->highlightOffset() == 42);
    CHECK(hex->highlightLength() == 4);
    for (std::size_t i = 0; i < hex->bytes().size(); ++i) CHECK(hex->isHighlighted(i) == (i >= 42 && i < 46));
    // Those bytes are 101 in network byte order.
    CHECK(inspector.frame()[42] == 0);
    CHECK(inspector.frame()[45] == 101);
}

TEST_CASE("clicking a byte of the window field selects the window field", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.resize(420, 700);
    inspector.setTrace(trace);
    inspector.show();
    REQUIRE(QTest::qWaitForWindowExposed(&inspector));
    inspector.setEventId(firstSend(*trace, TcpFlag::SYN | TcpFlag::ACK));
    HexView *hex = inspector.hexView();
    const int windowByte = 14 + 20 + 14 + 1; // the second byte of the TCP window
    QTest::mouseClick(hex, Qt::LeftButton, {}, hex->byteRect(windowByte).center());
    CHECK(inspector.selectedField() == QStringLiteral("tcp.window_size_value"));
    CHECK(hex->highlightOffset() == 48);
    CHECK(hex->highlightLength() == 2);
    // A byte of the flags selects the flags byte, not one of its bits.
    inspector.selectByte(14 + 20 + 13);
    CHECK(inspector.selectedField() == QStringLiteral("tcp.flags"));
}

TEST_CASE("fields that changed since the previous segment in the same direction are marked", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.setTrace(trace);
    // The client's ACK follows its SYN: seq, ack and flags changed, the ports did not.
    inspector.setEventId(firstSend(*trace, TcpFlag::ACK));
    const auto changed = [&](const char *f) {
        const QTreeWidgetItem *item = inspector.itemFor(QString::fromLatin1(f));
        REQUIRE(item != nullptr);
        return item->font(PacketInspector::FieldColumn).bold() && item->text(PacketInspector::FieldColumn).startsWith(QStringLiteral("Δ"));
    };
    CHECK(changed("tcp.seq"));
    CHECK(changed("tcp.ack"));
    CHECK(changed("tcp.flags"));
    CHECK(changed("ip.id"));
    CHECK_FALSE(changed("tcp.srcport"));
    CHECK_FALSE(changed("tcp.window_size_value"));
    CHECK(valueOf(inspector, "ip.id") == QStringLiteral("2"));
    // The first segment of a direction has nothing to compare with.
    inspector.setEventId(firstSend(*trace, TcpFlag::SYN));
    CHECK_FALSE(changed("tcp.seq"));
}

TEST_CASE("the encapsulation bar gives each layer's size", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.setTrace(trace);
    inspector.setEventId(firstSend(*trace, TcpFlag::SYN));
    const auto &parts = inspector.bar()->parts();
    REQUIRE(parts.size() == 4);
    CHECK(parts[0].bytes == 14);
    CHECK(parts[1].bytes == 20);
    CHECK(parts[2].bytes == 24); // with the MSS option
    CHECK(parts[3].bytes == 0);
}

TEST_CASE("a UDP datagram shows its 8-byte header and its data", "[inspector]")
{
    const auto trace = run("udp-datagrams");
    PacketInspector inspector;
    inspector.setTrace(trace);
    const quint64 id = firstSend(*trace, 0, Protocol::Udp);
    inspector.setEventId(id);
    REQUIRE(inspector.itemFor(QStringLiteral("udp.length")) != nullptr);
    const Segment seg = trace->byId(id)->seg;
    CHECK(valueOf(inspector, "udp.length").startsWith(QString::number(8 + seg.payload.size())));
    const auto &parts = inspector.bar()->parts();
    REQUIRE(parts.size() == 4);
    CHECK(parts[2].bytes == 8);
    CHECK(parts[3].bytes == static_cast<int>(seg.payload.size()));
    CHECK(inspector.itemFor(QStringLiteral("tcp.seq")) == nullptr);
}

TEST_CASE("the inspector follows the player to the last segment shown", "[inspector]")
{
    const auto trace = run("handshake");
    PacketInspector inspector;
    inspector.setTrace(trace);
    inspector.setCurrent(0);
    CHECK(inspector.eventId() == 0);
    CHECK(inspector.tree()->topLevelItemCount() == 0);
    inspector.setCurrent(static_cast<int>(trace->size()));
    const std::optional<TraceEvent> e = trace->byId(inspector.eventId());
    REQUIRE(e.has_value());
    CHECK(e->seg.flags == TcpFlag::ACK);
}
