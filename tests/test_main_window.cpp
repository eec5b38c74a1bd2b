#include "core/trace/jsonl_writer.h"
#include "core/wire/capture_reader.h"
#include "tests/test_ui_traces.h"
#include "tests/demo_scenarios.h"
#include "ui/panels/event_list.h"
#include "ui/panels/link_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/player_bar.h"
#include "ui/window/scenario_library.h"
#include "ui/diagram/sequence_diagram.h"
#include "tests/write_failure_support.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QDockWidget>
#include <QHeaderView>
#include <QScreen>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace wirestep;

namespace {

std::vector<std::string> asJson(const Trace &t)
{
    std::vector<std::string> out;
    for (const auto &e : t.events()) out.push_back(JsonlWriter::toJson(e));
    return out;
}

std::size_t count(const Trace &t, EventKind k)
{
    std::size_t n = 0;
    for (const auto &e : t.events()) n += e.kind == k;
    return n;
}

} // namespace

TEST_CASE("the arrow keys step the player: Right three times and Left once is event 2", "[window]")
{
    MainWindow w;
    w.showTrace(test::handshakeTrace(), QStringLiteral("handshake"));
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.player()->toStart();
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Right);
    QTest::keyClick(&w, Qt::Key_Left);
    CHECK(w.player()->index() == 2);
    QTest::keyClick(&w, Qt::Key_End);
    CHECK(w.player()->index() == static_cast<int>(w.trace().size()));
    QTest::keyClick(&w, Qt::Key_Home);
    CHECK(w.player()->index() == 0);
    // The event list follows the player.
    QTest::keyClick(&w, Qt::Key_Right);
    CHECK(w.eventList()->view()->currentIndex().row() == 0);
}

TEST_CASE("Space plays to the end, where playing stops", "[window]")
{
    MainWindow w;
    w.showTrace(test::handshakeTrace(), QStringLiteral("handshake"));
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    w.player()->toStart();
    QTest::keyClick(&w, Qt::Key_Space);
    REQUIRE(w.player()->isPlaying());
    int ticks = 0;
    while (w.player()->isPlaying() && ticks < 100'000) {
        w.player()->tick();
        ++ticks;
    }
    CHECK_FALSE(w.player()->isPlaying());
    CHECK(w.player()->index() == static_cast<int>(w.trace().size()));
    CHECK(w.playerBar()->slider()->value() == static_cast<int>(w.trace().size()));
}

TEST_CASE("every player action shows its shortcut in its tooltip", "[window]")
{
    MainWindow w;
    PlayerBar *bar = w.playerBar();
    for (QAction *a : {bar->playAction(), bar->backAction(), bar->forwardAction(), bar->startAction(), bar->endAction()}) {
        REQUIRE_FALSE(a->shortcut().isEmpty());
        CHECK(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)));
    }
}

TEST_CASE("the lossy link re-runs the scenario at once, and switching it off restores the trace", "[window][link]")
{
    MainWindow w;
    w.showScenario(DemoScenarios::udpDatagrams(12));
    const auto original = asJson(w.trace());
    REQUIRE(count(w.trace(), EventKind::Send) == 12);
    REQUIRE(count(w.trace(), EventKind::Drop) == 0);

    LinkPanel *link = w.linkPanel();
    link->lossBox()->setValue(50);
    link->seedBox()->setValue(3);
    link->lossySwitch()->setChecked(true);
    CHECK(count(w.trace(), EventKind::Send) == 12);
    CHECK(count(w.trace(), EventKind::Drop) > 0);
    CHECK(asJson(w.trace()) != original);
    CHECK(w.diagram()->layout().eventCount() == w.trace().size());

    link->lossySwitch()->setChecked(false);
    CHECK(asJson(w.trace()) == original);
}

