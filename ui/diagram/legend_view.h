#pragma once
#include <QScrollArea>

namespace wirestep {

// The legend under the diagram in the window (View ▸ Legend): LadderLegend drawn at the
// window's zoom and in its theme, in as many columns as its width holds. It takes the height
// its entries need up to a third of the column it shares with the diagram (at least two rows),
// and scrolls beyond that, so that it never makes the window taller.
class LegendView : public QScrollArea {
    Q_OBJECT

public:
    explicit LegendView(QWidget *parent = nullptr);

    void setZoom(double zoom);
    void setDarkTheme(bool dark);
    // A capture's legend lists the capture's marks too (LadderLegend::entries).
    void setCapture(bool capture);
    double zoom() const { return m_zoom; }
    bool isDarkTheme() const { return m_dark; }
    bool isCapture() const { return m_capture; }
    // The height of the whole legend at this width, in pixels.
    int legendHeight(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // the words follow the language

private:
    void fit();
    int minimumSizeHintHeight() const;

    double m_zoom = 1.0;
    bool m_dark = false;
    bool m_capture = false;
};

} // namespace wirestep
