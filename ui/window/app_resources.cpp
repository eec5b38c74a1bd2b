#include "ui/window/app_resources.h"

#include <QFile>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initWirestepResources() { Q_INIT_RESOURCE(wirestep); }

namespace wirestep {

void AppResources::init()
{
    static const bool done = [] {
        initWirestepResources();
        return true;
    }();
    (void)done;
}

QIcon AppResources::appIcon()
{
    init();
    return QIcon(QStringLiteral(":/icons/wirestep.svg"));
}

QString AppResources::userGuidePath(const QString &language)
{
    init();
    const QString path = QStringLiteral(":/help/user-guide/%1.md").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/help/user-guide/en.md");
}

} // namespace wirestep
