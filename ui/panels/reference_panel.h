#pragma once
#include <QString>
#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace wirestep {

// What a socket programmer must know, on one page: the five layers and encapsulation, TCP or UDP,
// the socket calls in order for a TCP server, a TCP client and UDP, and the well-known ports.
// Items that a built-in scenario shows have a button that opens it.
class ReferencePanel : public QWidget {
    Q_OBJECT

public:
    explicit ReferencePanel(QWidget *parent = nullptr);

    // The catalog ids the panel's buttons open, in order.
    QStringList scenarioIds() const;

Q_SIGNALS:
    void scenarioRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QVBoxLayout *addSection(const QString &title);
    void addItem(QVBoxLayout *section, const QString &text, const char *scenarioId = nullptr);

    QScrollArea *m_scroll = nullptr;
    QWidget *m_page = nullptr;
    QVBoxLayout *m_pageLayout = nullptr;
    QStringList m_ids;
};

} // namespace wirestep
