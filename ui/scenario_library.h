#pragma once
#include "core/scenario/scenario.h"

#include <QWidget>

#include <string>
#include <vector>

class QTextBrowser;
class QTreeWidget;

namespace wirestep {

// The scenarios, grouped (Handshake, Data, Teardown, Timers, UDP, What if?, RFC figures), with
// the selected one's description below. Choosing one emits scenarioChosen with its id.
class ScenarioLibrary : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioLibrary(QWidget *parent = nullptr);

    void setScenarios(std::vector<Scenario> scenarios);
    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario *find(const std::string &id) const;
    // Selects `id` in the tree (without emitting); false if unknown.
    bool select(const std::string &id);
    void setLanguage(const std::string &lang) { m_lang = lang; }
    QTreeWidget *tree() const { return m_tree; }

    static QString groupName(const std::string &group);

Q_SIGNALS:
    void scenarioChosen(const QString &id);

private:
    void showDescription(const std::string &id);

    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_description = nullptr;
    std::vector<Scenario> m_scenarios;
    std::string m_lang = "en";
};

} // namespace wirestep
