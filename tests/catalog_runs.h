#pragma once
// The trace of a built-in catalog scenario, for tests: the scenario must exist.
#include "core/scenario/catalog.h"
#include "core/scenario/scenario_runner.h"

#include <catch2/catch.hpp>

#include <memory>

namespace wirestep::test {

inline Trace catalogRun(const char *id)
{
    const Scenario *s = Catalog::builtIn().find(id);
    INFO("catalog scenario " << id);
    REQUIRE(s != nullptr);
    return runScenario(*s);
}

// The same, shared, as the views hold a trace.
inline std::shared_ptr<const Trace> sharedCatalogRun(const char *id) { return std::make_shared<const Trace>(catalogRun(id)); }

} // namespace wirestep::test
