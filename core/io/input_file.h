#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace wirestep {

// Reads a whole input file, refusing anything that is not a regular file: a FIFO, a terminal
// or a device would block the reader or never end. The file is opened without blocking and
// checked on the open descriptor (fstat), so nothing can be swapped in between the check and the
// read. Standard C++ and POSIX only, for every reader of user files (scenarios, captures).
class InputFile {
public:
    enum class Problem {
        None,
        NotFound,         // ENOENT, or a dangling symbolic link
        PermissionDenied, // EACCES, EPERM
        SymlinkLoop,      // ELOOP
        NameTooLong,      // ENAMETOOLONG
        IsDirectory,
        NotRegular,       // a FIFO, a socket, a character or block device
        TooLarge,         // more than maxBytes
        ReadFailed,       // open or read failed otherwise; `error` holds errno
    };
    // "not-found", "permission-denied", "symlink-loop", ...
    static std::string_view toString(Problem p);

    struct Result {
        Problem problem = Problem::None;
        int error = 0;    // errno, where the problem came from one
        std::string data; // the whole file when problem is None
        bool ok() const { return problem == Problem::None; }
    };

    static Result read(const std::string &path, std::size_t maxBytes);
    // Only whether `path` could be read, without reading it: a regular file that can be opened.
    static Result check(const std::string &path);
    // Opens `path` for a reader that streams it (a capture read packet by packet): a blocking
    // descriptor of a regular file, or -1 with `result` saying why not. The caller closes it.
    static int openForReading(const std::string &path, Result &result);
};

} // namespace wirestep
