#include "core/exercise/exercise_pack.h"

#include "core/io/input_file.h"
#include "core/scenario/json_field_reader.h"
#include "core/scenario/json_parser.h"
#include "core/scenario/scenario_loader.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/translate_noop.h"

#include <QCryptographicHash>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <set>
#include <sys/stat.h>

namespace wirestep {

namespace {

constexpr JsonFieldReader::ChoiceMessages kProfileMessages{
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown profile \"%1\"; expected linux, rfc or classroom"),
    WS_TRANSLATE_NOOP("ScenarioFile", "unknown profile \"%1\"; did you mean \"%2\"?")};

bool isValidId(const std::string &id)
{
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

// A name inside the pack: relative, forward slashes, no "." or ".." parts, so that a pack can
// name only its own files.
bool isSafeName(const std::string &name)
{
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos) return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string part = name.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

std::string joinPath(const std::string &folder, const std::string &name)
{
    if (folder.empty()) return name;
    return folder.back() == '/' ? folder + name : folder + "/" + name;
}

bool endsWith(const std::string &s, std::string_view tail)
{
    return s.size() >= tail.size() && std::equal(tail.rbegin(), tail.rend(), s.rbegin(),
                                                  [](char a, char b) { return std::tolower(a) == std::tolower(b); });
}

bool isDirectory(const std::string &path)
{
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

ExercisePack::LoadResult failure(LoadError e)
{
    ExercisePack::LoadResult r;
    r.errors.push_back(std::move(e));
    return r;
}

// Reads a file of the pack by its name in the pack; on a problem, says why (as errors) and
// gives nothing.
using FileSource = std::function<std::optional<std::string>(const std::string &name, std::vector<LoadError> &why)>;

void addToDigest(QCryptographicHash &hash, const std::string &name, const std::string &bytes)
{
    hash.addData(QByteArrayView(name.data(), static_cast<qsizetype>(name.size())));
    hash.addData(QByteArrayView("\0", 1));
    const std::string size = std::to_string(bytes.size());
    hash.addData(QByteArrayView(size.data(), static_cast<qsizetype>(size.size())));
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

// The regular files of a .zip archive by name, or the problem.
std::optional<std::map<std::string, std::string>> readArchive(const std::string &path, std::vector<LoadError> &why)
{
    const InputFile::Result check = InputFile::check(path);
    if (!check.ok()) {
        why = ScenarioLoader::loadFile(path).errors; // the scenario loader's words for the same problem
        return std::nullopt;
    }
    std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), path.c_str(), 64 * 1024) != ARCHIVE_OK) {
        const char *what = archive_error_string(a.get());
        why.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "not a readable .zip archive: %1"),
                                      {what ? what : "?"}));
        return std::nullopt;
    }
    std::map<std::string, std::string> files;
    std::size_t total = 0;
    std::size_t entries = 0;
    archive_entry *entry = nullptr;
    for (;;) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF) break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            const char *what = archive_error_string(a.get());
            why.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "not a readable .zip archive: %1"),
                                          {what ? what : "?"}));
            return std::nullopt;
        }
        if (++entries > ExercisePack::kMaxArchiveEntries) {
            why.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "the archive holds more than %1 files"),
                                          {std::to_string(ExercisePack::kMaxArchiveEntries)}));
            return std::nullopt;
        }
        if (archive_entry_filetype(entry) != AE_IFREG) continue;
        const char *rawName = archive_entry_pathname(entry);
        std::string name = rawName ? rawName : "";
        while (name.rfind("./", 0) == 0) name.erase(0, 2);
        std::string data;
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0) break;
            if (n < 0) {
                const char *what = archive_error_string(a.get());
                why.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "cannot read %1 in the archive: %2"),
                                              {name, what ? what : "?"}));
                return std::nullopt;
            }
            total += static_cast<std::size_t>(n);
            if (data.size() + static_cast<std::size_t>(n) > ScenarioLoader::kMaxFileBytes || total > ExercisePack::kMaxArchiveBytes) {
                why.push_back(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "%1 in the archive is too large"), {name}));
                return std::nullopt;
            }
            data.append(buffer, static_cast<std::size_t>(n));
        }
        if (isSafeName(name)) files[name] = std::move(data);
    }
    return files;
}

// The pack's files with the archive's one top folder, if it has one, taken off their names.
std::map<std::string, std::string> atPackRoot(std::map<std::string, std::string> files)
{
    if (files.count(std::string(ExercisePack::kManifest))) return files;
    std::string prefix;
    for (const auto &[name, data] : files) {
        const auto slash = name.find('/');
        if (slash != std::string::npos && name.substr(slash + 1) == ExercisePack::kManifest) {
            prefix = name.substr(0, slash + 1);
            break;
        }
    }
    if (prefix.empty()) return files;
    std::map<std::string, std::string> inside;
    for (auto &[name, data] : files)
        if (name.rfind(prefix, 0) == 0) inside[name.substr(prefix.size())] = std::move(data);
    return inside;
}

