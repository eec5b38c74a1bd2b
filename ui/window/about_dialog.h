#pragma once
#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace wirestep {

// About Wirestep: the version (CMake's PROJECT_VERSION), the license, the versions of Qt and
// libpcap it runs with, and where the documentation is.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Wirestep's version, as the top-level CMakeLists.txt sets it: "0.1.0".
    static QString version();
    // One sentence on what Wirestep is, in the current language (also for wirestep --help).
    static QString summary();
    // The installed documentation: <prefix>/share/doc/wirestep next to <prefix>/bin/wirestep.
    static QString docsDirectory();

    QLabel *titleLabel() const { return m_title; }
    QLabel *detailsLabel() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_details = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wirestep
