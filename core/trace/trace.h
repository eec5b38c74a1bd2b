#pragma once
#include "core/trace/trace_event_range.h"
#include "core/trace/trace_sink.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace wirestep {

class TraceFacts;

// The ordered list of everything that happened in one run, kept in memory.
// Event ids are 1-based and equal to position + 1 in a recorded trace.
//
// Events are stored packed, 64 bytes each (a TraceEvent is several times that): the fields a
// kind does not use share room, strings live beside the records and only when not empty, and
// records sit in fixed-size chunks so the trace never copies itself to grow. That is what lets
// the window hold a trace of a million segments (two million events) in about 130 MB. Reading
// an event unpacks a copy; the cheap accessors below read single fields without unpacking.
class Trace : public TraceSink {
public:
    Trace() = default;
    Trace(const Trace &other);
    Trace &operator=(const Trace &other);
    Trace(Trace &&) noexcept = default;
    Trace &operator=(Trace &&) noexcept = default;
    ~Trace() override;

    void append(const TraceEvent &event) override;

    TraceEventRange events() const { return TraceEventRange(*this); }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // The event at this position, unpacked.
    TraceEvent operator[](std::size_t i) const;
    TraceEvent at(std::size_t i) const { return (*this)[i]; }

    // Single fields without unpacking, for loops over long traces.
    std::uint64_t idAt(std::size_t i) const { return packed(i).id; }
    std::int64_t timeAt(std::size_t i) const { return packed(i).tUs; }
    EventKind kindAt(std::size_t i) const;
    NodeId nodeAt(std::size_t i) const;
    std::uint64_t causeAt(std::size_t i) const { return packed(i).cause; }

    // The position of the event with this id, or npos. Constant time in a recorded trace.
    std::size_t indexOf(std::uint64_t id) const;
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
    // The event with this id, or nothing.
    std::optional<TraceEvent> byId(std::uint64_t id) const;

    // Convenience filters for tests and views.
    std::vector<TraceEvent> filter(const std::function<bool(const TraceEvent &)> &pred) const;
    std::vector<TraceEvent> ofKind(EventKind kind) const;
    // The states a node went through, starting with the state it left first.
    std::vector<TcpState> statesOf(NodeId node) const;

    // What each event means in its context (duplicate ACK numbers, idle times, what a timer's
    // expiry led to), derived once and kept until the trace grows.
    const TraceFacts &facts() const;

    // Bytes held for the events (records, strings, chunk table), for benchmarks.
    std::size_t memoryBytes() const;

private:
    // One event, packed. `a` and `b` hold what the kind needs: the segment's id and seq/ack for
    // Send, Deliver and Drop; the deadline and duration for Timer; the byte count for the rest.
    // An event whose fields don't fit that (none the simulator records) is kept whole, aside.
    struct Packed {
        std::uint64_t id;
        std::int64_t tUs;
        std::uint64_t cause;
        std::uint64_t a;
        std::uint64_t b;
        std::uint16_t sport, dport, window, mss;
        std::uint8_t kind, node, from, to, timer, flags, bits, strings;
        std::int32_t ruleIndex;
        std::uint32_t extra; // the first of its strings, or its index among the whole events
    };
    static_assert(sizeof(Packed) == 64);
    static constexpr std::size_t kChunkShift = 12; // 4096 records, 256 KiB a chunk
    static constexpr std::size_t kChunkSize = std::size_t{1} << kChunkShift;

    const Packed &packed(std::size_t i) const { return m_chunks[i >> kChunkShift][i & (kChunkSize - 1)]; }
    static bool pack(const TraceEvent &e, Packed &p);

    std::vector<std::unique_ptr<Packed[]>> m_chunks;
    std::size_t m_size = 0;
    std::vector<std::string> m_strings;  // the non-empty strings of the packed events, in order
    std::vector<TraceEvent> m_whole;     // events that could not be packed
    bool m_dense = true;                 // every id equals its position + 1
    bool m_increasing = true;            // ids only grow
    mutable std::shared_ptr<const TraceFacts> m_facts; // facts() of the first m_factsSize events
    mutable std::size_t m_factsSize = 0;
};

} // namespace wirestep
