#include "ui/window/first_start_tour.h"

#include "ui/diagram/central_views.h"
#include "ui/panels/event_list.h"
#include "ui/panels/link_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player_bar.h"
#include "ui/window/scenario_library.h"
#include "ui/window/tour_callout.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTreeWidget>

namespace wirestep {

namespace {
constexpr char kSeenKey[] = "ui/tourSeen";

// The dock a widget lives in, if any.
QDockWidget *dockOf(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(p)) return dock;
    return nullptr;
}
} // namespace

FirstStartTour::FirstStartTour(MainWindow &window) : QObject(&window), m_window(window)
{
    m_again = new QAction(this);
    m_again->setObjectName(QStringLiteral("showTourAgain"));
    connect(m_again, &QAction::triggered, this, &FirstStartTour::start);
    m_window.installEventFilter(this);
    retranslate();
}

FirstStartTour::~FirstStartTour() = default;

bool FirstStartTour::seen()
{
    return QSettings().value(QString::fromLatin1(kSeenKey)).toString() == QLatin1String("true");
}

bool FirstStartTour::showIfFirstStart()
{
    if (seen()) return false;
    start();
    return true;
}

void FirstStartTour::start()
{
    if (!m_callout) {
        m_callout = new TourCallout(&m_window);
        connect(m_callout->nextButton(), &QPushButton::clicked, this, &FirstStartTour::next);
        connect(m_callout->backButton(), &QPushButton::clicked, this, &FirstStartTour::back);
        connect(m_callout->closeButton(), &QPushButton::clicked, this, &FirstStartTour::dismiss);
    }
    m_step = 0;
    m_callout->show();
    m_callout->raise();
    showStep();
    m_callout->nextButton()->setFocus();
}

void FirstStartTour::next()
{
    if (!isActive()) return;
    if (m_step + 1 >= kSteps) {
        dismiss();
        return;
    }
    ++m_step;
    showStep();
}

void FirstStartTour::back()
{
    if (!isActive() || m_step == 0) return;
    --m_step;
    showStep();
}

void FirstStartTour::dismiss()
{
    QSettings().setValue(QString::fromLatin1(kSeenKey), true);
    if (m_watched) m_watched->removeEventFilter(this);
    m_watched = nullptr;
    if (m_callout) m_callout->hide();
}

bool FirstStartTour::isActive() const
{
    return m_callout && m_callout->isVisible();
}

QWidget *FirstStartTour::target(int step) const
{
    switch (step) {
    case 0: return m_window.library()->tree();
    case 1: return m_window.playerBar()->widgetForAction(m_window.playerBar()->playAction());
    case 2: return m_window.centralViews();
    case 3: return m_window.linkPanel()->lossySwitch();
    case 4: return m_window.eventList()->view();
    default: return nullptr;
    }
}

void FirstStartTour::showStep()
{
    QWidget *t = target(m_step);
    if (!t) return;
    // A panel the user closed or that sits behind another tab is brought forward.
    if (QDockWidget *dock = dockOf(t)) {
        dock->show();
        dock->raise();
    }
    if (m_watched) m_watched->removeEventFilter(this);
    m_watched = t;
    t->installEventFilter(this);
    retranslate();
    point();
}

void FirstStartTour::point()
{
    if (!isActive() || !m_watched) return;
    QWidget *t = m_watched;
    const QRect r(t->mapTo(&m_window, QPoint(0, 0)), t->size());
    QPoint tip;
    switch (m_step) {
    case 1: tip = QPoint(r.center().x(), r.bottom() - r.height() / 4); break; // the play button
    case 3: tip = QPoint(r.left() + std::min(r.width() / 4, 12), r.center().y()); break; // the check box
    default: tip = QPoint(r.center().x(), r.top() + r.height() / 3); break;
    }
    m_callout->pointAt(r, tip);
    m_callout->raise();
}

bool FirstStartTour::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((watched == &m_window || watched == m_watched) &&
        (type == QEvent::Resize || type == QEvent::Move || type == QEvent::Show || type == QEvent::LayoutRequest))
        point();
    return QObject::eventFilter(watched, event);
}

void FirstStartTour::retranslate()
{
    m_again->setText(tr("Show the &tour again"));
    if (!m_callout) return;
    QString title;
    QString text;
    switch (m_step) {
    case 0:
        title = tr("Choose a scenario");
        text = tr("Each entry of the Scenarios list is a short story of TCP or UDP: a handshake, a lost segment, "
                  "a close. Click one to run it; its description is under the list.");
        break;
    case 1:
        title = tr("Play it, or step through it");
        text = tr("Play (Space) animates the events one after the other. Step forward (Right) and Step back (Left) "
                  "move one event at a time; the slider goes anywhere in the run.");
        break;
    case 2:
        title = tr("Read the diagram");
        text = tr("Time runs downwards. Each arrow is a segment with its flags and numbers; the coloured band on each "
                  "lifeline is that side's state at that moment. Hover over an arrow to see the segment in full.");
        break;
    case 3:
        title = tr("Break the link");
        // %1 and %2 are the names of the switch and of the menu item, as the window shows them.
        text = tr("Tick %1 to lose segments at random, or right-click an arrow and choose %2: the scenario runs "
                  "again at once and you watch TCP recover.")
                   .arg(QCoreApplication::translate("wirestep::LinkPanel", "Lossy link"),
                        QCoreApplication::translate("wirestep::SequenceDiagram", "Drop this segment"));
        break;
    default:
        title = tr("Read what happens, and why");
        text = tr("The Events list explains each event in one sentence. The current event is highlighted; click a "
                  "line to go to it. Help ▸ User Guide tells the rest.");
        break;
    }
    m_callout->backButton()->setText(tr("Back"));
    m_callout->backButton()->setEnabled(m_step > 0);
    m_callout->nextButton()->setText(m_step + 1 < kSteps ? tr("Next") : tr("Done"));
    m_callout->closeButton()->setText(tr("Close the tour"));
    m_callout->setTexts(tr("Tour: %1 of %2").arg(m_step + 1).arg(kSteps), title, text);
    point();
}

} // namespace wirestep
