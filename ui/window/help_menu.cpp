#include "ui/window/help_menu.h"

#include "ui/window/about_dialog.h"
#include "ui/window/help_dialog.h"
#include "ui/window/shortcuts_dialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>

namespace wirestep {

namespace {
template <typename Dialog>
Dialog *raiseDialog(Dialog *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
} // namespace

HelpMenu::HelpMenu(QWidget *window, std::function<QString()> language)
    : QMenu(window), m_window(window), m_language(std::move(language))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_guide = addAction(QString());
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setShortcutContext(Qt::WindowShortcut);
    connect(m_guide, &QAction::triggered, this, &HelpMenu::showGuide);
    m_shortcuts = addAction(QString());
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_shortcuts->setShortcutContext(Qt::WindowShortcut);
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    addSeparator();
    m_about = addAction(QString());
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    m_aboutQt = addAction(QString());
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    retranslate();
}

HelpDialog *HelpMenu::showGuide()
{
    if (!m_guideDialog) m_guideDialog = new HelpDialog(m_language, m_window);
    return raiseDialog(m_guideDialog.data());
}

ShortcutsDialog *HelpMenu::showShortcuts()
{
    if (!m_shortcutsDialog) m_shortcutsDialog = new ShortcutsDialog(m_window, m_window);
    return raiseDialog(m_shortcutsDialog.data());
}

AboutDialog *HelpMenu::showAbout()
{
    if (!m_aboutDialog) m_aboutDialog = new AboutDialog(m_window);
    return raiseDialog(m_aboutDialog.data());
}

void HelpMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(event);
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_guide->setText(tr("&User Guide"));
    m_shortcuts->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Wirestep"));
    m_aboutQt->setText(tr("About &Qt"));
    for (QAction *a : {m_guide, m_shortcuts})
        a->setToolTip(tr("%1 (%2)").arg(ShortcutsDialog::plainText(a->text()), a->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace wirestep
