#include "ladder_style.h"

#include <QFontDatabase>

namespace wirestep {

QColor LadderStyle::node(NodeId n)
{
    return n == NodeId::Client ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
}

QColor LadderStyle::state(TcpState s)
{
    switch (s) {
    case TcpState::Closed: return QColor(0xBB, 0xBB, 0xBB);
    case TcpState::Listen: return QColor(0x56, 0xB4, 0xE9);
    case TcpState::SynSent:
    case TcpState::SynReceived: return QColor(0xF0, 0xE4, 0x42);
    case TcpState::Established: return QColor(0x00, 0x9E, 0x73);
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing: return QColor(0xCC, 0x79, 0xA7);
    case TcpState::CloseWait:
    case TcpState::LastAck: return QColor(0xE6, 0x9F, 0x00);
    case TcpState::TimeWait: return QColor(0xBB, 0xBB, 0xBB);
    }
    return QColor(0xBB, 0xBB, 0xBB);
}

QColor LadderStyle::stateTint(TcpState s)
{
    // Mixed with white so dark text stays readable on every state.
    const QColor c = state(s);
    const double a = s == TcpState::Closed || s == TcpState::TimeWait ? 0.45 : 0.35;
    return QColor::fromRgbF(static_cast<float>(1.0 - a + a * c.redF()), static_cast<float>(1.0 - a + a * c.greenF()),
                            static_cast<float>(1.0 - a + a * c.blueF()));
}

QColor LadderStyle::ink() { return QColor(0x22, 0x22, 0x22); }
QColor LadderStyle::muted() { return QColor(0x6B, 0x6B, 0x6B); }
QColor LadderStyle::retransmission() { return QColor(0xD5, 0x5E, 0x00); }
QColor LadderStyle::lost() { return QColor(0xD0, 0x10, 0x10); }
QColor LadderStyle::highlight() { return QColor(0xF0, 0xE4, 0x42, 170); }

QFont LadderStyle::mono(double pixelSize)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(static_cast<int>(pixelSize));
    return f;
}

QFont LadderStyle::sans(double pixelSize, bool bold)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPixelSize(static_cast<int>(pixelSize));
    f.setBold(bold);
    return f;
}

} // namespace wirestep
