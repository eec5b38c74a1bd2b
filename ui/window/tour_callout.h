#pragma once
#include <QPoint>
#include <QRect>
#include <QWidget>

class QLabel;
class QPushButton;

namespace wirestep {

// One callout of the first-start tour: a box with a title, a sentence or two and the buttons
// Back / Next (or Done) / Close the tour, and an arrow from the box to a point inside the part of
// the window it explains, which is outlined. It lies over the whole window but takes the mouse
// only where it draws (a mask), so the window stays usable around it.
class TourCallout : public QWidget {
    Q_OBJECT

public:
    explicit TourCallout(QWidget *window);

    void setTexts(const QString &counter, const QString &title, const QString &text);
    // `target` and `tip` in the window's coordinates; `tip` lies inside `target`.
    void pointAt(const QRect &target, const QPoint &tip);

    QPoint tip() const { return m_tip; }
    QRect target() const { return m_target; }
    // The box, in the window's coordinates.
    QRect boxRect() const;
    QLabel *titleLabel() const { return m_title; }
    QLabel *textLabel() const { return m_text; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *closeButton() const { return m_close; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void place();
    QColor accent() const;

    QWidget *m_box = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
    QRect m_target;
    QPoint m_tip;
    QPoint m_tail; // where the arrow leaves the box
};

} // namespace wirestep
