#include "core/exercise/predict_quiz.h"
#include "core/trace/trace_facts.h"

#include "core/narration/narrator.h"
#include "core/narration/terms.h"

#include <algorithm>
#include <array>

namespace wirestep {

namespace {

constexpr std::size_t kChoices = 4;

// The state as the UI names it: the RFC name, with its gloss in a language that has one.
QString stateName(TcpState s) { return Terms::stateLabel(s); }

// States students mix up with `s`, most tempting first.
std::vector<TcpState> confusedWith(TcpState s)
{
    using S = TcpState;
    switch (s) {
    case S::Closed: return {S::TimeWait, S::Listen};
    case S::Listen: return {S::SynSent, S::SynReceived};
    case S::SynSent: return {S::SynReceived, S::Established};
    case S::SynReceived: return {S::SynSent, S::Established};
    case S::Established: return {S::SynReceived, S::SynSent};
    case S::FinWait1: return {S::FinWait2, S::CloseWait};
    case S::FinWait2: return {S::FinWait1, S::TimeWait};
    case S::CloseWait: return {S::LastAck, S::FinWait1};
    case S::Closing: return {S::TimeWait, S::FinWait2};
    case S::LastAck: return {S::CloseWait, S::TimeWait};
    case S::TimeWait: return {S::Closed, S::Closing};
    }
    return {};
}

} // namespace

PredictQuiz::PredictQuiz(std::shared_ptr<const Trace> trace, const std::vector<ScenarioQuestion> &own) : m_trace(std::move(trace))
{
    if (!m_trace) return;
    std::array<TcpState, 2> state{TcpState::Closed, TcpState::Closed};
    std::array<std::optional<Segment>, 2> lastReceived;
    std::optional<Segment> previousSent;
    for (std::size_t i = 0; i < m_trace->size(); ++i) {
        const TraceEvent &e = (*m_trace)[i];
        const auto n = static_cast<std::size_t>(indexOf(e.node));
        switch (e.kind) {
        case EventKind::Send:
            if (!e.seg.injected) {
                const auto from = static_cast<std::size_t>(indexOf(e.seg.from));
                addSegmentQuestion(i, previousSent ? &*previousSent : nullptr,
                                   lastReceived[from] ? &*lastReceived[from] : nullptr);
            }
            previousSent = e.seg;
            break;
        case EventKind::Deliver: lastReceived[n] = e.seg; break;
        case EventKind::State:
            addStateQuestion(i, state[1 - n]);
            state[n] = e.to;
            break;
        default: break;
        }
    }
    // The scenario's own questions, in the place of what comes next at their events.
    for (const ScenarioQuestion &sq : own) {
        const std::optional<std::size_t> at = sq.before.findIn(*m_trace);
        if (!at) continue;
        Question q;
        q.kind = sq.number ? Question::Kind::Number : Question::Kind::Choice;
        q.index = *at;
        q.node = (*m_trace)[*at].node;
        q.correct = sq.number ? 0 : sq.answer;
        if (!sq.number) q.choices.resize(sq.choices.size()); // one button each; the texts are the scenario's
        q.asked = sq;
        const auto it = std::lower_bound(m_questions.begin(), m_questions.end(), *at,
                                         [](const Question &x, std::size_t i) { return x.index < i; });
        if (it != m_questions.end() && it->index == *at) *it = std::move(q);
        else m_questions.insert(it, std::move(q));
    }
}

void PredictQuiz::addSegmentQuestion(std::size_t index, const Segment *previousSent, const Segment *lastReceived)
{
    const Segment &s = (*m_trace)[index].seg;
    Question q;
    q.kind = Question::Kind::Segment;
    q.index = index;
    q.node = s.from;
    std::vector<Choice> wrong;
    const auto offer = [&](Segment seg, Mistake m) {
        if (seg.label() == s.label()) return;
        for (const Choice &c : wrong)
            if (c.segment.label() == seg.label()) return;
        wrong.push_back({std::move(seg), TcpState::Closed, m});
    };

    if (s.proto == Protocol::Udp) {
        Segment syn = s;
        syn.proto = Protocol::Tcp;
        syn.flags = TcpFlag::SYN;
        syn.payload.clear();
        offer(syn, Mistake::UdpConnect);
        if (previousSent && previousSent->proto == Protocol::Udp) {
            Segment merged = s;
            merged.payload += previousSent->payload;
            offer(merged, Mistake::UdpMerged);
        }
        Segment ack = s;
        ack.proto = Protocol::Tcp;
        ack.flags = TcpFlag::ACK;
        ack.payload.clear();
        offer(ack, Mistake::UdpAck);
    } else {
        if (s.has(TcpFlag::ACK)) {
            Segment m = s;
            m.ack = lastReceived && lastReceived->seq != s.ack ? lastReceived->seq : s.ack - 1;
            offer(m, Mistake::AckIsSeq);
        }
        if (previousSent && previousSent->proto == Protocol::Tcp && previousSent->flags != s.flags) {
            Segment m = s;
            m.flags = previousSent->flags;
            if (m.has(TcpFlag::ACK) && !s.has(TcpFlag::ACK)) m.ack = lastReceived ? lastReceived->seq + lastReceived->seqLen() : 0;
            offer(m, Mistake::PreviousFlags);
        }
        if (s.has(TcpFlag::SYN) && !s.retransmission) {
            Segment m = s;
            m.seq = 0;
            offer(m, Mistake::IsnZero);
        }
        if (s.has(TcpFlag::SYN) && s.has(TcpFlag::ACK)) {
            Segment m = s;
            m.flags = static_cast<std::uint8_t>(s.flags & ~TcpFlag::SYN);
            offer(m, Mistake::MissingFlag);
        } else if (s.has(TcpFlag::FIN) && s.has(TcpFlag::ACK)) {
            Segment m = s;
            m.flags = static_cast<std::uint8_t>(s.flags & ~TcpFlag::FIN);
            offer(m, Mistake::MissingFlag);
        } else if (!s.has(TcpFlag::SYN) && !s.has(TcpFlag::FIN) && !s.has(TcpFlag::RST)) {
            Segment m = s;
            m.flags = static_cast<std::uint8_t>(s.flags | TcpFlag::FIN);
            offer(m, Mistake::ExtraFlag);
        }
        Segment m = s;
        m.seq = s.seq + 1;
        offer(m, Mistake::SeqOff);
    }
    if (wrong.size() > kChoices - 1) wrong.resize(kChoices - 1);
    // Where the right answer goes depends only on the event, so a quiz is the same every time.
    q.correct = static_cast<int>((index * 5 + 3) % (wrong.size() + 1));
    q.choices = std::move(wrong);
    q.choices.insert(q.choices.begin() + q.correct, Choice{s, TcpState::Closed, Mistake::None});
    m_questions.push_back(std::move(q));
}

void PredictQuiz::addStateQuestion(std::size_t index, TcpState peerState)
{
    const TraceEvent &e = (*m_trace)[index];
    Question q;
    q.kind = Question::Kind::State;
    q.index = index;
    q.node = e.node;
    std::vector<Choice> wrong;
    const auto offer = [&](TcpState s, Mistake m) {
        if (s == e.to || s == e.from || wrong.size() >= kChoices - 1) return;
        for (const Choice &c : wrong)
            if (c.state == s) return;
        wrong.push_back({Segment{}, s, m});
    };
    // Where the peer goes next, if that is where students expect this node (TIME_WAIT "on the
    // server"); else where the peer is now.
    TcpState peerNext = peerState;
    for (std::size_t i = index + 1; i < m_trace->size(); ++i) {
        const TraceEvent &f = (*m_trace)[i];
        if (f.kind == EventKind::State && f.node != e.node) {
            peerNext = f.to;
            break;
        }
    }
    offer(peerNext, Mistake::PeerState);
    for (TcpState s : confusedWith(e.to)) offer(s, Mistake::NearbyState);
    for (int i = 0; i < kTcpStateCount; ++i) {
        const auto s = static_cast<TcpState>(i);
        if (isRfcTransition(e.from, s)) offer(s, Mistake::NearbyState);
    }
    offer(peerState, Mistake::PeerState);
    q.correct = static_cast<int>((index * 5 + 3) % (wrong.size() + 1));
    q.choices = std::move(wrong);
    q.choices.insert(q.choices.begin() + q.correct, Choice{Segment{}, e.to, Mistake::None});
    m_questions.push_back(std::move(q));
}

int PredictQuiz::questionAt(std::size_t index) const
{
    const auto it = std::lower_bound(m_questions.begin(), m_questions.end(), index,
                                     [](const Question &q, std::size_t i) { return q.index < i; });
    return it != m_questions.end() && it->index == index ? static_cast<int>(it - m_questions.begin()) : -1;
}

int PredictQuiz::firstUnansweredBefore(std::size_t shown) const
{
    for (std::size_t i = 0; i < m_questions.size() && m_questions[i].index < shown; ++i)
        if (!m_questions[i].answer) return static_cast<int>(i);
    return -1;
}

bool PredictQuiz::answerNumber(int q, std::int64_t value)
{
    if (q < 0 || q >= total()) return false;
    Question &question = m_questions[static_cast<std::size_t>(q)];
    if (question.kind != Question::Kind::Number || question.answer) return question.answer && *question.answer == 0;
    question.typed = value;
    question.answer = value == *question.asked->number ? 0 : 1;
    return *question.answer == 0;
}

bool PredictQuiz::answer(int q, int choice)
{
    if (q < 0 || q >= total()) return false;
    Question &question = m_questions[static_cast<std::size_t>(q)];
    if (choice < 0 || choice >= static_cast<int>(question.choices.size())) return false;
    if (!question.answer) question.answer = choice;
    return *question.answer == question.correct;
}

int PredictQuiz::answered() const
{
    return static_cast<int>(std::count_if(m_questions.begin(), m_questions.end(), [](const Question &q) { return q.answer.has_value(); }));
}

int PredictQuiz::correct() const
{
    return static_cast<int>(std::count_if(m_questions.begin(), m_questions.end(),
                                          [](const Question &q) { return q.answer && *q.answer == q.correct; }));
}

void PredictQuiz::reset()
{
    for (Question &q : m_questions) {
        q.answer.reset();
        q.typed.reset();
    }
}

QString PredictQuiz::prompt(int q) const
{
    const Question &question = m_questions[static_cast<std::size_t>(q)];
    const bool client = question.node == NodeId::Client;
    if (question.asked) return QString::fromStdString(textIn(question.asked->prompt, m_lang));
    if (question.kind == Question::Kind::State) {
        const QString now = Terms::stateInSentence((*m_trace)[question.index].from);
        return client ? tr("The client's state is about to change; it is in %1 now. Which state does it enter?").arg(now)
                      : tr("The server's state is about to change; it is in %1 now. Which state does it enter?").arg(now);
    }
    if ((*m_trace)[question.index].seg.proto == Protocol::Udp)
        return client ? tr("The client is about to send something. What goes on the wire?")
                      : tr("The server is about to send something. What goes on the wire?");
    return client ? tr("The client is about to send a segment. Which one: which flags, seq and ack?")
                  : tr("The server is about to send a segment. Which one: which flags, seq and ack?");
}

QString PredictQuiz::context(int q) const
{
    const std::size_t index = m_questions[static_cast<std::size_t>(q)].index;
    if (index == 0) return tr("Nothing has happened yet.");
    return tr("Just before: %1").arg(Narrator::sentence((*m_trace)[index - 1], m_trace->facts()[index - 1]));
}

QString PredictQuiz::choiceText(int q, int choice) const
{
    const Question &question = m_questions[static_cast<std::size_t>(q)];
    if (question.kind == Question::Kind::Number) return QString::number(*question.asked->number);
    if (question.kind == Question::Kind::Choice)
        return QString::fromStdString(textIn(question.asked->choices[static_cast<std::size_t>(choice)], m_lang));
    const Choice &c = question.choices[static_cast<std::size_t>(choice)];
    if (question.kind == Question::Kind::State) return stateName(c.state);
    if (c.mistake == Mistake::UdpConnect) return tr("A SYN, to open a connection first");
    if (c.mistake == Mistake::UdpAck) return tr("An ACK for the datagram before");
    return QString::fromStdString(c.segment.label());
}

QString PredictQuiz::mistakeText(const Choice &c, const Choice &right)
{
    switch (c.mistake) {
    case Mistake::None: return {};
    case Mistake::AckIsSeq:
        return tr("The acknowledgment number is the next byte expected: the sequence number received plus what that segment took (its data, and one for a SYN or FIN).");
    case Mistake::PreviousFlags: return tr("Those are the flags of the step before; each segment's flags say what this one does.");
    case Mistake::IsnZero: return tr("Initial sequence numbers are not zero; Wireshark only shows them relative to the ISN.");
    case Mistake::SeqOff: return tr("The sequence number is that of the first byte this segment carries; a bare ACK takes no sequence number.");
    case Mistake::MissingFlag:
        return tr("One segment can carry several flags: here %1.").arg(QString::fromStdString(flagsToString(right.segment.flags)));
    case Mistake::ExtraFlag: return tr("A FIN is sent only when the application closes; this segment only acknowledges.");
    case Mistake::UdpConnect: return tr("UDP has no connection and no handshake: each sendto() is one datagram, sent at once.");
    case Mistake::UdpAck: return tr("UDP acknowledges nothing; a lost datagram is simply gone.");
    case Mistake::UdpMerged: return tr("UDP keeps message boundaries: every datagram travels and arrives whole, never merged with another.");
    case Mistake::PeerState:
        return tr("That is the other side's state: the two ends of a connection go through different states (TIME_WAIT is on the side that closed first).");
    case Mistake::NearbyState: return tr("Follow the arrow in the state diagram: from here this event leads to %1.").arg(stateName(right.state));
    }
    return {};
}

QString PredictQuiz::feedback(int q) const
{
    const Question &question = m_questions[static_cast<std::size_t>(q)];
    if (!question.answer) return {};
    const QString what = Narrator::sentence((*m_trace)[question.index], m_trace->facts()[question.index]);
    if (question.asked) {
        // The scenario's own explanation says why; then what really happened.
        const QString why = QString::fromStdString(textIn(question.asked->explanation, m_lang));
        if (*question.answer == question.correct) return tr("Right! %1 %2").arg(why, what);
        return tr("Not quite: the answer is %1. %2 %3").arg(choiceText(q, question.correct), why, what);
    }
    if (*question.answer == question.correct) return tr("Right! %1").arg(what);
    const Choice &chosen = question.choices[static_cast<std::size_t>(*question.answer)];
    const Choice &right = question.choices[static_cast<std::size_t>(question.correct)];
    return tr("Not quite: the answer is %1. %2 %3").arg(choiceText(q, question.correct), mistakeText(chosen, right), what);
}

QString PredictQuiz::scoreText() const
{
    return tr("Score: %1 right of %2 answered (%3 questions in this scenario).").arg(correct()).arg(answered()).arg(total());
}

} // namespace wirestep
