#pragma once
#include <QIcon>
#include <QString>

namespace wirestep {

// The window's embedded resources (resources/wirestep.qrc): the application icon and the user
// guide in each language, with its screenshots.
class AppResources {
public:
    // Registers the resources; wirestep_ui is a static library, so nothing does it by itself.
    // Safe to call more than once.
    static void init();
    // Wirestep's mark (resources/icons/wirestep.svg), for the windows and the About dialog.
    static QIcon appIcon();
    // The user guide's Markdown file for "en" or "zh_CN" (English for any other language).
    static QString userGuidePath(const QString &language);
};

} // namespace wirestep
