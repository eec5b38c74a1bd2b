#include "ui/diagram/ladder_painter.h"
#include "core/trace/trace_facts.h"
#include "core/narration/terms.h"

#include "ui/panels/event_text.h"
#include "ui/diagram/ladder_marks.h"
#include "ui/diagram/ladder_style.h"
#include "core/narration/time_format.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace wirestep {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double ease(double t) { return t * t * (3.0 - 2.0 * t); }

double distanceToSegment(QPointF p, const QLineF &l)
{
    const QPointF d = l.p2() - l.p1();
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? ((p.x() - l.x1()) * d.x() + (p.y() - l.y1()) * d.y()) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = l.p1() + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

// Where a text `width` wide is in `r` when aligned towards the lifeline (right on the client's
// side, left on the server's).
QRectF alignedText(const QRectF &r, double width, NodeId node)
{
    const double w = std::min(width, r.width());
    return node == NodeId::Client ? QRectF(r.right() - w, r.top(), w, r.height()) : QRectF(r.left(), r.top(), w, r.height());
}

} // namespace

QFont LadderPainter::labelFont() { return LadderStyle::mono(12); }

LadderLayout::Options LadderPainter::layoutOptions()
{
    const QFontMetricsF fm(labelFont());
    const double h = fm.height();
    LadderLayout::Options o;
    // The layout's distances suit labels of Wirestep's fonts (DejaVu Sans Mono at 12 px: lines of
    // 14 px, letters of 7.2 px). Larger labels stretch the time axis as much, so that the arrows
    // grow longer and steeper with them and keep room for their labels.
    const double k = std::max({1.0, h / 14.0, fm.averageCharWidth() / 7.25});
    o.typicalStepPx *= k;
    o.minStepPx *= k;
    // placeLabel: 1 px off the line, the label's height, and the 2 px margin it keeps free, plus 1.
    o.labelStripPx = h + 4;
    // A label above each arrow of a burst and a timer's label below, with a little room around them.
    o.segmentStepPx = std::max(o.segmentStepPx * k, 2 * (h + 6));
    return o;
}

LadderGeometry LadderPainter::geometry(const View &view) const
{
    return LadderGeometry(view.width, view.scrollY, view.headerHeight, hasBands(), m_layout.labelLaneWidth(), appTextWidth());
}

void LadderPainter::textsChanged()
{
    m_minWidth = -1;
    m_appText = -1;
}

double LadderPainter::appTextWidth() const
{
    if (m_appText >= 0) return m_appText;
    // As paintMarks and paintTimers write them (and no wider than a diagram can spare).
    const QFontMetricsF app(LadderStyle::sans(11.5));
    const QFontMetricsF timer(LadderStyle::sans(10.5));
    double widest = 0;
    std::size_t n = 0;
    for (const LadderLayout::Mark &m : m_layout.marks()) {
        if (++n > kRoomArrows) break;
        if (m.kind == EventKind::App) widest = std::max(widest, app.horizontalAdvance(EventText::appCall(m_trace[m.index], m_trace.facts()[m.index])) + 2);
    }
    n = 0;
    for (const LadderLayout::TimerBar &b : m_layout.timers()) {
        if (++n > kRoomArrows) break;
        widest = std::max(widest, timer.horizontalAdvance(EventText::timer(b.kind, b.durationUs, m_trace.facts()[b.armIndex])) + 2);
    }
    m_appText = std::min(std::ceil(widest), 260.0);
    return m_appText;
}

int LadderPainter::elidedLabels(double width) const
{
    View v;
    v.width = width;
    v.height = m_layout.height() + v.headerHeight;
    const std::size_t n = std::min(m_layout.arrows().size(), kRoomArrows);
    std::unordered_map<std::uint32_t, Label> alone;
    const AloneScope scope(*this, alone);
    int cut = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto a = static_cast<std::uint32_t>(i);
        for (const Label &l : {segmentLabel(v, a), timerLabel(v, a)}) cut += !l.whole();
    }
    return cut;
}

double LadderPainter::minimumWidth() const
{
    if (m_minWidth >= 0) return m_minWidth;
    // The narrowest width whose geometry holds both sides and the app texts...
    const double side = appTextWidth() + LadderGeometry::timerRoom(hasBands()) + 6
        + (hasBands() ? LadderGeometry::kNarrowBandWidth : 0.0);
    double lo = std::max(LadderGeometry::minimumWidth(hasBands()), LadderGeometry::kGutter + 2 * side + LadderGeometry::kMinLane + 10);
    while (!LadderGeometry(lo, 0, LadderGeometry::kHeaderHeight, hasBands(), m_layout.labelLaneWidth(), appTextWidth()).fits()) lo += 8;
    // ...then as wide as the labels need: as few cut as at kMaxWidth (none, but for a label no
    // width can hold), found by halving.
    const int least = elidedLabels(std::max(lo, kMaxWidth));
    if (elidedLabels(lo) > least) {
        double hi = std::max(lo, kMaxWidth);
        while (hi - lo > 4) {
            const double mid = (lo + hi) / 2;
            if (elidedLabels(mid) > least) lo = mid;
            else hi = mid;
        }
        lo = hi;
    }
    m_minWidth = std::ceil(lo);
    return m_minWidth;
}

bool LadderPainter::hasBands() const { return !m_layout.bands(NodeId::Client).empty() || !m_layout.bands(NodeId::Server).empty(); }



