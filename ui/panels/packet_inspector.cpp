#include "ui/panels/packet_inspector.h"

#include "core/narration/narrator.h"
#include "core/narration/terms.h"
#include "core/trace/trace_facts.h"
#include "core/wire/wire_decoder.h"
#include "core/wire/wire_encoder.h"
#include "ui/panels/encapsulation_bar.h"
#include "ui/panels/hex_view.h"
#include "ui/diagram/ladder_style.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <functional>
#include <stdexcept>

namespace wirestep {

namespace {

bool carriesSegment(const TraceEvent &e)
{
    return e.kind == EventKind::Send || e.kind == EventKind::Deliver || e.kind == EventKind::Drop;
}

} // namespace

PacketInspector::PacketInspector(QWidget *parent) : QWidget(parent), m_trace(std::make_shared<Trace>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setFont(LadderStyle::mono(13));
    layout->addWidget(m_title);
    m_bar = new EncapsulationBar(this);
    layout->addWidget(m_bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(split);
    m_tree->setColumnCount(3);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(FieldColumn, 150);
    m_tree->setColumnWidth(ValueColumn, 130);
    m_detail = new QLabel(split);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(4);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMinimumHeight(m_detail->fontMetrics().height() * 4 + 8);
    auto *scroll = new QScrollArea(split);
    m_hex = new HexView(scroll);
    scroll->setWidget(m_hex);
    scroll->setWidgetResizable(true);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->addWidget(scroll);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    split->setSizes({320, m_detail->minimumHeight(), 200});
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current) m_wantedField = current->data(FieldColumn, NameRole).toString();
        showSelection();
    });
    connect(m_hex, &HexView::byteClicked, this, &PacketInspector::selectByte);
    connect(m_bar, &EncapsulationBar::partClicked, this, [this](int index) {
        if (index >= 0 && index < m_tree->topLevelItemCount()) m_tree->setCurrentItem(m_tree->topLevelItem(index));
    });
    retranslate();
    clear();
}

void PacketInspector::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value"), tr("Why it has this value")});
}

void PacketInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void PacketInspector::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<Trace>();
    m_eventId = 0;
    rebuild();
}

void PacketInspector::setEventId(quint64 eventId)
{
    const std::optional<TraceEvent> e = m_trace->byId(eventId);
    if (!e || !carriesSegment(*e) || eventId == m_eventId) return;
    m_eventId = eventId;
    rebuild();
}

void PacketInspector::setCurrent(int shown)
{
    for (int i = std::min(shown, static_cast<int>(m_trace->size())) - 1; i >= 0; --i) {
        const TraceEvent &e = (*m_trace)[static_cast<std::size_t>(i)];
        if (carriesSegment(e)) {
            setEventId(e.id);
            return;
        }
    }
    m_eventId = 0;
    rebuild();
}

QColor PacketInspector::layerColor(const std::string &layer)
{
    if (layer == "eth" || layer == "sll" || layer == "null" || layer == "vlan" || layer == "vlan2") return {0xE4, 0xE4, 0xEC};
    if (layer == "ip" || layer == "ipv6") return {0xD4, 0xEA, 0xF8};
    if (layer == "tcp") return {0xCC, 0xEC, 0xE2};
    if (layer == "udp") return {0xF8, 0xE6, 0xC4};
    return {0xFA, 0xF6, 0xC8}; // data
}

void PacketInspector::clear()
{
    m_captured = false;
    m_frame.clear();
    m_packet.reset();
    m_tree->clear();
    m_bar->setParts({});
    m_hex->setBytes({}, {});
    m_title->setText(tr("Choose a segment in the diagram or the event list to see its fields and bytes."));
    m_detail->clear();
}

