#include "ui/panels/event_table_model.h"
#include "core/trace/trace_facts.h"
#include "core/narration/terms.h"

#include "core/narration/narrator.h"
#include "ui/panels/event_text.h"
#include "ui/diagram/ladder_style.h"
#include "core/narration/time_format.h"

#include <QBrush>

#include <algorithm>

namespace wirestep {

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent), m_trace(std::make_shared<Trace>()) {}

void EventTableModel::setTrace(std::shared_ptr<const Trace> trace)
{
    beginResetModel();
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    m_span = m_trace->empty() ? 0 : m_trace->timeAt(m_trace->size() - 1);
    m_shown = std::min(m_shown, static_cast<int>(m_trace->size()));
    endResetModel();
}

void EventTableModel::setFutureHidden(bool hidden)
{
    if (hidden == m_futureHidden) return;
    beginResetModel();
    m_futureHidden = hidden;
    endResetModel();
}

void EventTableModel::setShown(int shown)
{
    shown = std::clamp(shown, 0, static_cast<int>(m_trace->size()));
    if (shown == m_shown) return;
    if (m_futureHidden) {
        // The rows come and go with the player.
        if (shown > m_shown) {
            beginInsertRows({}, m_shown, shown - 1);
            m_shown = shown;
            endInsertRows();
        } else {
            beginRemoveRows({}, shown, m_shown - 1);
            m_shown = shown;
            endRemoveRows();
        }
        return;
    }
    const int lo = std::min(shown, m_shown);
    const int hi = std::max(shown, m_shown) - 1;
    m_shown = shown;
    if (hi >= lo) Q_EMIT dataChanged(index(lo, 0), index(hi, ColumnCount - 1), {Qt::ForegroundRole});
}

void EventTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid()) return 0;
    return m_futureHidden ? m_shown : static_cast<int>(m_trace->size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const TraceEvent &e = (*m_trace)[static_cast<std::size_t>(index.row())];
    if (role == Qt::ForegroundRole) {
        if (index.row() >= m_shown) return QBrush(QColor(0xA0, 0xA0, 0xA0));
        if (index.column() == Node) return QBrush(LadderStyle::node(e.node));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Time: return TimeFormat::clock(e.tUs, m_span);
    case Node: return e.kind == EventKind::Link ? tr("link") : Terms::node(e.node);
    case Event: return EventText::kindName(e.kind);
    case Description: return Narrator::sentence(e, m_trace->facts()[static_cast<std::size_t>(index.row())]);
    default: return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case Time: return tr("Time");
    case Node: return tr("Node");
    case Event: return tr("Event");
    case Description: return tr("Description");
    default: return {};
    }
}

} // namespace wirestep
