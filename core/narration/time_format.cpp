#include "core/narration/time_format.h"

#include <cmath>

namespace wirestep {

QString TimeFormat::number(double v)
{
    if (v >= 100.0) return QString::number(std::llround(v));
    return QString::number(v, 'g', 3);
}

QString TimeFormat::duration(std::int64_t us)
{
    const double v = static_cast<double>(us);
    if (us < 1'000) return tr("%1 µs").arg(number(v));
    if (us < 1'000'000) return tr("%1 ms").arg(number(v / 1e3));
    if (us < 120'000'000) return tr("%1 s").arg(number(v / 1e6));
    if (us < 7'200'000'000) return tr("%1 min").arg(number(v / 60e6));
    return tr("%1 h").arg(number(v / 3600e6));
}

QString TimeFormat::clock(std::int64_t us, std::int64_t spanUs)
{
    if (spanUs < 10'000'000) return tr("%1 ms").arg(static_cast<double>(us) / 1e3, 0, 'f', 3);
    if (spanUs < 7'200'000'000) return tr("%1 s").arg(static_cast<double>(us) / 1e6, 0, 'f', 3);
    const std::int64_t ms = us / 1000;
    return tr("%1:%2:%3.%4 h")
        .arg(ms / 3'600'000)
        .arg((ms / 60'000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString TimeFormat::tick(std::int64_t us)
{
    if (us < 1'000'000) return tr("%1 ms").arg(number(static_cast<double>(us) / 1e3));
    if (us < 7'200'000'000) return tr("%1 s").arg(QString::number(static_cast<double>(us) / 1e6, 'f', 3));
    return duration(us);
}

} // namespace wirestep
