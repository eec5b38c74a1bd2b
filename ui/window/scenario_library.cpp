#include "ui/window/scenario_library.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>
#include <string_view>

namespace wirestep {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr std::array<std::string_view, 7> kGroupOrder{"handshake", "data", "teardown", "timers", "udp", "what-if", "rfc"};

int groupRank(const std::string &g)
{
    for (std::size_t i = 0; i < kGroupOrder.size(); ++i)
        if (kGroupOrder[i] == g) return static_cast<int>(i);
    return static_cast<int>(kGroupOrder.size());
}
} // namespace

ScenarioLibrary::ScenarioLibrary(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(split);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_description = new QTextBrowser(split);
    m_description->setOpenExternalLinks(true);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item) return;
        const QString id = item->data(0, kIdRole).toString();
        if (id.isEmpty()) return;
        showDescription(id.toStdString());
        Q_EMIT scenarioChosen(id);
    });
}

void ScenarioLibrary::resizeEvent(QResizeEvent *event)
{
    m_split->setOrientation(width() > 2 * height() ? Qt::Horizontal : Qt::Vertical);
    QWidget::resizeEvent(event);
}

QString ScenarioLibrary::groupName(const std::string &group)
{
    if (group == "handshake") return tr("Handshake");
    if (group == "data") return tr("Data");
    if (group == "teardown") return tr("Teardown");
    if (group == "timers") return tr("Timers");
    if (group == "udp") return tr("UDP");
    if (group == "what-if") return tr("What if?");
    if (group == "rfc") return tr("RFC figures");
    return group.empty() ? tr("Other") : QString::fromStdString(group);
}

void ScenarioLibrary::setScenarios(std::vector<Scenario> scenarios)
{
    m_scenarios = std::move(scenarios);
    rebuild();
}

void ScenarioLibrary::setLanguage(const std::string &lang)
{
    if (lang == m_lang) return;
    m_lang = lang;
    rebuild();
}

void ScenarioLibrary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(event);
}

void ScenarioLibrary::rebuild()
{
    const QTreeWidgetItem *currentItem = m_tree->currentItem();
    const std::string selected = currentItem ? currentItem->data(0, kIdRole).toString().toStdString() : std::string();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    std::vector<const Scenario *> sorted;
    for (const auto &s : m_scenarios) sorted.push_back(&s);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Scenario *a, const Scenario *b) { return groupRank(a->group) < groupRank(b->group); });
    QTreeWidgetItem *groupItem = nullptr;
    std::string current;
    for (const Scenario *s : sorted) {
        if (!groupItem || s->group != current) {
            current = s->group;
            groupItem = new QTreeWidgetItem(m_tree, QStringList{groupName(current)});
            groupItem->setFlags(Qt::ItemIsEnabled);
            QFont f = groupItem->font(0);
            f.setBold(true);
            groupItem->setFont(0, f);
        }
        auto *item = new QTreeWidgetItem(groupItem, QStringList{QString::fromStdString(s->titleIn(m_lang))});
        item->setData(0, kIdRole, QString::fromStdString(s->id));
        item->setToolTip(0, tr("%1 (%2)").arg(QString::fromStdString(s->titleIn(m_lang)), QString::fromStdString(s->id)));
    }
    m_tree->expandAll();
    if (!selected.empty()) select(selected);
}

const Scenario *ScenarioLibrary::find(const std::string &id) const
{
    for (const auto &s : m_scenarios)
        if (s.id == id) return &s;
    return nullptr;
}

bool ScenarioLibrary::select(const std::string &id)
{
    const QString qid = QString::fromStdString(id);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() == qid) {
            const QSignalBlocker block(m_tree);
            m_tree->setCurrentItem(*it);
            showDescription(id);
            return true;
        }
    }
    return false;
}

void ScenarioLibrary::setDescriptionHidden(bool hidden)
{
    if (hidden == m_descriptionHidden) return;
    m_descriptionHidden = hidden;
    showDescription(m_describedId);
}

void ScenarioLibrary::showDescription(const std::string &id)
{
    m_describedId = id;
    const Scenario *s = find(id);
    if (!s) {
        m_description->clear();
        return;
    }
    const QString title = QString::fromStdString(s->titleIn(m_lang)).toHtmlEscaped();
    if (m_descriptionHidden) {
        m_description->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                                   .arg(title, tr("While you predict, the description is hidden: it would give the answers away.").toHtmlEscaped()));
        return;
    }
    m_description->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                               .arg(title, QString::fromStdString(s->descriptionIn(m_lang)).toHtmlEscaped()));
}

} // namespace wirestep
