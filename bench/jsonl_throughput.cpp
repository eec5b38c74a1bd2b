// bench/jsonl_throughput: how fast the JSON Lines writer formats a real trace. Prints its figures;
// it is not a test.
//
// The trace: a bulk transfer (tests/bulk_transfer.h: 5 ms link, 1 % loss, MSS 1460) kept in
// memory. Each run formats every event into a stream that discards the bytes, so only formatting
// is timed. The baseline, in the same process: writing the same bytes, already formatted, into
// the same kind of stream (what any writer must pay). Reports MB/s of JSON Lines and the ratio
// to the baseline, medians of the runs.
//
// Usage: jsonl_throughput [MiB transferred=64] [runs=5]
#include "tests/bulk_transfer.h"
#include "core/trace/jsonl_writer.h"
#include "core/trace/trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

using namespace wirestep;

namespace {

// Counts bytes and throws them away, with a buffer like a file stream's.
class NullBuf : public std::streambuf {
public:
    NullBuf() { setp(m_buf, m_buf + sizeof m_buf); }
    std::uint64_t bytes() const { return m_bytes + static_cast<std::uint64_t>(pptr() - pbase()); }

protected:
    int overflow(int c) override
    {
        m_bytes += static_cast<std::uint64_t>(pptr() - pbase()) + (c == EOF ? 0 : 1);
        setp(m_buf, m_buf + sizeof m_buf);
        return c == EOF ? 0 : c;
    }
    std::streamsize xsputn(const char *, std::streamsize n) override
    {
        m_bytes += static_cast<std::uint64_t>(pptr() - pbase()) + static_cast<std::uint64_t>(n);
        setp(m_buf, m_buf + sizeof m_buf);
        return n;
    }

private:
    char m_buf[1 << 16];
    std::uint64_t m_bytes = 0;
};

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const std::uint64_t mib = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 64;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    Trace trace;
    BulkTransfer(mib << 20, trace).run();
    std::printf("trace: %zu events of a %llu MiB bulk transfer at 1 %% loss\n", trace.size(),
                static_cast<unsigned long long>(mib));
    std::vector<TraceEvent> events;
    events.reserve(trace.size());
    for (std::size_t i = 0; i < trace.size(); ++i) events.push_back(trace[i]);

    std::string formatted; // the baseline's bytes
    for (const auto &e : events) {
        JsonlWriter::appendJson(formatted, e);
        formatted += '\n';
    }
    std::vector<double> writerMBs, baseMBs, ratios;
    for (int r = 0; r < runs; ++r) {
        NullBuf wbuf;
        std::ostream wout(&wbuf);
        JsonlWriter writer(wout);
        const auto t0 = std::chrono::steady_clock::now();
        for (const auto &e : events) writer.append(e);
        const double ws = seconds(std::chrono::steady_clock::now() - t0);

        NullBuf bbuf;
        std::ostream bout(&bbuf);
        const auto t1 = std::chrono::steady_clock::now();
        std::size_t at = 0;
        while (at < formatted.size()) { // line by line, as the writer writes
            const std::size_t nl = formatted.find('\n', at);
            bout.write(formatted.data() + at, static_cast<std::streamsize>(nl + 1 - at));
            at = nl + 1;
        }
        const double bs = seconds(std::chrono::steady_clock::now() - t1);
        const double mb = static_cast<double>(wbuf.bytes()) / 1e6;
        writerMBs.push_back(mb / ws);
        baseMBs.push_back(mb / bs);
        ratios.push_back(bs / ws);
    }
    std::printf("JSON Lines: %.1f MB per run\n", static_cast<double>(formatted.size()) / 1e6);
    std::printf("writer:   median %.0f MB/s (target >= 500)\n", median(writerMBs));
    std::printf("baseline: median %.0f MB/s (writing the same lines already formatted)\n", median(baseMBs));
    std::printf("writer / baseline speed: median %.3f\n", median(ratios));
    return 0;
}
