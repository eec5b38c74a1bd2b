#pragma once
#include "core/trace/trace.h"

#include <QWidget>

#include <memory>

class QTableView;

namespace wirestep {

class EventTableModel;

// The trace's events as a table that follows the player; choosing a row moves the player there.
class EventList : public QWidget {
    Q_OBJECT

public:
    explicit EventList(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    QTableView *view() const { return m_view; }
    EventTableModel *model() const { return m_model; }
    // The height that shows the header and `rows` rows whole (rows follow the font's height).
    int heightForRows(int rows) const;

public Q_SLOTS:
    // The player shows `shown` events: the last shown one is the current row.
    void setCurrent(int shown);
    // Marks an event (selected in the diagram) without moving the player.
    void highlightEvent(quint64 eventId);
    // Predict mode: the events the player has not reached are not listed at all.
    void setFutureHidden(bool hidden);

Q_SIGNALS:
    // The user chose a row: the player should show this many events.
    void shownRequested(int shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectRow(int row);
    void fitRowsToFont();

    QTableView *m_view = nullptr;
    EventTableModel *m_model = nullptr;
    bool m_following = false;
};

} // namespace wirestep
