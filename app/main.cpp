#include "core/i18n/translator.h"
#include "ui/window/about_dialog.h"
#include "ui/window/app_fonts.h"
#include "ui/window/first_start_tour.h"
#include "ui/window/main_window.h"
#include "ui/window/app_resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

// --help and --version only print: they need no display, so they get a QCoreApplication.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0) return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app = onlyPrints(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv)
                                                                   : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Wirestep"));
    QCoreApplication::setApplicationName(QStringLiteral("Wirestep"));
    QCoreApplication::setApplicationVersion(wirestep::AboutDialog::version());
    QStringList files;
    {
        // --help in the language the window would use.
        wirestep::Translator translator;
        if (!translator.use(QSettings().value(QStringLiteral("ui/language")).toString()))
            translator.use(wirestep::Translator::systemLanguage());
        QCommandLineParser parser;
        parser.setApplicationDescription(wirestep::AboutDialog::summary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("file"), wirestep::MainWindow::fileArgumentHelp(), QStringLiteral("[file]"));
        parser.process(*app);
        files = parser.positionalArguments();
    }
    wirestep::AppFonts::install();
    QApplication::setWindowIcon(wirestep::AppResources::appIcon());
    wirestep::MainWindow window;
    window.restoreSettings();
    window.show();
    // `wirestep FILE` (and the desktop's Open With, which passes the files it was given): the
    // first one; a window shows one trace at a time.
    if (!files.isEmpty()) window.openFile(files.first());
    // The tour on the very first start only, once the window has its layout. Tests and
    // wirestep-shots make their windows without main(), so they never see it.
    QTimer::singleShot(0, &window, [&window] { window.tour()->showIfFirstStart(); });
    return app->exec();
}
