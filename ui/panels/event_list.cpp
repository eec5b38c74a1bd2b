#include "ui/panels/event_list.h"

#include "ui/panels/event_table_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace wirestep {

EventList::EventList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new EventTableModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EventTableModel::Time, 110);
    m_view->setColumnWidth(EventTableModel::Node, 70);
    m_view->setColumnWidth(EventTableModel::Event, 80);
    layout->addWidget(m_view);
    fitRowsToFont();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid()) Q_EMIT shownRequested(current.row() + 1);
            });
}

void EventList::setTrace(std::shared_ptr<const Trace> trace)
{
    m_model->setTrace(std::move(trace));
    m_view->setColumnWidth(EventTableModel::Time, 110);
}

int EventList::heightForRows(int rows) const
{
    const int frame = 2 * m_view->frameWidth();
    return m_view->horizontalHeader()->sizeHint().height() + rows * m_view->verticalHeader()->defaultSectionSize() + frame;
}

void EventList::fitRowsToFont()
{
    // A row is a line of the table's font with a little room, whatever its size (zoom, a
    // desktop's large fonts, Chinese).
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
}

void EventList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) fitRowsToFont();
    if (event->type() == QEvent::LanguageChange) m_model->retranslate();
    QWidget::changeEvent(event);
}

void EventList::selectRow(int row)
{
    m_following = true;
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    } else {
        const QModelIndex idx = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(idx);
    }
    m_following = false;
}

void EventList::setCurrent(int shown)
{
    m_model->setShown(shown);
    if (m_view->selectionModel()->currentIndex().row() != shown - 1) selectRow(shown - 1);
}

void EventList::setFutureHidden(bool hidden)
{
    const int shown = m_model->shown();
    m_model->setFutureHidden(hidden);
    selectRow(shown - 1);
}

void EventList::highlightEvent(quint64 eventId)
{
    if (eventId == 0 || eventId > static_cast<quint64>(m_model->rowCount())) return;
    selectRow(static_cast<int>(eventId - 1));
}

} // namespace wirestep