void PacketInspector::rebuild()
{
    const std::optional<TraceEvent> event = m_trace->byId(m_eventId);
    if (!event || !carriesSegment(*event)) {
        clear();
        return;
    }
    // The send that put this segment on the link (a deliver or a drop names the same segment).
    std::size_t sendIndex = static_cast<std::size_t>(event->id - 1);
    for (std::size_t i = sendIndex + 1; i-- > 0;) {
        const TraceEvent &e = (*m_trace)[i];
        if (e.kind == EventKind::Send && e.seg.id == event->seg.id) {
            sendIndex = i;
            break;
        }
    }
    const Segment &seg = event->seg;
    m_captured = false;
    if (m_frames) {
        const std::optional<InspectedPacket> real = m_frames(seg.id);
        if (real && showCaptured(*event, *real)) return;
        clear();
        m_title->setText(tr("Packet %1 cannot be read from the capture file.").arg(seg.id));
        return;
    }

    // Replay every earlier send through one encoder, so the IP identification is the one the
    // sender would have used; remember the previous segment in the same direction and the last
    // one the sender received.
    WireEncoder encoder;
    FieldExplainer::Context context;
    context.segment = seg;
    std::optional<std::uint16_t> previousId;
    std::array<std::optional<std::uint32_t>, 2> isn;
    for (std::size_t i = 0; i < m_trace->size(); ++i) {
        const TraceEvent &e = (*m_trace)[i];
        if (e.kind == EventKind::Send && e.seg.proto == Protocol::Tcp && e.seg.has(TcpFlag::SYN)
            && !isn[static_cast<std::size_t>(indexOf(e.seg.from))])
            isn[static_cast<std::size_t>(indexOf(e.seg.from))] = e.seg.seq;
        if (i >= sendIndex) continue;
        if (e.kind == EventKind::Send) {
            const std::uint16_t id = encoder.takeIdentification(e.seg.from);
            if (e.seg.from == seg.from && e.seg.proto == seg.proto) {
                context.previousSame = e.seg;
                previousId = id;
            }
        } else if (e.kind == EventKind::Deliver && e.node == seg.from) {
            context.lastReceived = e.seg;
        }
    }
    context.senderIsn = isn[static_cast<std::size_t>(indexOf(seg.from))];
    context.receiverIsn = isn[static_cast<std::size_t>(indexOf(peerOf(seg.from)))];

    std::vector<std::uint8_t> previousFrame;
    try {
        m_frame = encoder.encodeFrame(seg);
        if (context.previousSame) previousFrame = encoder.frameWithId(*context.previousSame, *previousId);
    } catch (const std::length_error &) {
        clear();
        m_title->setText(tr("This segment is too large for one IPv4 packet."));
        return;
    }
    m_packet = WireDecoder::decodeFrame(m_frame);
    if (!m_packet) {
        clear();
        return;
    }
    const std::optional<DecodedPacket> previous =
        previousFrame.empty() ? std::nullopt : WireDecoder::decodeFrame(previousFrame);

    context.facts = m_trace->facts()[sendIndex];
    const QString label = QString::fromStdString(seg.label());
    QString title = seg.from == NodeId::Client ? tr("Event %1, from the client to the server: %2").arg(event->id).arg(label)
                                               : tr("Event %1, from the server to the client: %2").arg(event->id).arg(label);
    const QString role = Terms::segmentRole(seg, context.facts);
    if (!role.isEmpty()) title = tr("%1\n%2", "the segment's title over what it is").arg(title, role);
    m_title->setText(title);
    const std::vector<PacketField> layers = FieldExplainer::explain(*m_packet, context, m_frame, previous ? &*previous : nullptr,
                                                                    previous ? &previousFrame : nullptr);

    showLayers(layers);
}

void PacketInspector::showLayers(const std::vector<PacketField> &layers)
{
    std::vector<EncapsulationBar::Part> parts;
    std::vector<HexView::Span> spans;
    for (const PacketField &l : layers) {
        QString name = l.title;
        if (l.name == "eth") name = tr("Ethernet");
        if (l.name == "sll") name = tr("Linux cooked");
        if (l.name == "null") name = tr("Loopback");
        if (l.name == "vlan" || l.name == "vlan2") name = tr("VLAN");
        if (l.name == "ip") name = tr("IPv4");
        if (l.name == "ipv6") name = tr("IPv6");
        if (l.name == "tcp") name = tr("TCP");
        if (l.name == "udp") name = tr("UDP");
        if (l.name == "payload") name = tr("data");
        parts.push_back({name, static_cast<int>(l.range.length), layerColor(l.name)});
        spans.push_back({l.range.offset, l.range.length, layerColor(l.name)});
    }
    if (!m_packet->field("payload")) parts.push_back({tr("data"), 0, layerColor("payload")});
    m_bar->setParts(std::move(parts));
    m_hex->setBytes(m_frame, std::move(spans));
    fillTree(layers);
}

bool PacketInspector::showCaptured(const TraceEvent &event, const InspectedPacket &real)
{
    // The real bytes, decoded as the capture's link type says; the segments around it too, with
    // their true lengths, so that "seq = previous seq + length" is explained with real numbers.
    const auto decode = [&real](const std::vector<std::uint8_t> &bytes, std::uint32_t wireLength) -> std::optional<DecodedPacket> {
        if (bytes.empty()) return std::nullopt;
        return WireDecoder::decode(real.link, bytes, wireLength);
    };
    const auto segmentOf = [](const DecodedPacket &p, NodeId from) {
        Segment s = WireDecoder::toSegment(p, p.sourceAddress());
        s.from = from;
        s.payload.resize(p.payloadLength, '\0');
        return s;
    };
    m_frame = real.bytes;
    m_packet = decode(m_frame, real.wireLength);
    if (!m_packet) return false;
    FieldExplainer::Context context;
    context.captured = true;
    context.segment = segmentOf(*m_packet, real.from);
    context.segment.retransmission = event.seg.retransmission;
    context.segment.keepalive = event.seg.keepalive;
    const std::optional<DecodedPacket> previous = decode(real.previousSame, 0);
    if (previous) context.previousSame = segmentOf(*previous, real.from);
    if (const auto received = decode(real.lastReceived, 0)) context.lastReceived = segmentOf(*received, peerOf(real.from));
    context.senderIsn = real.senderBase;
    context.receiverIsn = real.receiverBase;
    context.windowShift = real.senderWindowShift;
    m_captured = true;

    const QString label = QString::fromStdString(event.seg.label());
    m_title->setText(real.from == NodeId::Client ? tr("Packet %1, from the client to the server: %2").arg(real.number).arg(label)
                                                 : tr("Packet %1, from the server to the client: %2").arg(real.number).arg(label));
    showLayers(FieldExplainer::explain(*m_packet, context, m_frame, previous ? &*previous : nullptr,
                                       previous ? &real.previousSame : nullptr));
    return true;
}

