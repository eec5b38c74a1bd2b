#include "core/scenario/catalog.h"
#include "ui/panels/reference_panel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace wirestep;

TEST_CASE("every scenario the reference offers is in the catalog", "[reference]")
{
    ReferencePanel panel;
    REQUIRE_FALSE(panel.scenarioIds().isEmpty());
    for (const QString &id : panel.scenarioIds()) {
        INFO(id.toStdString());
        CHECK(Catalog::builtIn().find(id.toStdString()) != nullptr);
    }
    for (const char *id : {"handshake", "echo", "teardown", "udp-datagrams"}) CHECK(panel.scenarioIds().contains(QString::fromLatin1(id)));
}

TEST_CASE("the reference lists the well-known ports with their transport", "[reference]")
{
    ReferencePanel panel;
    QStringList texts;
    for (const QLabel *l : panel.findChildren<QLabel *>()) texts << l->text();
    for (const char *t : {"FTP", "20, 21", "SSH", "Telnet", "SMTP", "DNS", "53", "TFTP", "69", "HTTP", "80", "MySQL", "3306"})
        CHECK(texts.contains(QString::fromLatin1(t)));
    CHECK(texts.contains(QStringLiteral("UDP (TCP for large answers)")));
}

TEST_CASE("a Show button asks for its scenario, also after a language change", "[reference]")
{
    ReferencePanel panel;
    QSignalSpy spy(&panel, &ReferencePanel::scenarioRequested);
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    QCoreApplication::processEvents();
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("show-teardown"));
    REQUIRE(button != nullptr);
    button->click();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("teardown"));
}
