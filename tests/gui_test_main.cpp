// Catch2 main for tests that need a QApplication. It selects the offscreen platform when none is
// set, because test discovery runs the binary at build time without ctest's environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    QApplication app(qtArgc, qtArgv);
    QApplication::setOrganizationName(QStringLiteral("WirestepTests"));
    QApplication::setApplicationName(QStringLiteral("WirestepTests"));
    return Catch::Session().run(argc, argv);
}