TEST_CASE("a fault from the diagram's menu drops exactly that datagram, and removing it restores the trace", "[window][fault]")
{
    MainWindow w;
    w.showScenario(DemoScenarios::udpDatagrams(4));
    const auto original = asJson(w.trace());
    const auto &arrows = w.diagram()->layout().arrows();
    REQUIRE(arrows.size() == 4);

    auto menu = w.diagram()->faultMenu(1);
    QAction *drop = nullptr;
    for (QAction *a : menu->actions())
        if (!a->isSeparator() && a->data().toInt() == static_cast<int>(FaultAction::Drop)) drop = a;
    REQUIRE(drop);
    drop->trigger();

    REQUIRE(w.linkPanel()->faults().size() == 1);
    std::vector<TraceEvent> drops;
    for (const auto &e : w.trace().events())
        if (e.kind == EventKind::Drop) drops.push_back(e);
    REQUIRE(drops.size() == 1);
    CHECK(drops[0].seg.payload == "message 2");
    CHECK(drops[0].reason == DropReason::Rule);

    w.linkPanel()->removeFault(0);
    CHECK(asJson(w.trace()) == original);
}

TEST_CASE("a bad scenario file lists every error and keeps the current work", "[window][file]")
{
    MainWindow w;
    w.showScenario(DemoScenarios::udpDatagrams(3));
    const auto before = asJson(w.trace());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "wirestep-scenario/1", "id": 7, "group": "udp", "actions": [{"at_ms": -1}]})");
    f.close();

    CHECK_FALSE(w.openScenarioFile(path));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("scenarioErrors"));
    REQUIRE(box);
    CHECK(box->informativeText().contains(QStringLiteral("broken.json")));
    CHECK(box->informativeText().count(QLatin1Char('\n')) >= 1); // more than one problem, one line each
    CHECK(asJson(w.trace()) == before);
    box->close();
}

TEST_CASE("the diagram exports as PNG, SVG and PDF, and the trace as JSON Lines and pcap", "[window][export]")
{
    MainWindow w;
    w.showTrace(test::handshakeTrace(), QStringLiteral("handshake"));
    QTemporaryDir dir;
    for (const char *name : {"d.png", "d.svg", "d.pdf"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QString error;
        CHECK(w.exportDiagram(path, &error));
        CHECK(QFileInfo(path).size() > 1000);
    }
    QImage png(dir.filePath(QStringLiteral("d.png")));
    CHECK(png.width() == 2200); // print resolution: twice the screen's
    CHECK(png.pixelColor(5, png.height() - 5) == QColor(Qt::white));

    const QString jsonl = dir.filePath(QStringLiteral("t.jsonl"));
    REQUIRE(w.exportTrace(jsonl));
    QFile f(jsonl);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().count('\n') == static_cast<qsizetype>(w.trace().size()));

    // The pcap holds every segment as it left its sender.
    const QString pcap = dir.filePath(QStringLiteral("t.pcap"));
    REQUIRE(w.exportTrace(pcap));
    CaptureReader capture;
    REQUIRE(capture.open(pcap.toStdString()));
    CaptureReader::Packet packet;
    std::size_t packets = 0;
    while (capture.next(packet) == CaptureReader::Read::Packet) ++packets;
    CHECK(packets == w.trace().ofKind(EventKind::Send).size());
    QString why;
    CHECK_FALSE(w.exportTrace(dir.filePath(QStringLiteral("no/such/dir/t.pcap")), &why));
    CHECK(why.contains(QStringLiteral("t.pcap")));
}

TEST_CASE("the panels are real docks that can be moved, closed and toggled from the View menu", "[window]")
{
    MainWindow w;
    const auto docks = w.findChildren<QDockWidget *>();
    // Scenarios, events, link; state diagram, inspector, predict, reference; live; exercises.
    REQUIRE(docks.size() == 9);
    for (QDockWidget *d : docks) {
        CHECK(d->features().testFlag(QDockWidget::DockWidgetMovable));
        CHECK(d->features().testFlag(QDockWidget::DockWidgetClosable));
        CHECK_FALSE(d->objectName().isEmpty());
    }
    w.show();
    const QSize size = w.size();
    QDockWidget *d = docks.front();
    CHECK(d->isVisible());
    d->toggleViewAction()->trigger();
    CHECK_FALSE(d->isVisible());
    CHECK(w.size() == size); // the window keeps its size; the diagram takes the room
}

