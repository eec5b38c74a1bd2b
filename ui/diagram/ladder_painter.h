#pragma once
#include "core/trace/trace.h"
#include "ui/diagram/ladder_geometry.h"
#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/relative_sequence.h"
#include "ui/diagram/ladder_style.h"

#include <QLineF>
#include <QPainter>
#include <QFontMetricsF>
#include <QPolygonF>
#include <QString>
#include <QTransform>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wirestep {

// Draws a laid-out trace: the same code for the screen and for PNG/SVG/PDF export.
// Only what is inside the target and already happened (events before `shown`) is drawn.
class LadderPainter {
public:
    // A text as drawn, for checking that texts are whole and apart (View::texts).
    struct DrawnText {
        enum class Kind { Node, Time, State, Fold, App, Link, Timer, Segment, Below };
        Kind kind = Kind::Segment;
        QString full;  // the whole text
        QString shown; // what is drawn (line breaks of a label on two or three rows included)
        QPolygonF box; // where, in the target's coordinates
    };

    struct View {
        double width = 800;
        double height = 600;
        double scrollY = 0;            // the layout y at the top of the body
        double headerHeight = LadderGeometry::kHeaderHeight;
        std::size_t shown = std::numeric_limits<std::size_t>::max(); // events shown; max = all
        double progress = 0;           // 0..1 towards showing the next event (while playing)
        std::uint32_t selectedArrow = LadderLayout::kNone;
        std::uint32_t hoveredArrow = LadderLayout::kNone;
        bool background = true;        // fill with the background colour first
        bool dark = false;             // the dark theme's colours (never for export)
        // Per trace index, the causal chain of the hovered segment: drawn emphasised, the rest
        // dimmed. Null or empty: nothing hovered.
        const std::vector<bool> *chain = nullptr;
        std::uint32_t flashEvent = LadderLayout::kNone; // a state change whose band flashes
        double flash = 0;              // 1 = the flash at its brightest, 0 = over
        // When set, every text drawn is added to it (tests, and the check of a whole catalog).
        std::vector<DrawnText> *texts = nullptr;
    };

    // A label along an arrow: placed where no other arrow crosses it, on two or three lines when
    // one is too long for the room, elided when there is not room enough anywhere along its arrow
    // (the arrow's tooltip has the whole text). The layout and the geometry make room for the
    // labels in labelFont(), and the diagram is as wide as they need, so eliding is the exception.
    struct Label {
        QString full;         // the whole text
        QString text;         // what is drawn: the whole text (on one to three lines) or elided;
                              // empty only when full is
        QRectF rect;          // in the arrow's frame: x along it from its middle, y across it
        QTransform transform; // from the arrow's frame to the target
        QPolygonF box() const { return transform.map(QPolygonF(rect)); }
        // Drawn whole, on one line or more.
        bool whole() const { return text == full || QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')) == full; }
    };

    LadderPainter(const LadderLayout &layout, const Trace &trace) : m_layout(layout), m_trace(trace) {}

    // The font of the segments' and timers' labels: they are measured and drawn with it.
    static QFont labelFont();
    // The layout's options for labels in labelFont(): the arrows of a burst two labels apart,
    // and the room a label needs across its arrow (LadderLayout::labelLaneWidth).
    static LadderLayout::Options layoutOptions();
    // Labels with sequence numbers relative to each side's ISN (Wireshark's default; live
    // traces), or as sent (nullptr: the textbook numbers of the scenarios).
    void setRelativeSequence(const RelativeSequence *relative) { m_relative = relative; }
    // The segment sent at `sendIndex` as its labels show it.
    Segment shownSegment(std::uint32_t sendIndex) const;

    void paint(QPainter &p, const View &view) const;

