#include "core/io/input_file.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wirestep {

namespace {

InputFile::Problem fromErrno(int e)
{
    switch (e) {
    case ENOENT:
    case ENOTDIR: return InputFile::Problem::NotFound;
    case EACCES:
    case EPERM: return InputFile::Problem::PermissionDenied;
    case ELOOP: return InputFile::Problem::SymlinkLoop;
    case ENAMETOOLONG: return InputFile::Problem::NameTooLong;
    case EISDIR: return InputFile::Problem::IsDirectory;
    default: return InputFile::Problem::ReadFailed;
    }
}

// Opens `path` for reading if it is a regular file; -1 with `result` filled otherwise.
int openRegular(const std::string &path, InputFile::Result &result)
{
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        result.error = errno;
        result.problem = fromErrno(result.error);
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        result.error = errno;
        result.problem = InputFile::Problem::ReadFailed;
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        result.problem = S_ISDIR(st.st_mode) ? InputFile::Problem::IsDirectory : InputFile::Problem::NotRegular;
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

std::string_view InputFile::toString(Problem p)
{
    switch (p) {
    case Problem::None: return "none";
    case Problem::NotFound: return "not-found";
    case Problem::PermissionDenied: return "permission-denied";
    case Problem::SymlinkLoop: return "symlink-loop";
    case Problem::NameTooLong: return "name-too-long";
    case Problem::IsDirectory: return "is-directory";
    case Problem::NotRegular: return "not-regular";
    case Problem::TooLarge: return "too-large";
    case Problem::ReadFailed: return "read-failed";
    }
    return "?";
}

int InputFile::openForReading(const std::string &path, Result &result)
{
    const int fd = openRegular(path, result);
    if (fd < 0) return -1;
    // A regular file never blocks; clear O_NONBLOCK so a stdio reader sees ordinary reads.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
        result.error = errno;
        result.problem = Problem::ReadFailed;
        ::close(fd);
        return -1;
    }
    return fd;
}

InputFile::Result InputFile::check(const std::string &path)
{
    Result result;
    const int fd = openRegular(path, result);
    if (fd >= 0) ::close(fd);
    return result;
}

InputFile::Result InputFile::read(const std::string &path, std::size_t maxBytes)
{
    Result result;
    const int fd = openRegular(path, result);
    if (fd < 0) return result;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) continue;
            result.error = errno;
            result.problem = Problem::ReadFailed;
            break;
        }
        if (n == 0) break;
        if (result.data.size() + static_cast<std::size_t>(n) > maxBytes) {
            result.problem = Problem::TooLarge;
            break;
        }
        result.data.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (!result.ok()) result.data.clear();
    return result;
}

} // namespace wirestep
