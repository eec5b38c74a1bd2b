// Catch2 main for tests that need a QApplication. It selects the offscreen platform when none is
// set, because test discovery runs the binary at build time without ctest's environment. Each
// test process keeps its settings in a folder of its own: ctest runs GUI tests side by side, and
// a window closing in one would otherwise overwrite what another is checking was remembered.
// The fonts are Wirestep's own at a fixed size, whatever the machine has installed and whatever
// the desktop's font size, so that a test sees the same window and the same diagram everywhere.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/window/app_fonts.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    if (!settings.isValid()) return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    QApplication app(qtArgc, qtArgv);
    QApplication::setOrganizationName(QStringLiteral("WirestepTests"));
    QApplication::setApplicationName(QStringLiteral("WirestepTests"));
    wirestep::AppFonts::install(wirestep::AppFonts::standard(), 12);
    return Catch::Session().run(argc, argv);
}
