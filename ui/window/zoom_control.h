#pragma once
#include <QObject>

#include <array>

class QAction;
class QFont;
class QVariant;

namespace wirestep {

// The window's one zoom factor (View ▸ Zoom in, Zoom out, Actual size; Ctrl+=, Ctrl+-, Ctrl+0
// and Ctrl+wheel over a diagram): it scales the diagram's marks and texts together and the
// panels' fonts (docs/ui-design.md "Zoom and presentation"). Steps from 50 % to 300 %.
class ZoomControl : public QObject {
    Q_OBJECT

public:
    static constexpr std::array<double, 12> kSteps{0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    static constexpr double kMin = kSteps.front();
    static constexpr double kMax = kSteps.back();

    explicit ZoomControl(QObject *parent = nullptr);

    double zoom() const { return m_zoom; }
    QAction *zoomInAction() const { return m_in; }
    QAction *zoomOutAction() const { return m_out; }
    QAction *resetAction() const { return m_reset; }

    // The step nearest to `zoom` (kMin..kMax).
    static double snap(double zoom);
    // A zoom read back from QSettings: a finite number from kMin to kMax, snapped to a step;
    // anything else (text, NaN, out of range) is `fallback`.
    static double fromSetting(const QVariant &value, double fallback);
    // `font` with its size multiplied by `zoom` (pixel or point size, whichever it has).
    static QFont scaled(const QFont &font, double zoom);

public Q_SLOTS:
    // Snapped to a step; emits zoomChanged when it changes.
    void setZoom(double zoom);
    // `steps` steps in (positive) or out (negative), stopping at the ends.
    void stepBy(int steps);

Q_SIGNALS:
    void zoomChanged(double zoom);

private:
    void updateActions();

    double m_zoom = 1.0;
    QAction *m_in = nullptr;
    QAction *m_out = nullptr;
    QAction *m_reset = nullptr;
};

} // namespace wirestep
