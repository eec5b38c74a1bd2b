#pragma once
#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

namespace wirestep {

// Ethernet | IP | TCP | data: the layers of one frame side by side, each with its size in bytes.
// Widths follow the sizes, with enough room for every label. Clicking a part reports it.
class EncapsulationBar : public QWidget {
    Q_OBJECT

public:
    struct Part {
        QString name;   // "Ethernet II", "IPv4", "TCP", "data"
        int bytes = 0;
        QColor color;
    };

    explicit EncapsulationBar(QWidget *parent = nullptr);

    void setParts(std::vector<Part> parts);
    const std::vector<Part> &parts() const { return m_parts; }
    // The rectangle of each part in widget coordinates.
    std::vector<QRectF> partRects() const;
    void setCurrentPart(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void partClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString sizeText(int bytes) const;

    std::vector<Part> m_parts;
    int m_current = -1;
};

} // namespace wirestep
