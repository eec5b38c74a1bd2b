#pragma once
#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;

namespace wirestep {

class NarrationCaption;
class ZoomControl;

// Presentation mode for a projector (View ▸ Presentation mode, F11; Esc leaves it): the window
// full screen, every dock hidden except those the teacher showed the last time, the file toolbar
// and the status bar hidden, the zoom of presentations (remembered apart from the window's; at
// first the largest step up to 150 % at which the diagram fits the screen's width, and at least
// 125 %) and the current event's sentence in large type under the diagram. Leaving it brings back
// the docks, the zoom and the window as they were.
class PresentationMode : public QObject {
    Q_OBJECT

public:
    static constexpr double kDefaultZoom = 1.5;  // at most, the first time
    static constexpr double kLeastZoom = 1.25;   // at least, the first time

    // `neededWidth` gives the width the diagram needs at 100 % (CentralViews::neededWidth).
    PresentationMode(QMainWindow &window, ZoomControl &zoom, NarrationCaption &caption, std::function<double()> neededWidth);
    // The first zoom for a screen `screenWidth` wide and a diagram that needs `neededWidth`.
    static double firstZoom(double screenWidth, double neededWidth);

    bool isActive() const { return m_active; }
    QAction *action() const { return m_action; }
    QAction *leaveAction() const { return m_leave; }
    // The docks (object names) shown in presentation mode: those visible when it was last left,
    // remembered in QSettings "presentation/docks".
    static QStringList chosenDocks();

public Q_SLOTS:
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void enter();
    void leave();

    QMainWindow &m_window;
    ZoomControl &m_zoom;
    NarrationCaption &m_caption;
    std::function<double()> m_neededWidth;
    QAction *m_action = nullptr;
    QAction *m_leave = nullptr;
    bool m_active = false;
    // The window as it was before: its docks and toolbars, its zoom, its state.
    QByteArray m_state;
    double m_zoomBefore = 1.0;
    Qt::WindowStates m_windowStates;
    bool m_statusBarVisible = true;
};

} // namespace wirestep
