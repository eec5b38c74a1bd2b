// The Help menu: the user guide in the UI's language, a shortcut list made from the window's own
// actions, and About with the project's one version number. Saves pictures of the dialogs (and the
// guide's screenshots) to WIRESTEP_SCREENSHOT_DIR when it is set.
#include "ui/window/about_dialog.h"
#include "ui/window/help_dialog.h"
#include "ui/window/help_menu.h"
#include "ui/panels/link_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/player.h"
#include "ui/diagram/sequence_diagram.h"
#include "ui/window/shortcuts_dialog.h"
#include "ui/window/app_resources.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextBlock>
#include <QAbstractTextDocumentLayout>

#include <algorithm>
#include <memory>

using namespace wirestep;

namespace {

void settle()
{
    for (int i = 0; i < 4; ++i) QCoreApplication::processEvents();
}

struct CleanSettings {
    CleanSettings() { QSettings().remove(QStringLiteral("ui/language")); }
    ~CleanSettings() { QSettings().remove(QStringLiteral("ui/language")); }
};

void save(QWidget *widget, const QString &file)
{
    const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) CHECK(widget->grab().save(QDir(dir).filePath(file)));
}

const QRegularExpression kChinese(QStringLiteral(R"(\p{Han})"));

} // namespace

TEST_CASE("About shows the project's version, the license and the libraries' versions", "[help]")
{
    const CleanSettings clean;
    CHECK(AboutDialog::version() == QStringLiteral(WIRESTEP_PROJECT_VERSION));
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    AboutDialog *about = w.helpMenu()->showAbout();
    settle();
    CHECK(about->titleLabel()->text() == QStringLiteral("Wirestep " WIRESTEP_PROJECT_VERSION));
    const QString details = about->detailsLabel()->text();
    CHECK(details.contains(QStringLiteral("MIT License")));
    CHECK(details.contains(QString::fromLatin1(qVersion())));
    CHECK(details.contains(QStringLiteral("libpcap version")));
    CHECK(details.contains(QStringLiteral("share/doc/wirestep")));
    save(about, QStringLiteral("about-en.png"));

    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(about->windowTitle().contains(kChinese));
    CHECK(about->titleLabel()->text().contains(QStringLiteral(WIRESTEP_PROJECT_VERSION)));
    CHECK(about->detailsLabel()->text().contains(QStringLiteral("MIT")));
    CHECK(about->detailsLabel()->text().contains(kChinese));
    save(about, QStringLiteral("about-zh_CN.png"));
}

TEST_CASE("The user guide is shown in the UI's language and follows a switch", "[help]")
{
    const CleanSettings clean;
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    w.show();
    HelpDialog *guide = w.helpMenu()->showGuide();
    settle();
    CHECK(guide->guidePath() == QStringLiteral(":/help/user-guide/en.md"));
    const QTextDocument *doc = guide->browser()->document();
    CHECK(doc->firstBlock().text() == QStringLiteral("Wirestep User Guide"));
    CHECK(doc->toPlainText().contains(QStringLiteral("wirestep-cli")));
    // Every picture the guide shows is embedded: one at least for each part of the window.
    const auto embeddedImages = [](const QTextDocument *d) {
        int images = 0;
        for (QTextBlock b = d->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFormat f = it.fragment().charFormat();
                if (!f.isImageFormat()) continue;
                ++images;
                const QString name = f.toImageFormat().name();
                INFO(name.toStdString());
                CHECK_FALSE(d->resource(QTextDocument::ImageResource, QUrl(name)).isNull());
            }
        }
        return images;
    };
    CHECK(embeddedImages(doc) >= 12);
    guide->resize(900, 760);
    save(guide, QStringLiteral("guide-en.png"));

    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(guide->guidePath() == QStringLiteral(":/help/user-guide/zh_CN.md"));
    CHECK(guide->windowTitle().contains(kChinese));
    CHECK(guide->browser()->document()->firstBlock().text().contains(kChinese));
    CHECK(embeddedImages(guide->browser()->document()) >= 12);
    save(guide, QStringLiteral("guide-zh_CN.png"));
}

// The lab sheets for the programs of examples/python: a section of the guide, one sub-section per
// sheet, rendered with their commands in both languages. Saves the section's start and its last
// sheet as guide-labs-<lang>.png and guide-labs-end-<lang>.png.
TEST_CASE("The user guide has the lab sheets for the course's programs, in both languages", "[help]")
{
    const CleanSettings clean;
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    w.show();
    HelpDialog *guide = w.helpMenu()->showGuide();
    guide->resize(900, 760);
    struct Expect {
        QString language, section, firstSheet, lastSheet;
    };
    for (const Expect &e : {Expect{QStringLiteral("en"), QStringLiteral("Lab sheets: your own socket programs"),
                                   QStringLiteral("Sheet 1: TCP echo server and client"),
                                   QStringLiteral("Sheet 9: AF_UNIX beside AF_INET")},
                            Expect{QStringLiteral("zh_CN"), QStringLiteral("实验指导：你自己的套接字程序"),
                                   QStringLiteral("实验一：TCP 回显服务器和客户端"),
                                   QStringLiteral("实验九：AF_UNIX 与 AF_INET 对照")}}) {
        INFO(e.language.toStdString());
        REQUIRE(w.setLanguage(e.language));
        settle();
        QTextDocument *doc = guide->browser()->document();
        QTextBlock section, first, last;
        int sheets = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level == 2 && b.text() == e.section) section = b;
            if (level == 3 && section.isValid()) ++sheets;
            if (level == 3 && b.text() == e.firstSheet) first = b;
            if (level == 3 && b.text() == e.lastSheet) last = b;
        }
        REQUIRE(section.isValid());
        CHECK(first.isValid());
        CHECK(last.isValid());
        CHECK(sheets == 10); // how to watch, and nine sheets
        // The commands are code blocks, in a fixed-pitch font.
        const QTextCursor command = doc->find(QStringLiteral("python3 tcp_echo_server.py --backlog 1"));
        REQUIRE_FALSE(command.isNull());
        CHECK(command.block().blockFormat().nonBreakableLines());

        // The section's heading at the top of the browser.
        QScrollBar *bar = guide->browser()->verticalScrollBar();
        bar->setValue(static_cast<int>(doc->documentLayout()->blockBoundingRect(section).top()));
        settle();
        CHECK(bar->value() > 0);
        save(guide, QStringLiteral("guide-labs-%1.png").arg(e.language));
        bar->setValue(static_cast<int>(doc->documentLayout()->blockBoundingRect(last).top()));
        settle();
        save(guide, QStringLiteral("guide-labs-end-%1.png").arg(e.language));
    }
}