// The text in `lang`, else the English one.
std::string packText(const std::map<std::string, std::string> &texts, const std::string &lang)
{
    if (const auto it = texts.find(lang); it != texts.end() && !it->second.empty()) return it->second;
    const auto en = texts.find("en");
    return en != texts.end() ? en->second : std::string();
}

} // namespace

// Reads pack.json and every scenario it names through `source`; `where` (the folder or the
// .zip) prefixes the names in the error lines.
struct ExercisePackBuilder {
    static ExercisePack::LoadResult build(const FileSource &source, const std::string &where)
    {
        ExercisePack::LoadResult result;
        const std::string manifestName = joinPath(where, std::string(ExercisePack::kManifest));
        std::optional<std::string> manifest = source(std::string(ExercisePack::kManifest), result.errors);
        if (!manifest) return result;

        const JsonParser::Result parsed = JsonParser::parse(*manifest);
        if (!parsed.ok()) {
            const auto &e = parsed.error;
            result.errors.push_back(LoadError{manifestName, e.line, e.column, {}, e.message, e.pattern, e.args});
            return result;
        }
        const JsonValue &root = *parsed.value;
        JsonFieldReader reader(manifestName);
        reader.setMaxKept(100);
        ExercisePack pack;
        std::vector<std::string> names;
        std::vector<const JsonValue *> nameValues;
        if (reader.expectObject(root, {})) {
            reader.checkKeys(root, {}, {"format", "id", "title", "description", "scenarios", "settings"});
            if (const JsonValue *v = reader.require(root, {}, "format"))
                if (const auto f = reader.string(*v, "format"); f && *f != ExercisePack::kFormat)
                    reader.error(*v, "format", WS_TRANSLATE_NOOP("ScenarioFile", "unknown format \"%1\"; expected \"%2\""),
                                 {*f, std::string(ExercisePack::kFormat)});
            if (const JsonValue *v = reader.require(root, {}, "id"))
                if (const auto id = reader.string(*v, "id")) {
                    if (isValidId(*id)) pack.m_id = *id;
                    else reader.error(*v, "id", WS_TRANSLATE_NOOP("ScenarioFile", "must be letters, digits and '-' only, not empty"));
                }
            const auto readTexts = [&](const JsonValue &v, const std::string &path, std::map<std::string, std::string> &out) {
                if (!reader.expectObject(v, path)) return;
                reader.checkKeys(v, path, {"en", "zh_CN"});
                for (const std::string_view lang : {"en", "zh_CN"})
                    if (const JsonValue *text = v.find(lang))
                        if (const auto s = reader.string(*text, path + "." + std::string(lang))) out[std::string(lang)] = *s;
            };
            if (const JsonValue *v = reader.require(root, {}, "title")) readTexts(*v, "title", pack.m_title);
            if (const JsonValue *v = root.find("description")) readTexts(*v, "description", pack.m_description);
            if (const JsonValue *v = reader.require(root, {}, "scenarios"); v && reader.expectArray(*v, "scenarios")) {
                if (v->size() == 0) reader.error(*v, "scenarios", WS_TRANSLATE_NOOP("ScenarioFile", "must name at least one scenario file"));
                if (v->size() > ExercisePack::kMaxScenarios)
                    reader.error(*v, "scenarios", WS_TRANSLATE_NOOP("ScenarioFile", "names more than %1 scenario files"),
                                 {std::to_string(ExercisePack::kMaxScenarios)});
                std::set<std::string> seen;
                for (std::size_t i = 0; i < v->size() && i < ExercisePack::kMaxScenarios; ++i) {
                    const std::string path = "scenarios[" + std::to_string(i) + "]";
                    const auto name = reader.string(v->at(i), path);
                    if (!name) continue;
                    if (!isSafeName(*name))
                        reader.error(v->at(i), path, WS_TRANSLATE_NOOP("ScenarioFile", "\"%1\" must be a file inside the pack: a relative name without \"..\""), {*name});
                    else if (!seen.insert(*name).second)
                        reader.error(v->at(i), path, WS_TRANSLATE_NOOP("ScenarioFile", "\"%1\" is named twice"), {*name});
                    else {
                        names.push_back(*name);
                        nameValues.push_back(&v->at(i));
                    }
                }
            }
            if (const JsonValue *v = root.find("settings"); v && reader.expectObject(*v, "settings")) {
                reader.checkKeys(*v, "settings", {"seed", "profile"});
                if (const JsonValue *s = v->find("seed"))
                    if (const auto seed = reader.unsignedInteger(*s, "settings.seed", UINT64_MAX)) pack.m_settings.seed = *seed;
                if (const JsonValue *p = v->find("profile"))
                    if (const auto i = reader.choice(*p, "settings.profile", {"linux", "rfc", "classroom"}, kProfileMessages))
                        pack.m_settings.profile = timerProfileFromString(p->asString());
            }
        }
        // The scenario files, each with its own errors, after the manifest's.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        addToDigest(hash, std::string(ExercisePack::kManifest), *manifest);
        std::vector<LoadError> fileErrors;
        for (std::size_t i = 0; i < names.size(); ++i) {
            std::vector<LoadError> why;
            const std::optional<std::string> text = source(names[i], why);
            if (!text) {
                for (LoadError &e : why) fileErrors.push_back(std::move(e));
                continue;
            }
            addToDigest(hash, names[i], *text);
            wirestep::LoadResult loaded = ScenarioLoader::load(*text, joinPath(where, names[i]));
            if (!loaded.ok()) {
                for (LoadError &e : loaded.errors) fileErrors.push_back(std::move(e));
                continue;
            }
            pack.m_entries.push_back({names[i], std::move(*loaded.scenario)});
        }
        result.errors = reader.sortedErrors();
        for (LoadError &e : fileErrors) result.errors.push_back(std::move(e));
        if (!result.errors.empty()) return result;
        pack.m_digest = "sha256:" + hash.result().toHex().toStdString();
        result.pack = std::move(pack);
        return result;
    }
};