std::size_t LadderPainter::shownCount(const View &view) const
{
    return std::min(view.shown, m_layout.eventCount());
}

double LadderPainter::cursorY(const View &view) const
{
    const std::size_t n = shownCount(view);
    if (n == 0) return -kInf;
    double y = m_layout.reachedY(n - 1);
    if (n < m_layout.eventCount() && view.progress > 0)
        y += ease(std::clamp(view.progress, 0.0, 1.0)) * (m_layout.reachedY(n) - y);
    return y;
}

QLineF LadderPainter::drawnLine(const LadderGeometry &g, const LadderLayout::Arrow &a, double cursor,
                                std::size_t shown) const
{
    const QPointF start = g.point(a.x1, a.y1);
    if (a.endIndex != LadderLayout::kNone && a.endIndex < shown) return QLineF(start, g.point(a.x2, a.y2));
    // In flight: the head is where the segment is at the cursor's time, on its way to the far
    // lifeline (a segment that will be lost is not given away before it is).
    const bool lostOnLink = a.has(LadderLayout::Lost) && a.x2 > 0.25f && a.x2 < 0.75f;
    const float xEnd = lostOnLink ? 1.0f - a.x1 : a.x2;
    const double yEnd = lostOnLink ? a.y1 + 2.0 * (a.y2 - a.y1) : a.y2;
    double s = yEnd > a.y1 ? (cursor - a.y1) / (yEnd - a.y1) : 1.0;
    s = std::clamp(s, 0.0, lostOnLink ? 0.5 : 1.0);
    const QPointF end = g.point(xEnd, yEnd);
    return QLineF(start, start + s * (end - start));
}

void LadderPainter::paint(QPainter &p, const View &view) const
{
    m_theme = view.dark ? LadderStyle::Theme::Dark : LadderStyle::Theme::Light;
    std::unordered_map<std::uint32_t, Label> alone;
    const AloneScope scope(*this, alone);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (view.background) p.fillRect(QRectF(0, 0, view.width, view.height), LadderStyle::background(m_theme));
    const LadderGeometry g = geometry(view);
    const double cursor = cursorY(view);
    const std::size_t shown = shownCount(view);
    const double top = g.toLayout(view.headerHeight) - 24;
    const double bottom = g.toLayout(view.height) + 24;

    p.save();
    p.setClipRect(QRectF(0, view.headerHeight, view.width, view.height - view.headerHeight));
    paintLifelines(p, g, view);
    paintBands(p, g, view, top, bottom, cursor, shown);
    paintFolds(p, g, view, top, bottom, cursor);
    paintTimers(p, g, view, top, bottom, cursor, shown);
    paintMarks(p, g, view, top, bottom, shown);
    paintArrows(p, g, view, top, bottom, cursor);
    paintCursor(p, g, view, cursor);
    p.restore();
    paintHeader(p, g, view);
    p.restore();
}

void LadderPainter::paintLifelines(QPainter &p, const LadderGeometry &g, const View &view) const
{
    const double y2 = std::min(view.height, g.toTarget(m_layout.height()));
    for (NodeId n : {NodeId::Client, NodeId::Server}) {
        QColor c = LadderStyle::node(n, m_theme);
        c.setAlpha(170);
        p.setPen(QPen(c, 2.0));
        p.drawLine(QPointF(g.nodeX(n), view.headerHeight), QPointF(g.nodeX(n), y2));
    }
}

