// File ▸ Open capture in the window: a connection of a real capture in the diagram with its
// inferred states and analysis labels, the conversation picker, real packets in the inspector,
// and one line for a bad file. With WIRESTEP_SCREENSHOTS=DIR it also writes PNGs to look at.
#include "capture_test_support.h"

#include "core/capture/capture_text.h"
#include "core/i18n/translator.h"
#include "core/wire/capture_reader.h"
#include "ui/capture/capture_opener.h"
#include "ui/capture/conversation_picker.h"
#include "ui/panels/hex_view.h"
#include "ui/panels/link_panel.h"
#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/ladder_legend.h"
#include "ui/diagram/legend_view.h"
#include "ui/window/main_window.h"
#include "ui/panels/packet_inspector.h"
#include "ui/panels/panel_docks.h"
#include "ui/window/player.h"
#include "ui/diagram/sequence_diagram.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace wirestep;

namespace {

QString fixture(const char *name) { return QString::fromStdString(test::captureFixture(name)); }

// The send of packet `number` in the window's trace.
quint64 sendOfPacket(const Trace &t, std::uint64_t number)
{
    for (const TraceEvent &e : t.events())
        if (e.kind == EventKind::Send && e.seg.id == number) return e.id;
    FAIL("no send for packet " << number);
    return 0;
}

// The bytes of packet `number` as libpcap reads them.
std::vector<std::uint8_t> packetBytes(const QString &path, std::uint64_t number)
{
    CaptureReader r;
    REQUIRE(r.open(path.toStdString()));
    CaptureReader::Packet p;
    while (r.next(p) == CaptureReader::Read::Packet)
        if (p.number == number) return {p.bytes.begin(), p.bytes.end()};
    FAIL("no packet " << number);
    return {};
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOTS");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    w.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("a capture's connection in the window: states inferred, labels, real packets", "[capture][window]")
{
    MainWindow w;
    w.resize(1600, 1000);
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    CaptureOpener *opener = w.captureOpener();
    REQUIRE(opener != nullptr);
    REQUIRE(opener->open(fixture("zero-window.pcapng")));
    CHECK_FALSE(w.scenario());
    CHECK(w.windowTitle().startsWith(QStringLiteral("zero-window.pcapng, connection 1")));
    // The Link panel does not claim this computer's (Linux) timers for a file recorded anywhere.
    CHECK(w.linkPanel()->timersLabel()->text().startsWith(QStringLiteral("A capture file")));
    CHECK_FALSE(w.linkPanel()->timersLabel()->text().contains(QStringLiteral("Linux")));
    const Trace &t = w.trace();
    CHECK(t.statesOf(NodeId::Client).back() == TcpState::TimeWait);

    // The ladder: inferred bands, the server LISTEN from the top, labels under the arrows.
    const LadderLayout &layout = w.diagram()->layout();
    REQUIRE_FALSE(layout.bands(NodeId::Server).empty());
    CHECK(layout.bands(NodeId::Server).front().state == TcpState::Listen);
    for (NodeId n : {NodeId::Client, NodeId::Server})
        for (const auto &b : layout.bands(n)) CHECK(b.inferred);
    CHECK_FALSE(layout.timers().empty()); // the retransmission's and TIME_WAIT's

    // The inspector shows packet 9 itself: the server's zero window with a SACK block, IPv6.
    w.show();
    w.player()->toEnd();
    PacketInspector *inspector = w.panels()->inspector();
    inspector->setEventId(sendOfPacket(t, 9));
    CHECK(inspector->showsCapturedPacket());
    CHECK(inspector->frame() == packetBytes(fixture("zero-window.pcapng"), 9));
    CHECK(inspector->hexView()->bytes() == inspector->frame());
    CHECK(inspector->titleLabel()->text().startsWith(QStringLiteral("Packet 9, from the server to the client")));
    REQUIRE(inspector->itemFor(QStringLiteral("ipv6.src")));
    CHECK(inspector->itemFor(QStringLiteral("ipv6.src"))->text(PacketInspector::ValueColumn) == QStringLiteral("::1"));
    REQUIRE(inspector->itemFor(QStringLiteral("tcp.options.sack.1")));
    CHECK(inspector->itemFor(QStringLiteral("tcp.options.sack.1"))->text(PacketInspector::ValueColumn).contains(QStringLiteral("relative 3953–4941")));
    CHECK(inspector->itemFor(QStringLiteral("tcp.options.timestamp.tsval")));
    CHECK(inspector->itemFor(QStringLiteral("tcp.window_size_value"))->text(PacketInspector::ValueColumn) == QStringLiteral("0"));
    CHECK(inspector->itemFor(QStringLiteral("tcp.seq"))->text(PacketInspector::ValueColumn).endsWith(QStringLiteral("(relative 1)")));
    // The SYN: window scale announced; its bytes are the file's.
    inspector->setEventId(sendOfPacket(t, 1));
    REQUIRE(inspector->itemFor(QStringLiteral("tcp.options.wscale.shift")));
    CHECK(inspector->itemFor(QStringLiteral("tcp.options.wscale.shift"))->text(PacketInspector::ValueColumn) == QStringLiteral("10 (× 1024)"));
    // A packet cut by the snapshot length: its data is partly there.
    inspector->setEventId(sendOfPacket(t, 14));
    CHECK(inspector->itemFor(QStringLiteral("payload"))->text(PacketInspector::ValueColumn).contains(QStringLiteral(" of 3952 bytes captured")));
    CHECK(inspector->itemFor(QStringLiteral("tcp.checksum"))->text(PacketInspector::WhyColumn).startsWith(QStringLiteral("Not checked")));
    screenshot(w, QStringLiteral("capture-en.png"));
    w.player()->setIndex(26); // the handshake, the first data, the retransmission
    QCoreApplication::processEvents();
    screenshot(w, QStringLiteral("capture-start-en.png"));

    // The legend names the capture's marks: inferred and unknown states, analysis labels.
    CHECK(w.legend()->isCapture());
    CHECK(LadderLegend::isCaptureTrace(t));

    // A scenario afterwards: the inspector encodes its segments again, and the legend is a
    // simulation's.
    REQUIRE(w.showScenarioById("handshake"));
    w.player()->toEnd();
    CHECK_FALSE(inspector->showsCapturedPacket());
    CHECK_FALSE(w.legend()->isCapture());
    CHECK_FALSE(LadderLegend::isCaptureTrace(w.trace()));
}

TEST_CASE("a capture that starts mid-connection shows the state before it as unknown", "[capture][window]")
{
    MainWindow w;
    REQUIRE(w.captureOpener()->open(fixture("tcp-v4-mid.pcap")));
    const LadderLayout &layout = w.diagram()->layout();
    for (NodeId n : {NodeId::Client, NodeId::Server}) {
        REQUIRE(layout.bands(n).size() >= 2);
        CHECK(layout.bands(n)[0].unknown);
        CHECK(layout.bands(n)[1].state == TcpState::Established);
        CHECK_FALSE(layout.bands(n)[1].unknown);
    }
    CHECK(w.captureOpener()->lastMessage().contains(QStringLiteral("middle of the connection")));
}

TEST_CASE("the conversation picker: every conversation, the first TCP one chosen", "[capture][window]")
{
    CaptureDocument doc;
    REQUIRE(doc.open(test::captureFixture("any-sll2-mixed.pcap")));
    ConversationPicker picker(doc.conversations(), *doc.preferredConversation(), QStringLiteral("any-sll2-mixed.pcap"), 5);
    QTreeWidget *table = picker.table();
    REQUIRE(table->topLevelItemCount() == 3);
    CHECK(picker.chosen() == 1u);
    CHECK(table->topLevelItem(0)->text(ConversationPicker::ProtocolColumn) == QStringLiteral("UDP"));
    CHECK(table->topLevelItem(2)->text(ConversationPicker::ClientColumn) == QStringLiteral("127.0.0.1:44540"));
    CHECK(table->topLevelItem(2)->text(ConversationPicker::PacketsColumn) == QStringLiteral("11"));
    CHECK(picker.startBox()->isHidden()); // 2 packets: all shown
    picker.choose(2);
    CHECK_FALSE(picker.startBox()->isHidden()); // 11 packets, 5 at a time
    picker.startBox()->setValue(4);
    CHECK(picker.firstPacket() == 3u);
    picker.show();
    screenshot(picker, QStringLiteral("picker-en.png"));

    // In the window: the chosen conversation, then another through the picker's choice.
    MainWindow w;
    REQUIRE(w.captureOpener()->open(fixture("any-sll2-mixed.pcap"), 2));
    CHECK(w.captureOpener()->shownConversation() == 2u);
    CHECK(w.captureOpener()->chooseAction()->isEnabled());
    REQUIRE(w.captureOpener()->show(0));
    CHECK(w.trace().ofKind(EventKind::Send).size() == 2); // the UDP exchange
}

TEST_CASE("File > Open capture is in the File menu, and a bad file gets its one line", "[capture][window]")
{
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    QMenu *file = w.menuBar()->actions().front()->menu();
    REQUIRE(file);
    CHECK(file->actions().contains(w.captureOpener()->openAction()));
    CHECK(w.captureOpener()->openAction()->text() == QStringLiteral("Open &capture…"));
    const std::size_t before = w.trace().size();
    const QString bad = QString::fromStdString(std::string(WIRESTEP_SOURCE_DIR) + "/tests/bad_captures/not-a-capture.pcap");
    CHECK_FALSE(w.captureOpener()->open(bad));
    CHECK(w.trace().size() == before);
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("captureError"));
    REQUIRE(box);
    CHECK(box->text() == bad + QStringLiteral(" is not a capture: it starts with neither a pcap nor a pcapng header (its first bytes are 7b 22 69 64)."));
    box->close();
}

TEST_CASE("the capture view in Chinese", "[capture][window]")
{
    MainWindow w;
    w.resize(1600, 1000);
    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    QCoreApplication::processEvents();
    CHECK(w.captureOpener()->openAction()->text() != QStringLiteral("Open &capture…"));
    REQUIRE(w.captureOpener()->open(fixture("tcp-v6-echo.pcapng")));
    w.show();
    w.player()->toEnd();
    PacketInspector *inspector = w.panels()->inspector();
    inspector->setEventId(sendOfPacket(w.trace(), 1));
    CHECK(inspector->titleLabel()->text().contains(QStringLiteral("1")));
    screenshot(w, QStringLiteral("capture-zh_CN.png"));
    CaptureDocument doc;
    REQUIRE(doc.open(test::captureFixture("any-sll2-mixed.pcap")));
    ConversationPicker picker(doc.conversations(), 1, QStringLiteral("any-sll2-mixed.pcap"), 5);
    picker.show();
    screenshot(picker, QStringLiteral("picker-zh_CN.png"));
    REQUIRE(w.setLanguage(QStringLiteral("en")));
}
