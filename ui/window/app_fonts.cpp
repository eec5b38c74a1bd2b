#include "ui/window/app_fonts.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace wirestep {

namespace {

struct State {
    AppFonts::Set set = AppFonts::standard();
    bool registered = false;
    std::optional<QFont> desktop; // the window's font before the first install()
};

State &state()
{
    static State s;
    return s;
}

// A family that is nowhere on this machine gives way to the system's face of its kind.
QString available(const QString &family, QFontDatabase::SystemFont kind)
{
    if (family.isEmpty() || QFontDatabase::hasFamily(family)) return family;
    return QFontDatabase::systemFont(kind).family();
}

QFont make(const QString &family, QFont::StyleHint hint, double pixelSize)
{
    const AppFonts::Set &set = state().set;
    QFont f;
    QStringList families{family};
    if (!set.cjk.isEmpty() && set.cjk != family) families << set.cjk;
    f.setFamilies(families);
    f.setStyleHint(hint);
    // Whole pixels, rounded down as the diagram's sizes always were (10.5 px draws at 10).
    f.setPixelSize(std::max(1, static_cast<int>(pixelSize * set.scale)));
    return f;
}

} // namespace

AppFonts::Set AppFonts::standard()
{
    return Set{QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans CJK SC"), 1.0};
}

QStringList AppFonts::files()
{
    return {
        QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"),
        QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
        // Each collection holds Noto Sans CJK SC (and its JP, KR, TC, HK and Mono siblings).
        QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
        QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    };
}

QStringList AppFonts::registerFiles(const QStringList &paths)
{
    QStringList failed;
    for (const QString &path : paths)
        if (QFontDatabase::addApplicationFont(path) < 0) failed << path;
    return failed;
}

void AppFonts::install(const Set &set, int pixelSize)
{
    State &s = state();
    if (!qGuiApp) return; // fonts need a GUI application
    if (!s.desktop) s.desktop = QGuiApplication::font();
    if (!s.registered) {
        s.registered = true;
        QStringList missing = registerFiles(files());
        if (!missing.isEmpty()) {
            for (QString &path : missing) path = QFileInfo(path).fileName();
            std::fprintf(stderr, "wirestep: font files not found: %s; the system's fonts stand in (on Debian: apt install fonts-dejavu-core fonts-noto-cjk)\n",
                         qPrintable(missing.join(QStringLiteral(", "))));
        }
    }
    s.set = Set{available(set.sans, QFontDatabase::GeneralFont), available(set.mono, QFontDatabase::FixedFont),
                QFontDatabase::hasFamily(set.cjk) ? set.cjk : QString(), set.scale > 0 ? set.scale : 1.0};

    QFont window = *s.desktop;
    QStringList families{s.set.sans};
    if (!s.set.cjk.isEmpty()) families << s.set.cjk;
    window.setFamilies(families);
    window.setStyleHint(QFont::SansSerif);
    if (pixelSize > 0) window.setPixelSize(static_cast<int>(std::lround(pixelSize * s.set.scale)));
    else if (s.desktop->pointSizeF() > 0) window.setPointSizeF(s.desktop->pointSizeF() * s.set.scale);
    else window.setPixelSize(static_cast<int>(std::lround(s.desktop->pixelSize() * s.set.scale)));
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) QApplication::setFont(window);
    else QGuiApplication::setFont(window);
}

AppFonts::Set AppFonts::current() { return state().set; }

QFont AppFonts::sans(double pixelSize, bool bold)
{
    QFont f = make(state().set.sans, QFont::SansSerif, pixelSize);
    f.setBold(bold);
    return f;
}

QFont AppFonts::mono(double pixelSize) { return make(state().set.mono, QFont::Monospace, pixelSize); }

} // namespace wirestep
