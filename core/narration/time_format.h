#pragma once
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace wirestep {

// Simulated time as people read it, in the unit that suits it.
class TimeFormat {
    Q_DECLARE_TR_FUNCTIONS(TimeFormat)

public:
    // A length of time: "350 µs", "10 ms", "1.5 s", "60 s", "4 min", "2 h".
    static QString duration(std::int64_t us);
    // A point in time for the read-out, in the unit that suits `spanUs` (the whole run's length):
    // "20.000 ms", "61.204 s", "2:00:10.204".
    static QString clock(std::int64_t us, std::int64_t spanUs);
    // A short tick label for the time gutter: "10 ms", "1.02 s".
    static QString tick(std::int64_t us);

private:
    static QString number(double v);
};

} // namespace wirestep
