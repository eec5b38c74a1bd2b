#pragma once
#include "core/scenario/scenario.h"

#include <QWidget>

#include <string>
#include <vector>

class QSplitter;
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
    // Titles and descriptions are shown in `lang` ("en", "zh_CN"); the tree is rebuilt at once.
    void setLanguage(const std::string &lang);
    const std::string &language() const { return m_lang; }
    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *descriptionView() const { return m_description; }
    // Predict mode: the description would give the answers away, so only the title is shown.
    void setDescriptionHidden(bool hidden);

    static QString groupName(const std::string &group);

Q_SIGNALS:
    void scenarioChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    // In a wide, low dock (under the diagram) the description stands beside the list, else under it.
    void resizeEvent(QResizeEvent *event) override;

private:
    QSplitter *m_split = nullptr;
    // Fills the tree from m_scenarios in the current language, keeping the selection.
    void rebuild();
    void showDescription(const std::string &id);

    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_description = nullptr;
    std::vector<Scenario> m_scenarios;
    std::string m_lang = "en";
    std::string m_describedId;
    bool m_descriptionHidden = false;
};

} // namespace wirestep
