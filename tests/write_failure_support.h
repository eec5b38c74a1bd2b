#pragma once
// Making writes fail without root: a stream that accepts `room` bytes and then reports an error
// (a full disk behind std::cout), and a cap on the size of files this process writes
// (RLIMIT_FSIZE, with SIGXFSZ ignored: a write past it fails with EFBIG, as on a full disk).
#include <csignal>
#include <cstddef>
#include <ostream>
#include <streambuf>
#include <sys/resource.h>

namespace wirestep::test {

class FullBuffer : public std::streambuf {
public:
    explicit FullBuffer(std::size_t room) : m_room(room) {}

protected:
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        if (m_room == 0) return traits_type::eof();
        --m_room;
        return c;
    }

private:
    std::size_t m_room;
};

// While it lives, files written by this process are cut at `bytes`.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace wirestep::test
