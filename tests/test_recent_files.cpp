// Opening from anywhere: MainWindow::openFile (what `wirestep FILE`, the desktop's Open With and
// File ▸ Open recent call) opens a scenario file or a capture (known by its name or its first
// bytes), and the files opened or saved are listed, newest first, in File ▸ Open recent.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_writer.h"
#include "ui/window/main_window.h"
#include "ui/window/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace wirestep;

namespace {

QString writeScenario(const QDir &dir, const QString &name, const char *id)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(QByteArray::fromStdString(ScenarioWriter::save(*Catalog::builtIn().find(id))));
    return path;
}

QList<QAction *> entries(const RecentFiles &recent)
{
    QList<QAction *> out;
    for (QAction *a : recent.menu()->actions())
        if (!a->data().toString().isEmpty()) out << a;
    return out;
}

} // namespace

TEST_CASE("openFile opens a scenario file by its name and lists it first in File > Open recent", "[files][recent]")
{
    QSettings().remove(QStringLiteral("files"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString lab = writeScenario(QDir(dir.path()), QStringLiteral("lab1.wirestep.json"), "teardown");
    const QString plain = writeScenario(QDir(dir.path()), QStringLiteral("lab2.json"), "echo");
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    CHECK(entries(*w.recentFiles()).isEmpty());
    REQUIRE(w.openFile(lab));
    CHECK(w.scenario()->id == "teardown");
    REQUIRE(w.openFile(plain));
    CHECK(w.scenario()->id == "echo");
    // Newest first, with a number, the name and its folder; the whole path in the tooltip.
    QList<QAction *> list = entries(*w.recentFiles());
    REQUIRE(list.size() == 2);
    CHECK(list[0]->text().startsWith(QStringLiteral("&1 lab2.json")));
    CHECK(list[1]->text().startsWith(QStringLiteral("&2 lab1.wirestep.json")));
    CHECK(list[0]->toolTip() == QDir::toNativeSeparators(plain));
    // The menu is in the File menu, and choosing an entry opens it.
    CHECK(w.recentFiles()->menu()->menuAction()->isVisible());
    list[1]->trigger();
    CHECK(w.scenario()->id == "teardown");
    CHECK(entries(*w.recentFiles())[0]->data().toString() == QFileInfo(lab).absoluteFilePath());
    // Remembered for the next session.
    {
        MainWindow again;
        CHECK(again.recentFiles()->files() == w.recentFiles()->files());
    }
    // A file that no longer opens leaves the list, with the reason in the dialog.
    QFile::remove(plain);
    CHECK_FALSE(w.openFile(plain));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("scenarioErrors"));
    REQUIRE(box);
    box->close();
    CHECK(w.recentFiles()->files() == QStringList{QFileInfo(lab).absoluteFilePath()});
    // Saving adds too, and the list keeps the newest eight.
    for (int i = 0; i < 10; ++i) REQUIRE(w.openFile(writeScenario(QDir(dir.path()), QStringLiteral("more%1.wirestep.json").arg(i), "handshake")));
    CHECK(w.recentFiles()->files().size() == RecentFiles::kMax);
    CHECK(w.recentFiles()->files().first().endsWith(QStringLiteral("more9.wirestep.json")));
    // Clear the list.
    QAction *clear = w.recentFiles()->menu()->actions().last();
    REQUIRE(clear->isEnabled());
    clear->trigger();
    CHECK(w.recentFiles()->files().isEmpty());
    CHECK(QSettings().value(QStringLiteral("files/recent")).toStringList().isEmpty());
}

TEST_CASE("a capture given to openFile opens in the window and goes to File > Open recent", "[files][capture]")
{
    QSettings().remove(QStringLiteral("files"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fixture = QStringLiteral(WIRESTEP_SOURCE_DIR "/tests/captures/zero-window.pcapng");
    const QString capture = QDir(dir.path()).filePath(QStringLiteral("lab.PCAPNG"));
    const QString unnamed = QDir(dir.path()).filePath(QStringLiteral("capture.bin")); // a capture by its bytes
    REQUIRE(QFile::copy(fixture, capture));
    REQUIRE(QFile::copy(fixture, unnamed));
    const QString lab = writeScenario(QDir(dir.path()), QStringLiteral("lab1.wirestep.json"), "teardown");
    CHECK(MainWindow::isCaptureFile(capture));
    CHECK(MainWindow::isCaptureFile(unnamed));
    CHECK(MainWindow::isCaptureFile(QStringLiteral("not-here.pcap")));
    CHECK_FALSE(MainWindow::isCaptureFile(lab));
    CHECK_FALSE(MainWindow::isCaptureFile(QStringLiteral("lab.wirestep.json")));
    CHECK_FALSE(MainWindow::isCaptureFile(QStringLiteral("pcap")));

    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    REQUIRE(w.showScenarioById("handshake"));
    // `wirestep lab.PCAPNG`: its one connection in the window, listed first in Open recent.
    REQUIRE(w.openFile(capture));
    CHECK_FALSE(w.scenario());
    CHECK(w.windowTitle().startsWith(QStringLiteral("lab.PCAPNG, connection 1")));
    CHECK(w.trace().ofKind(EventKind::Send).size() > 10);
    REQUIRE(w.openFile(unnamed));
    CHECK(w.windowTitle().startsWith(QStringLiteral("capture.bin, connection 1")));
    REQUIRE(w.openFile(lab));
    CHECK(w.scenario()->id == "teardown");
    QList<QAction *> list = entries(*w.recentFiles());
    REQUIRE(list.size() == 3);
    CHECK(list[1]->data().toString() == QFileInfo(unnamed).absoluteFilePath());
    CHECK(list[2]->data().toString() == QFileInfo(capture).absoluteFilePath());
    // Choosing the capture in Open recent opens it again.
    list[2]->trigger();
    CHECK_FALSE(w.scenario());
    CHECK(w.windowTitle().startsWith(QStringLiteral("lab.PCAPNG, connection 1")));
    CHECK(w.recentFiles()->files().first() == QFileInfo(capture).absoluteFilePath());

    // A capture that can no longer be read: its one line, the window keeps what it showed, and
    // the file leaves the list.
    REQUIRE(w.openFile(lab));
    const std::size_t before = w.trace().size();
    QFile::remove(capture);
    CHECK_FALSE(w.openFile(capture));
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("captureError"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("lab.PCAPNG")));
    delete box;
    CHECK(w.scenario()->id == "teardown");
    CHECK(w.trace().size() == before);
    CHECK_FALSE(w.recentFiles()->files().contains(QFileInfo(capture).absoluteFilePath()));
    CHECK(w.recentFiles()->files().contains(QFileInfo(unnamed).absoluteFilePath()));

    // The line in Chinese.
    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    CHECK_FALSE(w.openCaptureFile(capture));
    auto *zh = w.findChild<QMessageBox *>(QStringLiteral("captureError"));
    REQUIRE(zh);
    const QString text = zh->text();
    CHECK(std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }));
    delete zh;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    QSettings().remove(QStringLiteral("files"));
}

TEST_CASE("recent files read back from the settings are checked", "[files][recent][settings]")
{
    QSettings().setValue(QStringLiteral("files/recent"),
                         QStringList{QStringLiteral("relative/lab.json"), QString(), QStringLiteral("/tmp/a.json"), QStringLiteral("/tmp/./a.json"),
                                     QStringLiteral("/tmp/b.json")});
    RecentFiles recent;
    CHECK(recent.files() == QStringList{QStringLiteral("/tmp/a.json"), QStringLiteral("/tmp/b.json")});
    QSettings().setValue(QStringLiteral("files/recent"), 42);
    RecentFiles number;
    CHECK(number.files().isEmpty());
    // An empty list still has its menu: a disabled note and a disabled Clear.
    CHECK(number.menu()->actions().size() >= 2);
    QSettings().remove(QStringLiteral("files"));
}
