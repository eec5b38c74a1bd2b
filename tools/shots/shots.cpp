// wirestep-shots: pictures of the window as a user sees it, for looking at a change and for the
// documentation. Runs offscreen (no display needed) and writes PNG files:
//
//   wirestep-shots [--out DIR] [--lang en|zh_CN] [--dark] [--size WxH] [--at F] [--zoom Z] [--present] [--legend]
//                  [--dock NAME]... [--central] [--live LAB] [--exercises] [--shrink W] SCENARIO...
//
// For each catalog SCENARIO: <id>-window.png (the whole window with the player at fraction F of
// the trace, default 1 = the end), <id>-diagram.png (the diagram alone), <id>-inspector.png (the
// window with the packet inspector raised), <id>-predict.png (predict mode at its first question)
// and <id>-export.png (File > Export diagram). --zoom sets View > Zoom (0.5 to 3); --present adds
// <id>-present.png, the window in presentation mode (F11) at the same position; --legend shows
// the legend under the diagram (View > Legend). A SCENARIO that is a capture file (.pcap, .pcapng)
// opens as File > Open capture opens it, its first TCP connection shown, and its pictures are
// named after the file (predict mode is left out: a capture has nothing to predict).
// --dock NAME (again for more) adds <id>-dock-NAME.png, that dock alone, shown and raised, at F;
// NAME is a dock's object name without "Dock": scenarios, link, events, stateDiagram, inspector,
// predict (taken at the first question of predict mode), reference, live, exercises.
// --central adds <id>-central.png, the middle of the window alone (one diagram or two lanes).
// --live LAB runs the live lab LAB on loopback sockets first, as Live > Start a lab does, then
// Compare with simulation, and writes live-LAB-window.png, live-LAB-central.png and the --dock
// pictures as live-LAB-dock-NAME.png; SCENARIO may then be left out.
// --exercises starts the sample course exercises (File > Open the sample course exercises) for a
// made-up student and writes exercises-window.png and the --dock pictures as
// exercises-dock-NAME.png, at the first question of its first scenario.
// --shrink W scales every picture wider than W pixels down to W (for the user guide).
// Exit status 0, or 2 with one line on bad arguments (or a lab that cannot run).
#include "ui/capture/capture_opener.h"
#include "ui/diagram/central_views.h"
#include "ui/exercise/exercise_mode.h"
#include "ui/live/live_mode.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/panel_docks.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/window/presentation_mode.h"
#include "ui/window/zoom_control.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QImage>

#include <cstdio>
#include <cstdlib>

using namespace wirestep;

