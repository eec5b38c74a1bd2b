#include "ui/panels/predict_panel.h"

#include "ui/window/player.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QPushButton>
#include <QVBoxLayout>

namespace wirestep {

PredictPanel::PredictPanel(Player &player, QWidget *parent) : QWidget(parent), m_player(player)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    layout->addWidget(m_context);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);
    layout->addWidget(m_prompt);
    m_choices = new QVBoxLayout;
    layout->addLayout(m_choices);
    auto *numberRow = new QHBoxLayout;
    m_number = new QLineEdit(this);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{1,10}")), m_number));
    numberRow->addWidget(m_number, 1);
    m_check = new QPushButton(this);
    numberRow->addWidget(m_check);
    layout->addLayout(numberRow);
    m_number->hide();
    m_check->hide();
    connect(m_check, &QPushButton::clicked, this, &PredictPanel::checkNumber);
    connect(m_number, &QLineEdit::returnPressed, this, &PredictPanel::checkNumber);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    layout->addWidget(m_feedback);
    m_continue = new QPushButton(this);
    layout->addWidget(m_continue);
    layout->addStretch(1);
    auto *bottom = new QHBoxLayout;
    m_score = new QLabel(this);
    m_score->setWordWrap(true);
    bottom->addWidget(m_score, 1);
    m_restart = new QPushButton(this);
    bottom->addWidget(m_restart);
    layout->addLayout(bottom);

    connect(m_continue, &QPushButton::clicked, this, &PredictPanel::proceed);
    connect(m_restart, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(&m_player, &Player::currentChanged, this, &PredictPanel::playerMoved);
    retranslate();
}

void PredictPanel::setTrace(std::shared_ptr<const Trace> trace)
{
    m_trace = std::move(trace);
    m_quiz = PredictQuiz(m_trace, m_own);
    m_quiz.setLanguage(m_lang);
    m_current = -1;
    updateLimit();
    if (m_active)
        playerMoved(m_player.index(), 0);
    else
        showIdle();
}

void PredictPanel::setActive(bool active)
{
    const bool changed = active != m_active;
    m_active = active;
    m_quiz.reset();
    m_current = -1;
    updateLimit();
    if (active) {
        // From the start, straight to the first question: the events before it ask nothing.
        m_player.setIndex(m_quiz.total() > 0 ? static_cast<int>(m_quiz.questions().front().index) : 0);
        playerMoved(m_player.index(), 0);
    } else {
        showIdle();
    }
    if (changed) Q_EMIT activeChanged(active);
}

void PredictPanel::playerMoved(int shown, double progress)
{
    if (!m_active || !m_trace) return;
    const auto position = static_cast<std::size_t>(std::max(0, shown));
    // Nothing may be shown past an unanswered question: go back to it.
    const int pending = m_quiz.firstUnansweredBefore(position);
    if (pending >= 0) {
        holdAt(static_cast<int>(m_quiz.questions()[static_cast<std::size_t>(pending)].index));
        return;
    }
    const int here = m_quiz.questionAt(position);
    if (progress > 0) {
        // Playing towards an event that is a question: stop before it.
        if (here >= 0 && !m_quiz.questions()[static_cast<std::size_t>(here)].answer) {
            m_player.pause();
            holdAt(shown);
        }
        return;
    }
    if (here >= 0) {
        if (!m_quiz.questions()[static_cast<std::size_t>(here)].answer) m_player.pause();
        ask(here);
        return;
    }
    // Just past an answered question: keep its answer on screen.
    const int before = position > 0 ? m_quiz.questionAt(position - 1) : -1;
    if (before >= 0) {
        ask(before);
        return;
    }
    m_current = -1;
    showIdle();
}

void PredictPanel::holdAt(int shown)
{
    // Queued: every view must first hear of the move being undone, whatever their order.
    QMetaObject::invokeMethod(
        this, [this, shown] { m_player.setIndex(shown); }, Qt::QueuedConnection);
}

void PredictPanel::ask(int question)
{
    m_current = question;
    showQuestion();
}

void PredictPanel::choose(int index)
{
    if (m_current < 0 || m_quiz.questions()[static_cast<std::size_t>(m_current)].answer) return;
    m_quiz.answer(m_current, index);
    updateLimit();
    showQuestion();
    Q_EMIT answered(m_current);
}

void PredictPanel::checkNumber()
{
    if (m_current < 0 || m_quiz.questions()[static_cast<std::size_t>(m_current)].answer) return;
    bool ok = false;
    const qlonglong value = m_number->text().trimmed().toLongLong(&ok);
    if (!ok) {
        m_feedback->setText(tr("Type a whole number, such as 42, then Check."));
        return;
    }
    m_quiz.answerNumber(m_current, value);
    updateLimit();
    showQuestion();
    Q_EMIT answered(m_current);
}