    // The narrowest width (View::width) at which the texts are drawn whole: every segment's label
    // and the label under it (found by trying widths, for the first kRoomArrows arrows), every app
    // call and timer (LadderGeometry's appText). The window's diagram scrolls sideways when it has
    // less; an export is drawn at least this wide. Kept until textsChanged().
    double minimumWidth() const;
    // The width of the app-call column that holds every app call's and timer's text.
    double appTextWidth() const;
    // The texts have changed (another language): minimumWidth() and appTextWidth() measure again.
    void textsChanged();
    // The labels that do not fit whole at `width` (every event shown), of the first kRoomArrows
    // arrows.
    int elidedLabels(double width) const;
    static constexpr std::size_t kRoomArrows = 3000;
    static constexpr double kMaxWidth = 2400; // wider than this, the labels left cut stay cut
    // The geometry of `view` for this layout.
    LadderGeometry geometry(const View &view) const;
    // The layout y up to which things are drawn; -inf before the first event.
    double cursorY(const View &view) const;
    // The arrow as drawn now (partial while in flight), in target coordinates.
    QLineF drawnLine(const LadderGeometry &g, const LadderLayout::Arrow &a, double cursor, std::size_t shown) const;
    // The arrow nearest to `pos` (within a few pixels), or kNone.
    std::uint32_t arrowAt(const View &view, QPointF pos) const;
    // The app/link mark at `pos`, as a trace index, or kNone.
    std::uint32_t markAt(const View &view, QPointF pos) const;
    // The segment's label above an arrow, and the note below it (why it was sent again, which
    // probe or duplicate ACK it is: EventText::segmentNote), as drawn.
    Label segmentLabel(const View &view, std::uint32_t arrow) const;
    Label timerLabel(const View &view, std::uint32_t arrow) const;
    // The arrow whose label is at `pos`, or kNone.
    std::uint32_t labelAt(const View &view, QPointF pos) const;

private:
    std::size_t shownCount(const View &view) const;
    bool hasBands() const; // a UDP-only trace has none
    void paintFolds(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor) const;
    void paintLifelines(QPainter &p, const LadderGeometry &g, const View &view) const;
    void paintBands(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor,
                    std::size_t shown) const;
    void paintTimers(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor,
                     std::size_t shown) const;
    void paintMarks(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                    std::size_t shown) const;
    void paintArrows(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor) const;
    void paintArrow(QPainter &p, const LadderGeometry &g, std::uint32_t index, double cursor, std::size_t shown,
                    const View &view) const;
    // `text` on `rows` lines, split at spaces so that the longest is shortest, and that line's
    // width; empty when it has too few spaces.
    static std::pair<QString, double> wrapLabel(const QString &text, int rows, const QFontMetricsF &fm);
    // `aware`: keeps off the labels of other arrows too (those are placed as if alone).
    Label placeLabel(const LadderGeometry &g, double cursor, std::size_t shown, std::uint32_t index, const QLineF &line,
                     const QString &text, bool below, bool aware = true) const;
    // An arrow's label above it as if no other label were there (kept while m_alone is set).
    Label aloneLabel(const LadderGeometry &g, double cursor, std::size_t shown, std::uint32_t index, const QLineF &line) const;
    struct AloneScope {
        AloneScope(const LadderPainter &p, std::unordered_map<std::uint32_t, Label> &cache) : painter(p) { p.m_alone = &cache; }
        ~AloneScope() { painter.m_alone = nullptr; }
        const LadderPainter &painter;
    };
    // The pill with a fold's length, between the lifelines.
    static QRectF foldPill(const LadderGeometry &g, const LadderLayout::Fold &f, const QFontMetricsF &fm);
    QString labelText(std::uint32_t index, bool below) const;
    void paintLabel(QPainter &p, const Label &label, const QColor &color, const QColor &back, const View &view,
                    DrawnText::Kind kind) const;
    static void record(const View &view, DrawnText::Kind kind, const QString &full, const QString &shown, const QPolygonF &box);
    void paintTag(QPainter &p, QPointF at, const Segment &s) const;
    void paintCursor(QPainter &p, const LadderGeometry &g, const View &view, double cursor) const;
    void paintHeader(QPainter &p, const LadderGeometry &g, const View &view) const;

    bool inChain(const View &view, std::uint32_t eventIndex) const;
    // The opacity of something not in the hovered chain: 1 when nothing is hovered.
    double dimmed(const View &view, std::uint32_t eventIndex) const;

    const LadderLayout &m_layout;
    const Trace &m_trace;
    mutable double m_minWidth = -1; // measured on first use
    mutable double m_appText = -1;
    // While one picture is drawn (or measured): the labels of arrows placed as if alone, by
    // arrow, which other labels keep off (placeLabel). Off (null) otherwise.
    mutable std::unordered_map<std::uint32_t, Label> *m_alone = nullptr;
    const RelativeSequence *m_relative = nullptr;
    // The theme of the paint in progress (set by paint(); the helpers read it).
    mutable LadderStyle::Theme m_theme = LadderStyle::Theme::Light;
};

} // namespace wirestep
