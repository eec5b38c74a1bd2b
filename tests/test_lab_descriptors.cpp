// Every live lab of the registry, started and stopped 100 times, leaves no file descriptor open
// (counted in /proc/self/fd): stopped at once, after one pass of the event loop, a few
// milliseconds in, or run to the end. tests/test_echo_lab.cpp does the same for echo alone.
#include "core/live/lab_registry.h"
#include "tests/live_test_support.h"

#include <catch2/catch.hpp>

using namespace wirestep;
using namespace wirestep::livetest;

TEST_CASE("starting and stopping every live lab 100 times leaves no descriptor behind", "[live][fd]")
{
    const auto labs = LabRegistry::labs();
    REQUIRE(labs.size() >= 7);
    for (const LabRegistry::Entry &entry : labs) {
        INFO("lab " << entry.id.toStdString());
        CountingSink sink;
        {
            // The first run opens what stays open for the process (Qt's own notifiers, netlink).
            auto warmUp = entry.create(sink, LabOptions{});
            REQUIRE(warmUp->start());
            warmUp->waitForFinished(20000);
        }
        flushDeferredDeletes();
        const int before = openDescriptors();
        int finished = 0;
        for (int i = 0; i < 100; ++i) {
            auto lab = entry.create(sink, LabOptions{});
            REQUIRE(lab->start());
            switch (i % 4) {
            case 0: lab->stop(); break; // at once
            case 1: QCoreApplication::processEvents(); lab->stop(); break;
            case 2: waitUntil([] { return false; }, 5); lab->stop(); break;
            default: finished += lab->waitForFinished(20000) ? 1 : 0; break;
            }
            CHECK_FALSE(lab->isRunning());
        }
        flushDeferredDeletes();
        CHECK(openDescriptors() == before);
        CHECK(finished == 25);
    }
}