TEST_CASE("the window opens at a size that fits the screen, shrinks to 1024x768 and opens a scenario at its start", "[window][size]")
{
    MainWindow w;
    const QSize screen = w.screen()->availableGeometry().size();
    const QSize size = w.defaultSize();
    // 1600x1000 where it fits, never larger than the screen (unless the screen is below 1024x768).
    CHECK(size.width() <= std::max(1600, MainWindow::kSmallest.width()));
    CHECK(size.height() <= std::max(1000, MainWindow::kSmallest.height()));
    CHECK((size.width() <= screen.width() || size.width() == MainWindow::kSmallest.width()));
    CHECK(size.width() >= MainWindow::kSmallest.width());
    CHECK(size.height() >= MainWindow::kSmallest.height());
    REQUIRE(w.showScenarioById("tcp-vs-udp"));
    for (const QSize want : {QSize(1024, 768), QSize(1280, 720), QSize(1600, 1000)}) {
        INFO(want.width() << "x" << want.height());
        MainWindow sized;
        REQUIRE(sized.showScenarioById("handshake"));
        sized.resize(want);
        sized.show();
        REQUIRE(QTest::qWaitForWindowExposed(&sized));
        QCoreApplication::processEvents();
        CHECK(sized.size() == want); // nothing in the window asks for more
        CHECK(sized.minimumSizeHint().width() <= 1024);
        CHECK(sized.minimumSizeHint().height() <= 720);
        CHECK(sized.player()->index() == 0); // ready to play
        // The diagram has a share of the window and both lifelines are inside it.
        SequenceDiagram *d = sized.diagram();
        CHECK(d->isVisible());
        CHECK(d->viewport()->width() >= want.width() / 2);
        CHECK(d->toViewport(1.0f, 0).x() < d->viewport()->width());
        // The Events panel shows at least six rows.
        QTableView *events = sized.eventList()->view();
        CHECK(events->viewport()->height() >= 6 * events->verticalHeader()->defaultSectionSize());
        // No dock covers another or the diagram.
        // (Tabs of one dock area share its rectangle; tabs not shown are moved out of the window.)
        std::vector<QRect> rects{QRect(sized.centralWidget()->mapTo(&sized, QPoint()), sized.centralWidget()->size())};
        for (QDockWidget *dock : sized.findChildren<QDockWidget *>()) {
            const QRect r(dock->mapTo(&sized, QPoint()), dock->size());
            if (dock->isVisible() && !dock->isFloating() && sized.rect().contains(r) && std::find(rects.begin(), rects.end(), r) == rects.end())
                rects.push_back(r);
        }
        for (std::size_t i = 0; i < rects.size(); ++i)
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                INFO(rects[i].x() << "," << rects[i].y() << " " << rects[i].width() << "x" << rects[i].height() << " and " << rects[j].x()
                                  << "," << rects[j].y() << " " << rects[j].width() << "x" << rects[j].height());
                CHECK_FALSE(rects[i].intersects(rects[j]));
            }
    }
}

