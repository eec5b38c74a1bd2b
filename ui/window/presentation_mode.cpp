#include "ui/window/presentation_mode.h"

#include "ui/window/narration_caption.h"
#include "ui/window/zoom_control.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace wirestep {

namespace {
const QString kDocksKey = QStringLiteral("presentation/docks");
const QString kZoomKey = QStringLiteral("presentation/zoom");
} // namespace

PresentationMode::PresentationMode(QMainWindow &window, ZoomControl &zoom, NarrationCaption &caption,
                                   std::function<double()> neededWidth)
    : QObject(&window), m_window(window), m_zoom(zoom), m_caption(caption), m_neededWidth(std::move(neededWidth))
{
    m_action = new QAction(this);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setShortcutContext(Qt::WindowShortcut);
    connect(m_action, &QAction::toggled, this, &PresentationMode::setActive);
    m_leave = new QAction(this);
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    // The keys work with the menu bar's menus closed, and in full screen.
    window.addAction(m_action);
    window.addAction(m_leave);
    caption.hide();
    // The zoom of each mode is remembered on its own.
    connect(&zoom, &ZoomControl::zoomChanged, this, [this](double z) {
        if (m_active) QSettings().setValue(kZoomKey, z);
    });
}

double PresentationMode::firstZoom(double screenWidth, double neededWidth)
{
    double zoom = kLeastZoom;
    for (const double step : ZoomControl::kSteps)
        if (step >= kLeastZoom && step <= kDefaultZoom && neededWidth * step <= screenWidth) zoom = step;
    return zoom;
}

QStringList PresentationMode::chosenDocks()
{
    const QVariant saved = QSettings().value(kDocksKey);
    // Only names, as written; anything else means none.
    return saved.typeId() == QMetaType::QStringList || saved.typeId() == QMetaType::QString ? saved.toStringList() : QStringList();
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active) return;
    m_active = active;
    if (active) enter();
    else leave();
    const QSignalBlocker block(m_action);
    m_action->setChecked(active);
    m_leave->setEnabled(active);
    Q_EMIT activeChanged(active);
}

void PresentationMode::enter()
{
    m_state = m_window.saveState();
    m_windowStates = m_window.windowState();
    m_zoomBefore = m_zoom.zoom();
    m_statusBarVisible = m_window.statusBar()->isVisible();
    const QStringList chosen = chosenDocks();
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>()) {
        if (dock->parentWidget() != &m_window) continue;
        const bool keep = chosen.contains(dock->objectName());
        dock->setVisible(keep);
        if (keep) dock->raise();
    }
    // The player stays: a teacher plays and steps from it, or with the keys.
    for (QToolBar *bar : m_window.findChildren<QToolBar *>())
        if (bar->objectName() != QLatin1String("playerBar")) bar->hide();
    m_window.statusBar()->hide();
    m_caption.show();
    const QScreen *screen = m_window.screen();
    const double first = firstZoom(screen ? screen->geometry().width() : m_window.width(), m_neededWidth ? m_neededWidth() : 0.0);
    m_zoom.setZoom(ZoomControl::fromSetting(QSettings().value(kZoomKey), first));
    m_window.setWindowState(m_windowStates | Qt::WindowFullScreen);
}

void PresentationMode::leave()
{
    QStringList shown;
    for (QDockWidget *dock : m_window.findChildren<QDockWidget *>())
        if (dock->parentWidget() == &m_window && dock->isVisible()) shown << dock->objectName();
    QSettings().setValue(kDocksKey, shown);
    m_caption.hide();
    m_window.setWindowState(m_windowStates & ~Qt::WindowFullScreen);
    m_window.restoreState(m_state);
    m_window.statusBar()->setVisible(m_statusBarVisible);
    m_zoom.setZoom(m_zoomBefore);
}

} // namespace wirestep
