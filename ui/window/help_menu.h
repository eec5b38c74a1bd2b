#pragma once
#include <QMenu>
#include <QPointer>

#include <functional>

class QAction;

namespace wirestep {

class AboutDialog;
class HelpDialog;
class ShortcutsDialog;

// The main window's Help menu: the user guide (F1), the keyboard shortcuts, About Wirestep and
// About Qt. Its dialogs are made when first asked for and kept; its texts follow the language.
class HelpMenu : public QMenu {
    Q_OBJECT

public:
    // `window` is the window whose shortcuts are listed; `language` gives the UI's language.
    HelpMenu(QWidget *window, std::function<QString()> language);

    QAction *guideAction() const { return m_guide; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    // Each shows its dialog (making it the first time) and returns it.
    HelpDialog *showGuide();
    ShortcutsDialog *showShortcuts();
    AboutDialog *showAbout();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    std::function<QString()> m_language;
    QAction *m_guide = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QPointer<HelpDialog> m_guideDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace wirestep