void LadderPainter::paintBands(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                               double cursor, std::size_t shown) const
{
    const QFont font = LadderStyle::sans(11, true);
    const QFontMetricsF fm(font);
    p.setFont(font);
    for (NodeId n : {NodeId::Client, NodeId::Server}) {
        const auto &bands = m_layout.bands(n);
        const auto [first, last] = m_layout.bandsIn(n, top, bottom);
        for (std::size_t i = first; i < last; ++i) {
            const LadderLayout::StateBand &b = bands[i];
            if (b.startIndex != LadderLayout::kNone && b.startIndex >= shown) break;
            if (cursor < b.y1) break;
            // The band the node is in now reaches a little past the cursor, so its name (and its
            // gloss, in a language that has one) shows.
            const double reach = Terms::stateGloss(b.state).isEmpty() ? 20.0 : 22.0 + fm.height();
            const double y2 = b.y2 > cursor ? std::min(b.y2, cursor + reach) : b.y2;
            const double t1 = g.toTarget(b.y1);
            const double t2 = g.toTarget(y2);
            const QRectF r = g.band(n, t1, t2);
            const LadderMarks::BandKind kind = b.unknown    ? LadderMarks::BandKind::Unknown
                                               : b.inferred ? LadderMarks::BandKind::Inferred
                                                            : LadderMarks::BandKind::Seen;
            LadderMarks::band(p, r, b.state, n, m_theme, kind);
            if (b.startIndex != LadderLayout::kNone && b.startIndex == view.flashEvent && view.flash > 0) {
                // Entered while playing: the band lights up once in its full colour.
                QColor f = LadderStyle::state(b.state, m_theme);
                f.setAlphaF(static_cast<float>(0.85 * std::clamp(view.flash, 0.0, 1.0)));
                p.fillRect(r, f);
            }
            if (b.startIndex != LadderLayout::kNone && inChain(view, b.startIndex)) {
                // A state change in the hovered chain: its start edge, in its node's colour.
                p.fillRect(QRectF(r.left(), t1 - 1.5, r.width(), 3), LadderStyle::node(n, m_theme));
            }
            if (b.startIndex != LadderLayout::kNone && b.startIndex == view.flashEvent && view.flash > 0) {
                // The stripe stays on top of the flash.
                LadderMarks::stripe(p, r, b.state, n, m_theme, kind);
            }

            const double textH = fm.height() + 2;
            const double ty = std::max(t1 + 3, g.headerHeight() + 3);
            if (ty + textH > t2 - 1) continue;
            // The RFC name, with its gloss in the UI's language beside it when there is room,
            // else under it, else left out.
            const QString name = b.unknown ? EventText::unknownState() : Terms::state(b.state);
            const QString gloss = b.unknown ? QString() : Terms::stateGloss(b.state);
            const QString oneLine = b.unknown ? name : Terms::stateLabel(b.state);
            QStringList lines{name};
            if (!gloss.isEmpty()) {
                if (fm.horizontalAdvance(oneLine) + 8 <= r.width() - 12) lines = QStringList{oneLine};
                else if (ty + 2 * textH <= t2 - 1) lines << gloss;
            }
            // A capture's states are inferred: said beside the name when there is room, else under it.
            if (b.inferred && !b.unknown) {
                const QString inferred = EventText::inferredStateLabel(b.state);
                if (lines.size() == 1 && fm.horizontalAdvance(inferred) + 8 <= r.width() - 12) lines = QStringList{inferred};
                else if (ty + (lines.size() + 1) * textH <= t2 - 1) lines << EventText::inferredMark();
            }
            double w = 0;
            for (const QString &line : lines) w = std::max(w, fm.horizontalAdvance(line) + 8);
            const double tx = n == NodeId::Client ? r.right() - 6 - w : r.left() + 6;
            const QRectF tr(tx, ty, w, textH * static_cast<double>(lines.size()));
            p.setPen(Qt::NoPen);
            p.setBrush(LadderStyle::textBackground(m_theme));
            p.drawRoundedRect(tr, 3, 3);
            p.setPen(LadderStyle::ink(m_theme));
            p.drawText(tr, Qt::AlignCenter, lines.join(QLatin1Char('\n')));
            record(view, DrawnText::Kind::State, name, lines.join(QLatin1Char('\n')), QPolygonF(tr));
        }
    }
    p.setBrush(Qt::NoBrush);
}

void LadderPainter::paintFolds(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom, double cursor) const
{
    const QFont font = LadderStyle::sans(12, true);
    const QFontMetricsF fm(font);
    const auto [first, last] = m_layout.foldsIn(top, bottom);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Fold &f = m_layout.folds()[i];
        if (f.y1 >= cursor) break;
        const double t1 = g.toTarget(f.y1) + 8;
        const double t2 = g.toTarget(f.y2) - 8;
        p.fillRect(QRectF(LadderGeometry::kGutter - 6, t1, g.width() - LadderGeometry::kGutter, t2 - t1),
                   m_theme == LadderStyle::Theme::Dark ? QColor(255, 255, 255, 16) : QColor(0, 0, 0, 14));
        for (NodeId n : {NodeId::Client, NodeId::Server}) {
            const double x = g.nodeX(n);
            p.fillRect(QRectF(x - 3, t1, 6, t2 - t1), LadderStyle::background(m_theme));
            LadderMarks::zigzag(p, x, t1, t2, LadderStyle::node(n, m_theme));
        }
        const QString text = EventText::fold(f);
        const QRectF r = foldPill(g, f, fm);
        p.setPen(QPen(LadderStyle::muted(m_theme), 1.0));
        p.setBrush(LadderStyle::background(m_theme));
        p.drawRoundedRect(r, 8, 8);
        p.setFont(font);
        p.setPen(LadderStyle::ink(m_theme));
        p.drawText(r, Qt::AlignCenter, text);
        p.setBrush(Qt::NoBrush);
        record(view, DrawnText::Kind::Fold, text, text, QPolygonF(r));
    }
}

void LadderPainter::paintTimers(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                                double cursor, std::size_t shown) const
{
    const QFont font = LadderStyle::sans(10.5);
    const QFontMetricsF fm(font);
    p.setFont(font);
    const auto [first, last] = m_layout.timersIn(top, bottom);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::TimerBar &b = m_layout.timers()[i];
        if (b.armIndex >= shown) continue;
        const bool ended = b.endIndex != LadderLayout::kNone && b.endIndex < shown;
        const double y2 = ended ? b.y2 : std::min(b.y2, cursor);
        if (y2 < top || y2 < b.y1) continue;
        p.setOpacity(dimmed(view, b.armIndex));
        const double x = g.timerX(b.node, b.column);
        const double t1 = g.toTarget(b.y1);
        const double t2 = g.toTarget(y2);
        const QColor c = LadderMarks::timerColor(b.kind, m_theme);
        LadderMarks::timerBar(p, x, t1, t2, c,
                              !ended                           ? LadderMarks::TimerEnd::Running
                                  : b.end == TimerAction::Fired ? LadderMarks::TimerEnd::Fired
                                                                : LadderMarks::TimerEnd::Cancelled);
        // A retransmission timer is re-armed by every send: name it only when it matters.
        const bool running = !ended;
        if (b.kind == TimerKind::Retransmission && !running && b.end != TimerAction::Fired) continue;
        // Under the bar's start; when the start has scrolled out of sight, at the top of the
        // view, down to the bar's end, so that a long bar keeps its name.
        const double labelY = std::min(std::max(t1 + fm.height() + 2, g.headerHeight() + fm.height()), std::max(t1 + fm.height() + 2, t2 - fm.height() / 2));
        const QRectF r = g.appText(b.node, labelY, fm.height());
        p.setPen(m_theme == LadderStyle::Theme::Dark ? c : c.darker(120));
        const Qt::Alignment align = (b.node == NodeId::Client ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        const QString full = EventText::timer(b.kind, b.durationUs, m_trace.facts()[b.armIndex]);
        const QString shown = fm.elidedText(full, Qt::ElideRight, r.width());
        p.drawText(r, align, shown);
        record(view, DrawnText::Kind::Timer, full, shown, QPolygonF(alignedText(r, fm.horizontalAdvance(shown), b.node)));
    }
    p.setOpacity(1.0);
}

