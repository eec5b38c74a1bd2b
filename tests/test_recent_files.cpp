// Opening from anywhere: MainWindow::openFile (what `wirestep FILE`, the desktop's Open With and
// File ▸ Open recent call) opens a scenario file or routes a capture to its hook, and the files
// opened or saved are listed, newest first, in File ▸ Open recent, remembered and checked.
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

TEST_CASE("a capture given to openFile goes to the capture hook, which says where captures open", "[files][capture]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *name : {"trace.pcap", "trace.PCAPNG"}) {
        INFO(name);
        MainWindow w;
        w.setLanguage(QStringLiteral("en"));
        REQUIRE(w.showScenarioById("handshake"));
        CHECK(MainWindow::isCaptureFile(QString::fromLatin1(name)));
        CHECK_FALSE(w.openFile(dir.filePath(QString::fromLatin1(name))));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("captureNotYet"));
        REQUIRE(box);
        CHECK(box->text().contains(QString::fromLatin1(name)));
        CHECK(box->text().contains(QStringLiteral("Open capture")));
        delete box;
        CHECK(w.scenario()->id == "handshake"); // what the window showed stays
        REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
        CHECK_FALSE(w.openCaptureFile(dir.filePath(QString::fromLatin1(name))));
        auto *zh = w.findChild<QMessageBox *>(QStringLiteral("captureNotYet"));
        REQUIRE(zh);
        CHECK(zh->text().contains(QStringLiteral("抓包")));
        delete zh;
    }
    CHECK_FALSE(MainWindow::isCaptureFile(QStringLiteral("lab.wirestep.json")));
    CHECK_FALSE(MainWindow::isCaptureFile(QStringLiteral("pcap")));
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
