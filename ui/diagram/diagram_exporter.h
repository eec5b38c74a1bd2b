#pragma once
#include "core/trace/trace.h"
#include "ui/diagram/ladder_layout.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QPainter;

namespace wirestep {

// Writes what the window shows, whole (every event shown, white background), with the screen's
// painter: one diagram, or two lanes side by side each under its caption, and the legend at the
// foot. PNG at print resolution, SVG, or PDF split into pages (the captions and node names
// repeated on each, the legend after the last event).
class DiagramExporter {
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)

public:
    static constexpr double kWidth = 1100;        // of one diagram (a lane is as wide), at least
    static constexpr double kCaptionHeight = 36;  // the band above a lane with its caption

    // One diagram of a trace (the layout must be of that trace).
    struct Lane {
        const LadderLayout *layout = nullptr;
        const Trace *trace = nullptr;
        QString caption; // empty: no caption band
    };

    DiagramExporter(const LadderLayout &layout, const Trace &trace) : m_lanes{Lane{&layout, &trace, QString()}} {}
    // Left to right, as on screen.
    explicit DiagramExporter(std::vector<Lane> lanes) : m_lanes(std::move(lanes)) {}

    // The whole picture's size in export units (PNG pixels before the print scale, SVG units).
    double width() const;
    // A lane's width: kWidth, or more when its labels need more (LadderPainter::minimumWidth).
    double laneWidth(std::size_t lane) const;
    double height() const;
    // The legend's height at the picture's width (LadderLegend).
    double legendHeight() const;
    // Whether a lane shows a capture's trace: the legend then lists the capture's marks.
    bool fromCapture() const;

    // By the file's suffix (.png, .svg, .pdf). On failure returns false and sets `error`.
    bool write(const QString &path, QString *error) const;
    bool writePng(const QString &path, QString *error) const;
    bool writeSvg(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

private:
    double captionHeight() const;
    double bodyHeight() const; // the tallest lane's layout
    // Every lane from layout y `scrollY` down, into a target `pageHeight` high.
    void paint(QPainter &p, double pageHeight, double scrollY) const;
    void paintLegend(QPainter &p, double y) const;
    void paintCaption(QPainter &p, const QString &caption, double width) const;

    std::vector<Lane> m_lanes;
};

} // namespace wirestep
