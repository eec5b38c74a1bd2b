#include "cli/cli_app.h"
#include "cli/grade_report.h"
#include "cli/text_ladder.h"
#include "cli/signal_watch.h"

#include "core/capture/capture_document.h"
#include "core/capture/capture_text.h"
#include "core/capture/packet_feed.h"
#include "core/i18n/load_error_text.h"
#include "core/i18n/translator.h"
#include "core/live/lab_registry.h"
#include "core/live/port_capture.h"
#include "core/narration/time_format.h"
#include "core/scenario/catalog.h"
#include "core/scenario/json_field_reader.h"
#include "core/scenario/json_value.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/trace/jsonl_writer.h"
#include "core/wire/pcap_writer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QString>
#include <QTimer>

#include <array>
#include <charconv>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>

namespace wirestep {

namespace {

} // namespace

CliApp::ParsedArgs CliApp::parseArgs(const std::vector<std::string> &args, std::size_t from,
                     const std::vector<std::string> &valued, const std::vector<std::string> &flags,
                     const std::string &command)
{
    auto isIn = [](const std::vector<std::string> &v, const std::string &s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    ParsedArgs p;
    for (std::size_t i = from; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.size() < 2 || a[0] != '-' || a == "--") {
            p.positional.push_back(a);
            continue;
        }
        std::string name = a, value;
        bool hasValue = false;
        if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
            hasValue = true;
        }
        if (isIn(flags, name) && !hasValue) {
            p.options.insert_or_assign(name, std::string(1, '1'));
        } else if (isIn(valued, name)) {
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    p.error = fmt(tr("option %1 needs a value"), name);
                    return p;
                }
                value = args[++i];
            }
            p.options[name] = value;
        } else {
            p.error = fmt(tr("unknown option '%1' for '%2'"), name, command);
            return p;
        }
    }
    return p;
}

namespace {

// Numbers on the command line follow the scenario file's grammar (JSON's: no spaces, no '+',
// no hexadecimal, no inf or nan) and its rules: a value below zero, however tiny, is negative.
std::optional<double> parseDouble(const std::string &s)
{
    const auto v = JsonValue::parseNumber(s);
    if (!v) return std::nullopt;
    const double d = v->toDouble();
    if (!std::isfinite(d)) return std::nullopt;
    if (v->isNegative()) return d < 0.0 ? d : -1.0; // -1e-400 is refused as negative, not read as 0
    return d == 0.0 ? 0.0 : d;
}

// Milliseconds as in a file: rounded to whole microseconds (halves away from zero), exactly.
std::optional<std::int64_t> parseMilliseconds(const std::string &s)
{
    const auto v = JsonValue::parseNumber(s);
    if (!v || v->isNegative()) return std::nullopt;
    return v->toScaledInt64(3);
}

std::optional<std::uint64_t> parseUnsigned(const std::string &s)
{
    std::uint64_t v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

std::string defaultLanguage()
{
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *v = std::getenv(var);
        if (v && *v) return std::string(v).rfind("zh", 0) == 0 ? "zh_CN" : "en";
    }
    return "en";
}

bool validLanguage(const std::string &l) { return l == "en" || l == "zh_CN"; }

} // namespace

std::string CliApp::fmt(const QString &text) { return text.toStdString(); }
std::string CliApp::fmt(const QString &text, const std::string &a) { return text.arg(QString::fromStdString(a)).toStdString(); }
std::string CliApp::fmt(const QString &text, const std::string &a, const std::string &b)
{
    return text.arg(QString::fromStdString(a), QString::fromStdString(b)).toStdString();
}

std::string CliApp::writeError(const std::string &path)
{
    const int why = errno;
    return why ? fmt(tr("cannot write '%1': %2"), path, std::strerror(why)) : fmt(tr("cannot write '%1'"), path);
}

std::optional<std::string> CliApp::selectLanguage(const std::map<std::string, std::string> &options)
{
    const std::string lang = options.count("--lang") ? options.at("--lang") : defaultLanguage();
    if (!validLanguage(lang)) {
        usageError(fmt(tr("unknown language '%1'; use en or zh_CN"), lang));
        return std::nullopt;
    }
    m_translator.use(QString::fromStdString(lang));
    return lang;
}

int CliApp::usageError(const std::string &message)
{
    m_err << "wirestep-cli: " << message << '\n';
    return kUsage;
}