void LadderPainter::paintMarks(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                               std::size_t shown) const
{
    const QFont font = LadderStyle::sans(11.5);
    const QFontMetricsF fm(font);
    p.setFont(font);
    const auto [first, last] = m_layout.marksIn(top, bottom);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Mark &m = m_layout.marks()[i];
        if (m.index >= shown) continue;
        const TraceEvent &e = m_trace[m.index];
        const double y = g.toTarget(m.y);
        p.setOpacity(dimmed(view, m.index));
        if (m.kind == EventKind::Link) {
            const double x1 = g.nodeX(NodeId::Client), x2 = g.nodeX(NodeId::Server);
            p.setPen(LadderMarks::linkPen(m_theme));
            p.drawLine(QPointF(x1 + 8, y), QPointF(x2 - 8, y));
            const QString text = EventText::linkChange(e);
            const double w = fm.horizontalAdvance(text) + 10;
            const QRectF r((x1 + x2 - w) / 2, y - fm.height() / 2, w, fm.height());
            p.fillRect(r, LadderStyle::background(m_theme));
            p.setPen(LadderStyle::lost(m_theme));
            p.drawText(r, Qt::AlignCenter, text);
            record(view, DrawnText::Kind::Link, text, text, QPolygonF(r));
            continue;
        }
        LadderMarks::diamond(p, QPointF(g.nodeX(m.node), y), m.node, m_theme);
        const QRectF r = g.appText(m.node, y, fm.height());
        const Qt::Alignment align = (m.node == NodeId::Client ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        p.setPen(LadderStyle::ink(m_theme));
        const QString full = EventText::appCall(e, m_trace.facts()[m.index]);
        const QString shown = fm.elidedText(full, Qt::ElideRight, r.width());
        p.drawText(r, align, shown);
        record(view, DrawnText::Kind::App, full, shown, QPolygonF(alignedText(r, fm.horizontalAdvance(shown), m.node)));
    }
    p.setOpacity(1.0);
}

void LadderPainter::paintArrows(QPainter &p, const LadderGeometry &g, const View &view, double top, double bottom,
                                double cursor) const
{
    const std::size_t shown = shownCount(view);
    const QFont tickFont = LadderStyle::sans(10);
    const QFontMetricsF tfm(tickFont);
    double lastTick = -kInf;
    std::int64_t lastTickUs = std::numeric_limits<std::int64_t>::min();
    const auto [first, last] = m_layout.arrowsIn(top, bottom);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Arrow &a = m_layout.arrows()[i];
        if (a.sendIndex >= shown) continue; // rows are per lifeline: a later y may have been sent earlier
        if (std::max(a.y1, a.y2) < top) continue;
        const double ty = g.toTarget(a.y1);
        // The time axis never runs backwards: beside a burst, the other side's later sends may
        // start above the burst's last arrows; those keep the time of the row above them. A
        // burst's time is written once, beside its first arrow.
        const std::int64_t tUs = m_trace.timeAt(a.sendIndex);
        if (ty - lastTick >= 16 && tUs > lastTickUs && !a.has(LadderLayout::Duplicate)) {
            lastTickUs = tUs;
            p.setFont(tickFont);
            p.setPen(LadderStyle::muted(m_theme));
            const QRectF box(2, ty - tfm.height() / 2, LadderGeometry::kGutter - 8, tfm.height());
            const QString tick = TimeFormat::tick(tUs);
            p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, tick);
            record(view, DrawnText::Kind::Time, tick, tick, QPolygonF(alignedText(box, tfm.horizontalAdvance(tick), NodeId::Client)));
            lastTick = ty;
        }
        paintArrow(p, g, static_cast<std::uint32_t>(i), cursor, shown, view);
    }
}

