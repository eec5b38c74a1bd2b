#include "ui/diagram/ladder_style.h"

#include "ui/window/app_fonts.h"

#include <algorithm>

namespace wirestep {

QColor LadderStyle::lighten(const QColor &c)
{
    float h = 0, s = 0, l = 0, a = 0;
    c.getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h, s, std::max(l, 0.66f), a);
}

QColor LadderStyle::node(NodeId n, Theme t)
{
    const QColor c = n == NodeId::Client ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
    return t == Theme::Dark ? lighten(c) : c;
}

QColor LadderStyle::state(TcpState s, Theme t)
{
    QColor c(0xBB, 0xBB, 0xBB);
    switch (s) {
    case TcpState::Closed: break;
    case TcpState::Listen: c = QColor(0x56, 0xB4, 0xE9); break;
    case TcpState::SynSent:
    case TcpState::SynReceived: c = QColor(0xF0, 0xE4, 0x42); break;
    case TcpState::Established: c = QColor(0x00, 0x9E, 0x73); break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing: c = QColor(0xCC, 0x79, 0xA7); break;
    case TcpState::CloseWait:
    case TcpState::LastAck: c = QColor(0xE6, 0x9F, 0x00); break;
    case TcpState::TimeWait: break;
    }
    return t == Theme::Dark ? lighten(c) : c;
}

QColor LadderStyle::stateTint(TcpState s, Theme t)
{
    // Mixed with the background so that the text on it stays readable on every state.
    const QColor c = state(s, t);
    const QColor b = background(t);
    double a = s == TcpState::Closed || s == TcpState::TimeWait ? 0.45 : 0.35;
    if (t == Theme::Dark) a = s == TcpState::Closed || s == TcpState::TimeWait ? 0.22 : 0.3;
    const auto mix = [a](double x, double y) { return static_cast<float>((1.0 - a) * y + a * x); };
    return QColor::fromRgbF(mix(c.redF(), b.redF()), mix(c.greenF(), b.greenF()), mix(c.blueF(), b.blueF()));
}

QColor LadderStyle::ink(Theme t) { return t == Theme::Dark ? QColor(0xE6, 0xE6, 0xE6) : QColor(0x22, 0x22, 0x22); }
QColor LadderStyle::muted(Theme t) { return t == Theme::Dark ? QColor(0x9E, 0x9E, 0x9E) : QColor(0x6B, 0x6B, 0x6B); }
QColor LadderStyle::retransmission(Theme t) { return node(NodeId::Server, t); }
QColor LadderStyle::lost(Theme t) { return t == Theme::Dark ? QColor(0xFF, 0x5C, 0x5C) : QColor(0xD0, 0x10, 0x10); }
QColor LadderStyle::highlight(Theme t)
{
    return t == Theme::Dark ? QColor(0xF0, 0xE4, 0x42, 120) : QColor(0xF0, 0xE4, 0x42, 170);
}
QColor LadderStyle::background(Theme t) { return t == Theme::Dark ? QColor(0x1E, 0x20, 0x24) : QColor(Qt::white); }

QColor LadderStyle::textBackground(Theme t)
{
    QColor c = background(t);
    c.setAlpha(t == Theme::Dark ? 210 : 200);
    return c;
}

QColor LadderStyle::hatch(Theme t) { return t == Theme::Dark ? QColor(0xDD, 0xDD, 0xDD, 110) : QColor(0x33, 0x33, 0x33, 150); }

QFont LadderStyle::mono(double pixelSize) { return AppFonts::mono(pixelSize); }

QFont LadderStyle::sans(double pixelSize, bool bold) { return AppFonts::sans(pixelSize, bold); }

} // namespace wirestep
