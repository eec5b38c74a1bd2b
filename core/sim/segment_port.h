#pragma once
#include "core/trace/segment.h"

namespace wirestep {

// Where an endpoint's outgoing segments go. A Node forwards them to the Link; a test collects
// them to assert exactly what an endpoint sent.
class SegmentPort {
public:
    virtual ~SegmentPort() = default;
    virtual void transmit(Segment seg) = 0;
};

} // namespace wirestep