void LadderPainter::paintArrow(QPainter &p, const LadderGeometry &g, std::uint32_t index, double cursor,
                               std::size_t shown, const View &view) const
{
    const LadderLayout::Arrow &a = m_layout.arrows()[index];
    const Segment &seg = m_trace[a.sendIndex].seg;
    const bool complete = a.endIndex != LadderLayout::kNone && a.endIndex < shown;
    const QLineF line = drawnLine(g, a, cursor, shown);

    const bool chained = inChain(view, a.sendIndex);
    if (index == view.selectedArrow || index == view.hoveredArrow || chained) {
        QColor h = LadderStyle::highlight(m_theme);
        if (index != view.selectedArrow) h.setAlpha(index == view.hoveredArrow ? 110 : 70);
        p.setPen(QPen(h, index == view.hoveredArrow || index == view.selectedArrow ? 11 : 8, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(line);
    }
    p.setOpacity(dimmed(view, a.sendIndex));

    const QPen pen = LadderMarks::arrowPen(a.flags, m_theme);
    const QColor color = pen.color();
    p.setPen(pen);
    p.drawLine(line);

    if (complete && a.has(LadderLayout::Lost)) LadderMarks::cross(p, line.p2(), m_theme);
    else if (complete) LadderMarks::head(p, line, a.flags, a.from, m_theme);

    const QColor back = LadderStyle::textBackground(m_theme);
    paintLabel(p, placeLabel(g, cursor, shown, index, line, labelText(index, false), false), color, back, view, DrawnText::Kind::Segment);
    paintLabel(p, placeLabel(g, cursor, shown, index, line, labelText(index, true), true), color, back, view, DrawnText::Kind::Below);
    if (!complete && !a.has(LadderLayout::InFlight)) paintTag(p, line.p2(), seg);
    p.setOpacity(1.0);
}

bool LadderPainter::inChain(const View &view, std::uint32_t eventIndex) const
{
    return view.chain && eventIndex < view.chain->size() && (*view.chain)[eventIndex];
}

double LadderPainter::dimmed(const View &view, std::uint32_t eventIndex) const
{
    if (!view.chain || view.chain->empty()) return 1.0;
    return inChain(view, eventIndex) ? 1.0 : 0.25;
}

Segment LadderPainter::shownSegment(std::uint32_t sendIndex) const
{
    const Segment seg = m_trace[sendIndex].seg;
    return m_relative ? m_relative->relative(seg, sendIndex) : seg;
}

QString LadderPainter::labelText(std::uint32_t index, bool below) const
{
    const LadderLayout::Arrow &a = m_layout.arrows()[index];
    // A duplicate runs right beside its original, whose labels it would repeat.
    if (a.has(LadderLayout::Duplicate)) return {};
    const TraceEvent send = m_trace[a.sendIndex];
    if (below) {
        // A capture's segments carry Wireshark's analysis labels (docs/captures.md), which say
        // what a retransmission, a probe or a duplicate ACK is themselves.
        const QString labels = EventText::analysisLabels(send);
        if (!labels.isEmpty()) {
            // A retransmission after an inferred RTO: the timer it fired on (its cause).
            QString timer;
            const std::size_t fired = a.has(LadderLayout::Retransmission) ? m_trace.indexOf(send.cause) : Trace::npos;
            if (fired != Trace::npos) {
                const TraceEvent t = m_trace[fired];
                if (t.kind == EventKind::Timer && t.timer == TimerKind::Retransmission && t.action == TimerAction::Fired
                    && t.durationUs > 0)
                    timer = EventText::timer(TimerKind::Retransmission, t.durationUs);
            }
            return EventText::analysisNote(labels, timer);
        }
        // Otherwise what the segment is when its flags do not say it (why it was sent again,
        // which probe, which duplicate ACK), as the trace's facts tell.
        return EventText::segmentNote(shownSegment(a.sendIndex), m_trace.facts()[a.sendIndex]);
    }
    return EventText::segmentLabel(shownSegment(a.sendIndex));
}

LadderPainter::Label LadderPainter::aloneLabel(const LadderGeometry &g, double cursor, std::size_t shown, std::uint32_t index,
                                               const QLineF &line) const
{
    if (m_alone) {
        const auto found = m_alone->find(index);
        if (found != m_alone->end()) return found->second;
    }
    Label label = placeLabel(g, cursor, shown, index, line, labelText(index, false), false, false);
    if (m_alone) m_alone->emplace(index, label);
    return label;
}

QRectF LadderPainter::foldPill(const LadderGeometry &g, const LadderLayout::Fold &f, const QFontMetricsF &fm)
{
    const double t1 = g.toTarget(f.y1) + 8, t2 = g.toTarget(f.y2) - 8;
    const double w = fm.horizontalAdvance(EventText::fold(f)) + 16;
    const double cx = (g.nodeX(NodeId::Client) + g.nodeX(NodeId::Server)) / 2;
    return QRectF(cx - w / 2, (t1 + t2) / 2 - fm.height() / 2 - 3, w, fm.height() + 6);
}

std::pair<QString, double> LadderPainter::wrapLabel(const QString &text, int rows, const QFontMetricsF &fm)
{
    std::vector<qsizetype> spaces;
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0; at = text.indexOf(QLatin1Char(' '), at + 1)) spaces.push_back(at);
    if (static_cast<int>(spaces.size()) < rows - 1) return {QString(), 0.0};
    // Every choice of rows - 1 spaces (labels have a handful): the one whose longest line is shortest.
    std::pair<QString, double> best{QString(), kInf};
    std::vector<std::size_t> pick(static_cast<std::size_t>(rows - 1));
    for (std::size_t k = 0; k < pick.size(); ++k) pick[k] = k;
    for (;;) {
        QStringList lines;
        qsizetype from = 0;
        double wide = 0;
        for (const std::size_t k : pick) {
            lines << text.mid(from, spaces[k] - from);
            from = spaces[k] + 1;
        }
        lines << text.mid(from);
        for (const QString &l : lines) wide = std::max(wide, fm.horizontalAdvance(l) + 4);
        if (wide < best.second) best = {lines.join(QLatin1Char('\n')), wide};
        // The next combination.
        int k = static_cast<int>(pick.size()) - 1;
        while (k >= 0 && pick[static_cast<std::size_t>(k)] == spaces.size() - pick.size() + static_cast<std::size_t>(k)) --k;
        if (k < 0) break;
        ++pick[static_cast<std::size_t>(k)];
        for (std::size_t m = static_cast<std::size_t>(k) + 1; m < pick.size(); ++m) pick[m] = pick[m - 1] + 1;
    }
    return best;
}

LadderPainter::Label LadderPainter::placeLabel(const LadderGeometry &g, double cursor, std::size_t shown,
                                               std::uint32_t index, const QLineF &line, const QString &text,
                                               bool below, bool aware) const
{
    Label label;
    label.full = text;
    const double len = line.length();
    if (text.isEmpty() || len < 1) return label;
    const QFontMetricsF fm(labelFont());
    const double h = fm.height();
    // The arrow's frame: u along it (reading left to right), v across it (down is positive).
    QPointF eu = (line.p2() - line.p1()) / len;
    if (eu.x() < 0) eu = -eu;
    const QPointF ev(-eu.y(), eu.x());
    const QPointF c = line.center();
    label.transform = QTransform(eu.x(), eu.y(), ev.x(), ev.y(), c.x(), c.y());

    // Where along the arrow, in the strip from v1 to v2 across it, another arrow passes (its line,
    // its head, the cross of a loss), with a small margin: the free stretches left.
    // Off the lifelines and the head by 14 px; off a loss's cross by its size.
    const LadderLayout::Arrow &self = m_layout.arrows()[index];
    const bool crossed = self.has(LadderLayout::Lost) && self.endIndex != LadderLayout::kNone && self.endIndex < shown;
    const bool rightToLeft = line.p2().x() < line.p1().x();
    const double atStart = 14, atEnd = crossed ? 10 : 14;
    const double lo = -len / 2 + (rightToLeft ? atEnd : atStart), hi = len / 2 - (rightToLeft ? atStart : atEnd);
    const auto frame = [&](QPointF q) { return QPointF(QPointF::dotProduct(q - c, eu), QPointF::dotProduct(q - c, ev)); };
    const double margin = 2.0;
    const double midY = g.toLayout(c.y());
    const auto freeIn = [&](double v1, double v2) {
        std::vector<std::pair<double, double>> blocked;
        const double reach = std::abs(line.dy()) / 2 + (v2 - v1) + 16;
        const auto [first, last] = m_layout.arrowsIn(midY - reach - 200, midY + reach);
        for (std::size_t j = first; j < last; ++j) {
            if (j == index) continue;
            const LadderLayout::Arrow &b = m_layout.arrows()[j];
            if (b.sendIndex >= shown) continue;
            const QLineF other = drawnLine(g, b, cursor, shown);
            QPointF p = frame(other.p1()), q = frame(other.p2());
            // The label also keeps off other labels: under the arrow, off the label above each
            // neighbour (in a burst, the next arrow's label runs right under this one); above it,
            // off the label of an arrow placed before it that crosses it. (Those labels are placed
            // as if alone.)
            if (aware && (below || (j < index && line.intersects(other, nullptr) == QLineF::BoundedIntersection))) {
                const auto j32 = static_cast<std::uint32_t>(j);
                const Label over = aloneLabel(g, cursor, shown, j32, other);
                double u1 = kInf, u2 = -kInf, w1 = kInf, w2 = -kInf;
                for (const QPointF corner : over.text.isEmpty() ? QPolygonF() : over.box()) {
                    const QPointF f = frame(corner);
                    u1 = std::min(u1, f.x());
                    u2 = std::max(u2, f.x());
                    w1 = std::min(w1, f.y());
                    w2 = std::max(w2, f.y());
                }
                if (w2 > v1 - margin && w1 < v2 + margin) blocked.emplace_back(u1 - margin, u2 + margin);
            }
            // The head (or the cross) is wider than the line.
            const double pad = (b.endIndex != LadderLayout::kNone && b.endIndex < shown) ? 7.0 : 1.0;
            const double va = v1 - margin, vb = v2 + margin;
            if (std::max(p.y(), q.y()) < va - pad || std::min(p.y(), q.y()) > vb + pad) continue;
            // The line where it is inside the strip (a parallel arrow just outside it leaves it free).
            if (std::max(p.y(), q.y()) >= va && std::min(p.y(), q.y()) <= vb) {
                double t0 = 0, t1 = 1;
                const double dv = q.y() - p.y();
                if (std::abs(dv) > 1e-9) {
                    double ta = (va - p.y()) / dv, tb = (vb - p.y()) / dv;
                    if (ta > tb) std::swap(ta, tb);
                    t0 = std::max(0.0, ta);
                    t1 = std::min(1.0, tb);
                }
                double ua = p.x() + t0 * (q.x() - p.x()), ub = p.x() + t1 * (q.x() - p.x());
                if (ua > ub) std::swap(ua, ub);
                if (t0 <= t1) blocked.emplace_back(ua - margin, ub + margin);
            }
            if (q.y() > va - pad && q.y() < vb + pad) blocked.emplace_back(q.x() - pad - margin, q.x() + pad + margin);
        }
        // And off the pills of the folds it crosses.
        const QFontMetricsF pill(LadderStyle::sans(12, true));
        const auto [f1, f2] = m_layout.foldsIn(midY - reach, midY + reach);
        for (std::size_t k = f1; k < f2; ++k) {
            const LadderLayout::Fold &f = m_layout.folds()[k];
            if (f.y1 >= cursor) break;
            double u1 = kInf, u2 = -kInf, w1 = kInf, w2 = -kInf;
            for (const QPointF corner : QPolygonF(foldPill(g, f, pill))) {
                const QPointF q = frame(corner);
                u1 = std::min(u1, q.x());
                u2 = std::max(u2, q.x());
                w1 = std::min(w1, q.y());
                w2 = std::max(w2, q.y());
            }
            if (w2 > v1 - margin && w1 < v2 + margin) blocked.emplace_back(u1 - margin, u2 + margin);
        }
        std::sort(blocked.begin(), blocked.end());
        std::vector<std::pair<double, double>> free;
        double at = lo;
        for (const auto &[a, b] : blocked) {
            if (a > at) free.emplace_back(at, std::min(a, hi));
            at = std::max(at, b);
            if (at >= hi) break;
        }
        if (at < hi) free.emplace_back(at, hi);
        return free;
    };
    // The free stretch nearest the middle that holds `want`: where the label's centre goes.
    const auto fit = [](const std::vector<std::pair<double, double>> &free, double want) -> std::optional<double> {
        std::optional<double> best;
        for (const auto &[a, b] : free) {
            if (b - a < want) continue;
            const double x = std::clamp(0.0, a + want / 2, b - want / 2);
            if (!best || std::abs(x) < std::abs(*best)) best = x;
        }
        return best;
    };

    // Whole on one line, in the free stretch nearest the middle.
    const double v1 = below ? 1.0 : -h - 1.0;
    const std::vector<std::pair<double, double>> free = freeIn(v1, v1 + h);
    const double want = fm.horizontalAdvance(text) + 4;
    if (const auto x = fit(free, want)) {
        label.text = text;
        label.rect = QRectF(*x - want / 2, v1, want, h);
        return label;
    }
    // Else whole on two or three lines (a second label row, a third), split at the spaces that
    // make the longest line shortest, where the arrow leaves room for all of them.
    for (const int rows : {2, 3}) {
        const auto [lines, wide] = wrapLabel(text, rows, fm);
        if (lines.isEmpty() || wide >= want) continue;
        const double rv = below ? 1.0 : -rows * h - 1.0;
        if (const auto x = fit(freeIn(rv, rv + rows * h), wide)) {
            label.text = lines;
            label.rect = QRectF(*x - wide / 2, rv, wide, rows * h);
            return label;
        }
    }
    // Else elided in the widest stretch (the tooltip has it whole).
    std::pair<double, double> widest{0, 0};
    for (const auto &f : free)
        if (f.second - f.first > widest.second - widest.first) widest = f;
    // Room for at least five letters; where even that is not free (a long burst in a diagram too
    // narrow to hold its labels between its arrows), the label keeps its first letters anyway,
    // drawn on its background over what it crosses: an unlabelled segment is never right.
    double room = widest.second - widest.first;
    if (room < 5 * fm.averageCharWidth()) room = 6 * fm.averageCharWidth();
    label.text = fm.elidedText(text, Qt::ElideRight, room - 4);
    if (label.text.endsWith(QStringLiteral(" \u2026"))) label.text.remove(label.text.size() - 2, 1); // "ACK…", not "ACK …"
    const double w = fm.horizontalAdvance(label.text) + 4;
    const double x = (widest.first + widest.second) / 2;
    label.rect = QRectF(x - w / 2, v1, w, h);
    return label;
}

void LadderPainter::record(const View &view, DrawnText::Kind kind, const QString &full, const QString &shown, const QPolygonF &box)
{
    if (view.texts && !shown.isEmpty()) view.texts->push_back(DrawnText{kind, full, shown, box});
}

void LadderPainter::paintLabel(QPainter &p, const Label &label, const QColor &color, const QColor &back, const View &view,
                               DrawnText::Kind kind) const
{
    if (label.text.isEmpty()) return;
    record(view, kind, label.full, label.text, label.box());
    p.save();
    p.setTransform(label.transform, true);
    p.fillRect(label.rect.adjusted(0, 2, 0, -1), back);
    p.setFont(labelFont());
    p.setPen(color);
    p.drawText(label.rect, Qt::AlignCenter, label.text);
    p.restore();
}

LadderPainter::Label LadderPainter::segmentLabel(const View &view, std::uint32_t arrow) const
{
    if (arrow >= m_layout.arrows().size()) return {};
    const LadderGeometry g = geometry(view);
    const double cursor = cursorY(view);
    const std::size_t shown = shownCount(view);
    const QLineF line = drawnLine(g, m_layout.arrows()[arrow], cursor, shown);
    return placeLabel(g, cursor, shown, arrow, line, labelText(arrow, false), false);
}

LadderPainter::Label LadderPainter::timerLabel(const View &view, std::uint32_t arrow) const
{
    if (arrow >= m_layout.arrows().size()) return {};
    const LadderGeometry g = geometry(view);
    const double cursor = cursorY(view);
    const std::size_t shown = shownCount(view);
    const QLineF line = drawnLine(g, m_layout.arrows()[arrow], cursor, shown);
    return placeLabel(g, cursor, shown, arrow, line, labelText(arrow, true), true);
}

std::uint32_t LadderPainter::labelAt(const View &view, QPointF pos) const
{
    const LadderGeometry g = geometry(view);
    const std::size_t shown = shownCount(view);
    const double ly = g.toLayout(pos.y());
    const auto [first, last] = m_layout.arrowsIn(ly - 400, ly + 400);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Arrow &a = m_layout.arrows()[i];
        if (a.sendIndex >= shown) continue;
        const auto index = static_cast<std::uint32_t>(i);
        for (const Label &l : {segmentLabel(view, index), timerLabel(view, index)})
            if (!l.text.isEmpty() && l.box().containsPoint(pos, Qt::OddEvenFill)) return index;
    }
    return LadderLayout::kNone;
}

