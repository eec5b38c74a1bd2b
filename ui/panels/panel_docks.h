#pragma once
#include "core/trace/trace.h"

#include <QObject>

#include <functional>
#include <string>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;

namespace wirestep {

class PacketInspector;
class PredictPanel;
class ReferencePanel;
class Player;
class SequenceDiagram;
class StateDiagram;

// The explanation panels of the main window, each in its own dock on the right, tabified:
// the TCP state diagram the packet inspector, predict mode and the reference page. They follow the player and the diagram's
// selection; a click on a state moves the player. Kept out of MainWindow so that the window only
// has to make this object, hand it each new trace and give it room in the View menu.
class PanelDocks : public QObject {
    Q_OBJECT

public:
    // `openScenario` shows a catalog scenario by id (the reference's buttons).
    PanelDocks(QMainWindow *window, Player &player, SequenceDiagram &diagram,
               std::function<bool(const std::string &)> openScenario);

    void setTrace(std::shared_ptr<const Trace> trace);
    // Adds the docks' toggle actions to the View menu (with shortcuts Ctrl+6, Ctrl+7 ...) and,
    // after it, the Practice menu with the predict mode's switch.
    void addMenus(QMenu *view);

    StateDiagram *stateDiagram() const { return m_stateDiagram; }
    PacketInspector *inspector() const { return m_inspector; }
    QDockWidget *stateDock() const { return m_stateDock; }
    QDockWidget *inspectorDock() const { return m_inspectorDock; }
    PredictPanel *predictPanel() const { return m_predict; }
    QDockWidget *predictDock() const { return m_predictDock; }
    QAction *predictAction() const { return m_predictAction; }
    ReferencePanel *reference() const { return m_reference; }
    QDockWidget *referenceDock() const { return m_referenceDock; }
    std::vector<QDockWidget *> docks() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QDockWidget *makeDock(const char *name, QWidget *content);

    QMainWindow *m_window = nullptr;
    Player &m_player;
    StateDiagram *m_stateDiagram = nullptr;
    PacketInspector *m_inspector = nullptr;
    QDockWidget *m_stateDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    PredictPanel *m_predict = nullptr;
    QDockWidget *m_predictDock = nullptr;
    QMenu *m_practiceMenu = nullptr;
    ReferencePanel *m_reference = nullptr;
    QDockWidget *m_referenceDock = nullptr;
    QAction *m_predictAction = nullptr;
};

} // namespace wirestep
