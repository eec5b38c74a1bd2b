#pragma once
#include <QObject>
#include <QStringList>

class QMenu;

namespace wirestep {

// File ▸ Open recent: the files last opened or saved (scenarios and captures), newest first,
// remembered in QSettings "files/recent". What is read back is checked: only absolute paths, each
// once, at most kMax of them.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    QMenu *menu() const { return m_menu; }
    QStringList files() const { return m_files; }
    // `path` to the top of the list (and remembered).
    void add(const QString &path);
    // `path` off the list (it could not be opened).
    void remove(const QString &path);
    void clear();
    // The menu's texts in the current language.
    void retranslate();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void save() const;
    void rebuild();

    QMenu *m_menu = nullptr;
    QStringList m_files;
};

} // namespace wirestep
