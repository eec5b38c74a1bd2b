#pragma once
// Exercise packs in tests: the sample pack's files, packs written to a folder or a .zip, and a
// fixed clock.
#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>
#include <QTimeZone>

#include <functional>
#include <memory>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace wirestep::test {

inline std::string readText(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

inline void writeText(const std::string &path, const std::string &text)
{
    const auto folder = std::filesystem::path(path).parent_path();
    if (!folder.empty()) std::filesystem::create_directories(folder);
    std::ofstream f(path, std::ios::binary);
    f << text;
}

// The folder of the sample pack in the source tree.
inline std::string samplePackDir() { return std::string(WIRESTEP_SOURCE_DIR) + "/resources/exercises/course"; }

// Every file of the sample pack by name.
inline std::map<std::string, std::string> samplePackFiles()
{
    std::map<std::string, std::string> files;
    for (const auto &e : std::filesystem::directory_iterator(samplePackDir()))
        files[e.path().filename().string()] = readText(e.path().string());
    return files;
}

// A small pack of two catalog scenarios, with `settings` (a JSON object's text) if given.
inline std::map<std::string, std::string> smallPackFiles(const std::string &settings = {})
{
    const std::string scenarios = std::string(WIRESTEP_SOURCE_DIR) + "/resources/scenarios/";
    std::map<std::string, std::string> files;
    files["pack.json"] = std::string("{\n  \"format\": \"wirestep-pack/1\",\n  \"id\": \"small\",\n") +
                         "  \"title\": { \"en\": \"Small pack\", \"zh_CN\": \"小练习\" },\n" +
                         "  \"scenarios\": [\"a/handshake.json\", \"udp.json\"]" +
                         (settings.empty() ? "" : ",\n  \"settings\": " + settings) + "\n}\n";
    files["a/handshake.json"] = readText(scenarios + "handshake.json");
    files["udp.json"] = readText(scenarios + "udp-datagrams.json");
    return files;
}

inline void writeFolder(const std::string &dir, const std::map<std::string, std::string> &files)
{
    for (const auto &[name, text] : files) writeText(dir + "/" + name, text);
}

// A .zip of the files, each under `prefix` ("" or "folder/").
inline void writeZip(const std::string &path, const std::map<std::string, std::string> &files, const std::string &prefix = {})
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_filename(a, path.c_str());
    for (const auto &[name, text] : files) {
        archive_entry *e = archive_entry_new();
        const std::string full = prefix + name;
        archive_entry_set_pathname(e, full.c_str());
        archive_entry_set_size(e, static_cast<la_int64_t>(text.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, text.data(), text.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

// 2026-03-02 09:00:00 +08:00, then one more second each time it is read.
inline std::function<QDateTime()> steppingClock()
{
    auto t = std::make_shared<QDateTime>(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
    return [t] {
        const QDateTime now = *t;
        *t = t->addSecs(1);
        return now;
    };
}

} // namespace wirestep::test
