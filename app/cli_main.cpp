#include "cli/cli_app.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    wirestep::CliApp cli(std::cout, std::cerr);
    return cli.run(args);
}
