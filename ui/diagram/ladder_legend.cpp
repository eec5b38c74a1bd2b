#include "ui/diagram/ladder_legend.h"


#include "ui/diagram/ladder_layout.h"
#include "ui/diagram/ladder_marks.h"
#include "ui/panels/event_text.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace wirestep {

namespace {

QFont textFont() { return LadderStyle::sans(11.5); }

// An entry's width: its sample, its words and a gap before the next column.
double entryWidth(LadderLegend::Entry e, const QFontMetricsF &fm)
{
    return LadderLegend::kSampleWidth + 8 + fm.horizontalAdvance(LadderLegend::text(e)) + 18;
}

} // namespace

const std::vector<LadderLegend::Entry> &LadderLegend::entries(bool capture)
{
    static const std::vector<Entry> simulation{Entry::Segment, Entry::Datagram, Entry::Retransmission, Entry::Lost,
                                               Entry::Duplicate, Entry::Reset, Entry::Probe, Entry::DuplicateAck,
                                               Entry::State, Entry::TimeWait, Entry::Timer, Entry::AppCall,
                                               Entry::Fold, Entry::Link};
    // A capture holds no application calls, folds or link changes, and no segment lost or copied
    // by a link the simulator knows of; its labels say what each segment is.
    static const std::vector<Entry> fromCapture{Entry::Segment, Entry::Datagram, Entry::Retransmission, Entry::Reset,
                                                Entry::Probe, Entry::AnalysisLabel, Entry::InferredState,
                                                Entry::UnknownState, Entry::TimeWait, Entry::Timer};
    return capture ? fromCapture : simulation;
}

bool LadderLegend::isCaptureTrace(const Trace &trace)
{
    // Every state and timer of a capture's trace is inferred, and only a capture's segments carry
    // analysis labels; a simulated trace has neither.
    for (const TraceEvent &e : trace.events()) {
        if ((e.kind == EventKind::State || e.kind == EventKind::Timer) && e.inferred) return true;
        if (e.kind == EventKind::Send && !e.analysis.empty()) return true;
    }
    return false;
}

QString LadderLegend::text(Entry entry)
{
    switch (entry) {
    case Entry::Segment: return tr("TCP segment: flags and numbers above");
    case Entry::Datagram: return tr("UDP datagram");
    case Entry::Retransmission: return tr("retransmission: why, under it");
    case Entry::Lost: return tr("lost on the link");
    case Entry::Duplicate: return tr("a second copy made by the link");
    case Entry::Reset: return tr("RST: the connection is reset");
    case Entry::Probe: return tr("keepalive probe");
    case Entry::DuplicateAck: return tr("duplicate ACK: the same ack again");
    case Entry::AnalysisLabel: return tr("what Wireshark's analysis says of the segment");
    case Entry::State: return tr("TCP state of the node");
    case Entry::TimeWait: return tr("TIME_WAIT: waiting 2MSL");
    case Entry::InferredState: return tr("TCP state inferred from the segments");
    case Entry::UnknownState: return tr("state the capture cannot tell");
    case Entry::Timer: return tr("timer: dot fired, tick cancelled");
    case Entry::AppCall: return tr("application call");
    case Entry::Fold: return tr("long idle time, folded");
    case Entry::Link: return tr("link cut or healed");
    }
    return {};
}

std::vector<QRectF> LadderLegend::place(double width, bool capture)
{
    // As many columns as fit, each as wide as its widest entry; entries run down the columns, so
    // that the arrows, the states and the rest read in order.
    const QFontMetricsF fm(textFont());
    const std::vector<Entry> &all = entries(capture);
    const auto n = static_cast<int>(all.size());
    std::vector<double> columns;
    int rows = n;
    for (int c = n; c >= 1; --c) {
        rows = (n + c - 1) / c;
        std::vector<double> widths((n + rows - 1) / rows, 0.0);
        for (int i = 0; i < n; ++i)
            widths[static_cast<std::size_t>(i / rows)] = std::max(widths[static_cast<std::size_t>(i / rows)], entryWidth(all[static_cast<std::size_t>(i)], fm));
        double total = 2 * kPadding;
        for (const double w : widths) total += w;
        columns = std::move(widths);
        if (total <= width) break;
    }
    std::vector<QRectF> out;
    out.reserve(all.size());
    double x = kPadding;
    for (int i = 0; i < n; ++i) {
        const auto column = static_cast<std::size_t>(i / rows);
        if (i > 0 && i % rows == 0) x += columns[column - 1];
        out.emplace_back(x, kPadding + (i % rows) * kRowHeight, columns[column], kRowHeight);
    }
    return out;
}

