#include "core/i18n/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace wirestep {

Translator::~Translator() { removeInstalled(); }

void Translator::removeInstalled()
{
    if (m_ownInstalled) QCoreApplication::removeTranslator(&m_own);
    if (m_qtInstalled) QCoreApplication::removeTranslator(&m_qt);
    m_ownInstalled = m_qtInstalled = false;
}

bool Translator::use(const QString &language)
{
    if (!languages().contains(language)) return false;
    removeInstalled();
    m_language = language;
    // Our own catalog is embedded (qt_add_translations puts it at :/i18n/). English needs it
    // too, for the plural forms (%n) of wirestep_en.ts.
    if (m_own.load(QStringLiteral(":/i18n/wirestep_%1.qm").arg(language)))
        m_ownInstalled = QCoreApplication::installTranslator(&m_own);
    // Qt's own texts, from the system (Debian: qt6-translations-l10n), when it has them.
    if (language != QLatin1String("en")
        && m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    return true;
}

QString Translator::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translator::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

} // namespace wirestep