void CliApp::printHelp()
{
    m_out << fmt(tr("Usage: wirestep-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  list [--lang en|zh_CN] [--json]       list the built-in scenarios\n"
                "  run SCENARIO [options]                run a catalog scenario or a scenario file\n"
                "      --seed N        random seed of the link\n"
                "      --loss P        loss probability 0..1 in both directions\n"
                "      --delay MS      one-way delay in milliseconds\n"
                "      --profile P     timer profile: linux, rfc or classroom\n"
                "      --until MS      stop the simulation at this time\n"
                "      --format F      text (default), jsonl or pcap\n"
                "      --capture C     pcap: every segment on the wire (default), or what\n"
                "                      the client or the server host sees\n"
                "      -o FILE         write to FILE instead of standard output\n"
                "      --lang L        language of the output: en or zh_CN\n"
                "  validate [--lang L] FILE...           check scenario files\n"
                "  live LAB [options]                    run a live lab on loopback sockets\n"
                "      --list          list the live labs\n"
                "      --format F      text (default) or jsonl\n"
                "      --message TEXT  what the client sends (udp-time: the time format)\n"
                "      --clients N     how many clients at once (echo, chat)\n"
                "      --port N        the server's port (default: chosen by the system)\n"
                "      --loss P, --delay MS, --duplicate P, --seed N\n"
                "                      UDP labs: what the lossy relay does to datagrams\n"
                "      --timeout MS    give up after this long (default 20000)\n"
                "      --no-capture    do not capture real segments\n"
                "  analyze FILE [options]                show a connection of a pcap or pcapng capture\n"
                "      --conversation N  which conversation (default: the first TCP one)\n"
                "      --conversations   list the conversations and stop\n"
                "      --format F      text (default) or jsonl\n"
                "      --lang L        language of the output: en or zh_CN\n"
                "  watch --port N [options]              show the connections of a port on loopback, live\n"
                "      --udp           UDP instead of TCP\n"
                "      --for SECONDS   stop after this long (default: at Ctrl-C)\n"
                "      --format F      text (default) or jsonl\n"
                "      --lang L        language of the output: en or zh_CN\n"
                "  grade PACK RESULTS... [options]       mark students' results files of an exercise pack\n"
                "      --format F      text (default), csv or json\n"
                "      --lang L        language of the output: en or zh_CN\n"
                "  --help                                show this help\n"
                "  --version                             show the version\n"
                "\n"
                "Exit status: 0 on success, 2 on bad arguments or input;\n"
                "grade: 1 if it refused a results file.\n"));
}

int CliApp::run(const std::vector<std::string> &args)
{
    const int status = dispatch(args);
    // Whatever the command, what it printed must have reached standard output whole: a full
    // disk or a closed pipe is an error, not a success (the stream's error state is sticky, so
    // a failure in any earlier buffer shows here too).
    errno = 0;
    m_out.flush();
    if (!m_out) {
        const int why = errno;
        m_err << "wirestep-cli: "
              << (why ? fmt(tr("cannot write to standard output: %1"), std::strerror(why))
                      : fmt(tr("cannot write to standard output")))
              << '\n';
        return kUsage;
    }
    return status;
}

int CliApp::dispatch(const std::vector<std::string> &args)
{
    if (args.empty()) return usageError(fmt(tr("no command given; try 'wirestep-cli --help'")));
    const std::string &cmd = args[0];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        printHelp();
        return kOk;
    }
    if (cmd == "--version") {
        m_out << "wirestep-cli " << WIRESTEP_VERSION << '\n';
        return kOk;
    }
    if (cmd == "list") return cmdList(args);
    if (cmd == "run") return cmdRun(args);
    if (cmd == "validate") return cmdValidate(args);
    if (cmd == "live") return cmdLive(args);
    if (cmd == "analyze") return cmdAnalyze(args);
    if (cmd == "watch") return cmdWatch(args);
    if (cmd == "grade") return cmdGrade(args);
    return usageError(fmt(tr("unknown command '%1'; try 'wirestep-cli --help'"), cmd));
}