void PacketInspector::fillTree(const std::vector<PacketField> &layers)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const std::function<void(QTreeWidgetItem *, const PacketField &)> add = [&](QTreeWidgetItem *item, const PacketField &f) {
        item->setText(FieldColumn, f.changed ? tr("Δ %1").arg(f.title) : f.title);
        item->setText(ValueColumn, f.value);
        item->setText(WhyColumn, f.why);
        item->setData(FieldColumn, NameRole, QString::fromStdString(f.name));
        item->setData(FieldColumn, OffsetRole, static_cast<qulonglong>(f.range.offset));
        item->setData(FieldColumn, LengthRole, static_cast<qulonglong>(f.range.length));
        const QString tip = f.changed ? tr("%1\nChanged since the previous segment in the same direction.").arg(f.why) : f.why;
        for (int c = 0; c < 3; ++c) item->setToolTip(c, tip);
        if (f.changed) {
            QFont bold = m_tree->font();
            bold.setBold(true);
            for (int c = 0; c < 3; ++c) item->setFont(c, bold);
        }
        for (const PacketField &child : f.children) add(new QTreeWidgetItem(item), child);
    };
    for (const PacketField &l : layers) {
        auto *item = new QTreeWidgetItem(m_tree);
        add(item, l);
        QFont bold = m_tree->font();
        bold.setBold(true);
        item->setFont(FieldColumn, bold);
        // The transport layer and the data are what the lesson is about; the rest stays folded.
        item->setExpanded(l.name == "tcp" || l.name == "udp" || l.name == "payload");
    }
    m_tree->resizeColumnToContents(FieldColumn);
    m_tree->setColumnWidth(FieldColumn, std::min(m_tree->columnWidth(FieldColumn), 210));
    QTreeWidgetItem *wanted = m_wantedField.isEmpty() ? nullptr : itemFor(m_wantedField);
    if (wanted) {
        for (QTreeWidgetItem *p = wanted->parent(); p; p = p->parent()) p->setExpanded(true);
        m_tree->setCurrentItem(wanted);
        m_tree->scrollToItem(wanted);
    }
    showSelection();
}

QTreeWidgetItem *PacketInspector::itemFor(const QString &field) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(FieldColumn, NameRole).toString() == field) return *it;
    return nullptr;
}

bool PacketInspector::selectField(const QString &field)
{
    QTreeWidgetItem *item = itemFor(field);
    if (!item) return false;
    for (QTreeWidgetItem *p = item->parent(); p; p = p->parent()) p->setExpanded(true);
    m_tree->setCurrentItem(item);
    m_tree->scrollToItem(item);
    return true;
}

QString PacketInspector::selectedField() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(FieldColumn, NameRole).toString() : QString();
}

void PacketInspector::selectByte(int offset)
{
    QTreeWidgetItem *best = nullptr;
    qulonglong bestLen = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const qulonglong o = (*it)->data(FieldColumn, OffsetRole).toULongLong();
        const qulonglong l = (*it)->data(FieldColumn, LengthRole).toULongLong();
        if (offset < 0 || static_cast<qulonglong>(offset) < o || static_cast<qulonglong>(offset) >= o + l) continue;
        if (!best || l < bestLen) {
            best = *it;
            bestLen = l;
        }
    }
    if (best) selectField(best->data(FieldColumn, NameRole).toString());
}

void PacketInspector::showSelection()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_hex->setHighlight(0, 0);
        m_bar->setCurrentPart(-1);
        m_detail->setText(m_packet ? tr("Choose a field to see its bytes, or a byte to see its field.") : QString());
        return;
    }
    m_hex->setHighlight(item->data(FieldColumn, OffsetRole).toULongLong(), item->data(FieldColumn, LengthRole).toULongLong());
    const QTreeWidgetItem *top = item;
    while (top->parent()) top = top->parent();
    m_bar->setCurrentPart(m_tree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(top)));
    const QString title = item->text(FieldColumn);
    const QString why = item->text(WhyColumn);
    m_detail->setText(why.isEmpty() ? tr("%1 = %2").arg(title, item->text(ValueColumn))
                                    : tr("%1 = %2. %3").arg(title, item->text(ValueColumn), why));
    const QRect r = m_hex->byteRect(item->data(FieldColumn, OffsetRole).toULongLong());
    if (auto *scroll = qobject_cast<QScrollArea *>(m_hex->parentWidget() ? m_hex->parentWidget()->parentWidget() : nullptr))
        scroll->ensureVisible(r.center().x(), r.center().y(), 10, r.height());
}

} // namespace wirestep