void LadderPainter::paintTag(QPainter &p, QPointF at, const Segment &s) const
{
    const QFont font = LadderStyle::sans(10.5, true);
    const QFontMetricsF fm(font);
    const QString text = EventText::flagsTag(s);
    const double w = fm.horizontalAdvance(text) + 12;
    const double h = fm.height() + 4;
    const QRectF r(at.x() - w / 2, at.y() - h / 2, w, h);
    const QColor c = LadderStyle::node(s.from, m_theme);
    p.setPen(QPen(c, 1.4));
    const QColor b = LadderStyle::background(m_theme);
    p.setBrush(QColor::fromRgbF(static_cast<float>(0.85 * b.redF() + 0.15 * c.redF()),
                                static_cast<float>(0.85 * b.greenF() + 0.15 * c.greenF()),
                                static_cast<float>(0.85 * b.blueF() + 0.15 * c.blueF())));
    p.drawRoundedRect(r, h / 2, h / 2);
    p.setBrush(Qt::NoBrush);
    p.setFont(font);
    p.setPen(LadderStyle::ink(m_theme));
    p.drawText(r, Qt::AlignCenter, text);
}

void LadderPainter::paintCursor(QPainter &p, const LadderGeometry &g, const View &view, double cursor) const
{
    const std::size_t shown = shownCount(view);
    if (shown == 0 || shown >= m_layout.eventCount()) return;
    const double y = g.toTarget(cursor);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99, 160), 1.0, Qt::DashLine));
    p.drawLine(QPointF(LadderGeometry::kGutter - 4, y), QPointF(view.width - 4, y));
}