double LadderLegend::height(double width, bool capture)
{
    const std::vector<QRectF> r = place(width, capture);
    double bottom = 0;
    for (const QRectF &e : r) bottom = std::max(bottom, e.bottom());
    return std::ceil(bottom + kPadding);
}

void LadderLegend::paint(QPainter &p, const QRectF &area, LadderStyle::Theme theme, bool capture)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(area, LadderStyle::background(theme));
    p.setPen(QPen(LadderStyle::muted(theme), 1.0));
    p.drawLine(area.topLeft() + QPointF(0, 0.5), area.topRight() + QPointF(0, 0.5));
    const std::vector<QRectF> where = place(area.width(), capture);
    const std::vector<Entry> &all = entries(capture);
    const QFont font = textFont();
    for (std::size_t i = 0; i < where.size(); ++i) {
        const QRectF r = where[i].translated(area.topLeft());
        paintSample(p, all[i], QRectF(r.left(), r.top(), kSampleWidth, r.height()), theme);
        p.setFont(font);
        p.setPen(LadderStyle::ink(theme));
        p.drawText(QRectF(r.left() + kSampleWidth + 8, r.top(), r.width() - kSampleWidth - 8, r.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, text(all[i]));
    }
    p.restore();
}

void LadderLegend::paintSample(QPainter &p, Entry entry, const QRectF &r, LadderStyle::Theme theme)
{
    // An arrow falling left to right, as the client's segments do.
    const QLineF arrow(r.left() + 4, r.top() + 7, r.right() - 4, r.bottom() - 7);
    const auto drawArrow = [&](std::uint16_t flags, const QLineF &line) {
        p.setPen(LadderMarks::arrowPen(flags, theme));
        p.drawLine(line);
        LadderMarks::head(p, line, flags, NodeId::Client, theme);
    };
    // The note under an arrow, as the diagram writes it (EventText::segmentNote): why it was
    // sent again, which probe, which duplicate ACK.
    const auto note = [](SendCause cause, std::uint8_t flags, const EventFacts &facts) {
        Segment seg;
        seg.flags = flags;
        seg.sendCause = cause;
        seg.retransmission = cause == SendCause::Timeout;
        return EventText::segmentNote(seg, facts);
    };
    const auto under = [&](const QString &word, const QColor &color) {
        QFont f = LadderStyle::mono(10);
        p.setFont(f);
        p.setPen(color);
        p.drawText(QRectF(r.left(), r.center().y() - 1, r.width(), r.height() / 2 + 1), Qt::AlignCenter, word);
    };
    const QLineF upper(r.left() + 4, r.top() + 4, r.right() - 4, r.center().y() - 2);
    switch (entry) {
    case Entry::Segment: drawArrow(0, arrow); break;
    case Entry::Datagram: drawArrow(LadderLayout::Udp, arrow); break;
    case Entry::Retransmission:
        drawArrow(LadderLayout::Retransmission, upper);
        under(note(SendCause::Timeout, TcpFlag::ACK, EventFacts{.rtoUs = 1'000'000}), LadderStyle::retransmission(theme));
        break;
    case Entry::Lost: {
        const QLineF half(arrow.p1(), arrow.pointAt(0.55));
        p.setPen(LadderMarks::arrowPen(0, theme));
        p.drawLine(half);
        LadderMarks::cross(p, half.p2(), theme);
        break;
    }
    case Entry::Duplicate:
        drawArrow(0, arrow.translated(0, -4));
        drawArrow(LadderLayout::Duplicate, arrow.translated(0, 4));
        break;
    case Entry::Reset: drawArrow(LadderLayout::Reset, arrow); break;
    case Entry::Probe:
        drawArrow(LadderLayout::Keepalive, upper);
        under(note(SendCause::KeepaliveProbe, TcpFlag::ACK, {}), LadderStyle::ink(theme));
        break;
    case Entry::DuplicateAck: {
        // The server's ACK comes back, right to left.
        const QLineF back(upper.p2().x(), upper.p1().y(), upper.p1().x(), upper.p2().y());
        p.setPen(LadderMarks::arrowPen(0, theme));
        p.drawLine(back);
        LadderMarks::head(p, back, 0, NodeId::Server, theme);
        under(note(SendCause::None, TcpFlag::ACK, EventFacts{.dupAck = 2}), LadderStyle::ink(theme));
        break;
    }
    case Entry::AnalysisLabel: {
        // The server's ACK comes back, right to left, with a label in square brackets.
        const QLineF back(upper.p2().x(), upper.p1().y(), upper.p1().x(), upper.p2().y());
        p.setPen(LadderMarks::arrowPen(0, theme));
        p.drawLine(back);
        LadderMarks::head(p, back, 0, NodeId::Server, theme);
        // The labels themselves are too long for the sample: their brackets, around an ellipsis.
        under(EventText::analysisNote(QStringLiteral("…"), QString()), LadderStyle::ink(theme));
        break;
    }
    case Entry::State:
    case Entry::TimeWait:
    case Entry::InferredState:
    case Entry::UnknownState: {
        const TcpState s = entry == Entry::TimeWait ? TcpState::TimeWait
            : entry == Entry::UnknownState          ? TcpState::Closed
                                                    : TcpState::Established;
        const LadderMarks::BandKind kind = entry == Entry::InferredState ? LadderMarks::BandKind::Inferred
            : entry == Entry::UnknownState                               ? LadderMarks::BandKind::Unknown
                                                                         : LadderMarks::BandKind::Seen;
        const QRectF band(r.left() + 10, r.top() + 3, r.width() - 24, r.height() - 6);
        LadderMarks::band(p, band, s, NodeId::Client, theme, kind);
        if (entry == Entry::UnknownState) {
            // The diagram names such a band "unknown"; the sample is too narrow for the word.
            p.setFont(LadderStyle::sans(11, true));
            p.setPen(LadderStyle::ink(theme));
            p.drawText(band, Qt::AlignCenter, QStringLiteral("?"));
        }
        QColor line = LadderStyle::node(NodeId::Client, theme);
        line.setAlpha(170);
        p.setPen(QPen(line, 2.0));
        p.drawLine(QPointF(band.right(), r.top()), QPointF(band.right(), r.bottom()));
        break;
    }
    case Entry::Timer: {
        const QColor c = LadderMarks::timerColor(TimerKind::Retransmission, theme);
        LadderMarks::timerBar(p, r.left() + 20, r.top() + 5, r.bottom() - 6, c, LadderMarks::TimerEnd::Fired);
        LadderMarks::timerBar(p, r.left() + 44, r.top() + 5, r.bottom() - 10, c, LadderMarks::TimerEnd::Cancelled);
        break;
    }
    case Entry::AppCall: {
        const double x = r.center().x();
        QColor line = LadderStyle::node(NodeId::Client, theme);
        line.setAlpha(170);
        p.setPen(QPen(line, 2.0));
        p.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 2));
        LadderMarks::diamond(p, r.center(), NodeId::Client, theme);
        break;
    }
    case Entry::Fold: {
        const double x = r.center().x();
        p.fillRect(QRectF(r.left() + 2, r.top() + 4, r.width() - 4, r.height() - 8),
                   theme == LadderStyle::Theme::Dark ? QColor(255, 255, 255, 16) : QColor(0, 0, 0, 14));
        LadderMarks::zigzag(p, x, r.top() + 4, r.bottom() - 4, LadderStyle::node(NodeId::Client, theme));
        break;
    }
    case Entry::Link:
        p.setPen(LadderMarks::linkPen(theme));
        p.drawLine(QPointF(r.left() + 4, std::floor(r.center().y()) + 0.5), QPointF(r.right() - 4, std::floor(r.center().y()) + 0.5));
        break;
    }
}

} // namespace wirestep