namespace {

// Every kind of mark at once: a lost SYN and its retransmission, data, a duplicate, a teardown
// into TIME_WAIT (folded) and a RST.
Trace richTrace()
{
    test::TraceBuilder b;
    b.at(0).app(NodeId::Server, AppCall::Listen);
    b.state(NodeId::Server, TcpState::Closed, TcpState::Listen);
    b.at(1'000).app(NodeId::Client, AppCall::Connect);
    b.state(NodeId::Client, TcpState::Closed, TcpState::SynSent);
    const auto syn = b.send(NodeId::Client, TcpFlag::SYN, 100, 0);
    b.timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Armed, 1'000'000);
    b.at(6'000).drop(syn);
    b.at(1'001'000).timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Fired);
    const auto syn2 = b.send(NodeId::Client, TcpFlag::SYN, 100, 0, {}, true);
    b.timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Armed, 2'000'000);
    b.at(1'011'000).deliver(syn2);
    b.state(NodeId::Server, TcpState::Listen, TcpState::SynReceived);
    const auto synAck = b.send(NodeId::Server, TcpFlag::SYN | TcpFlag::ACK, 300, 101);
    b.at(1'021'000).deliver(synAck);
    b.timer(NodeId::Client, TimerKind::Retransmission, TimerAction::Cancelled);
    b.state(NodeId::Client, TcpState::SynSent, TcpState::Established);
    const auto ack = b.send(NodeId::Client, TcpFlag::ACK, 101, 301);
    b.at(1'022'000).app(NodeId::Client, AppCall::Send, 6);
    const auto data = b.send(NodeId::Client, TcpFlag::ACK | TcpFlag::PSH, 101, 301, "hello!");
    b.at(1'031'000).deliver(ack);
    b.state(NodeId::Server, TcpState::SynReceived, TcpState::Established);
    b.at(1'032'000).deliver(data);
    const auto dataAck = b.send(NodeId::Server, TcpFlag::ACK, 301, 107);
    b.at(1'040'000).deliver(data);
    b.at(1'042'000).deliver(dataAck);
    b.at(1'050'000).app(NodeId::Client, AppCall::Close);
    b.state(NodeId::Client, TcpState::Established, TcpState::FinWait1);
    const auto fin = b.send(NodeId::Client, TcpFlag::FIN | TcpFlag::ACK, 107, 301);
    b.at(1'060'000).deliver(fin);
    b.state(NodeId::Server, TcpState::Established, TcpState::CloseWait);
    const auto finAck = b.send(NodeId::Server, TcpFlag::ACK, 301, 108);
    b.at(1'070'000).deliver(finAck);
    b.state(NodeId::Client, TcpState::FinWait1, TcpState::FinWait2);
    b.at(1'075'000).app(NodeId::Server, AppCall::Close);
    b.state(NodeId::Server, TcpState::CloseWait, TcpState::LastAck);
    const auto fin2 = b.send(NodeId::Server, TcpFlag::FIN | TcpFlag::ACK, 301, 108);
    b.at(1'085'000).deliver(fin2);
    b.state(NodeId::Client, TcpState::FinWait2, TcpState::TimeWait);
    b.timer(NodeId::Client, TimerKind::TimeWait, TimerAction::Armed, 60'000'000);
    const auto last = b.send(NodeId::Client, TcpFlag::ACK, 108, 302);
    b.at(1'095'000).deliver(last);
    b.state(NodeId::Server, TcpState::LastAck, TcpState::Closed);
    b.at(61'085'000).timer(NodeId::Client, TimerKind::TimeWait, TimerAction::Fired);
    b.state(NodeId::Client, TcpState::TimeWait, TcpState::Closed);
    const auto stray = b.at(61'100'000).send(NodeId::Server, TcpFlag::ACK, 302, 108);
    b.at(61'110'000).deliver(stray);
    const auto rst = b.send(NodeId::Client, TcpFlag::RST, 108, 0);
    b.at(61'120'000).deliver(rst);
    return b.build();
}

} // namespace

TEST_CASE("a trace with every kind of mark is shown and exported whole", "[window]")
{
    MainWindow w;
    const Trace rich = richTrace();
    w.showTrace(rich, QStringLiteral("every mark"));
    CHECK(w.trace().size() == rich.size());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rich.png"));
    QString error;
    REQUIRE(w.exportDiagram(path, &error));
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    // Both lifelines and every arrow: the picture is wide and tall, and not blank.
    CHECK(image.width() >= 600);
    CHECK(image.height() >= 600);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (qGray(image.pixel(x, y)) < 128) ++dark;
    CHECK(dark > 500);
}

TEST_CASE("saving and exporting onto a full disk keep the old file and report the error", "[window][export][write]")
{
    // A disk that fills up during the write: files of this process are cut at 1000 bytes, so
    // every file below fails part-way (each is larger) and the file already there must survive.
    MainWindow w;
    REQUIRE(w.showScenarioById("data-transfer-loss"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray old = "the previous contents, which must survive\n";
    const auto existing = [&](const char *name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(old);
        return path;
    };
    const auto contents = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    struct Case {
        const char *name;
        std::function<bool(const QString &, QString *)> write;
    };
    const std::vector<Case> cases{
        {"t.jsonl", [&](const QString &p, QString *e) { return w.exportTrace(p, e); }},
        {"t.pcap", [&](const QString &p, QString *e) { return w.exportTrace(p, e); }},
        {"d.svg", [&](const QString &p, QString *e) { return w.exportDiagram(p, e); }},
        {"d.png", [&](const QString &p, QString *e) { return w.exportDiagram(p, e); }},
        {"d.pdf", [&](const QString &p, QString *e) { return w.exportDiagram(p, e); }},
        {"s.json", [&](const QString &p, QString *e) { return w.saveScenario(p, e); }},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = existing(c.name);
        QString error;
        bool ok = true;
        {
            test::FileSizeLimit limit(1000);
            REQUIRE(limit.ok());
            ok = c.write(path, &error);
        }
        CHECK_FALSE(ok);
        CHECK(error.contains(QString::fromLatin1(c.name)));
        CHECK(contents(path) == old);
        // Nothing is left behind beside it.
        CHECK(QDir(dir.path()).entryList(QDir::Files).filter(QString::fromLatin1(c.name)).size() == 1);
        // With room, the same write replaces the file.
        CHECK(c.write(path, &error));
        CHECK(contents(path).size() > 1000);
    }
}

TEST_CASE("File > Open refuses a FIFO at once and says why", "[window][files]")
{
    MainWindow w;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("lab.json"));
    REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
    CHECK_FALSE(w.openScenarioFile(fifo)); // returns: it does not wait for a writer
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("scenarioErrors"));
    REQUIRE(box);
    CHECK(box->informativeText().contains(QStringLiteral("is not a regular file")));
    box->close();
}

