#pragma once
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QTextBrowser;

namespace wirestep {

// The user guide (docs/user-guide/<lang>.md, embedded), shown in the UI's language. It follows
// a switch of language while it is open.
class HelpDialog : public QDialog {
    Q_OBJECT

public:
    // `language` gives the UI's current language ("en", "zh_CN").
    explicit HelpDialog(std::function<QString()> language, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's file now shown (":/help/user-guide/zh_CN.md").
    QString guidePath() const { return m_guidePath; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_language;
    QTextBrowser *m_browser = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_guidePath;
};

} // namespace wirestep
