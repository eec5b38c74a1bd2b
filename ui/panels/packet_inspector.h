#pragma once
#include "core/capture/capture_document.h"
#include "core/trace/trace.h"
#include "core/wire/decoded_packet.h"
#include "ui/panels/field_explainer.h"

#include <QWidget>

#include <functional>
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
// For a trace of a real capture, a frame source gives each segment's real packet, read from the
// file when it is shown (a segment's id is its packet number): its own bytes, link layer, IPv6,
// options and all.
class PacketInspector : public QWidget {
    Q_OBJECT

public:
    // The packet with this number of the capture the trace came from, or nothing.
    using FrameSource = std::function<std::optional<InspectedPacket>(std::uint64_t packet)>;

    enum Column { FieldColumn, ValueColumn, WhyColumn };
    enum Role { NameRole = Qt::UserRole, OffsetRole, LengthRole };

    explicit PacketInspector(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const Trace> trace);
    // Where real packets come from; empty (the default) for a simulated trace. Set it before
    // the trace it belongs to.
    void setFrameSource(FrameSource frames) { m_frames = std::move(frames); }
    bool showsCapturedPacket() const { return m_captured; }
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
    // Shows a captured packet; false if it cannot be read or decoded.
    bool showCaptured(const TraceEvent &event, const InspectedPacket &packet);
    void showLayers(const std::vector<PacketField> &layers);
    void showSelection();
    static QColor layerColor(const std::string &layer);

    std::shared_ptr<const Trace> m_trace;
    quint64 m_eventId = 0;
    std::vector<std::uint8_t> m_frame;
    std::optional<DecodedPacket> m_packet;
    QString m_wantedField; // kept across segments, so that one field can be followed
    FrameSource m_frames;
    bool m_captured = false; // what is shown is a real packet

    QLabel *m_title = nullptr;
    EncapsulationBar *m_bar = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    HexView *m_hex = nullptr;
};

} // namespace wirestep
