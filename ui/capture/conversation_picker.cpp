#include "ui/capture/conversation_picker.h"

#include "core/narration/time_format.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wirestep {

ConversationPicker::ConversationPicker(std::vector<Conversation> conversations, std::size_t selected, const QString &fileName,
                                       std::uint64_t maxShown, QWidget *parent)
    : QDialog(parent), m_conversations(std::move(conversations)), m_fileName(fileName), m_maxShown(maxShown)
{
    setObjectName(QStringLiteral("conversationPicker"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTreeWidget(this);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnCount(8);
    m_table->header()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);
    auto *startRow = new QHBoxLayout;
    m_startLabel = new QLabel(this);
    m_startLabel->setWordWrap(true);
    m_start = new QSpinBox(this);
    m_start->setMinimum(1);
    startRow->addWidget(m_startLabel, 1);
    startRow->addWidget(m_start);
    layout->addLayout(startRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this] { updateStart(); });
    fill();
    choose(selected);
    retranslate();
    resize(860, 420);
}

void ConversationPicker::fill()
{
    for (const Conversation &c : m_conversations) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NumberColumn, QString::number(c.number));
        item->setText(ProtocolColumn, QString::fromLatin1(toString(c.proto).data()));
        item->setText(ClientColumn, QString::fromStdString(toString(c.client)));
        item->setText(ServerColumn, QString::fromStdString(toString(c.server)));
        item->setText(PacketsColumn, QString::number(c.packetCount()));
        item->setText(BytesColumn, QString::number(c.byteCount()));
        for (int col : {NumberColumn, PacketsColumn, BytesColumn, DurationColumn}) item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ConversationPicker::retranslate()
{
    setWindowTitle(tr("Choose a connection"));
    m_intro->setText(tr("%1 holds %n conversation(s). Choose the one to show; the first TCP connection is selected.", nullptr,
                        static_cast<int>(m_conversations.size()))
                         .arg(m_fileName));
    m_table->setHeaderLabels({tr("#"), tr("Protocol"), tr("Client"), tr("Server"), tr("Packets"), tr("Bytes"), tr("Duration"),
                              tr("Handshake")});
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        const Conversation &c = m_conversations[static_cast<std::size_t>(i)];
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        item->setText(DurationColumn, TimeFormat::duration(c.durationUs()));
        item->setText(HandshakeColumn, c.proto == Protocol::Udp ? tr("none (UDP)") : c.handshakeSeen ? tr("in the capture") : tr("not captured"));
    }
    for (int col = 0; col < m_table->columnCount(); ++col) {
        m_table->resizeColumnToContents(col);
        m_table->setColumnWidth(col, m_table->columnWidth(col) + 16);
    }
    updateStart();
}

void ConversationPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

std::size_t ConversationPicker::chosen() const
{
    const int i = m_table->indexOfTopLevelItem(m_table->currentItem());
    return i < 0 ? 0 : static_cast<std::size_t>(i);
}

void ConversationPicker::choose(std::size_t index)
{
    if (index < static_cast<std::size_t>(m_table->topLevelItemCount())) m_table->setCurrentItem(m_table->topLevelItem(static_cast<int>(index)));
}

std::uint64_t ConversationPicker::firstPacket() const
{
    return m_start->isHidden() ? 0 : static_cast<std::uint64_t>(m_start->value() - 1);
}

void ConversationPicker::updateStart()
{
    const std::size_t i = chosen();
    const std::uint64_t packets = i < m_conversations.size() ? m_conversations[i].packetCount() : 0;
    const bool big = packets > m_maxShown;
    m_startLabel->setVisible(big);
    m_start->setVisible(big);
    if (!big) {
        m_start->setValue(1);
        return;
    }
    m_start->setMaximum(static_cast<int>(std::min<std::uint64_t>(packets, 2'000'000'000)));
    m_startLabel->setText(tr("This connection has %1 packets, more than the %2 shown at a time. Show them from packet:")
                              .arg(packets)
                              .arg(m_maxShown));
}

} // namespace wirestep
