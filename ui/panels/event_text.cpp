#include "ui/panels/event_text.h"
#include "core/narration/terms.h"

#include "core/capture/capture_text.h"
#include "core/capture/segment_analysis.h"
#include "core/narration/time_format.h"

namespace wirestep {

QString EventText::kindName(EventKind k)
{
    switch (k) {
    case EventKind::App: return tr("app call");
    case EventKind::Send: return tr("send");
    case EventKind::Deliver: return tr("deliver");
    case EventKind::Drop: return tr("drop");
    case EventKind::State: return tr("state");
    case EventKind::Timer: return tr("timer");
    case EventKind::Link: return tr("link");
    }
    return {};
}

QString EventText::inferredStateLabel(TcpState s)
{
    return tr("%1 (inferred)", "a state inferred from a capture").arg(Terms::stateLabel(s));
}

QString EventText::inferredMark()
{
    return tr("(inferred)", "under a state inferred from a capture");
}

QString EventText::unknownState()
{
    return tr("unknown", "a state a capture cannot tell");
}

QString EventText::analysisLabels(const TraceEvent &send)
{
    return send.analysis.empty() ? QString() : CaptureText::analysisLabels(SegmentAnalysis::parse(send.analysis));
}

QString EventText::analysisNote(const QString &labels, const QString &timer)
{
    return timer.isEmpty() ? tr("[%1]", "analysis labels under an arrow").arg(labels)
                           : tr("[%1] %2", "analysis labels and the timer under an arrow").arg(labels, timer);
}

QString EventText::appCall(const TraceEvent &e, const EventFacts &facts)
{
    // "send 6 bytes" names the function bare; "connect()" and "EOF" as Terms names them.
    const std::string_view token = toString(e.call);
    // A signal Qt delivers (bytesWritten) is named as the signal, never as a call.
    const QString name = isApplicationCall(e.call) ? QString::fromUtf8(token.data(), static_cast<qsizetype>(token.size())) : Terms::call(e.call);
    QString text = e.bytes >= 0 ? tr("%1 %n byte(s)", nullptr, e.bytes).arg(name) : Terms::call(e.call);
    if (e.error != AppError::None) text = Terms::callFailure(e, facts, text);
    return text;
}

QString EventText::linkChange(const TraceEvent &e)
{
    return e.link == LinkChange::Cut ? tr("link cut") : tr("link healed");
}

QString EventText::timer(TimerKind k, std::int64_t us, const EventFacts &facts)
{
    if (us <= 0) {
        // A length nobody knows (a capture's 2MSL): the timer's name alone.
        switch (k) {
        case TimerKind::Retransmission: return tr("RTO");
        case TimerKind::TimeWait: return tr("2MSL");
        case TimerKind::Keepalive: return tr("keepalive");
        case TimerKind::DelayedAck: return tr("delayed ACK");
        case TimerKind::FinWait2: return tr("FIN_WAIT_2");
        }
    }
    QString d = TimeFormat::duration(us);
    const QString real = Terms::realTimerShort(k, us, facts);
    if (!real.isEmpty()) d = tr("%1 (%2)", "a shortened timer and its real value").arg(d, real);
    switch (k) {
    case TimerKind::Retransmission: return tr("RTO %1").arg(d);
    case TimerKind::TimeWait: return tr("2MSL %1").arg(d);
    case TimerKind::Keepalive: return tr("keepalive %1").arg(d);
    case TimerKind::DelayedAck: return tr("delayed ACK %1").arg(d);
    case TimerKind::FinWait2: return tr("FIN_WAIT_2 %1").arg(d);
    }
    return d;
}

QString EventText::fold(const LadderLayout::Fold &f)
{
    const QString d = TimeFormat::duration(f.durationUs);
    return f.timeWait ? tr("TIME_WAIT %1").arg(d) : tr("%1 idle").arg(d);
}

QString EventText::flagsTag(const Segment &s)
{
    if (s.proto == Protocol::Udp) return tr("UDP");
    QString f = QString::fromStdString(flagsToString(s.flags & static_cast<std::uint8_t>(~TcpFlag::PSH)));
    f.remove(QLatin1Char(' '));
    if (!s.payload.empty()) f = f.isEmpty() ? tr("data") : tr("%1+data").arg(f);
    return f;
}

QString EventText::segmentLabel(const Segment &s)
{
    return QString::fromStdString(s.label());
}

QString EventText::segmentNote(const Segment &s, const EventFacts &f)
{
    // A datagram is a message: short text is shown on the diagram itself (the time lab's format
    // and the server's answer).
    if (s.proto == Protocol::Udp && !s.payload.empty() && s.payload.size() <= 40 && isText(s.payload)) return payloadText(s.payload);
    if (s.sendCause == SendCause::Timeout && f.rtoUs > 0) return tr("timeout (RTO %1)").arg(TimeFormat::duration(f.rtoUs));
    if (s.sendCause == SendCause::FastRetransmit)
        return tr("fast retransmit (%n dup ACK(s))", nullptr, f.dupAcksHeard > 0 ? f.dupAcksHeard : 3);
    return Terms::segmentTag(s, f);
}

bool EventText::isText(const std::string &payload)
{
    const QString all = QString::fromUtf8(payload.data(), static_cast<qsizetype>(payload.size()));
    if (all.contains(QChar::ReplacementCharacter)) return false;
    for (const QChar ch : all)
        if (!ch.isPrint() && ch != QLatin1Char('\n') && ch != QLatin1Char('\t')) return false;
    return true;
}

QString EventText::payloadText(const std::string &payload)
{
    constexpr std::size_t kShown = 48;
    const QString all = QString::fromUtf8(payload.data(), static_cast<qsizetype>(payload.size()));
    const int n = static_cast<int>(payload.size());
    if (payload.empty() || !isText(payload)) return tr("%n byte(s)", nullptr, n);
    QString shown = all.left(static_cast<qsizetype>(kShown));
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    if (all.size() > static_cast<qsizetype>(kShown)) shown += QStringLiteral("…");
    return tr("\"%1\" (%n byte(s))", nullptr, n).arg(shown);
}

QString EventText::segmentTooltip(const TraceEvent &send, const std::optional<TraceEvent> &end, const EventFacts &facts,
                                  const std::optional<Segment> &shown)
{
    const Segment &s = send.seg;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(segmentLabel(shown ? *shown : s).toHtmlEscaped());
    const QString role = Terms::segmentRole(s, facts);
    if (!role.isEmpty()) lines << role.toHtmlEscaped();
    lines << tr("from %1, sent at %2").arg(Terms::node(s.from), TimeFormat::duration(send.tUs));
    if (end) {
        if (end->kind == EventKind::Drop)
            lines << tr("lost at %1 (%2)").arg(TimeFormat::duration(end->tUs), Terms::dropReason(end->reason));
        else
            lines << tr("delivered at %1, after %2").arg(TimeFormat::duration(end->tUs), TimeFormat::duration(end->tUs - send.tUs));
    } else {
        lines << tr("still in flight");
    }
    lines << tr("ports: %1 → %2").arg(s.sport).arg(s.dport);
    if (s.proto == Protocol::Tcp) {
        if (shown && (shown->seq != s.seq || shown->ack != s.ack))
            lines << tr("seq: %1  ack: %2 (relative; as sent: %3 and %4)").arg(shown->seq).arg(shown->ack).arg(s.seq).arg(s.ack);
        else
            lines << tr("seq: %1  ack: %2").arg(s.seq).arg(s.ack);
        lines << tr("flags: %1").arg(QString::fromStdString(flagsToString(s.flags)));
        lines << tr("window: %1").arg(s.window);
        if (s.mss) lines << tr("MSS option: %1").arg(s.mss);
    }
    lines << tr("data: %1").arg(payloadText(s.payload)).toHtmlEscaped();
    if (s.injected) lines << tr("injected by the scenario");
    if (!send.analysis.empty()) lines << tr("analysis: %1").arg(analysisLabels(send).toHtmlEscaped());
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString EventText::faultAction(FaultAction a)
{
    switch (a) {
    case FaultAction::Drop: return tr("Drop");
    case FaultAction::Delay: return tr("Delay");
    case FaultAction::Duplicate: return tr("Duplicate");
    }
    return {};
}

QString EventText::faultRule(const FaultRule &r)
{
    QString what = r.proto == Protocol::Udp ? tr("UDP datagram")
                                            : QString::fromStdString(flagsToString(r.flags));
    if (r.hasData) what = *r.hasData ? tr("%1 with data").arg(what) : tr("%1 without data").arg(what);
    const QString who = r.from ? Terms::node(*r.from) : tr("any node");
    switch (r.action) {
    case FaultAction::Drop: return tr("Drop %1 #%2 sent by %3").arg(what).arg(r.nth).arg(who);
    case FaultAction::Delay:
        return tr("Delay %1 #%2 sent by %3 for %4").arg(what).arg(r.nth).arg(who, TimeFormat::duration(r.delayUs));
    case FaultAction::Duplicate: return tr("Duplicate %1 #%2 sent by %3").arg(what).arg(r.nth).arg(who);
    }
    return {};
}

} // namespace wirestep
