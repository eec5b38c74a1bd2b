#include "cli/text_ladder.h"
#include "core/narration/terms.h"

#include "core/capture/capture_text.h"
#include "core/capture/segment_analysis.h"
#include "core/narration/narrator.h"

#include <QCoreApplication>

#include <cstdio>

namespace wirestep {

namespace {

int displayWidthOf(const std::string &s)
{
    int w = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = c;
        std::size_t n = 1;
        if (c >= 0xF0) { n = 4; cp = c & 0x07; }
        else if (c >= 0xE0) { n = 3; cp = c & 0x0F; }
        else if (c >= 0xC0) { n = 2; cp = c & 0x1F; }
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        i += n;
        const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60);
        w += wide ? 2 : 1;
    }
    return w;
}

std::string pad(const std::string &s, int width, bool right = false)
{
    const int fill = std::max(0, width - displayWidthOf(s));
    return right ? std::string(static_cast<std::size_t>(fill), ' ') + s : s + std::string(static_cast<std::size_t>(fill), ' ');
}

std::string repeat(const char *piece, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i) s += piece;
    return s;
}

} // namespace

int TextLadder::displayWidth(const std::string &s) { return displayWidthOf(s); }

std::string TextLadder::text(const QString &s) { return s.toStdString(); }

TextLadder::TextLadder(std::ostream &out, bool narrate) : m_out(out), m_narrate(narrate) {}

TextLadder::~TextLadder() { finish(); }

void TextLadder::header()
{
    m_out << pad(text(tr("t (ms)")), 11, true) << "  " << pad(text(tr("client")), 14) << repeat("─", kMiddleWidth) << "  "
          << text(tr("server")) << '\n';
    m_headerDone = true;
}

std::string TextLadder::arrow(const TraceEvent &e, const EventFacts &f)
{
    const QString segment = QString::fromStdString(e.seg.label());
    std::string label = text(segment);
    const QString tag = Terms::segmentTag(e.seg, f);
    if (!tag.isEmpty()) label = text(tr("[%1] %2").arg(tag, segment));
    if (e.seg.injected) label = text(tr("[old duplicate] %1").arg(segment));
    // A capture's segments carry Wireshark's analysis labels instead (docs/captures.md).
    if (!e.analysis.empty()) {
        const QString labels = CaptureText::analysisLabels(SegmentAnalysis::parse(e.analysis));
        if (!labels.isEmpty()) label = text(tr("[%1] %2").arg(labels, segment));
    }
    const bool udp = e.seg.proto == Protocol::Udp;
    const int lineLen = std::max(3, kMiddleWidth - displayWidth(label) - 2);
    if (e.node == NodeId::Client) return label + " " + repeat(udp ? "-" : "─", lineLen) + (udp ? ">" : "▶");
    return std::string(udp ? "<" : "◀") + repeat(udp ? "-" : "─", lineLen) + " " + label;
}

void TextLadder::row(const TraceEvent &e, const EventFacts &f, const std::string &middle, int changedNode)
{
    if (!m_headerDone) header();
    char t[32];
    std::snprintf(t, sizeof t, "%11.3f", static_cast<double>(e.tUs) / 1000.0);
    const std::string left = m_states[0] + (changedNode == 0 ? " *" : "");
    const std::string right = m_states[1] + (changedNode == 1 ? " *" : "");
    std::string line = std::string(t) + "  " + pad(left, 14) + pad(middle, kMiddleWidth) + "  " + right;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    m_out << line << '\n';
    if (m_narrate) m_out << std::string(13, ' ') << Narrator::sentence(e, f).toStdString() << '\n';
}

void TextLadder::append(const TraceEvent &e)
{
    if (!m_held.empty()) {
        const TraceEvent &fired = m_held.front().first;
        if (e.cause == fired.id) {
            FactTracker::noteConsequence(m_held.front().second, fired, e);
            m_held.emplace_back(e, m_facts.observe(e));
            return;
        }
        finish();
    }
    const EventFacts f = m_facts.observe(e);
    if (e.kind == EventKind::Timer && e.action == TimerAction::Fired) {
        m_held.emplace_back(e, f);
        return;
    }
    print(e, f);
}

void TextLadder::finish()
{
    if (m_held.empty()) return;
    std::vector<std::pair<TraceEvent, EventFacts>> held;
    held.swap(m_held);
    FactTracker::finish(held.front().second, held.front().first);
    for (const auto &[e, f] : held) print(e, f);
}

void TextLadder::print(const TraceEvent &e, const EventFacts &f)
{
    switch (e.kind) {
    case EventKind::Send:
        row(e, f, arrow(e, f), -1);
        break;
    case EventKind::Drop: {
        const std::string reason = text(tr("✕ lost (%1)").arg(Terms::dropReason(e.reason)));
        const std::string mid = e.node == NodeId::Client || e.reason == DropReason::PortUnreachable || e.reason == DropReason::NodeDown
            ? pad(repeat(" ", kMiddleWidth / 2 - 2) + reason, kMiddleWidth)
            : pad(reason, kMiddleWidth / 2 + 2, true);
        row(e, f, mid, -1);
        break;
    }
    case EventKind::State:
        m_states[indexOf(e.node)] = std::string(toString(e.to));
        row(e, f, "", indexOf(e.node));
        break;
    case EventKind::App: {
        // A call by its name with its parentheses ("send() 6 B"); what the kernel reports through
        // Qt's signals by the signal's name ("bytesWritten (signal) 6 B"), never as a call.
        QString call = e.bytes >= 0 ? tr("%1 %2 B").arg(Terms::call(e.call)).arg(e.bytes) : Terms::call(e.call);
        if (e.error != AppError::None) call = tr("⚠ %1").arg(Terms::callFailure(e, f, call));
        const std::string shown = text(call);
        row(e, f, e.node == NodeId::Client ? "● " + shown : pad(shown + " ●", kMiddleWidth, true), -1);
        break;
    }
    case EventKind::Timer:
        if (e.action != TimerAction::Fired) return; // armed and stopped timers: narration only in the GUI
        row(e, f, e.node == NodeId::Client ? "⏰ " + text(Terms::timer(e.timer)) : pad(text(Terms::timer(e.timer)) + " ⏰", kMiddleWidth, true), -1);
        break;
    case EventKind::Link:
        row(e, f, pad(text(e.link == LinkChange::Cut ? tr("≈≈ link cut ≈≈") : tr("≈≈ link healed ≈≈")), kMiddleWidth / 2 + 6, true), -1);
        break;
    case EventKind::Deliver:
        break; // the arrow's row already shows where it goes
    }
}

} // namespace wirestep