TEST_CASE("The shortcut list is every shortcut of the window's actions", "[help]")
{
    const CleanSettings clean;
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    w.show();
    ShortcutsDialog *dialog = w.helpMenu()->showShortcuts();
    settle();
    QTableWidget *table = dialog->table();
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();

    int withShortcut = 0;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty()) continue;
        ++withShortcut;
        QStringList keys; // an action may have two (Zoom in: Ctrl+= and Ctrl++)
        for (const QKeySequence &k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        const QString row = ShortcutsDialog::plainText(a->text()) + QLatin1Char('=') + keys.join(QStringLiteral(", "));
        INFO(row.toStdString());
        CHECK(rows.contains(row));
    }
    CHECK(table->rowCount() == withShortcut);
    CHECK(rows.contains(QStringLiteral("Open scenario=Ctrl+O")));
    CHECK(rows.contains(QStringLiteral("Step forward=Right")));
    CHECK(rows.contains(QStringLiteral("User Guide=F1")));
    save(dialog, QStringLiteral("shortcuts-en.png"));

    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(dialog->windowTitle().contains(kChinese));
    CHECK(table->item(0, 0)->text().contains(kChinese));
    save(dialog, QStringLiteral("shortcuts-zh_CN.png"));
}

TEST_CASE("The Help menu is the last menu and its texts follow the language", "[help]")
{
    const CleanSettings clean;
    MainWindow w;
    REQUIRE(w.setLanguage(QStringLiteral("en")));
    const QList<QAction *> menus = w.menuBar()->actions();
    REQUIRE_FALSE(menus.isEmpty());
    CHECK(menus.back()->menu() == w.helpMenu());
    CHECK(w.helpMenu()->title() == QStringLiteral("&Help"));
    CHECK(w.helpMenu()->guideAction()->shortcut() == QKeySequence(QKeySequence::HelpContents));
    REQUIRE(w.setLanguage(QStringLiteral("zh_CN")));
    settle();
    CHECK(w.helpMenu()->title().contains(kChinese));
    CHECK(w.helpMenu()->aboutAction()->text().contains(kChinese));
}

TEST_CASE("The window icon is Wirestep's own", "[help]")
{
    const QIcon icon = AppResources::appIcon();
    REQUIRE_FALSE(icon.isNull());
    const QImage image = icon.pixmap(64, 64).toImage();
    REQUIRE(image.width() == 64);
    // The client's lifeline is blue, the server's vermillion (docs/ui-design.md "Colour").
    CHECK(image.pixelColor(18, 40) == QColor(0x00, 0x72, 0xB2));
    CHECK(image.pixelColor(46, 40) == QColor(0xD5, 0x5E, 0x00));
}

// Pictures for docs/user-guide/images (with WIRESTEP_SCREENSHOT_DIR set): the echo scenario with
// its request dropped from the diagram's right-click menu, that menu, and the link panel.
TEST_CASE("Screenshots for the user guide", "[help][screenshots]")
{
    const CleanSettings clean;
    const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        MainWindow w;
        REQUIRE(w.setLanguage(lang));
        w.resize(1600, 1000);
        REQUIRE(w.showScenarioById("echo"));
        w.show();
        settle();
        std::unique_ptr<QMenu> menu = w.diagram()->faultMenu(3); // the client's request
        menu->adjustSize();
        save(menu.get(), QStringLiteral("fault-menu-%1.png").arg(lang));
        const QList<QAction *> items = menu->actions();
        const auto drop = std::find_if(items.begin(), items.end(), [](QAction *a) { return a->data().isValid() && a->data().toInt() == 0; });
        REQUIRE(drop != items.end());
        (*drop)->trigger();
        w.linkPanel()->setLossy(true);
        w.player()->setIndex(38); // the request is sent again
        settle();
        CHECK(w.linkPanel()->faultList()->count() == 1);
        const QImage window = w.grab().toImage().scaledToWidth(780, Qt::SmoothTransformation);
        CHECK(window.width() == 780);
        if (!dir.isEmpty()) CHECK(window.save(QDir(dir).filePath(QStringLiteral("window-%1.png").arg(lang))));
        QDockWidget *link = nullptr;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            if (d->objectName() == QStringLiteral("linkDock")) link = d;
        REQUIRE(link);
        save(link, QStringLiteral("link-%1.png").arg(lang));
    }
}
