#include "ui/panels/panel_docks.h"

#include "ui/panels/packet_inspector.h"
#include "ui/window/player.h"
#include "ui/panels/predict_panel.h"
#include "ui/panels/reference_panel.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/panels/state_diagram.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace wirestep {

PanelDocks::PanelDocks(QMainWindow *window, Player &player, SequenceDiagram &diagram,
                       std::function<bool(const std::string &)> openScenario)
    : QObject(window), m_window(window), m_player(player)
{
    m_stateDiagram = new StateDiagram(window);
    m_stateDock = makeDock("stateDiagramDock", m_stateDiagram);
    m_inspector = new PacketInspector(window);
    m_inspectorDock = makeDock("inspectorDock", m_inspector);
    m_predict = new PredictPanel(player, window);
    m_predictDock = makeDock("predictDock", m_predict);
    window->tabifyDockWidget(m_stateDock, m_inspectorDock);
    window->tabifyDockWidget(m_inspectorDock, m_predictDock);
    m_predictDock->hide();
    m_reference = new ReferencePanel(window);
    m_referenceDock = makeDock("referenceDock", m_reference);
    window->tabifyDockWidget(m_predictDock, m_referenceDock);
    m_referenceDock->hide();
    connect(m_reference, &ReferencePanel::scenarioRequested, this,
            [open = std::move(openScenario)](const QString &id) { open(id.toStdString()); });
    m_stateDock->raise();

    connect(&player, &Player::currentChanged, m_stateDiagram, [this](int shown, double) { m_stateDiagram->setCurrent(shown); });
    connect(&player, &Player::currentChanged, m_inspector, [this](int shown, double progress) {
        if (progress == 0) m_inspector->setCurrent(shown);
    });
    connect(m_stateDiagram, &StateDiagram::shownRequested, &player, &Player::setIndex);
    connect(&diagram, &SequenceDiagram::eventSelected, m_inspector, &PacketInspector::setEventId);
    // Retitle the docks before the window retitles their toggle actions.
    m_predictAction = new QAction(this);
    m_predictAction->setCheckable(true);
    m_predictAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_predictAction, &QAction::toggled, m_predict, &PredictPanel::setActive);
    connect(m_predict, &PredictPanel::activeChanged, this, [this](bool active) {
        m_predictAction->setChecked(active);
        if (active) {
            m_predictDock->show();
            m_predictDock->raise();
        }
    });
    window->installEventFilter(this);
    retranslate();
}

QDockWidget *PanelDocks::makeDock(const char *name, QWidget *content)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(QString::fromLatin1(name));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(content);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

std::vector<QDockWidget *> PanelDocks::docks() const { return {m_stateDock, m_inspectorDock, m_predictDock, m_referenceDock}; }

void PanelDocks::setTrace(std::shared_ptr<const Trace> trace)
{
    m_stateDiagram->setTrace(trace);
    m_inspector->setTrace(trace);
    m_predict->setTrace(trace);
    m_stateDiagram->setCurrent(m_player.index());
    m_inspector->setCurrent(m_player.index());
}

void PanelDocks::addMenus(QMenu *view)
{
    int key = Qt::Key_6;
    for (QDockWidget *dock : docks()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
        view->addAction(toggle);
    }
    m_practiceMenu = new QMenu(m_window);
    m_practiceMenu->addAction(m_predictAction);
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    const qsizetype at = menus.indexOf(view->menuAction());
    if (at >= 0 && at + 1 < menus.size())
        bar->insertMenu(menus[at + 1], m_practiceMenu);
    else
        bar->addMenu(m_practiceMenu);
    retranslate();
}

bool PanelDocks::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void PanelDocks::retranslate()
{
    m_stateDock->setWindowTitle(tr("State diagram"));
    m_inspectorDock->setWindowTitle(tr("Inspector"));
    m_predictDock->setWindowTitle(tr("Predict"));
    m_referenceDock->setWindowTitle(tr("Reference"));
    if (m_practiceMenu) m_practiceMenu->setTitle(tr("&Practice"));
    m_predictAction->setText(tr("&Predict the next step"));
    m_predictAction->setToolTip(tr("Predict the next step (%1)").arg(m_predictAction->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace wirestep