namespace {

int usage(const char *why)
{
    std::fprintf(stderr, "wirestep-shots: %s\nusage: wirestep-shots [--out DIR] [--lang en|zh_CN] [--dark] [--size WxH] [--at F] [--zoom Z] [--present] [--legend] [--dock NAME]... [--central] [--live LAB] [--exercises] [--shrink W] SCENARIO...\n", why);
    return 2;
}

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

int g_shrink = 0; // --shrink: the widest a picture may be, or 0

// Saves a picture of `widget`, scaled down to --shrink's width when it is wider.
void save(QWidget *widget, const QString &file)
{
    QImage image = widget->grab().toImage();
    if (g_shrink > 0 && image.width() > g_shrink) image = image.scaledToWidth(g_shrink, Qt::SmoothTransformation);
    image.save(file);
}

QDockWidget *findDock(const MainWindow &w, const QString &name)
{
    return w.findChild<QDockWidget *>(name + QStringLiteral("Dock"));
}

// Each dock of `names` shown, raised and grabbed alone as <base>-dock-NAME.png.
void grabDocks(MainWindow &w, const QStringList &names, const QString &base)
{
    for (const QString &name : names) {
        QDockWidget *dock = findDock(w, name);
        dock->show();
        dock->raise();
        settle();
        save(dock, base + QStringLiteral("-dock-") + name + QStringLiteral(".png"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("wirestep-shots")); // never the user's settings
    QString out = QStringLiteral(".");
    QString lang = QStringLiteral("en");
    bool dark = false;
    QSize size(1600, 1000);
    double at = 1.0;
    double zoom = 1.0;
    bool present = false;
    bool legend = false;
    bool central = false;
    QStringList docks;
    QString lab;
    bool exercises = false;
    QStringList ids;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const auto value = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--out")) out = value();
        else if (a == QLatin1String("--lang")) lang = value();
        else if (a == QLatin1String("--dark")) dark = true;
        else if (a == QLatin1String("--present")) present = true;
        else if (a == QLatin1String("--legend")) legend = true;
        else if (a == QLatin1String("--central")) central = true;
        else if (a == QLatin1String("--exercises")) exercises = true;
        else if (a == QLatin1String("--shrink")) {
            g_shrink = value().toInt();
            if (g_shrink < 100) return usage("--shrink takes a width in pixels, at least 100");
        }
        else if (a == QLatin1String("--dock")) docks << value();
        else if (a == QLatin1String("--live")) {
            lab = value();
            if (lab.isEmpty()) return usage("--live takes a lab's name (wirestep-cli live --list shows them)");
        }
        else if (a == QLatin1String("--size")) {
            const QStringList wh = value().split(QLatin1Char('x'));
            if (wh.size() != 2 || wh[0].toInt() < 320 || wh[1].toInt() < 240) return usage("--size takes WxH, at least 320x240");
            size = QSize(wh[0].toInt(), wh[1].toInt());
        } else if (a == QLatin1String("--at")) {
            bool ok = false;
            at = value().toDouble(&ok);
            if (!ok || at < 0 || at > 1) return usage("--at takes a fraction from 0 to 1");
        } else if (a == QLatin1String("--zoom")) {
            bool ok = false;
            zoom = value().toDouble(&ok);
            if (!ok || zoom < ZoomControl::kMin || zoom > ZoomControl::kMax) return usage("--zoom takes a factor from 0.5 to 3");
        } else if (a.startsWith(QLatin1String("--"))) return usage("unknown option");
        else ids << a;
    }
    if (ids.isEmpty() && lab.isEmpty() && !exercises) return usage("name at least one scenario (wirestep-cli list shows them)");
    if (!QDir().mkpath(out)) return usage("cannot create the output folder");

    MainWindow w;
    w.resize(size);
    w.show();
    if (!w.setLanguage(lang)) return usage("--lang takes en or zh_CN");
    w.setDarkTheme(dark);
    w.zoom()->setZoom(zoom);
    w.legendAction()->setChecked(legend);
    for (const QString &name : docks)
        if (!findDock(w, name)) return usage("--dock takes a dock's name: scenarios, link, events, stateDiagram, inspector, predict, reference, live, exercises");
    const QStringList plainDocks = [&docks] {
        QStringList l = docks;
        l.removeAll(QStringLiteral("predict"));
        return l;
    }();
    if (!lab.isEmpty()) {
        // As Live > Start a lab, then Compare with simulation once it has ended.
        LiveMode *live = w.liveMode();
        QEventLoop loop;
        QObject::connect(live, &LiveMode::labFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        if (!live->start(lab)) return usage("the live lab cannot start (wirestep-cli live --list shows the labs)");
        if (live->isRunning()) loop.exec();
        if (live->isRunning() || !live->compareWithSimulation()) return usage("the live lab did not finish");
        const QString base = QDir(out).filePath(QStringLiteral("live-") + lab);
        w.player()->setIndex(static_cast<int>(static_cast<double>(w.trace().size()) * at));
        settle();
        save(&w, base + QStringLiteral("-window.png"));
        save(w.centralViews(), base + QStringLiteral("-central.png"));
        grabDocks(w, plainDocks, base);
        std::printf("%s\n", qPrintable(base));
    }
    if (exercises) {
        ExercisePack::LoadResult sample = ExerciseMode::loadSample();
        if (!sample.ok()) return usage("the sample exercises cannot be read");
        w.exercises()->start(std::make_shared<const ExercisePack>(std::move(*sample.pack)), QStringLiteral("Student"), QStringLiteral("S001"));
        for (int i = 0; i < 10'000 && w.player()->isPlaying(); ++i) w.player()->tick();
        const QString base = QDir(out).filePath(QStringLiteral("exercises"));
        settle();
        save(&w, base + QStringLiteral("-window.png"));
        grabDocks(w, docks, base);
        std::printf("%s\n", qPrintable(base));
        w.exercises()->stop();
    }
    for (const QString &id : ids) {
        const bool capture = MainWindow::isCaptureFile(id) && QFileInfo::exists(id);
        if (capture) {
            if (!w.captureOpener()->open(id, std::nullopt, false)) return usage("the capture cannot be opened");
        } else if (!w.showScenarioById(id.toStdString())) {
            return usage("no such catalog scenario");
        }
        const QString base = QDir(out).filePath(capture ? QFileInfo(id).completeBaseName() : id);
        w.player()->setIndex(static_cast<int>(static_cast<double>(w.trace().size()) * at));
        settle();
        save(&w, base + QStringLiteral("-window.png"));
        if (central) save(w.centralViews(), base + QStringLiteral("-central.png"));
        grabDocks(w, plainDocks, base);
        if (present) {
            // As on a screen of --size: full screen here would be the offscreen screen's size.
            w.presentation()->setActive(true);
            w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
            w.resize(size);
            settle();
            save(&w, base + QStringLiteral("-present.png"));
            w.presentation()->setActive(false);
            w.resize(size);
            settle();
        }
        save(w.diagram(), base + QStringLiteral("-diagram.png"));
        w.panels()->inspectorDock()->raise();
        settle();
        save(&w, base + QStringLiteral("-inspector.png"));
        w.panels()->stateDock()->raise();
        w.exportDiagram(base + QStringLiteral("-export.png"));
        if (capture) {
            std::printf("%s\n", qPrintable(base));
            continue;
        }
        w.panels()->predictAction()->setChecked(true);
        w.player()->setIndex(0);
        w.player()->play();
        for (int i = 0; i < 10'000 && w.player()->isPlaying(); ++i) w.player()->tick();
        settle();
        save(&w, base + QStringLiteral("-predict.png"));
        if (docks.contains(QStringLiteral("predict"))) grabDocks(w, {QStringLiteral("predict")}, base);
        w.panels()->predictAction()->setChecked(false);
        std::printf("%s\n", qPrintable(base));
    }
    w.setDarkTheme(false);
    return 0;
}
