// The translation catalogs are complete: every message of the sources is in wirestep_zh_CN.ts,
// translated and finished, and wirestep_en.ts is finished too (with its plural forms).
#include <catch2/catch.hpp>

#include "tests/ts_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

#include <set>
#include <string>
#include <vector>

namespace {

using wirestep::test::readTs;
using Message = wirestep::test::TsMessage;

std::string key(const Message &m)
{
    return (m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment).toStdString();
}

QString tsPath(const char *lang)
{
    return wirestep::test::tsPath(QStringLiteral(WIRESTEP_SOURCE_DIR), QLatin1String(lang));
}

// The files core/i18n/CMakeLists.txt hands to lupdate.
QStringList translatedSources()
{
    const QDir root(QStringLiteral(WIRESTEP_SOURCE_DIR));
    const std::pair<const char *, QStringList> globs[] = {
        {"core/narration", {QStringLiteral("*.cpp")}}, {"core/scenario", {QStringLiteral("*.cpp")}},
        {"core/live", {QStringLiteral("*.cpp")}},      {"core/capture", {QStringLiteral("*.cpp")}},
        {"cli", {QStringLiteral("*.cpp")}},
        {"ui", {QStringLiteral("*.cpp"), QStringLiteral("*.h")}},
    };
    QStringList files;
    for (const auto &[dir, patterns] : globs) {
        QDirIterator it(root.filePath(QLatin1String(dir)), patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

TEST_CASE("Every Chinese message is translated and finished", "[translations]")
{
    const std::vector<Message> zh = readTs(tsPath("zh_CN"));
    REQUIRE(zh.size() > 100);
    for (const Message &m : zh) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(m.type.isEmpty()); // not unfinished, vanished or obsolete
        REQUIRE_FALSE(m.translations.isEmpty());
        for (const QString &t : m.translations) CHECK_FALSE(t.trimmed().isEmpty());
        if (m.numerus) CHECK(m.translations.size() == 1); // Chinese has one form
    }
}

TEST_CASE("Every English message is finished, with singular and plural forms", "[translations]")
{
    const std::vector<Message> en = readTs(tsPath("en"));
    REQUIRE(en.size() > 100);
    for (const Message &m : en) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(m.type.isEmpty());
        REQUIRE_FALSE(m.translations.isEmpty());
        for (const QString &t : m.translations) CHECK_FALSE(t.trimmed().isEmpty());
        if (m.numerus) {
            REQUIRE(m.translations.size() == 2);
            CHECK(m.translations[0] != m.translations[1]);
            CHECK_FALSE(m.translations[0].contains(QLatin1String("(s)")));
        } else {
            CHECK(m.translations.front() == m.source);
        }
    }
}

TEST_CASE("Both catalogs hold the same messages", "[translations]")
{
    std::set<std::string> zh, en;
    for (const Message &m : readTs(tsPath("zh_CN"))) zh.insert(key(m));
    for (const Message &m : readTs(tsPath("en"))) en.insert(key(m));
    CHECK(zh == en);
}

TEST_CASE("lupdate finds no message in the sources that the Chinese catalog lacks", "[translations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-tr-function-alias"), QStringLiteral("QT_TRANSLATE_NOOP=WS_TRANSLATE_NOOP"),
                     QStringLiteral("-silent"),
                     // Headers are included from the top of the tree: lupdate needs that folder to
                     // see the namespace of each class (the translation context).
                     QStringLiteral("-I"), QStringLiteral(WIRESTEP_SOURCE_DIR)};
    args << translatedSources() << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(WIRESTEP_LUPDATE), args);
    REQUIRE(lupdate.waitForFinished(120'000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);

    std::set<std::string> committed;
    for (const Message &m : readTs(tsPath("zh_CN"))) committed.insert(key(m));
    const std::vector<Message> found = readTs(fresh);
    REQUIRE(found.size() > 100);
    for (const Message &m : found) {
        INFO("not in translations/wirestep_zh_CN.ts (run the update_translations target and translate it): "
             << m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(committed.count(key(m)) == 1);
    }
}