void LadderPainter::paintHeader(QPainter &p, const LadderGeometry &g, const View &view) const
{
    QColor head = LadderStyle::background(m_theme);
    head.setAlpha(245);
    p.fillRect(QRectF(0, 0, view.width, view.headerHeight), head);
    p.setPen(QPen(m_theme == LadderStyle::Theme::Dark ? QColor(0x44, 0x47, 0x4D) : QColor(0xDD, 0xDD, 0xDD), 1.0));
    p.drawLine(QPointF(0, view.headerHeight - 0.5), QPointF(view.width, view.headerHeight - 0.5));
    const QFont font = LadderStyle::sans(14, true);
    p.setFont(font);
    for (NodeId n : {NodeId::Client, NodeId::Server}) {
        const QRectF r(g.nodeX(n) - 60, 10, 120, view.headerHeight - 20);
        p.setPen(Qt::NoPen);
        p.setBrush(LadderStyle::node(n, m_theme));
        p.drawRoundedRect(r, 6, 6);
        p.setBrush(Qt::NoBrush);
        p.setPen(m_theme == LadderStyle::Theme::Dark ? LadderStyle::background(m_theme) : QColor(Qt::white));
        p.drawText(r, Qt::AlignCenter, Terms::node(n));
        record(view, DrawnText::Kind::Node, Terms::node(n), Terms::node(n), QPolygonF(r));
    }
}

