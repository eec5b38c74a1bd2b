#include "ui/window/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QMenu>
#include <QSettings>

namespace wirestep {

namespace {
const QString kKey = QStringLiteral("files/recent");
} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("recentFiles"));
    // Read back from a file anyone can edit: absolute paths only, each once, kMax at most.
    const QVariant saved = QSettings().value(kKey);
    if (saved.typeId() == QMetaType::QStringList || saved.typeId() == QMetaType::QString) {
        for (const QString &path : saved.toStringList()) {
            const QString clean = QDir::cleanPath(path);
            if (!clean.isEmpty() && QDir::isAbsolutePath(clean) && !m_files.contains(clean) && m_files.size() < kMax)
                m_files << clean;
        }
    }
    rebuild();
}

RecentFiles::~RecentFiles() { delete m_menu; }

void RecentFiles::add(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_files.removeAll(clean);
    m_files.prepend(clean);
    while (m_files.size() > kMax) m_files.removeLast();
    save();
    rebuild();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QDir::cleanPath(path)) == 0) return;
    save();
    rebuild();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
    rebuild();
}

void RecentFiles::save() const { QSettings().setValue(kKey, m_files); }

void RecentFiles::retranslate()
{
    m_menu->setTitle(tr("Open &recent"));
    rebuild();
}

void RecentFiles::rebuild()
{
    m_menu->clear();
    const QFontMetrics fm(m_menu->font());
    int n = 0;
    for (const QString &path : m_files) {
        // "&1 lab3.wirestep.json — /home/ana/labs", the folder shortened in its middle if long.
        const QFileInfo info(path);
        const QString folder = fm.elidedText(QDir::toNativeSeparators(info.absolutePath()), Qt::ElideMiddle, 360);
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = m_menu->addAction(tr("&%1 %2 — %3").arg(++n).arg(name, folder));
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (m_files.isEmpty()) m_menu->addAction(tr("No recent files"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear the list"));
    clearAction->setEnabled(!m_files.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}

} // namespace wirestep
