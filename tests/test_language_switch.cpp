// The window changes language at once: every visible text of the window and its docks follows
// a switch to Chinese and back, without a restart; the choice is remembered.
#include "core/i18n/translator.h"
#include "tests/ts_reader.h"
#include "ui/window/main_window.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>

using namespace wirestep;

namespace {

QString plain(QString s) { return s.remove(QLatin1Char('&')); }

// The English source of every message whose Chinese translation differs from it.
QSet<QString> englishSources()
{
    QSet<QString> out;
    for (const auto &m : test::readTs(test::tsPath(QStringLiteral(WIRESTEP_SOURCE_DIR), QStringLiteral("zh_CN")))) {
        if (m.numerus || m.translations.value(0) == m.source) continue;
        out << m.source << plain(m.source);
    }
    return out;
}

void collect(QStringList &out, const QAbstractItemModel *model)
{
    if (!model) return;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) out << model->index(r, c).data(Qt::DisplayRole).toString();
}

// Every text a user can see in the window and its docks: labels, buttons, docks' titles, menus,
// actions (menus' and toolbars', with their tooltips), table headers and cells, tree items.
QStringList visibleTexts(MainWindow &w)
{
    QStringList out{w.windowTitle(), w.statusBar()->currentMessage()};
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        out << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget)) out << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) out << button->text();
        if (auto *dock = qobject_cast<QDockWidget *>(widget)) out << dock->windowTitle();
        if (auto *menu = qobject_cast<QMenu *>(widget)) out << menu->title();
        if (auto *bar = qobject_cast<QToolBar *>(widget)) out << bar->windowTitle();
        if (auto *box = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < box->count(); ++i) out << box->itemText(i);
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) out << (*it)->text(0) << (*it)->toolTip(0);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            collect(out, view->model());
        }
    }
    for (QAction *a : w.findChildren<QAction *>()) out << a->text() << a->toolTip() << a->iconText();
    for (QAction *a : w.menuBar()->actions()) out << a->text();
    out.removeAll(QString());
    return out;
}

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

const QRegularExpression kChinese(QStringLiteral(R"(\p{Han})"));

struct CleanSettings {
    CleanSettings() { QSettings().remove(QStringLiteral("ui/language")); }
    ~CleanSettings() { QSettings().remove(QStringLiteral("ui/language")); }
};

} // namespace

TEST_CASE("Switching to Chinese changes every visible text at once, and back", "[i18n][ui]")
{
    const CleanSettings clean;
    const QSet<QString> english = englishSources();
    REQUIRE(english.size() > 100);

    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    REQUIRE(w.showScenarioById("handshake"));
    w.show();
    settle();
    const QStringList before = visibleTexts(w);
    CHECK(before.contains(QStringLiteral("Scenarios")));
    CHECK(before.contains(QStringLiteral("&File")));

    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(w.language() == QStringLiteral("zh_CN"));
    const QStringList zh = visibleTexts(w);
    for (const QString &text : zh) {
        INFO("still English: " << text.toStdString());
        CHECK_FALSE(english.contains(text));
        CHECK_FALSE(english.contains(plain(text)));
    }
    CHECK(zh.contains(QStringLiteral("场景")));         // a dock's title
    CHECK(zh.contains(QStringLiteral("文件(&F)")));     // a menu
    CHECK(zh.contains(QStringLiteral("三次握手")));     // the library's group (and the handshake's title)
    CHECK(zh.contains(QStringLiteral("说明")));         // the events table's header
    CHECK(w.windowTitle().contains(kChinese));          // the scenario's title in Chinese

    REQUIRE(w.setLanguage(QStringLiteral("en")));
    settle();
    const QStringList back = visibleTexts(w);
    CHECK(back.contains(QStringLiteral("Scenarios")));
    CHECK(back.contains(QStringLiteral("Description")));
    for (const QString &text : back) {
        if (text == Translator::nativeName(QStringLiteral("zh_CN"))) continue; // the language menu
        INFO("still Chinese: " << text.toStdString());
        CHECK_FALSE(text.contains(kChinese));
    }
}

TEST_CASE("The language menu names each language in itself and switches to it", "[i18n][ui]")
{
    const CleanSettings clean;
    MainWindow w;
    w.setLanguage(QStringLiteral("en"));
    QMenu *menu = w.languageMenu();
    REQUIRE(menu);
    QStringList names;
    for (QAction *a : menu->actions()) names << a->text();
    CHECK(names == QStringList{QStringLiteral("English"), QStringLiteral("简体中文")});
    menu->actions().at(1)->trigger();
    settle();
    CHECK(w.language() == QStringLiteral("zh_CN"));
    CHECK(menu->actions().at(1)->isChecked());
    CHECK(menu->title() == QStringLiteral("语言(&L)"));
    menu->actions().at(0)->trigger();
    settle();
    CHECK(menu->title() == QStringLiteral("&Language"));
}

TEST_CASE("The chosen language is remembered; the first start follows the system", "[i18n][ui]")
{
    const CleanSettings clean;
    {
        MainWindow first;
        CHECK(first.language() == Translator::systemLanguage());
        first.setLanguage(QStringLiteral("zh_CN"));
    }
    settle();
    MainWindow next;
    settle();
    CHECK(next.language() == QStringLiteral("zh_CN"));
    CHECK(next.findChild<QDockWidget *>(QStringLiteral("scenariosDock"))->windowTitle() == QStringLiteral("场景"));
    next.setLanguage(QStringLiteral("en"));
    settle();
    CHECK(next.findChild<QDockWidget *>(QStringLiteral("scenariosDock"))->windowTitle() == QStringLiteral("Scenarios"));
}