int CliApp::cmdList(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1, {"--lang"}, {"--json"}, "list");
    if (!p.error.empty()) return usageError(p.error);
    if (!p.positional.empty()) return usageError(fmt(tr("unexpected argument '%1' for 'list'"), p.positional[0]));
    const std::optional<std::string> lang = selectLanguage(p.options);
    if (!lang) return kUsage;

    const auto &all = Catalog::builtIn().scenarios();
    if (p.options.count("--json")) {
        m_out << "[";
        for (std::size_t i = 0; i < all.size(); ++i) {
            const Scenario &s = all[i];
            m_out << (i ? ",\n " : "\n ") << "{\"id\":" << JsonlWriter::quote(s.id)
                  << ",\"group\":" << JsonlWriter::quote(s.group)
                  << ",\"protocol\":" << JsonlWriter::quote(s.protocol == Protocol::Tcp ? "tcp" : "udp")
                  << ",\"title\":" << JsonlWriter::quote(s.titleIn(*lang))
                  << ",\"description\":" << JsonlWriter::quote(s.descriptionIn(*lang)) << "}";
        }
        m_out << "\n]\n";
        return kOk;
    }
    std::size_t width = 0;
    for (const Scenario &s : all) width = std::max(width, s.id.size());
    for (const Scenario &s : all)
        m_out << s.id << std::string(width + 2 - s.id.size(), ' ') << s.titleIn(*lang) << '\n';
    return kOk;
}

int CliApp::cmdRun(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1,
        {"--seed", "--loss", "--delay", "--profile", "--until", "--format", "--capture", "-o", "--lang"}, {}, "run");
    if (!p.error.empty()) return usageError(p.error);
    if (p.positional.empty()) return usageError(fmt(tr("'run' needs a scenario: a catalog id or a file")));
    if (p.positional.size() > 1) return usageError(fmt(tr("unexpected argument '%1' for 'run'"), p.positional[1]));
    RunRequest request;
    if (const int code = parseRunRequest(p, request); code != kOk) return code;
    const std::optional<Scenario> scenario = scenarioNamed(p.positional[0]);
    if (!scenario) return kUsage;
    return writeRun(withOverrides(*scenario, request.options), request);
}

