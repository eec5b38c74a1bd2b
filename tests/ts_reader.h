#pragma once
// Reads a Qt Linguist .ts file for the translation tests.
#include <QFile>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

namespace wirestep::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
};

// The messages of `path`; empty if it cannot be read or parsed.
inline std::vector<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&file);
    std::vector<TsMessage> out;
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out.push_back(m);
        }
    }
    if (xml.hasError()) return {};
    return out;
}

inline QString tsPath(const QString &sourceDir, const QString &language)
{
    return QStringLiteral("%1/translations/wirestep_%2.ts").arg(sourceDir, language);
}

} // namespace wirestep::test
