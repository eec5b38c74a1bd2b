#include "ui/exercise/exercise_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirestep {

ExercisePanel::ExercisePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_progress = new QLabel(this);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::PlainText);
    layout->addWidget(m_progress);
    auto *steps = new QHBoxLayout;
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    steps->addWidget(m_previous);
    steps->addWidget(m_next);
    layout->addLayout(steps);
    auto *end = new QHBoxLayout;
    m_export = new QPushButton(this);
    m_close = new QPushButton(this);
    end->addWidget(m_export);
    end->addWidget(m_close);
    layout->addLayout(end);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { Q_EMIT scenarioChosen(m_list->row(item)); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { Q_EMIT scenarioChosen(m_list->row(item)); });
    connect(m_previous, &QPushButton::clicked, this, [this] { Q_EMIT scenarioChosen(m_list->currentRow() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT scenarioChosen(m_list->currentRow() + 1); });
    connect(m_export, &QPushButton::clicked, this, &ExercisePanel::exportRequested);
    connect(m_close, &QPushButton::clicked, this, &ExercisePanel::closeRequested);
    retranslate();
}

void ExercisePanel::setHeader(const QString &text) { m_header->setText(text); }

void ExercisePanel::setScenarios(const QStringList &lines, int current)
{
    const QSignalBlocker block(m_list);
    if (m_list->count() != lines.size()) {
        m_list->clear();
        m_list->addItems(lines);
    } else {
        for (int i = 0; i < lines.size(); ++i) m_list->item(i)->setText(lines[i]);
    }
    m_list->setCurrentRow(current);
    m_previous->setEnabled(current > 0);
    m_next->setEnabled(current >= 0 && current + 1 < lines.size());
}

void ExercisePanel::setProgress(const QString &text) { m_progress->setText(text); }

void ExercisePanel::retranslate()
{
    m_previous->setText(tr("◀ Previous"));
    m_next->setText(tr("Next ▶"));
    m_export->setText(tr("Export results…"));
    m_close->setText(tr("Stop the exercises"));
}

void ExercisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace wirestep
