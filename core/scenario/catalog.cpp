#include "core/scenario/catalog.h"

#include "core/scenario/json_field_reader.h"
#include "core/scenario/scenario_loader.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>

// Resources compiled into a static library are only linked in when something refers to them;
// Q_INIT_RESOURCE must be called outside any namespace.
static void initScenarioResources() { Q_INIT_RESOURCE(scenarios); }

namespace wirestep {

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        initScenarioResources();
        return fromDirectory(":/scenarios");
    }();
    return catalog;
}

Catalog Catalog::fromDirectory(const std::string &dir)
{
    Catalog catalog;
    const QDir qdir(QString::fromStdString(dir));
    const QStringList files = qdir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = qdir.filePath(name);
        const std::string fileName = path.toStdString();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            catalog.m_errors.push_back(LoadError::make(fileName, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "cannot open the file")));
            continue;
        }
        const QByteArray bytes = file.readAll();
        const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        LoadResult result = ScenarioLoader::load(text, fileName);
        if (!result.ok()) {
            catalog.m_errors.insert(catalog.m_errors.end(), result.errors.begin(), result.errors.end());
            continue;
        }
        const std::string expectedName = result.scenario->id + ".json";
        if (name.toStdString() != expectedName) {
            catalog.m_errors.push_back(LoadError::make(
                fileName, 0, 0, {},
                WS_TRANSLATE_NOOP("ScenarioFile", "the file must be named \"%1\", after the scenario's id"), {expectedName}));
            continue;
        }
        if (catalog.find(result.scenario->id)) {
            catalog.m_errors.push_back(LoadError::make(fileName, 0, 0, {}, WS_TRANSLATE_NOOP("ScenarioFile", "another file has the same id")));
            continue;
        }
        catalog.m_scenarios.push_back(std::move(*result.scenario));
    }
    std::stable_sort(catalog.m_scenarios.begin(), catalog.m_scenarios.end(),
                     [](const Scenario &a, const Scenario &b) {
                         const int ra = groupRank(a.group);
                         const int rb = groupRank(b.group);
                         return ra != rb ? ra < rb : a.id < b.id;
                     });
    return catalog;
}

const Scenario *Catalog::find(std::string_view id) const
{
    for (const Scenario &s : m_scenarios)
        if (s.id == id) return &s;
    return nullptr;
}

int Catalog::groupRank(std::string_view group)
{
    constexpr std::array<std::string_view, 7> kOrder{"handshake", "data", "teardown", "timers",
                                                     "udp", "what-if", "rfc"};
    const auto it = std::find(kOrder.begin(), kOrder.end(), group);
    return static_cast<int>(it - kOrder.begin());
}

} // namespace wirestep
