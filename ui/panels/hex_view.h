#pragma once
#include <QColor>
#include <QWidget>

#include <cstdint>
#include <vector>

namespace wirestep {

// The bytes of one frame as a hex dump (offset, hex, ASCII), each layer on its own tint, with one
// byte range highlighted. Clicking a byte reports its offset.
class HexView : public QWidget {
    Q_OBJECT

public:
    struct Span {
        std::size_t offset = 0;
        std::size_t length = 0;
        QColor color;
    };

    explicit HexView(QWidget *parent = nullptr);

    void setBytes(std::vector<std::uint8_t> bytes, std::vector<Span> layers);
    const std::vector<std::uint8_t> &bytes() const { return m_bytes; }
    void setHighlight(std::size_t offset, std::size_t length);
    std::size_t highlightOffset() const { return m_hlOffset; }
    std::size_t highlightLength() const { return m_hlLength; }
    // True if the byte at `offset` is drawn highlighted.
    bool isHighlighted(std::size_t offset) const { return offset >= m_hlOffset && offset < m_hlOffset + m_hlLength; }

    int bytesPerRow() const;
    // Where the hex digits of a byte are drawn, and the byte under a point (-1 if none).
    QRect byteRect(std::size_t offset) const;
    int byteAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void byteClicked(int offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int charWidth() const;
    int rowHeight() const;
    int rowsFor(int perRow) const;
    int perRowFor(int width) const;
    int hexX(int column) const;
    int asciiX(int column) const;

    std::vector<std::uint8_t> m_bytes;
    std::vector<Span> m_layers;
    std::size_t m_hlOffset = 0;
    std::size_t m_hlLength = 0;
};

} // namespace wirestep
