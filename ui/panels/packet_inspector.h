#pragma once
#include "core/trace/trace.h"
#include "core/wire/decoded_packet.h"
#include "ui/panels/field_explainer.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace wirestep {

class EncapsulationBar;
class HexView;

// Everything about one segment: its layers and fields as a tree, each with its value and why it
// has that value, fields that changed since the previous segment in the same direction in bold
// with a Δ; the real bytes (as WireEncoder writes them, with the IP identification the sender
// would have used) as a hex dump linked to the tree both ways; and the encapsulation bar.
class PacketInspector : public QWidget {
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, WhyColumn };
    enum Role { NameRole = Qt::UserRole, OffsetRole, LengthRole };

    explicit PacketInspector(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // The event shown (a send, deliver or drop), 0 if none.
    quint64 eventId() const { return m_eventId; }
    const std::vector<std::uint8_t> &frame() const { return m_frame; }
    const std::optional<DecodedPacket> &packet() const { return m_packet; }

    QTreeWidget *tree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    EncapsulationBar *bar() const { return m_bar; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *detailLabel() const { return m_detail; }

    // The tree row of a field ("tcp.ack"), or nullptr.
    QTreeWidgetItem *itemFor(const QString &field) const;
    // Selects a field's row (and so highlights its bytes); false if the segment has no such field.
    bool selectField(const QString &field);
    // The selected field's name, empty if none.
    QString selectedField() const;

public Q_SLOTS:
    // Shows the segment of an event; events without a segment leave the inspector as it is.
    void setEventId(quint64 eventId);
    // Follows the player: shows the last segment among the first `shown` events.
    void setCurrent(int shown);
    // Selects the smallest field that contains this byte of the frame.
    void selectByte(int offset);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void clear();
    void fillTree(const std::vector<PacketField> &layers);
    void showSelection();
    static QColor layerColor(const std::string &layer);

    std::shared_ptr<const Trace> m_trace;
    quint64 m_eventId = 0;
    std::vector<std::uint8_t> m_frame;
    std::optional<DecodedPacket> m_packet;
    QString m_wantedField; // kept across segments, so that one field can be followed

    QLabel *m_title = nullptr;
    EncapsulationBar *m_bar = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    HexView *m_hex = nullptr;
};

} // namespace wirestep
