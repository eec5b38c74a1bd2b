// The desktop entry and the MIME types it opens: a double-click on a scenario file, a pcap or a
// pcapng in a file manager starts `wirestep FILE`, and `wirestep --help` names the file argument.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

TEST_CASE("the desktop entry passes files and declares the types the window opens", "[desktop]")
{
    const QString entry = read(QStringLiteral(WIRESTEP_SOURCE_DIR "/resources/wirestep.desktop"));
    REQUIRE_FALSE(entry.isEmpty());
    CHECK(entry.contains(QStringLiteral("\nExec=wirestep %F\n")));
    const auto mime = QStringLiteral("\nMimeType=application/x-wirestep-scenario;application/x-wirestep-pack;application/vnd.tcpdump.pcap;application/x-pcapng;\n");
    CHECK(entry.contains(mime));
}

TEST_CASE("the MIME package names scenario files and pcapng captures so that the desktop finds them", "[desktop][mime]")
{
    // A data folder holding only Wirestep's package, as /usr/share does once it is installed.
    QTemporaryDir data;
    REQUIRE(data.isValid());
    REQUIRE(QDir(data.path()).mkpath(QStringLiteral("mime/packages")));
    REQUIRE(QFile::copy(QStringLiteral(WIRESTEP_SOURCE_DIR "/resources/wirestep-mime.xml"), data.filePath(QStringLiteral("mime/packages/wirestep.xml"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(data.path()) + ":/usr/share");
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.filePath(QStringLiteral("home"))));
    const QMimeDatabase db;
    const QMimeType scenario = db.mimeTypeForName(QStringLiteral("application/x-wirestep-scenario"));
    if (!scenario.isValid()) {
        WARN("skipped: this Qt reads the MIME database only from its cache (mime.cache), so a package cannot be checked without update-mime-database");
        return;
    }
    CHECK(db.mimeTypeForFile(QStringLiteral("lab3.wirestep.json"), QMimeDatabase::MatchExtension).name() == QStringLiteral("application/x-wirestep-scenario"));
    CHECK(scenario.inherits(QStringLiteral("application/json")));
    CHECK(db.mimeTypeForFile(QStringLiteral("run.pcapng"), QMimeDatabase::MatchExtension).name() == QStringLiteral("application/x-pcapng"));
    // A scenario saved under any name is still recognised by its content.
    const QByteArray start = R"({
  "format": "wirestep-scenario/1",
  "id": "lab")";
    CHECK(db.mimeTypeForData(start).name() == QStringLiteral("application/x-wirestep-scenario"));
    // An exercise pack: its .zip by name, its pack.json by name or content.
    CHECK(db.mimeTypeForFile(QStringLiteral("course.wirestep-pack.zip"), QMimeDatabase::MatchExtension).name() == QStringLiteral("application/x-wirestep-pack"));
    CHECK(db.mimeTypeForData(QByteArray(R"({ "format": "wirestep-pack/1", "id": "course" })")).name() == QStringLiteral("application/x-wirestep-pack"));
    const QByteArray pcapng = QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a");
    CHECK(db.mimeTypeForData(pcapng).name() == QStringLiteral("application/x-pcapng"));
}

TEST_CASE("wirestep --help names the file it opens", "[desktop][cli]")
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(WIRESTEP_BIN), {QStringLiteral("--help")});
    REQUIRE(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(out.contains(QStringLiteral("[file]")));
    CHECK(out.contains(QStringLiteral(".pcapng")));
    CHECK(out.contains(QStringLiteral("exercise pack")));
}
