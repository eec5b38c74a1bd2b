#pragma once
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace wirestep {

// The application's language: installs Wirestep's own translation and Qt's (standard buttons,
// file dialogs) on the running QCoreApplication, and swaps them when the language changes.
// Widgets then receive QEvent::LanguageChange and re-set their texts.
class Translator {
public:
    Translator() = default;
    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    // "en" or "zh_CN". Returns false (and keeps the current language) for any other.
    bool use(const QString &language);
    QString language() const { return m_language; }

    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    // The language the system asks for: zh_CN for any Chinese locale, else en.
    static QString systemLanguage();
    // Its name in itself, for a menu: "English", "简体中文".
    static QString nativeName(const QString &language);

private:
    void removeInstalled();

    QString m_language = QStringLiteral("en");
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace wirestep
