// InputFile: only regular files are read; a FIFO, a device, a directory or a symlink loop is
// refused at once with the reason, never waited on.
#include "core/io/input_file.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <chrono>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace wirestep;

namespace {

std::string pathIn(const QTemporaryDir &dir, const char *name) { return dir.filePath(QString::fromLatin1(name)).toStdString(); }

} // namespace

TEST_CASE("a regular file is read whole", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = pathIn(dir, "a.json");
    std::ofstream(path, std::ios::binary) << std::string(200'000, 'x');
    const InputFile::Result r = InputFile::read(path, 1 << 20);
    CHECK(r.ok());
    CHECK(r.data.size() == 200'000);
    CHECK(InputFile::check(path).ok());
    const InputFile::Result big = InputFile::read(path, 100'000);
    CHECK(big.problem == InputFile::Problem::TooLarge);
    CHECK(big.data.empty());
}

TEST_CASE("a FIFO with no writer is refused at once, not waited on", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = pathIn(dir, "fifo");
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    const InputFile::Result r = InputFile::read(path, 1 << 20);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(r.problem == InputFile::Problem::NotRegular);
    CHECK(InputFile::toString(r.problem) == "not-regular");
}

TEST_CASE("a device, a directory, a missing file and a symlink loop each get their reason", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK(InputFile::read("/dev/null", 100).problem == InputFile::Problem::NotRegular);
    CHECK(InputFile::read(dir.path().toStdString(), 100).problem == InputFile::Problem::IsDirectory);
    CHECK(InputFile::read(pathIn(dir, "missing.json"), 100).problem == InputFile::Problem::NotFound);
    CHECK(InputFile::read(pathIn(dir, "missing/x.json"), 100).problem == InputFile::Problem::NotFound);
    const std::string a = pathIn(dir, "a"), b = pathIn(dir, "b");
    REQUIRE(::symlink(b.c_str(), a.c_str()) == 0);
    REQUIRE(::symlink(a.c_str(), b.c_str()) == 0);
    CHECK(InputFile::read(a, 100).problem == InputFile::Problem::SymlinkLoop);
    CHECK(InputFile::read(std::string(5000, 'n'), 100).problem == InputFile::Problem::NameTooLong);
}

TEST_CASE("a file without read permission is refused as such", "[io]")
{
    if (::geteuid() == 0) {
        WARN("skipped: running as root, which may read any file");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::string path = pathIn(dir, "secret.json");
    std::ofstream(path) << "{}";
    REQUIRE(::chmod(path.c_str(), 0) == 0);
    CHECK(InputFile::read(path, 100).problem == InputFile::Problem::PermissionDenied);
}
