#pragma once
#include "core/trace/trace_event.h"

#include <cstddef>
#include <iterator>

namespace wirestep {

class Trace;

// The events of a Trace, in order, as a range that can be indexed and iterated. The trace keeps
// its events packed, so each one is unpacked when it is read: elements are values, not references
// into the trace (`for (const TraceEvent &e : trace.events())` binds each to a temporary).
class TraceEventRange {
public:
    class Iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = TraceEvent;
        using difference_type = std::ptrdiff_t;
        using reference = TraceEvent;
        using pointer = void;

        // What `it->field` reads: the unpacked event, kept alive for the expression.
        struct Arrow {
            TraceEvent event;
            const TraceEvent *operator->() const { return &event; }
        };

        Iterator() = default;
        Iterator(const Trace *trace, std::size_t index) : m_trace(trace), m_index(index) {}

        TraceEvent operator*() const;
        Arrow operator->() const { return Arrow{**this}; }
        TraceEvent operator[](difference_type n) const { return *(*this + n); }

        Iterator &operator++() { ++m_index; return *this; }
        Iterator operator++(int) { Iterator old = *this; ++m_index; return old; }
        Iterator &operator--() { --m_index; return *this; }
        Iterator operator--(int) { Iterator old = *this; --m_index; return old; }
        Iterator &operator+=(difference_type n) { m_index = static_cast<std::size_t>(static_cast<difference_type>(m_index) + n); return *this; }
        Iterator &operator-=(difference_type n) { return *this += -n; }
        friend Iterator operator+(Iterator it, difference_type n) { return it += n; }
        friend Iterator operator+(difference_type n, Iterator it) { return it += n; }
        friend Iterator operator-(Iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const Iterator &a, const Iterator &b)
        {
            return static_cast<difference_type>(a.m_index) - static_cast<difference_type>(b.m_index);
        }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_index == b.m_index; }
        friend auto operator<=>(const Iterator &a, const Iterator &b) { return a.m_index <=> b.m_index; }

    private:
        const Trace *m_trace = nullptr;
        std::size_t m_index = 0;
    };

    explicit TraceEventRange(const Trace &trace) : m_trace(&trace) {}

    Iterator begin() const { return Iterator(m_trace, 0); }
    Iterator end() const { return Iterator(m_trace, size()); }
    std::size_t size() const;
    bool empty() const { return size() == 0; }
    TraceEvent operator[](std::size_t i) const;
    TraceEvent front() const { return (*this)[0]; }
    TraceEvent back() const { return (*this)[size() - 1]; }

private:
    const Trace *m_trace;
};

} // namespace wirestep