int CliApp::parseRunRequest(const ParsedArgs &p, RunRequest &request)
{
    const auto &o = p.options;
    RunOptions &ro = request.options;
    if (o.count("--seed")) {
        auto v = parseUnsigned(o.at("--seed"));
        if (!v) return usageError(fmt(tr("--seed must be a whole number >= 0, not '%1'"), o.at("--seed")));
        ro.seed = *v;
    }
    if (o.count("--loss")) {
        auto v = parseDouble(o.at("--loss"));
        if (!v || *v < 0.0 || *v > 1.0) return usageError(fmt(tr("--loss must be a number from 0 to 1, not '%1'"), o.at("--loss")));
        ro.loss = *v;
    }
    if (o.count("--delay")) {
        auto us = parseMilliseconds(o.at("--delay"));
        if (!us || *us > 3'600'000'000) return usageError(fmt(tr("--delay must be a number of milliseconds from 0 to 3600000, not '%1'"), o.at("--delay")));
        ro.delayUs = *us;
    }
    if (o.count("--profile")) {
        auto v = timerProfileFromString(o.at("--profile"));
        if (!v) return usageError(fmt(tr("--profile must be linux, rfc or classroom, not '%1'"), o.at("--profile")));
        ro.profile = *v;
    }
    if (o.count("--until")) {
        const auto us = parseMilliseconds(o.at("--until"));
        const auto v = JsonValue::parseNumber(o.at("--until"));
        if (us && *us == 0 && v && v->toDouble() > 0.0)
            return usageError(fmt(tr("--until must be at least 0.001 (1 µs); %1 rounds to 0 µs"), o.at("--until")));
        if (!us || *us <= 0 || *us > JsonFieldReader::kMaxMilliseconds * 1000)
            return usageError(fmt(tr("--until must be a number of milliseconds > 0 and at most 1000000000000, not '%1'"), o.at("--until")));
        ro.untilUs = *us;
    }
    request.format = o.count("--format") ? o.at("--format") : "text";
    const std::string &format = request.format;
    if (format != "text" && format != "jsonl" && format != "pcap")
        return usageError(fmt(tr("--format must be text, jsonl or pcap, not '%1'"), format));
    const std::optional<std::string> lang = selectLanguage(o);
    if (!lang) return kUsage;
    request.lang = *lang;
    if (o.count("--capture")) {
        auto v = capturePointFromString(o.at("--capture"));
        if (!v) return usageError(fmt(tr("--capture must be wire, client or server, not '%1'"), o.at("--capture")));
        if (format != "pcap") return usageError(fmt(tr("--capture goes with --format pcap")));
        request.capture = *v;
    }
    request.outPath = o.count("-o") ? o.at("-o") : "";
    if (o.count("-o") && request.outPath.empty())
        return usageError(fmt(tr("-o needs a file name; without -o the output goes to standard output")));
    return kOk;
}

std::optional<Scenario> CliApp::scenarioNamed(const std::string &name)
{
    // The scenario: a catalog id, else a file.
    Scenario scenario;
    if (const Scenario *builtIn = Catalog::builtIn().find(name)) {
        scenario = *builtIn;
    } else if (std::error_code ec; std::filesystem::symlink_status(name, ec).type() != std::filesystem::file_type::not_found
                                   && !ec) { // a dangling or looping link too: the loader says why
        LoadResult r = ScenarioLoader::loadFile(name);
        if (!r.scenario) {
            for (const QString &e : LoadErrorText::lines(r)) m_err << e.toStdString() << '\n';
            return std::nullopt;
        }
        scenario = *r.scenario;
    } else {
        usageError(fmt(tr("no scenario '%1': it is neither a catalog id (see 'wirestep-cli list') nor a file"), name));
        return std::nullopt;
    }
    return scenario;
}

int CliApp::writeRun(const Scenario &scenario, const RunRequest &request)
{
    // Where the output goes.
    std::ofstream file;
    std::ostream *out = &m_out;
    const std::string &outPath = request.outPath;
    const std::string &format = request.format;
    if (format == "pcap" && outPath.empty())
        return usageError(fmt(tr("--format pcap writes a binary file: give it with -o FILE")));
    if (!outPath.empty() && format != "pcap") {
        errno = 0;
        file.open(outPath, std::ios::binary | std::ios::trunc);
        if (!file) return usageError(writeError(outPath));
        out = &file;
    }

    // A run a limit of the simulator ended early keeps its trace whole, says why, and exits 2.
    const auto stopped = [this](const ScenarioRunner &runner) {
        const auto note = ScenarioRunner::stopNote(runner.stopReason(), runner.sim().now());
        if (note.pattern.empty()) return false;
        m_err << "wirestep-cli: " << LoadErrorText::fill(note.pattern, note.args).toStdString() << '\n';
        return true;
    };
    bool stoppedEarly = false;
    if (format == "pcap") {
        PcapWriter writer(request.capture);
        std::string error;
        if (!writer.open(outPath, &error)) return usageError(fmt(tr("cannot write '%1': %2"), outPath, error));
        ScenarioRunner runner(scenario, writer);
        runner.run();
        if (!writer.close(&error)) return usageError(fmt(tr("cannot write '%1': %2"), outPath, error));
        return stopped(runner) ? kUsage : kOk;
    }
    if (format == "jsonl") {
        JsonlWriter writer(*out);
        ScenarioRunner runner(scenario, writer);
        runner.run();
        stoppedEarly = stopped(runner);
    } else {
        // The scenario's title and description in the chosen language, then the ladder.
        const std::string title = scenario.titleIn(request.lang);
        const std::string description = scenario.descriptionIn(request.lang);
        *out << fmt(tr("Scenario %1: %2"), scenario.id, title.empty() ? scenario.id : title) << '\n';
        if (!description.empty()) *out << description << '\n';
        *out << '\n';
        TextLadder ladder(*out);
        ScenarioRunner runner(scenario, ladder);
        runner.run();
        stoppedEarly = stopped(runner);
        ladder.finish();
    }
    if (file.is_open()) {
        // The last buffer and the close are checked too: a full disk often shows only there.
        errno = 0;
        file.close();
        if (!file) return usageError(writeError(outPath));
    }
    return stoppedEarly ? kUsage : kOk; // standard output is checked by run()
}

int CliApp::cmdValidate(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1, {"--lang"}, {}, "validate");
    if (!p.error.empty()) return usageError(p.error);
    const std::optional<std::string> lang = selectLanguage(p.options);
    if (!lang) return kUsage;
    if (p.positional.empty()) return usageError(fmt(tr("'validate' needs at least one file")));
    bool allGood = true;
    for (const std::string &path : p.positional) {
        LoadResult r = ScenarioLoader::loadFile(path);
        if (r.scenario) {
            m_out << fmt(tr("%1: ok"), path) << '\n';
        } else {
            allGood = false;
            for (const QString &e : LoadErrorText::lines(r)) m_err << e.toStdString() << '\n';
        }
    }
    return allGood ? kOk : kUsage;
}

