#include "ui/window/shortcuts_dialog.h"

#include "ui/window/app_fonts.h"
#include "ui/window/app_resources.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace wirestep {

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowIcon(AppResources::appIcon());
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    resize(520, 640);
    retranslate();
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("\\(&.\\)"))); // a Chinese menu's "(&F)"
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (plain.endsWith(QStringLiteral("…"))) plain.chop(1);
    if (plain.endsWith(QStringLiteral("..."))) plain.chop(3);
    return plain.trimmed();
}

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(QWidget *window)
{
    QList<QAction *> found;
    const auto add = [&found](QAction *a) {
        if (!a->shortcut().isEmpty() && !a->isSeparator() && !found.contains(a)) found << a;
    };
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu()) walk(a->menu());
            else add(a);
        }
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *a : main->menuBar()->actions())
            if (a->menu()) walk(a->menu());
    }
    for (QAction *a : window->findChildren<QAction *>()) add(a);
    return found;
}

void ShortcutsDialog::refresh()
{
    const QList<QAction *> actions = actionsWithShortcuts(m_window);
    m_table->setRowCount(static_cast<int>(actions.size()));
    // The keys in the application's monospace face, at the table's size.
    QFont keyFont = m_table->font();
    keyFont.setFamilies(AppFonts::mono(12).families());
    keyFont.setStyleHint(QFont::Monospace);
    for (int row = 0; row < actions.size(); ++row) {
        QAction *a = actions[row];
        m_table->setItem(row, 0, new QTableWidgetItem(plainText(a->text())));
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        auto *key = new QTableWidgetItem(keys.join(tr(", ")));
        key->setFont(keyFont);
        m_table->setItem(row, 1, key);
    }
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("These keys work anywhere in the main window."));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    // The window re-sets its actions' texts on the same language change, maybe after this
    // dialog: read them once every widget has had the event.
    QMetaObject::invokeMethod(this, &ShortcutsDialog::refresh, Qt::QueuedConnection);
}

} // namespace wirestep
