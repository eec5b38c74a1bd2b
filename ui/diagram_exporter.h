#pragma once
#include "core/sim/trace.h"
#include "ui/ladder_layout.h"

#include <QCoreApplication>
#include <QString>

namespace wirestep {

// Writes the whole diagram (every event shown, white background) with the screen's painter:
// PNG at print resolution, SVG, or PDF split into pages.
class DiagramExporter {
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    static constexpr double kWidth = 1100;

    DiagramExporter(const LadderLayout &layout, const Trace &trace) : m_layout(layout), m_trace(trace) {}

    // By the file's suffix (.png, .svg, .pdf). On failure returns false and sets `error`.
    bool write(const QString &path, QString *error) const;
    bool writePng(const QString &path, QString *error) const;
    bool writeSvg(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

private:
    double contentHeight() const;

    const LadderLayout &m_layout;
    const Trace &m_trace;
};

} // namespace wirestep