int CliApp::cmdLive(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1,
        {"--format", "--message", "--clients", "--port", "--loss", "--delay", "--duplicate", "--seed", "--timeout", "--lang"},
        {"--list", "--no-capture"}, "live");
    if (!p.error.empty()) return usageError(p.error);
    const auto &o = p.options;
    const std::optional<std::string> lang = selectLanguage(o);
    if (!lang) return kUsage;
    if (o.count("--list")) return listLabs(p);
    if (p.positional.empty()) return usageError(fmt(tr("'live' needs a lab; see 'wirestep-cli live --list'")));
    if (p.positional.size() > 1) return usageError(fmt(tr("unexpected argument '%1' for 'live'"), p.positional[1]));
    LabOptions lo;
    int timeoutMs = 20000;
    if (const int code = parseLabOptions(o, lo, timeoutMs); code != kOk) return code;
    lo.capture = !o.count("--no-capture");
    const std::string format = o.count("--format") ? o.at("--format") : "text";
    if (format != "text" && format != "jsonl") return usageError(fmt(tr("--format must be text or jsonl for a live lab, not '%1'"), format));
    if (!QCoreApplication::instance()) return usageError(fmt(tr("live labs need a running Qt application")));
    return runLab(p.positional[0], lo, timeoutMs, format);
}

int CliApp::listLabs(const ParsedArgs &p)
{
    if (!p.positional.empty()) return usageError(fmt(tr("unexpected argument '%1' for 'live --list'"), p.positional[0]));
    const auto labs = LabRegistry::labs();
    qsizetype width = 0;
    for (const auto &lab : labs) width = std::max(width, lab.id.size());
    for (const auto &lab : labs)
        m_out << lab.id.leftJustified(width + 2).toStdString() << LabRegistry::describe(lab).toStdString() << '\n';
    return kOk;
}

int CliApp::parseLabOptions(const std::map<std::string, std::string> &o, LabOptions &lo, int &timeoutMs)
{
    if (o.count("--message")) {
        lo.message = QString::fromStdString(o.at("--message"));
        lo.messageSet = true;
    }
    if (o.count("--clients")) {
        auto v = parseUnsigned(o.at("--clients"));
        if (!v || *v < 1 || *v > 1000) return usageError(fmt(tr("--clients must be a whole number from 1 to 1000, not '%1'"), o.at("--clients")));
        lo.clients = static_cast<int>(*v);
    }
    if (o.count("--port")) {
        auto v = parseUnsigned(o.at("--port"));
        if (!v || *v > 65535) return usageError(fmt(tr("--port must be a whole number from 0 to 65535, not '%1'"), o.at("--port")));
        lo.port = static_cast<std::uint16_t>(*v);
    }
    if (o.count("--loss")) {
        auto v = parseDouble(o.at("--loss"));
        if (!v || *v < 0.0 || *v > 1.0) return usageError(fmt(tr("--loss must be a number from 0 to 1, not '%1'"), o.at("--loss")));
        lo.relay.loss = *v;
    }
    if (o.count("--duplicate")) {
        auto v = parseDouble(o.at("--duplicate"));
        if (!v || *v < 0.0 || *v > 1.0) return usageError(fmt(tr("--duplicate must be a number from 0 to 1, not '%1'"), o.at("--duplicate")));
        lo.relay.duplicate = *v;
    }
    if (o.count("--delay")) {
        auto v = parseUnsigned(o.at("--delay"));
        if (!v || *v > 10000) return usageError(fmt(tr("--delay must be a whole number of milliseconds from 0 to 10000, not '%1'"), o.at("--delay")));
        lo.relay.delayMs = static_cast<int>(*v);
    }
    if (o.count("--seed")) {
        auto v = parseUnsigned(o.at("--seed"));
        if (!v) return usageError(fmt(tr("--seed must be a whole number >= 0, not '%1'"), o.at("--seed")));
        lo.relay.seed = *v;
    }
    if (o.count("--timeout")) {
        auto v = parseUnsigned(o.at("--timeout"));
        if (!v || *v < 1 || *v > 600000) return usageError(fmt(tr("--timeout must be a whole number of milliseconds from 1 to 600000, not '%1'"), o.at("--timeout")));
        timeoutMs = static_cast<int>(*v);
    }
    lo.capture = !o.count("--no-capture");
    return kOk;
}

