#pragma once
#include "core/i18n/translator.h"
#include "core/live/lab_options.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_runner.h"
#include "core/wire/capture_point.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
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
//   grade PACK RESULTS... [--format text|csv|json] [--lang L]
//   --help, --version
// Exit status: 0 on success, 2 with a one-line message on bad arguments or input; `grade`
// exits 1 when it refused a results file.
class CliApp {
    Q_DECLARE_TR_FUNCTIONS(wirestep::CliApp)

public:
    CliApp(std::ostream &out, std::ostream &err) : m_out(out), m_err(err) {}

    // `args` excludes the program name. Every write is checked: if standard output (or -o FILE)
    // could not be written whole, the status is 2 with a message saying why.
    int run(const std::vector<std::string> &args);

    static constexpr int kOk = 0;
    static constexpr int kUsage = 2;
    static constexpr int kLabFailed = 1; // a live lab started but did not finish well
    static constexpr int kRefused = 1;   // grade: a results file was refused, not counted

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
    // What `run` was asked for, read from its options.
    struct RunRequest {
        RunOptions options;
        std::string format = "text";
        CapturePoint capture = CapturePoint::Wire;
        std::string lang;
        std::string outPath;
    };
    int parseRunRequest(const ParsedArgs &p, RunRequest &request); // kOk, or the usage error's status
    // A catalog id, else a scenario file; nullopt after saying why not.
    std::optional<Scenario> scenarioNamed(const std::string &name);
    int writeRun(const Scenario &scenario, const RunRequest &request);
    int cmdValidate(const std::vector<std::string> &args);
    int cmdLive(const std::vector<std::string> &args);
    int listLabs(const ParsedArgs &p);
    int parseLabOptions(const std::map<std::string, std::string> &options, LabOptions &lo, int &timeoutMs);
    int runLab(const std::string &name, const LabOptions &lo, int timeoutMs, const std::string &format);
    int dispatch(const std::vector<std::string> &args);
    int cmdAnalyze(const std::vector<std::string> &args);
    int cmdWatch(const std::vector<std::string> &args);
    int cmdGrade(const std::vector<std::string> &args);
    int usageError(const std::string &message);
    // The language of --lang (or of the environment), now in use; nullopt after a usage error.
    std::optional<std::string> selectLanguage(const std::map<std::string, std::string> &options);
    // "cannot write 'path': why" from errno.
    static std::string writeError(const std::string &path);
    void printHelp();

    std::ostream &m_out;
    std::ostream &m_err;
    Translator m_translator;
};

} // namespace wirestep
