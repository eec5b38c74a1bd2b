#pragma once
#include "core/trace/trace.h"
#include "ui/diagram/ladder_style.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace wirestep {

// The legend of the ladder diagram: each kind of mark drawn as the diagram draws it
// (LadderMarks), beside a few words. Shown under the diagram on request (View ▸ Legend) and
// always at the foot of an export (docs/ui-design.md "What each mark on the diagram means").
// It lays its entries out in as many columns as fit the width it is given. A capture's diagram
// has three marks more (inferred and unknown states, Wireshark's analysis labels): with
// `capture` true the legend lists them too.
class LadderLegend {
    Q_DECLARE_TR_FUNCTIONS(LadderLegend)

public:
    enum class Entry {
        Segment,
        Datagram,
        Retransmission,
        Lost,
        Duplicate,
        Reset,
        Probe,
        DuplicateAck,
        AnalysisLabel, // a capture's: Wireshark's analysis labels under an arrow
        State,
        TimeWait,
        InferredState, // a capture's: a state inferred from its segments (dashed stripe)
        UnknownState,  // a capture's: a state it cannot tell (no stripe)
        Timer,
        AppCall,
        Fold,
        Link,
    };

    static constexpr double kSampleWidth = 112; // room for the note under an arrow: "timeout (RTO 1 s)"
    static constexpr double kRowHeight = 30;
    static constexpr double kPadding = 8;

    static const std::vector<Entry> &entries(bool capture = false);
    // The words beside an entry's mark, in the current language.
    static QString text(Entry entry);
    // Whether a trace is a capture's (its states inferred, its segments labelled), so that its
    // legend lists the capture's marks.
    static bool isCaptureTrace(const Trace &trace);
    // Where each entry goes when the legend is `width` wide (from the legend's top left).
    static std::vector<QRectF> place(double width, bool capture = false);
    // Its height at that width.
    static double height(double width, bool capture = false);
    // Draws the legend into `area` (as tall as height(area.width())): a rule along its top, then
    // the entries.
    static void paint(QPainter &p, const QRectF &area, LadderStyle::Theme theme, bool capture = false);

private:
    static void paintSample(QPainter &p, Entry entry, const QRectF &r, LadderStyle::Theme theme);
};

} // namespace wirestep
