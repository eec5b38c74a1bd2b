#pragma once
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace wirestep {

// The Live dock: the labs of LabRegistry (name and one-line description), the message the
// client sends, Start / Stop / Compare with simulation, what the running lab is doing and a
// banner with what it could not show (no capture permission ...). It only asks; LiveMode runs.
class LivePanel : public QWidget {
    Q_OBJECT

public:
    explicit LivePanel(QWidget *parent = nullptr);

    // The selected lab's id ("echo"), or empty.
    QString selectedLab() const;
    void selectLab(const QString &id);
    QString message() const;
    void setMessage(const QString &text);
    void setRunning(bool running);
    void setCanCompare(bool can);
    // One line on what the lab is doing ("Running echo ...", "echo finished: 23 events").
    void setStatus(const QString &text);
    // What the lab could not show and how to allow it; hidden when empty.
    void setNotes(const QStringList &notes);

    QListWidget *labList() const { return m_labs; }
    QLineEdit *messageEdit() const { return m_message; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *notesBanner() const { return m_notes; }

Q_SIGNALS:
    void startRequested(const QString &labId);
    void stopRequested();
    void compareRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLabs();
    void retranslate();
    void updateMessageEnabled();

    QListWidget *m_labs = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLineEdit *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr;
    bool m_running = false;
};

} // namespace wirestep