int CliApp::runLab(const std::string &name, const LabOptions &lo, int timeoutMs, const std::string &format)
{
    JsonlWriter jsonl(m_out);
    TextLadder ladder(m_out);
    TraceSink &sink = format == "jsonl" ? static_cast<TraceSink &>(jsonl) : static_cast<TraceSink &>(ladder);
    std::unique_ptr<LiveLab> lab = LabRegistry::create(QString::fromStdString(name), sink, lo);
    if (!lab) return usageError(fmt(tr("no live lab '%1'; see 'wirestep-cli live --list'"), name));
    lab->setDeadlineMs(timeoutMs);
    // Ctrl-C or SIGTERM ends the lab cleanly: what it recorded is written out, then the status
    // is the usual 128 + the signal's number.
    SignalWatch watch;
    QObject::connect(&watch, &SignalWatch::signalled, lab.get(), [&lab]() { lab->interrupt(); });
    if (!lab->start()) return usageError(fmt(tr("the lab '%1' cannot start: %2"), name, lab->errorString().toStdString()));
    const bool ok = lab->waitForFinished(timeoutMs + 1000);
    ladder.finish();
    m_out.flush();
    if (watch.caught()) {
        m_err << fmt(tr("wirestep-cli: the lab '%1' was stopped by signal %2; what it recorded until then is written"),
                     name, std::to_string(watch.caught()))
              << '\n';
        return 128 + watch.caught();
    }
    for (const QString &note : lab->notes()) m_err << fmt(tr("wirestep-cli: note: %1"), note.toStdString()) << '\n';
    if (!ok) {
        m_err << fmt(tr("wirestep-cli: the lab '%1' failed: %2"), name, lab->errorString().toStdString()) << '\n';
        return kLabFailed;
    }
    return kOk;
}

int CliApp::cmdAnalyze(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1, {"--conversation", "--format", "--lang"}, {"--conversations"}, "analyze");
    if (!p.error.empty()) return usageError(p.error);
    const auto &o = p.options;
    const std::string lang = o.count("--lang") ? o.at("--lang") : defaultLanguage();
    if (!validLanguage(lang)) return usageError(fmt(tr("unknown language '%1'; use en or zh_CN"), lang));
    m_translator.use(QString::fromStdString(lang));
    if (p.positional.empty()) return usageError(fmt(tr("'analyze' needs a capture file (pcap or pcapng)")));
    if (p.positional.size() > 1) return usageError(fmt(tr("unexpected argument '%1' for 'analyze'"), p.positional[1]));
    const std::string format = o.count("--format") ? o.at("--format") : "text";
    if (format != "text" && format != "jsonl") return usageError(fmt(tr("--format must be text or jsonl for a capture, not '%1'"), format));
    std::optional<std::uint64_t> wanted;
    if (o.count("--conversation")) {
        wanted = parseUnsigned(o.at("--conversation"));
        if (!wanted || *wanted < 1) return usageError(fmt(tr("--conversation must be a whole number from 1, not '%1'"), o.at("--conversation")));
    }

    const std::string &path = p.positional[0];
    const QString file = QString::fromStdString(path);
    CaptureDocument doc;
    if (!doc.open(path)) return usageError(CaptureText::errorLine(doc.error(), file).toStdString());
    if (doc.warning())
        m_err << fmt(tr("wirestep-cli: warning: %1"), CaptureText::errorLine(doc.warning(), file, doc.packetCount()).toStdString()) << '\n';
    const auto &conversations = doc.conversations();
    if (conversations.empty() && doc.packetCount() == 0) return usageError(fmt(tr("%1 holds no packets"), path));
    if (conversations.empty())
        return usageError(tr("%1 holds no TCP or UDP packets, only %n other packet(s) (ARP, ICMP ...)", nullptr,
                             static_cast<int>(doc.otherPackets()))
                              .arg(file)
                              .toStdString());
    std::size_t chosen = *doc.preferredConversation();
    if (wanted) {
        if (*wanted > conversations.size())
            return usageError(tr("there is no conversation %1: %2 holds %n conversation(s)", nullptr, static_cast<int>(conversations.size()))
                                  .arg(*wanted)
                                  .arg(file)
                                  .toStdString());
        chosen = static_cast<std::size_t>(*wanted - 1);
    }
    const bool listOnly = o.count("--conversations") > 0;

    if (format == "jsonl" && listOnly) {
        for (const Conversation &c : conversations) {
            m_out << "{\"conversation\":" << c.number << ",\"proto\":" << JsonlWriter::quote(std::string(toString(c.proto)))
                  << ",\"client\":" << JsonlWriter::quote(toString(c.client)) << ",\"server\":" << JsonlWriter::quote(toString(c.server))
                  << ",\"packets\":" << c.packetCount() << ",\"bytes\":" << c.byteCount()
                  << ",\"packets_client\":" << c.packets[0] << ",\"packets_server\":" << c.packets[1]
                  << ",\"bytes_client\":" << c.bytes[0] << ",\"bytes_server\":" << c.bytes[1]
                  << ",\"first_packet\":" << c.firstPacket << ",\"start_us\":" << c.firstUs - conversations.front().firstUs
                  << ",\"duration_us\":" << c.durationUs() << ",\"handshake\":" << (c.handshakeSeen ? "true" : "false") << "}\n";
        }
        return kOk;
    }
    if (format == "text") {
        m_out << tr("Capture %1: %2, %3, %n packet(s)", nullptr, static_cast<int>(doc.packetCount()))
                     .arg(file, CaptureText::formatName(doc.format()), CaptureText::linkTypeName(doc.linkType()))
                     .toStdString()
              << '\n';
        // The conversations, as Wireshark's Statistics > Conversations lists them; * marks the one shown.
        std::vector<std::array<std::string, 7>> rows;
        rows.push_back({"#", fmt(tr("protocol")), fmt(tr("client")), fmt(tr("server")), fmt(tr("packets")), fmt(tr("bytes")), fmt(tr("duration"))});
        for (const Conversation &c : conversations)
            rows.push_back({std::to_string(c.number), std::string(toString(c.proto)), toString(c.client), toString(c.server),
                            std::to_string(c.packetCount()), std::to_string(c.byteCount()), TimeFormat::duration(c.durationUs()).toStdString()});
        std::array<std::size_t, 7> width{};
        for (const auto &r : rows)
            for (std::size_t k = 0; k < r.size(); ++k) width[k] = std::max(width[k], static_cast<std::size_t>(TextLadder::displayWidth(r[k])));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            std::string line = i > 0 && i - 1 == chosen && !listOnly ? "* " : "  ";
            for (std::size_t k = 0; k < rows[i].size(); ++k) {
                const std::size_t pad = width[k] - static_cast<std::size_t>(TextLadder::displayWidth(rows[i][k]));
                line += k == 0 ? std::string(pad, ' ') + rows[i][k] : rows[i][k] + std::string(pad, ' ');
                line += "  ";
            }
            while (!line.empty() && line.back() == ' ') line.pop_back();
            m_out << line << '\n';
        }
        if (doc.otherPackets() > 0)
            m_out << tr("%n packet(s) are neither TCP nor UDP and belong to no conversation.", nullptr, static_cast<int>(doc.otherPackets())).toStdString() << '\n';
        if (listOnly) return kOk;
        const Conversation &c = conversations[chosen];
        m_out << '\n'
              << tr("Conversation %1: %2 %3 (client) and %4 (server), %n packet(s)", nullptr, static_cast<int>(c.packetCount()))
                     .arg(c.number)
                     .arg(QString::fromStdString(std::string(toString(c.proto))), QString::fromStdString(toString(c.client)),
                          QString::fromStdString(toString(c.server)))
                     .toStdString()
              << "\n";
        if (c.proto == Protocol::Tcp) m_out << CaptureText::inferredStatesLine().toStdString() << '\n';
        m_out << '\n';
    }
    JsonlWriter jsonl(m_out);
    TextLadder ladder(m_out);
    ladder.setInitialStates("?", "?");
    TraceSink &sink = format == "jsonl" ? static_cast<TraceSink &>(jsonl) : static_cast<TraceSink &>(ladder);
    const CaptureDocument::Loaded loaded = doc.load(chosen, sink);
    if (loaded.ok && format == "text" && !loaded.notes.empty()) {
        m_out << '\n';
        for (const InferenceNote &n : loaded.notes) m_out << fmt(tr("Note: %1"), CaptureText::noteLine(n).toStdString()) << '\n';
    }
    m_out.flush();
    if (!loaded.ok) return usageError(CaptureText::errorLine(loaded.error, file).toStdString());
    return kOk;
}

