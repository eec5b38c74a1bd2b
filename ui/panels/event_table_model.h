#pragma once
#include "core/trace/trace.h"

#include <QAbstractTableModel>

#include <memory>

namespace wirestep {

// The trace as a table: time | node | event | description. Rows the player has not reached yet
// are greyed, or, in predict mode, not there at all (they would give the answers away).
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Node, Event, Description, ColumnCount };

    explicit EventTableModel(QObject *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    void setShown(int shown);
    int shown() const { return m_shown; }
    // Only the rows the player has reached exist (predict mode): the future is not greyed but gone.
    void setFutureHidden(bool hidden);
    bool futureHidden() const { return m_futureHidden; }
    // The language changed: headers and every row's words are new.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const Trace> m_trace;
    int m_shown = 0;
    std::int64_t m_span = 0;
    bool m_futureHidden = false;
};

} // namespace wirestep
