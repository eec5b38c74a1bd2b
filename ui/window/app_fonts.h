#pragma once
#include <QFont>
#include <QString>
#include <QStringList>

namespace wirestep {

// The fonts Wirestep draws with, chosen by the application and not left to what fontconfig
// finds for a generic family (docs/architecture.md, "Fonts"): DejaVu Sans for the window and the
// diagram's names, DejaVu Sans Mono for segment labels and field values (fonts-dejavu-core), and
// Noto Sans CJK SC for Chinese in both (fonts-noto-cjk). The files are registered with
// QFontDatabase by path, so the fonts are the same on every machine that has the packages; the
// diagram measures its labels with the very fonts it draws them with (LadderStyle).
class AppFonts {
public:
    struct Set {
        QString sans;       // the window, the diagram's names, states and times
        QString mono;       // segment labels, field values
        QString cjk;        // Chinese, after either of them (they have none)
        double scale = 1.0; // every size is multiplied by this
    };

    // Wirestep's own fonts: DejaVu Sans, DejaVu Sans Mono, Noto Sans CJK SC, at scale 1.
    static Set standard();
    // Registers the font files (the first time; a file that is missing is named in one line on
    // stderr, and a family that is nowhere is replaced by the system's sans or monospace face),
    // then makes `set` the fonts of the diagram and of the whole window. The window's font keeps
    // the desktop's size, times the set's scale, unless `pixelSize` > 0 gives one (the tests do,
    // so that they see the same window on every machine).
    static void install(const Set &set = standard(), int pixelSize = 0);
    // The set in use (standard() before install()).
    static Set current();

    // A face of the current set at `pixelSize` times its scale, with the CJK face after it.
    static QFont sans(double pixelSize, bool bold = false);
    static QFont mono(double pixelSize);

    // The font files install() registers, in Debian's paths (fonts-dejavu-core, fonts-noto-cjk).
    static QStringList files();
    // Of `paths`, those that could not be registered (missing or unreadable).
    static QStringList registerFiles(const QStringList &paths);
};

} // namespace wirestep