int CliApp::cmdWatch(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1, {"--port", "--for", "--format", "--lang"}, {"--udp"}, "watch");
    if (!p.error.empty()) return usageError(p.error);
    const auto &o = p.options;
    if (!selectLanguage(o)) return kUsage;
    if (!p.positional.empty()) return usageError(fmt(tr("unexpected argument '%1' for 'watch'"), p.positional[0]));
    if (!o.count("--port")) return usageError(fmt(tr("'watch' needs --port N, the port to watch")));
    const std::optional<std::uint64_t> port = parseUnsigned(o.at("--port"));
    if (!port || *port < 1 || *port > 65535) return usageError(fmt(tr("--port must be a whole number from 1 to 65535, not '%1'"), o.at("--port")));
    std::optional<double> seconds;
    if (o.count("--for")) {
        const std::string &text = o.at("--for");
        char *end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(v) || v <= 0 || v > 86400)
            return usageError(fmt(tr("--for must be a number of seconds above 0, at most 86400, not '%1'"), text));
        seconds = v;
    }
    const std::string format = o.count("--format") ? o.at("--format") : "text";
    if (format != "text" && format != "jsonl") return usageError(fmt(tr("--format must be text or jsonl for a capture, not '%1'"), format));
    const bool udp = o.count("--udp") > 0;

    // Each connection gets its own ladder (text) or its own run of events, ids from 1, after a
    // line that names it (jsonl), as `analyze` shows one conversation of a file.
    std::deque<TextLadder> ladders;
    std::deque<JsonlWriter> writers;
    PacketFeed feed([&](const Conversation &c) -> TraceSink & {
        if (format == "jsonl") {
            m_out << "{\"conversation\":" << c.number << ",\"proto\":" << JsonlWriter::quote(std::string(toString(c.proto)))
                  << ",\"client\":" << JsonlWriter::quote(toString(c.client)) << ",\"server\":" << JsonlWriter::quote(toString(c.server))
                  << "}\n";
            return writers.emplace_back(m_out);
        }
        m_out << '\n'
              << tr("Connection %1: %2 %3 (client) and %4 (server)")
                     .arg(c.number)
                     .arg(QString::fromStdString(std::string(toString(c.proto))), QString::fromStdString(toString(c.client)),
                          QString::fromStdString(toString(c.server)))
                     .toStdString()
              << "\n\n";
        TextLadder &ladder = ladders.emplace_back(m_out);
        ladder.setInitialStates("?", "?");
        return ladder;
    });
    PortCapture capture([&](std::uint64_t number, std::int64_t tUs, std::uint32_t wireLength, const DecodedPacket &packet) {
        feed.add(number, tUs, wireLength, packet);
        m_out.flush(); // as the packets arrive
    });
    QString why;
    if (!capture.open(static_cast<std::uint16_t>(*port), udp, &why)) {
        m_err << "wirestep-cli: " << why.toStdString() << '\n';
        return kLabFailed;
    }
    if (format == "text") {
        m_out << (udp ? tr("Watching UDP port %1 on the loopback interface; Ctrl-C stops.") : tr("Watching TCP port %1 on the loopback interface; Ctrl-C stops."))
                         .arg(*port)
                         .toStdString()
              << '\n';
        if (!udp) m_out << CaptureText::inferredStatesLine().toStdString() << '\n';
        m_out.flush();
    }
    QEventLoop loop;
    SignalWatch watch;
    QObject::connect(&watch, &SignalWatch::signalled, &loop, &QEventLoop::quit);
    if (seconds) QTimer::singleShot(static_cast<int>(std::ceil(*seconds * 1000)), &loop, &QEventLoop::quit);
    loop.exec();
    capture.close();
    feed.finish();
    if (format == "text") {
        for (std::size_t c = 0; c < feed.conversations().size(); ++c)
            for (const InferenceNote &n : feed.notes(c))
                m_out << fmt(tr("Note: %1"), CaptureText::noteLine(n).toStdString()) << '\n';
        m_out << tr("%n packet(s) captured.", nullptr, static_cast<int>(capture.packetCount())).toStdString() << '\n';
    }
    m_out.flush();
    return kOk; // Ctrl-C is how a watch without --for ends
}