TEST_CASE("settings that were edited into nonsense fall back to the defaults", "[window][settings]")
{
    for (const QVariant &speed : {QVariant(QStringLiteral("nan")), QVariant(QStringLiteral("inf")),
                                  QVariant(QStringLiteral("fast")), QVariant(1e300), QVariant(-2.0)}) {
        INFO(speed.toString().toStdString());
        {
            QSettings s;
            s.setValue(QStringLiteral("player/speed"), speed);
            s.setValue(QStringLiteral("ui/darkTheme"), QStringLiteral("perhaps"));
            s.setValue(QStringLiteral("window/geometry"), QByteArray("garbage"));
            s.setValue(QStringLiteral("scenario/last"), QStringLiteral("no-such-scenario"));
        }
        MainWindow w;
        w.restoreSettings();
        CHECK(w.player()->speed() == 1.0);
        auto *box = w.playerBar()->findChild<QComboBox *>();
        REQUIRE(box);
        CHECK(box->currentData().toDouble() == 1.0); // the box shows what plays
        CHECK_FALSE(w.darkThemeAction()->isChecked()); // "perhaps" is not a yes
        CHECK_FALSE(w.trace().empty()); // the first scenario instead of the unknown one
    }
    QSettings().clear();
}

TEST_CASE("the timer profile is always in view, switchable in the link panel, and shortened timers show the real ones", "[window][timers]")
{
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    REQUIRE(w.showScenarioById("time-wait-lost-last-ack"));
    const auto timeWaitArmed = [&w] {
        for (const TraceEvent &e : w.trace().events())
            if (e.kind == EventKind::Timer && e.timer == TimerKind::TimeWait && e.action == TimerAction::Armed) return e.durationUs;
        return std::int64_t{-1};
    };
    auto *status = w.statusBar()->findChild<QLabel *>(QStringLiteral("timerProfile"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("Timers: classroom (shortened)"));
    CHECK(timeWaitArmed() == 4'000'000);
    const QString shown = w.linkPanel()->timersLabel()->text();
    CHECK(shown.contains(QStringLiteral("2MSL = 4 s")));
    CHECK(shown.contains(QStringLiteral("real: Linux 60 s; RFC 9293: 2 × 2 min")));
    CHECK(shown.contains(QStringLiteral("Windows sends 10 probes")));

    // The student switches to Linux's values: the scenario runs again with them.
    w.linkPanel()->profileBox()->setCurrentIndex(2);
    CHECK(status->text() == QStringLiteral("Timers: Linux"));
    CHECK(timeWaitArmed() == 60'000'000);
    CHECK(w.linkPanel()->timersLabel()->text().contains(QStringLiteral("2MSL = 60 s")));
    CHECK_FALSE(w.linkPanel()->timersLabel()->text().contains(QStringLiteral("real:")));

    w.linkPanel()->profileBox()->setCurrentIndex(3);
    CHECK(status->text() == QStringLiteral("Timers: RFC"));
    CHECK(timeWaitArmed() == 240'000'000);
    w.linkPanel()->profileBox()->setCurrentIndex(0);
    CHECK(timeWaitArmed() == 4'000'000);
}
