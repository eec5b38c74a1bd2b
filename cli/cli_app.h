#pragma once
#include "core/i18n/translator.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace wirestep {

// wirestep-cli: run scenarios headless for teachers and scripts.
//   list [--lang L] [--json]
//   run SCENARIO [--seed N] [--loss P] [--delay MS] [--profile P] [--until MS]
//                [--format text|jsonl|pcap] [-o FILE] [--lang L]
//   validate [--lang L] FILE...
//   live LAB [--format text|jsonl] [--message TEXT] [--clients N] [--port N] [--loss P]
//            [--delay MS] [--duplicate P] [--seed N] [--timeout MS] [--no-capture] [--lang L]
//   live --list
//   analyze FILE [--conversation N] [--conversations] [--format text|jsonl] [--lang L]
//   --help, --version
// Exit status: 0 on success, 2 with a one-line message on bad arguments or input.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(wirestep::CliApp)

public:
    CliApp(std::ostream &out, std::ostream &err) : m_out(out), m_err(err) {}

    // `args` excludes the program name.
    int run(const std::vector<std::string> &args);

    static constexpr int kOk = 0;
    static constexpr int kUsage = 2;
    static constexpr int kLabFailed = 1; // a live lab started but did not finish well

private:
    // "--name value" / "--name=value" options and positional arguments of one command.
    struct ParsedArgs {
        std::map<std::string, std::string> options;
        std::vector<std::string> positional;
        std::string error;
    };
    // `valued` lists the options that take a value, `flags` those that do not.
    static ParsedArgs parseArgs(const std::vector<std::string> &args, std::size_t from,
                                const std::vector<std::string> &valued, const std::vector<std::string> &flags,
                                const std::string &command);
    static std::string fmt(const QString &text);
    static std::string fmt(const QString &text, const std::string &a);
    static std::string fmt(const QString &text, const std::string &a, const std::string &b);

    int cmdList(const std::vector<std::string> &args);
    int cmdRun(const std::vector<std::string> &args);
    int cmdValidate(const std::vector<std::string> &args);
    int cmdLive(const std::vector<std::string> &args);
    int cmdAnalyze(const std::vector<std::string> &args);
    int usageError(const std::string &message);
    void printHelp();

    std::ostream &m_out;
    std::ostream &m_err;
    Translator m_translator;
};

} // namespace wirestep
