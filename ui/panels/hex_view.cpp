#include "ui/panels/hex_view.h"

#include "ui/diagram/ladder_style.h"

#include <QMouseEvent>
#include <QPainter>

namespace wirestep {

namespace {
constexpr int kMargin = 6;
constexpr int kOffsetChars = 4; // "0000"
constexpr int kGapChars = 2;
} // namespace

HexView::HexView(QWidget *parent) : QWidget(parent)
{
    setFont(LadderStyle::mono(12));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void HexView::setBytes(std::vector<std::uint8_t> bytes, std::vector<Span> layers)
{
    m_bytes = std::move(bytes);
    m_layers = std::move(layers);
    m_hlOffset = m_hlLength = 0;
    updateGeometry();
    update();
}

void HexView::setHighlight(std::size_t offset, std::size_t length)
{
    m_hlOffset = offset;
    m_hlLength = length;
    update();
}

int HexView::charWidth() const { return fontMetrics().horizontalAdvance(QLatin1Char('0')); }
int HexView::rowHeight() const { return fontMetrics().height() + 2; }

int HexView::perRowFor(int width) const
{
    // offset + gap + 16 * "xx " + one extra space in the middle + gap + 16 ASCII characters.
    const int need16 = 2 * kMargin + charWidth() * (kOffsetChars + kGapChars + 16 * 3 + 1 + kGapChars + 16);
    return width >= need16 ? 16 : 8;
}

int HexView::bytesPerRow() const { return perRowFor(width()); }

int HexView::rowsFor(int perRow) const { return static_cast<int>((m_bytes.size() + static_cast<std::size_t>(perRow) - 1) / static_cast<std::size_t>(perRow)); }

int HexView::heightForWidth(int width) const { return 2 * kMargin + rowsFor(perRowFor(width)) * rowHeight(); }

QSize HexView::sizeHint() const
{
    const int w = 2 * kMargin + charWidth() * (kOffsetChars + kGapChars + 16 * 3 + 1 + kGapChars + 16);
    return {w, heightForWidth(w)};
}

QSize HexView::minimumSizeHint() const
{
    const int w = 2 * kMargin + charWidth() * (kOffsetChars + kGapChars + 8 * 3 + kGapChars + 8);
    return {w, rowHeight() * 3};
}

int HexView::hexX(int column) const
{
    const int half = bytesPerRow() / 2;
    return kMargin + charWidth() * (kOffsetChars + kGapChars + column * 3 + (column >= half && bytesPerRow() == 16 ? 1 : 0));
}

int HexView::asciiX(int column) const
{
    const int per = bytesPerRow();
    return kMargin + charWidth() * (kOffsetChars + kGapChars + per * 3 + (per == 16 ? 1 : 0) + kGapChars + column);
}

QRect HexView::byteRect(std::size_t offset) const
{
    const int per = bytesPerRow();
    const int row = static_cast<int>(offset / static_cast<std::size_t>(per));
    const int col = static_cast<int>(offset % static_cast<std::size_t>(per));
    return {hexX(col), kMargin + row * rowHeight(), charWidth() * 2, rowHeight()};
}

int HexView::byteAt(QPoint pos) const
{
    const int per = bytesPerRow();
    const int row = (pos.y() - kMargin) / rowHeight();
    if (pos.y() < kMargin || row < 0) return -1;
    for (int col = 0; col < per; ++col) {
        const std::size_t offset = static_cast<std::size_t>(row * per + col);
        if (offset >= m_bytes.size()) return -1;
        // The hex pair with the space after it, or the ASCII character.
        const QRect hexCell(hexX(col), kMargin + row * rowHeight(), charWidth() * 3, rowHeight());
        const QRect asciiCell(asciiX(col), kMargin + row * rowHeight(), charWidth(), rowHeight());
        if (hexCell.contains(pos) || asciiCell.contains(pos)) return static_cast<int>(offset);
    }
    return -1;
}

void HexView::resizeEvent(QResizeEvent *event)
{
    updateGeometry();
    QWidget::resizeEvent(event);
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    const int offset = byteAt(event->position().toPoint());
    if (offset >= 0) Q_EMIT byteClicked(offset);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int per = bytesPerRow();
    const int cw = charWidth();
    const int rh = rowHeight();
    const QColor hlBack = palette().highlight().color();
    const QColor hlText = palette().highlightedText().color();
    const QColor text = palette().text().color();
    const auto layerColor = [&](std::size_t offset) -> QColor {
        for (const Span &s : m_layers)
            if (offset >= s.offset && offset < s.offset + s.length) return s.color;
        return {};
    };
    for (int row = 0; row * per < static_cast<int>(m_bytes.size()); ++row) {
        const int y = kMargin + row * rh;
        p.setPen(LadderStyle::muted());
        p.drawText(QRect(kMargin, y, cw * kOffsetChars, rh), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1").arg(row * per, 4, 16, QLatin1Char('0')));
        for (int col = 0; col < per; ++col) {
            const std::size_t offset = static_cast<std::size_t>(row * per + col);
            if (offset >= m_bytes.size()) break;
            const bool hl = isHighlighted(offset);
            const QColor back = hl ? hlBack : layerColor(offset);
            // Fill up to the next byte, so a highlighted field reads as one block.
            const bool joinNext = col + 1 < per && offset + 1 < m_bytes.size()
                && (hl ? isHighlighted(offset + 1) : layerColor(offset + 1) == back);
            const int w = joinNext ? hexX(col + 1) - hexX(col) : cw * 2;
            if (back.isValid()) p.fillRect(QRect(hexX(col) - cw / 4, y, w + (joinNext ? 0 : cw / 2), rh), back);
            if (back.isValid()) p.fillRect(QRect(asciiX(col), y, cw, rh), back);
            // Tinted layers are light in both themes: dark ink on them.
            p.setPen(hl ? hlText : back.isValid() ? LadderStyle::ink() : text);
            const std::uint8_t b = m_bytes[offset];
            p.drawText(QRect(hexX(col), y, cw * 2, rh), Qt::AlignVCenter | Qt::AlignLeft,
                       QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')));
            const QChar c = b >= 0x20 && b < 0x7f ? QChar(b) : QLatin1Char('.');
            p.drawText(QRect(asciiX(col), y, cw, rh), Qt::AlignVCenter | Qt::AlignLeft, QString(c));
        }
    }
}

} // namespace wirestep
