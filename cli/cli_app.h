#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace wirestep {

// wirestep-cli: run scenarios headless for teachers and scripts.
//   list [--lang L] [--json]
//   run SCENARIO [--seed N] [--loss P] [--delay MS] [--profile P] [--until MS]
//                [--format text|jsonl|pcap] [-o FILE] [--lang L]
//   validate FILE...
//   --help, --version
// Exit status: 0 on success, 2 with a one-line message on bad arguments or input.
class CliApp {
public:
    CliApp(std::ostream &out, std::ostream &err) : m_out(out), m_err(err) {}

    // `args` excludes the program name.
    int run(const std::vector<std::string> &args);

    static constexpr int kOk = 0;
    static constexpr int kUsage = 2;

private:
    int cmdList(const std::vector<std::string> &args);
    int cmdRun(const std::vector<std::string> &args);
    int cmdValidate(const std::vector<std::string> &args);
    int usageError(const std::string &message);
    void printHelp();

    std::ostream &m_out;
    std::ostream &m_err;
};

} // namespace wirestep