void PredictPanel::setLanguage(const std::string &lang)
{
    m_lang = lang;
    m_quiz.setLanguage(lang);
    if (m_current >= 0) showQuestion();
}

void PredictPanel::updateLimit()
{
    if (m_active)
        for (const PredictQuiz::Question &q : m_quiz.questions())
            if (!q.answer) {
                m_player.setLimit(static_cast<int>(q.index));
                return;
            }
    m_player.setLimit(-1);
}

void PredictPanel::proceed()
{
    if (m_current < 0) return;
    const auto &q = m_quiz.questions()[static_cast<std::size_t>(m_current)];
    if (!q.answer) return;
    const int next = static_cast<int>(q.index) + 1;
    m_player.setIndex(next);
    // Play on to the next question, unless it is already here.
    if (m_quiz.questionAt(static_cast<std::size_t>(next)) < 0 && next < m_player.count()) m_player.play();
}

void PredictPanel::showQuestion()
{
    clearChoices();
    const auto &q = m_quiz.questions()[static_cast<std::size_t>(m_current)];
    m_context->setText(m_quiz.context(m_current));
    m_prompt->setText(m_quiz.prompt(m_current));
    for (int i = 0; i < static_cast<int>(q.choices.size()); ++i) {
        QString text = m_quiz.choiceText(m_current, i);
        if (q.answer && i == q.correct) text = tr("✓ %1 (right)").arg(text);
        else if (q.answer && i == *q.answer) text = tr("✗ %1 (your answer)").arg(text);
        auto *b = new QPushButton(text, this);
        b->setFont(i == q.correct && q.answer ? m_prompt->font() : font());
        // Answered: the buttons stay readable (not greyed out) but take no second answer.
        b->setFocusPolicy(q.answer ? Qt::NoFocus : Qt::StrongFocus);
        connect(b, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_choices->addWidget(b);
        m_buttons.push_back(b);
    }
    const bool number = q.kind == PredictQuiz::Question::Kind::Number;
    m_number->setVisible(number);
    m_check->setVisible(number);
    if (number) {
        m_number->setReadOnly(q.answer.has_value());
        m_check->setEnabled(!q.answer.has_value());
        if (q.typed) m_number->setText(QString::number(*q.typed));
        else m_number->clear();
        if (q.answer && *q.answer != q.correct) m_check->setText(tr("✗ %1 (your answer)").arg(QString::number(*q.typed)));
        else if (q.answer) m_check->setText(tr("✓ right"));
        else m_check->setText(tr("Check"));
    }
    m_feedback->setText(m_quiz.feedback(m_current));
    m_continue->setVisible(q.answer.has_value());
    m_restart->setEnabled(true);
    m_score->setText(m_quiz.scoreText());
    if (!q.answer) Q_EMIT questionShown(m_current);
    if (m_quiz.finished()) m_score->setText(tr("Finished! You predicted %1 of %2 steps correctly.").arg(m_quiz.correct()).arg(m_quiz.total()));
}

void PredictPanel::clearChoices()
{
    for (QPushButton *b : m_buttons) {
        m_choices->removeWidget(b);
        b->hide();
        b->deleteLater(); // it may be the button whose click is being handled
    }
    m_buttons.clear();
}

void PredictPanel::showIdle()
{
    clearChoices();
    m_number->hide();
    m_check->hide();
    m_continue->hide();
    m_feedback->clear();
    m_context->clear();
    if (!m_active) {
        m_prompt->setText(tr("Predict mode is off."));
        m_score->clear();
    } else if (m_quiz.total() == 0) {
        m_prompt->setText(tr("Nothing to predict in this scenario."));
        m_score->clear();
    } else {
        m_prompt->setText(m_quiz.finished() ? tr("Finished! You predicted %1 of %2 steps correctly.").arg(m_quiz.correct()).arg(m_quiz.total())
                                            : tr("Step or play on: the player stops at the next question."));
        m_score->setText(m_quiz.scoreText());
    }
    m_restart->setEnabled(m_active);
}

void PredictPanel::retranslate()
{
    m_intro->setText(tr("The player stops before each segment is sent and before each state change. What comes next?"));
    m_continue->setText(tr("Continue"));
    m_restart->setText(tr("Start again"));
    if (m_current >= 0)
        showQuestion();
    else
        showIdle();
}

void PredictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace wirestep
