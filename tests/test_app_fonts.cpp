// Wirestep draws with fonts it chooses (AppFonts), whatever else the machine has installed and
// whatever fontconfig would pick for "sans-serif" or "monospace": DejaVu Sans for the window,
// DejaVu Sans Mono for the segment labels, Noto Sans CJK SC for Chinese in both. The test main
// installs them at 12 px, as it does for every GUI test.
#include "ui/window/app_fonts.h"
#include "ui/diagram/ladder_painter.h"
#include "ui/diagram/ladder_style.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>

#include <set>

using namespace wirestep;

namespace {

// The families that actually draw `text` in `font` (fallbacks included).
std::set<QString> drawnWith(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    std::set<QString> families;
    for (const QGlyphRun &run : layout.glyphRuns()) families.insert(run.rawFont().familyName());
    return families;
}

std::string names(const std::set<QString> &families)
{
    std::string out;
    for (const QString &f : families) out += (out.empty() ? "" : ", ") + f.toStdString();
    return out;
}

} // namespace

TEST_CASE("the font files are where the packages put them", "[fonts]")
{
    for (const QString &path : AppFonts::files()) {
        INFO(path.toStdString() << ": install fonts-dejavu-core and fonts-noto-cjk (./dev.sh deps does)");
        CHECK(QFile::exists(path));
    }
}

TEST_CASE("the window, the labels and Chinese are drawn with Wirestep's fonts, not fontconfig's choice", "[fonts]")
{
    const QString latin = QStringLiteral("ACK seq=1101 ack=301 len=1000");
    const QString chinese = QStringLiteral("客户端服务器已建立连接");
    CHECK(drawnWith(QApplication::font(), latin) == std::set<QString>{QStringLiteral("DejaVu Sans")});
    CHECK(QFontInfo(QApplication::font()).pixelSize() == 12);
    for (const QFont &f : {LadderStyle::sans(11), LadderStyle::sans(14, true)}) {
        INFO(names(drawnWith(f, latin)));
        CHECK(drawnWith(f, latin) == std::set<QString>{QStringLiteral("DejaVu Sans")});
    }
    INFO(names(drawnWith(LadderPainter::labelFont(), latin)));
    CHECK(drawnWith(LadderPainter::labelFont(), latin) == std::set<QString>{QStringLiteral("DejaVu Sans Mono")});
    // Chinese: Noto Sans CJK SC's simplified forms, not the Japanese or Korean face of the same
    // collection, which fontconfig may prefer for some characters.
    for (const QFont &f : {QApplication::font(), LadderStyle::sans(11, true), LadderStyle::mono(12)}) {
        INFO(names(drawnWith(f, chinese)));
        CHECK(drawnWith(f, chinese) == std::set<QString>{QStringLiteral("Noto Sans CJK SC")});
    }
}

TEST_CASE("another font set changes the window and the diagram, sizes scaled; the standard set comes back", "[fonts]")
{
    AppFonts::Set larger = AppFonts::standard();
    larger.scale = 1.25;
    AppFonts::install(larger, 12);
    CHECK(LadderPainter::labelFont().pixelSize() == 15);
    CHECK(LadderStyle::sans(14, true).pixelSize() == 17);
    CHECK(QFontInfo(QApplication::font()).pixelSize() == 15);
    // The layout makes room for the larger labels: a burst's arrows further apart, a label's strip wider.
    const LadderLayout::Options big = LadderPainter::layoutOptions();

    AppFonts::install(AppFonts::standard(), 12);
    CHECK(LadderPainter::labelFont().pixelSize() == 12);
    CHECK(QFontInfo(QApplication::font()).pixelSize() == 12);
    const LadderLayout::Options usual = LadderPainter::layoutOptions();
    CHECK(big.labelStripPx > usual.labelStripPx);
    CHECK(big.segmentStepPx > usual.segmentStepPx);
    CHECK(big.typicalStepPx > usual.typicalStepPx);
    // Wirestep's own fonts keep the layout's usual distances.
    CHECK(usual.typicalStepPx == LadderLayout::Options{}.typicalStepPx);
    CHECK(usual.segmentStepPx == LadderLayout::Options{}.segmentStepPx);
}

TEST_CASE("a face that is nowhere gives way to the system's, and a missing file is reported", "[fonts]")
{
    AppFonts::install(AppFonts::Set{QStringLiteral("No Such Sans"), QStringLiteral("No Such Mono"), QStringLiteral("No Such CJK"), 1.0}, 12);
    const AppFonts::Set used = AppFonts::current();
    AppFonts::install(AppFonts::standard(), 12);
    CHECK(used.sans == QFontDatabase::systemFont(QFontDatabase::GeneralFont).family());
    CHECK(used.mono == QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    CHECK(used.cjk.isEmpty());
    CHECK(AppFonts::current().sans == QStringLiteral("DejaVu Sans"));

    const QString missing = QStringLiteral("/nonexistent/NoSuchFont.ttf");
    CHECK(AppFonts::registerFiles({missing, AppFonts::files().first()}) == QStringList{missing});
}
