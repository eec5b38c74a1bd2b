#pragma once
#include "core/capture/conversation.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace wirestep {

// Which connection of a capture to show, chosen from its conversations as Wireshark's
// Statistics ▸ Conversations lists them: protocol, client and server (address and port),
// packets, bytes, duration, and whether the capture holds the handshake. The first TCP one is
// selected at first. A conversation too long to show at once is shown from a chosen packet on.
class ConversationPicker : public QDialog {
    Q_OBJECT

public:
    enum Column { NumberColumn, ProtocolColumn, ClientColumn, ServerColumn, PacketsColumn, BytesColumn, DurationColumn, HandshakeColumn };

    ConversationPicker(std::vector<Conversation> conversations, std::size_t selected, const QString &fileName,
                       std::uint64_t maxShown, QWidget *parent = nullptr);

    std::size_t chosen() const;
    void choose(std::size_t index);
    // The packet of the chosen conversation (0-based) the ladder starts at.
    std::uint64_t firstPacket() const;
    QTreeWidget *table() const { return m_table; }
    QSpinBox *startBox() const { return m_start; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateStart();

    std::vector<Conversation> m_conversations;
    QString m_fileName;
    std::uint64_t m_maxShown;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_startLabel = nullptr;
    QSpinBox *m_start = nullptr;
};

} // namespace wirestep
