#pragma once
#include "core/exercise/predict_quiz.h"
#include "core/scenario/load_error.h"
#include "core/scenario/run_options.h"
#include "core/scenario/scenario.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirestep {

// An exercise pack (docs/exercises.md): a folder, or a .zip of one, holding `pack.json`
// (format `wirestep-pack/1`: the pack's id, its title per language, the scenario files in the
// order they are asked, optional settings applied to every scenario) and those scenario files.
// Students answer its scenarios in predict mode; the grader reruns them to mark the answers.
//
// Loading reports every problem as `file:line:column: path: message`, like a scenario file
// (the loader's messages, context kLoadMessageContext); with any problem there is no pack.
class ExercisePack {
public:
    static constexpr std::string_view kFormat = "wirestep-pack/1";
    static constexpr std::string_view kManifest = "pack.json";
    static constexpr std::size_t kMaxScenarios = 200;
    static constexpr std::size_t kMaxArchiveEntries = 1000;
    static constexpr std::size_t kMaxArchiveBytes = 64 * 1024 * 1024;

    // One scenario of the pack, as named in pack.json.
    struct Entry {
        std::string file;  // "01-handshake.json", relative to the pack
        Scenario scenario; // as loaded (the pack's settings not applied)
    };

    struct LoadResult; // below

    // A folder holding pack.json, the pack.json file itself, or a .zip archive of a pack (its
    // pack.json at the top or in one folder at the top).
    static LoadResult load(const std::string &path);
    // A pack from its files' contents, by name relative to the pack ("pack.json", ...);
    // `where` names the pack in the error lines (a folder or a .zip).
    static LoadResult fromFiles(const std::map<std::string, std::string> &files, const std::string &where);
    // Whether `path` looks like a pack rather than a scenario: a folder, a .zip, or a file
    // named pack.json.
    static bool looksLikePack(const std::string &path);

    const std::string &id() const { return m_id; }
    std::string titleIn(const std::string &lang) const;
    std::string descriptionIn(const std::string &lang) const;
    const RunOptions &settings() const { return m_settings; }
    const std::vector<Entry> &entries() const { return m_entries; }
    std::size_t size() const { return m_entries.size(); }
    // "sha256:" and the hex SHA-256 of pack.json and the scenario files, each with its name, in
    // order: any change to what students answer changes it. A folder and its .zip give the same.
    const std::string &digest() const { return m_digest; }
    // The index of the entry named `file`, or nothing.
    std::optional<std::size_t> indexOf(const std::string &file) const;

    // Scenario `i` as students run it: the pack's settings applied.
    Scenario scenarioAsRun(std::size_t i) const;
    // Its questions in predict mode, over its trace: what the window asks and the grader marks,
    // the scenario's own questions among them, their texts in `lang` ("en", "zh_CN").
    PredictQuiz quiz(std::size_t i, const std::string &lang = "en") const;

private:
    friend struct ExercisePackBuilder; // exercise_pack.cpp: reads pack.json and the scenarios

    std::string m_id;
    std::map<std::string, std::string> m_title;
    std::map<std::string, std::string> m_description;
    RunOptions m_settings;
    std::vector<Entry> m_entries;
    std::string m_digest;
};

// A pack, or every problem found (never both).
struct ExercisePack::LoadResult {
    std::optional<ExercisePack> pack;
    std::vector<LoadError> errors;
    bool ok() const { return pack.has_value(); }
    // One `file:line:column: path: message` line each (English; LoadErrorText translates).
    std::vector<std::string> errorLines() const;
};

} // namespace wirestep