std::uint32_t LadderPainter::arrowAt(const View &view, QPointF pos) const
{
    const LadderGeometry g = geometry(view);
    const double cursor = cursorY(view);
    const std::size_t shown = shownCount(view);
    const double ly = g.toLayout(pos.y());
    const auto [first, last] = m_layout.arrowsIn(ly - 40, ly + 40);
    std::uint32_t best = LadderLayout::kNone;
    double bestD = 8.0;
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Arrow &a = m_layout.arrows()[i];
        if (a.sendIndex >= shown) continue;
        const double d = distanceToSegment(pos, drawnLine(g, a, cursor, shown));
        if (d < bestD) {
            bestD = d;
            best = static_cast<std::uint32_t>(i);
        }
    }
    return best;
}

std::uint32_t LadderPainter::markAt(const View &view, QPointF pos) const
{
    const LadderGeometry g = geometry(view);
    const std::size_t shown = shownCount(view);
    const double ly = g.toLayout(pos.y());
    const auto [first, last] = m_layout.marksIn(ly - 8, ly + 8);
    for (std::size_t i = first; i < last; ++i) {
        const LadderLayout::Mark &m = m_layout.marks()[i];
        if (m.index >= shown) continue;
        const QRectF text = g.appText(m.node, g.toTarget(m.y), 16);
        if (text.contains(pos) || std::abs(pos.x() - g.nodeX(m.node)) < 8) return m.index;
    }
    return LadderLayout::kNone;
}

} // namespace wirestep
