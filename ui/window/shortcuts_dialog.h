#pragma once
#include <QDialog>
#include <QList>

class QAction;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace wirestep {

// Every keyboard shortcut of a window, read from the window's own actions each time the dialog
// is shown (and when the language changes), so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The window's actions that have a shortcut: first those of its menus, in menu order,
    // then the others (the player's), in the order they were made.
    static QList<QAction *> actionsWithShortcuts(QWidget *window);
    // An action's text without its mnemonic and trailing ellipsis: "&Open scenario…" → "Open scenario".
    static QString plainText(const QString &text);

    QTableWidget *table() const { return m_table; }
    // Fills the table again from the window's actions.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    QWidget *m_window;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wirestep
