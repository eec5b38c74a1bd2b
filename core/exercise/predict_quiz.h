#pragma once
#include "core/scenario/scenario.h"
#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace wirestep {

// Predict mode's questions for one trace: before each segment is sent and before each state
// change, "what comes next?", with the real answer and the tempting wrong ones students give
// (docs/teaching-notes.md): ack = the sequence number received, the flags of the previous step, an ISN
// of zero, the peer's state, a neighbouring state. Keeps the answers and the score.
class PredictQuiz {
    Q_DECLARE_TR_FUNCTIONS(wirestep::PredictQuiz)

public:
    // Why a wrong choice is tempting; the feedback explains the mistake.
    enum class Mistake {
        None,          // the right answer
        AckIsSeq,      // ack = the sequence number received, not the next byte expected
        PreviousFlags, // the flags of the step before
        IsnZero,       // an initial sequence number of zero
        SeqOff,        // a sequence number one too far
        MissingFlag,   // one flag fewer than the segment carries
        ExtraFlag,     // a flag it does not carry
        UdpConnect,    // UDP opening a connection
        UdpAck,        // UDP acknowledging
        UdpMerged,     // two datagrams merged into one
        PeerState,     // the state the other node is in or goes to
        NearbyState,   // another state next to it in the diagram
    };

    struct Choice {
        Segment segment;               // for a segment question
        TcpState state = TcpState::Closed; // for a state question
        Mistake mistake = Mistake::None;
    };

    struct Question {
        // Segment and State: what comes next, asked of every segment and state change. Choice and
        // Number: the scenario's own question (`asked`), answered by a choice or a number typed.
        enum class Kind { Segment, State, Choice, Number };
        Kind kind = Kind::Segment;
        std::size_t index = 0;         // trace index of the event: asked with `index` events shown
        NodeId node = NodeId::Client;
        std::vector<Choice> choices;
        int correct = 0;
        std::optional<int> answer;     // Number: 0 when the number typed was right, else 1
        std::optional<ScenarioQuestion> asked;
        std::optional<std::int64_t> typed; // Number: what was typed
    };

    PredictQuiz() = default;
    // The questions of `trace`; a scenario's own questions take the place of the one asked
    // before the same event (their anchors are looked up in the trace).
    explicit PredictQuiz(std::shared_ptr<const Trace> trace, const std::vector<ScenarioQuestion> &own = {});
    // The language of the scenario's own texts ("en", "zh_CN").
    void setLanguage(const std::string &lang) { m_lang = lang; }

    const std::vector<Question> &questions() const { return m_questions; }
    // The question asked before trace event `index`, or -1.
    int questionAt(std::size_t index) const;
    // The first question not yet answered whose event comes before position `shown`, or -1.
    int firstUnansweredBefore(std::size_t shown) const;

    // Records the answer to question q (the first one only); true if it is right.
    bool answer(int q, int choice);
    // The same for a question that asks for a number.
    bool answerNumber(int q, std::int64_t value);
    int total() const { return static_cast<int>(m_questions.size()); }
    int answered() const;
    int correct() const;
    bool finished() const { return answered() == total(); }
    void reset();

    // The texts, in the current language.
    QString prompt(int q) const;
    QString choiceText(int q, int choice) const;
    // What happened just before the question's event, for context.
    QString context(int q) const;
    // Right or wrong, why, and the narration of what really happened.
    QString feedback(int q) const;
    QString scoreText() const;

private:
    void addSegmentQuestion(std::size_t index, const Segment *previousSent, const Segment *lastReceived);
    void addStateQuestion(std::size_t index, TcpState peerState);
    static QString mistakeText(const Choice &c, const Choice &right);

    std::shared_ptr<const Trace> m_trace;
    std::vector<Question> m_questions;
    std::string m_lang = "en";
};

} // namespace wirestep
