// Chinese renders as Chinese, not boxes: a CJK font is installed and the fonts the window
// actually uses for its Chinese texts have the glyphs. Saves a screenshot of the window in each
// language (to WIRESTEP_SCREENSHOT_DIR when set: docs/screenshot-<lang>.png).
#include "ui/diagram/ladder_style.h"
#include "ui/window/main_window.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QImage>
#include <QRawFont>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextLayout>

#include <set>

using namespace wirestep;

namespace {

// Words the Chinese window shows: a dock's title, the library, the diagram's node names and a gloss.
const QString kSample = QStringLiteral("场景事件三次握手四次挥手客户端服务器已建立连接时间等待");

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

// Lays `text` out in `font` and checks every glyph run: the font that draws it (the fallback
// font, if `font` itself has no Chinese) has a real glyph for every character.
void checkDrawnWithGlyphs(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    REQUIRE_FALSE(runs.isEmpty());
    int glyphs = 0;
    for (const QGlyphRun &run : runs) {
        const QRawFont raw = run.rawFont();
        INFO("font family " << font.family().toStdString() << " drawn with " << raw.familyName().toStdString());
        for (const quint32 index : run.glyphIndexes()) CHECK(index != 0); // 0 is the "missing" box
        glyphs += static_cast<int>(run.glyphIndexes().size());
        const QFontMetrics metrics{QFont(raw.familyName())};
        for (const char32_t ch : text.toUcs4()) {
            CHECK(raw.supportsCharacter(ch));
            CHECK(metrics.inFontUcs4(ch));
        }
    }
    CHECK(glyphs == static_cast<int>(text.toUcs4().size()));
}

QImage screenshot(const QString &language, const QString &file)
{
    QSettings().remove(QStringLiteral("ui/language"));
    MainWindow w;
    REQUIRE(w.setLanguage(language));
    w.resize(1600, 1000);
    REQUIRE(w.showScenarioById("handshake"));
    w.show();
    settle();
    const QImage image = w.grab().toImage();
    QSettings().remove(QStringLiteral("ui/language"));
    const QString dir = qEnvironmentVariable("WIRESTEP_SCREENSHOT_DIR");
    if (!dir.isEmpty()) CHECK(image.save(QDir(dir).filePath(file)));
    return image;
}

} // namespace

TEST_CASE("A font with Chinese writing is installed", "[i18n][fonts]")
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    INFO("install fonts-noto-cjk");
    REQUIRE_FALSE(families.isEmpty());
}

TEST_CASE("The fonts the window uses draw Chinese with real glyphs", "[i18n][fonts]")
{
    checkDrawnWithGlyphs(QApplication::font(), kSample);
    checkDrawnWithGlyphs(LadderStyle::sans(11, true), kSample);
    checkDrawnWithGlyphs(LadderStyle::sans(14, true), kSample);
    checkDrawnWithGlyphs(LadderStyle::mono(12), kSample);
    MainWindow w;
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) checkDrawnWithGlyphs(dock->font(), kSample);
}

TEST_CASE("Screenshots of the window in both languages", "[i18n][fonts]")
{
    const QImage en = screenshot(QStringLiteral("en"), QStringLiteral("screenshot-en.png"));
    const QImage zh = screenshot(QStringLiteral("zh_CN"), QStringLiteral("screenshot-zh_CN.png"));
    for (const QImage *image : {&en, &zh}) {
        CHECK(image->width() >= 1600);
        CHECK(image->height() >= 1000);
        std::set<QRgb> colours;
        for (int y = 0; y < image->height(); y += 7)
            for (int x = 0; x < image->width(); x += 7) colours.insert(image->pixel(x, y));
        CHECK(colours.size() > 50); // drawn, not blank
    }
    CHECK(en != zh);
}