int CliApp::cmdGrade(const std::vector<std::string> &args)
{
    const ParsedArgs p = parseArgs(args, 1, {"--format", "--lang"}, {}, "grade");
    if (!p.error.empty()) return usageError(p.error);
    const std::optional<std::string> lang = selectLanguage(p.options);
    if (!lang) return kUsage;
    const std::string format = p.options.count("--format") ? p.options.at("--format") : "text";
    if (format != "text" && format != "csv" && format != "json")
        return usageError(fmt(tr("--format must be text, csv or json, not '%1'"), format));
    if (p.positional.empty()) return usageError(fmt(tr("'grade' needs an exercise pack and at least one results file")));
    if (p.positional.size() < 2) return usageError(fmt(tr("'grade' needs at least one results file after the pack")));
    const ExercisePack::LoadResult loaded = ExercisePack::load(p.positional[0]);
    if (!loaded.ok()) {
        for (const LoadError &e : loaded.errors) m_err << LoadErrorText::line(e).toStdString() << '\n';
        return kUsage;
    }
    Grader grader(*loaded.pack, *lang);
    for (std::size_t i = 1; i < p.positional.size(); ++i) grader.addFile(p.positional[i]);
    const GradeReport report(grader, *lang);
    if (format == "csv") report.writeCsv(m_out);
    else if (format == "json") report.writeJson(m_out);
    else report.writeText(m_out);
    return grader.refused().empty() ? kOk : kRefused;
}

} // namespace wirestep
