// wirestep-shots: pictures of the window as a user sees it, for looking at a change and for the
// documentation. Runs offscreen (no display needed) and writes PNG files:
//
//   wirestep-shots [--out DIR] [--lang en|zh_CN] [--dark] [--size WxH] [--at F] [--zoom Z] [--present] [--legend] SCENARIO...
//
// For each catalog SCENARIO: <id>-window.png (the whole window with the player at fraction F of
// the trace, default 1 = the end), <id>-diagram.png (the diagram alone), <id>-inspector.png (the
// window with the packet inspector raised), <id>-predict.png (predict mode at its first question)
// and <id>-export.png (File > Export diagram). --zoom sets View > Zoom (0.5 to 3); --present adds
// <id>-present.png, the window in presentation mode (F11) at the same position; --legend shows
// the legend under the diagram (View > Legend). A SCENARIO that is a capture file (.pcap, .pcapng)
// opens as File > Open capture opens it, its first TCP connection shown, and its pictures are
// named after the file (predict mode is left out: a capture has nothing to predict).
// Exit status 0, or 2 with one line on bad arguments.
#include "ui/capture/capture_opener.h"
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
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

using namespace wirestep;

namespace {

int usage(const char *why)
{
    std::fprintf(stderr, "wirestep-shots: %s\nusage: wirestep-shots [--out DIR] [--lang en|zh_CN] [--dark] [--size WxH] [--at F] [--zoom Z] [--present] [--legend] SCENARIO...\n", why);
    return 2;
}

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
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
    if (ids.isEmpty()) return usage("name at least one scenario (wirestep-cli list shows them)");
    if (!QDir().mkpath(out)) return usage("cannot create the output folder");

    MainWindow w;
    w.resize(size);
    w.show();
    if (!w.setLanguage(lang)) return usage("--lang takes en or zh_CN");
    w.setDarkTheme(dark);
    w.zoom()->setZoom(zoom);
    w.legendAction()->setChecked(legend);
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
        w.grab().save(base + QStringLiteral("-window.png"));
        if (present) {
            // As on a screen of --size: full screen here would be the offscreen screen's size.
            w.presentation()->setActive(true);
            w.setWindowState(w.windowState() & ~Qt::WindowFullScreen);
            w.resize(size);
            settle();
            w.grab().save(base + QStringLiteral("-present.png"));
            w.presentation()->setActive(false);
            w.resize(size);
            settle();
        }
        w.diagram()->grab().save(base + QStringLiteral("-diagram.png"));
        w.panels()->inspectorDock()->raise();
        settle();
        w.grab().save(base + QStringLiteral("-inspector.png"));
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
        w.grab().save(base + QStringLiteral("-predict.png"));
        w.panels()->predictAction()->setChecked(false);
        std::printf("%s\n", qPrintable(base));
    }
    w.setDarkTheme(false);
    return 0;
}
