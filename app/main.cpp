#include "ui/main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wirestep"));
    QApplication::setApplicationName(QStringLiteral("Wirestep"));
    wirestep::MainWindow window;
    window.restoreSettings();
    window.show();
    return app.exec();
}
