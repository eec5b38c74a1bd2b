#include "ui/window/app_theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace wirestep {

namespace {

struct Saved {
    bool dark = false;
    QString styleName; // the style before the first switch to dark
};

Saved &saved()
{
    static Saved s;
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2D, 0x31), base(0x1E, 0x20, 0x24), text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2C));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3A));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x5C, 0x5C));
    p.setColor(QPalette::Light, QColor(0x3C, 0x3F, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x36, 0x3B));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x2A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1C));
    p.setColor(QPalette::Shadow, QColor(0x0C, 0x0C, 0x0E));
    // The client's blue, lightened, marks the selection as it marks the client in the diagram.
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x8F, 0xCF));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::LinkVisited, QColor(0xCC, 0x79, 0xA7));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void AppTheme::apply(bool dark)
{
    Saved &s = saved();
    if (dark == s.dark) return;
    if (dark) {
        s.styleName = QApplication::style()->name();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else {
        QStyle *style = QStyleFactory::create(s.styleName);
        QApplication::setStyle(style ? style : QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    s.dark = dark;
}

bool AppTheme::isDark() { return saved().dark; }

} // namespace wirestep