std::vector<std::string> ExercisePack::LoadResult::errorLines() const
{
    std::vector<std::string> lines;
    for (const LoadError &e : errors) lines.push_back(e.toString());
    return lines;
}

bool ExercisePack::looksLikePack(const std::string &path)
{
    if (isDirectory(path) || endsWith(path, ".zip")) return true;
    const auto slash = path.find_last_of('/');
    return (slash == std::string::npos ? path : path.substr(slash + 1)) == kManifest;
}

ExercisePack::LoadResult ExercisePack::load(const std::string &path)
{
    if (endsWith(path, ".zip") && !isDirectory(path)) {
        std::vector<LoadError> why;
        std::optional<std::map<std::string, std::string>> files = readArchive(path, why);
        if (!files) {
            LoadResult r;
            r.errors = std::move(why);
            return r;
        }
        return fromFiles(atPackRoot(std::move(*files)), path);
    }
    std::string folder = path;
    if (!isDirectory(path)) {
        const auto slash = path.find_last_of('/');
        const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
        if (base != kManifest)
            return failure(LoadError::make(path, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "not an exercise pack: give its folder, its pack.json or a .zip of it")));
        folder = slash == std::string::npos ? std::string(".") : path.substr(0, slash);
        if (folder.empty()) folder = "/";
    }
    while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
    const FileSource source = [&folder](const std::string &name, std::vector<LoadError> &why) -> std::optional<std::string> {
        const std::string full = joinPath(folder, name);
        InputFile::Result file = InputFile::read(full, ScenarioLoader::kMaxFileBytes);
        if (file.ok()) return std::move(file.data);
        why = ScenarioLoader::loadFile(full).errors; // the scenario loader's words for the same problem
        if (why.empty()) why.push_back(LoadError::make(full, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "file not found")));
        return std::nullopt;
    };
    return ExercisePackBuilder::build(source, folder);
}

ExercisePack::LoadResult ExercisePack::fromFiles(const std::map<std::string, std::string> &files, const std::string &where)
{
    const FileSource source = [&files, &where](const std::string &name, std::vector<LoadError> &why) -> std::optional<std::string> {
        const auto it = files.find(name);
        if (it != files.end()) return it->second;
        why.push_back(LoadError::make(joinPath(where, name), 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "file not found")));
        return std::nullopt;
    };
    return ExercisePackBuilder::build(source, where);
}

std::string ExercisePack::titleIn(const std::string &lang) const { return packText(m_title, lang); }

std::string ExercisePack::descriptionIn(const std::string &lang) const { return packText(m_description, lang); }

std::optional<std::size_t> ExercisePack::indexOf(const std::string &file) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].file == file) return i;
    return std::nullopt;
}

Scenario ExercisePack::scenarioAsRun(std::size_t i) const { return withOverrides(m_entries.at(i).scenario, m_settings); }

PredictQuiz ExercisePack::quiz(std::size_t i, const std::string &lang) const
{
    const Scenario scenario = scenarioAsRun(i);
    PredictQuiz quiz(std::make_shared<const Trace>(runScenario(scenario)), scenario.questions);
    quiz.setLanguage(lang);
    return quiz;
}

} // namespace wirestep
