#include "ui/exercise/exercise_mode.h"

#include "core/i18n/load_error_text.h"
#include "ui/exercise/exercise_panel.h"
#include "ui/exercise/student_dialog.h"
#include "ui/panels/link_panel.h"
#include "ui/panels/panel_docks.h"
#include "ui/panels/predict_panel.h"
#include "ui/window/main_window.h"
#include "ui/window/safe_save.h"

#include <QAction>
#include <QDirIterator>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initExerciseResources() { Q_INIT_RESOURCE(exercises); }

namespace wirestep {

namespace {

constexpr char kSampleRoot[] = ":/exercises/course";

int answeredIn(const ExerciseSession &session, std::size_t scenario)
{
    const std::string &file = session.pack().entries()[scenario].file;
    int n = 0;
    for (const ExerciseResults::Answer &a : session.results().answers)
        if (a.scenario == file) ++n;
    return n;
}

} // namespace

ExerciseMode::ExerciseMode(MainWindow &window) : QObject(&window), m_window(window)
{
    m_panel = new ExercisePanel(&window);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("exercisesDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();

    m_openAction = new QAction(this);
    connect(m_openAction, &QAction::triggered, this, &ExerciseMode::chooseOpen);
    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &ExerciseMode::openSample);
    m_exportAction = new QAction(this);
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &ExerciseMode::chooseExport);

    connect(m_panel, &ExercisePanel::scenarioChosen, this, [this](int i) { showScenario(i); });
    connect(m_panel, &ExercisePanel::exportRequested, this, &ExerciseMode::chooseExport);
    connect(m_panel, &ExercisePanel::closeRequested, this, &ExerciseMode::askStop);
    PredictPanel *predict = window.panels()->predictPanel();
    connect(predict, &PredictPanel::questionShown, this, &ExerciseMode::questionShown);
    connect(predict, &PredictPanel::answered, this, &ExerciseMode::questionAnswered);
    window.installEventFilter(this);
    retranslate();
}

ExerciseMode::~ExerciseMode() = default;

ExercisePack::LoadResult ExerciseMode::loadSample()
{
    initExerciseResources();
    std::map<std::string, std::string> files;
    const QString root = QString::fromLatin1(kSampleRoot);
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) continue;
        files[path.mid(root.size() + 1).toStdString()] = f.readAll().toStdString();
    }
    return ExercisePack::fromFiles(files, "course");
}

bool ExerciseMode::open(const QString &path) { return startWith(ExercisePack::load(path.toStdString()), path); }

bool ExerciseMode::openSample() { return startWith(loadSample(), tr("the sample course")); }

bool ExerciseMode::startWith(ExercisePack::LoadResult loaded, const QString &path)
{
    if (!loaded.ok()) {
        QStringList lines;
        for (const LoadError &e : loaded.errors) lines << LoadErrorText::line(e);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open exercises"),
                                    tr("The exercise pack %1 has %n problem(s); nothing was changed.", nullptr,
                                       static_cast<int>(lines.size()))
                                        .arg(path),
                                    QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("packErrors"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    if (isActive() && m_session->answered() > 0 &&
        QMessageBox::question(&m_window, tr("Open exercises"),
                              tr("Stop the exercises you are answering? Answers you have not exported are lost.")) != QMessageBox::Yes)
        return false;
    const std::string lang = m_window.language().toStdString();
    StudentDialog dialog(QString::fromStdString(loaded.pack->titleIn(lang)), &m_window);
    QSettings settings;
    dialog.setName(settings.value(QStringLiteral("exercises/studentName")).toString());
    dialog.setStudentId(settings.value(QStringLiteral("exercises/studentId")).toString());
    if (dialog.exec() != QDialog::Accepted) return false;
    settings.setValue(QStringLiteral("exercises/studentName"), dialog.name());
    settings.setValue(QStringLiteral("exercises/studentId"), dialog.studentId());
    start(std::make_shared<const ExercisePack>(std::move(*loaded.pack)), dialog.name(), dialog.studentId());
    return true;
}

void ExerciseMode::start(std::shared_ptr<const ExercisePack> pack, const QString &name, const QString &id)
{
    m_pack = std::move(pack);
    m_session = std::make_unique<ExerciseSession>(m_pack, name.toStdString(), id.toStdString(), m_clock);
    // The link panel's own loss would change the questions: off while the exercises run.
    m_window.linkPanel()->setLossy(false);
    m_window.linkPanel()->setEnabled(false);
    m_exportAction->setEnabled(true);
    m_dock->show();
    m_dock->raise();
    m_current = -1;
    showScenario(0);
}

bool ExerciseMode::showScenario(int index)
{
    if (!isActive() || index < 0 || static_cast<std::size_t>(index) >= m_pack->size()) return false;
    m_current = index;
    m_window.showScenario(m_pack->scenarioAsRun(static_cast<std::size_t>(index)));
    PanelDocks *panels = m_window.panels();
    panels->predictPanel()->setActive(true); // from the first question, score at zero
    panels->predictDock()->show();
    panels->predictDock()->raise();
    refresh();
    return true;
}

bool ExerciseMode::showsCurrent() const
{
    if (!isActive() || m_current < 0 || !m_window.scenario()) return false;
    return *m_window.scenario() == m_pack->scenarioAsRun(static_cast<std::size_t>(m_current)) &&
           m_window.linkPanel()->faults().empty() && !m_window.linkPanel()->isLossy();
}

void ExerciseMode::questionShown(int question)
{
    if (showsCurrent()) m_session->shown(static_cast<std::size_t>(m_current), question);
}

void ExerciseMode::questionAnswered(int question)
{
    if (!showsCurrent()) return;
    const PredictQuiz &quiz = m_window.panels()->predictPanel()->quiz();
    if (question < 0 || question >= quiz.total()) return;
    const PredictQuiz::Question &q = quiz.questions()[static_cast<std::size_t>(question)];
    if (!q.answer) return;
    if (q.kind == PredictQuiz::Question::Kind::Number) {
        if (q.typed) m_session->answerNumber(static_cast<std::size_t>(m_current), question, q.index, *q.typed);
    } else {
        m_session->answer(static_cast<std::size_t>(m_current), question, q.kind, q.index, *q.answer);
    }
    refresh();
}

bool ExerciseMode::exportResults(const QString &path, QString *error) const
{
    if (!isActive()) return false;
    return SafeSave::write(path, QByteArray::fromStdString(m_session->results().toJson()), error);
}

void ExerciseMode::chooseExport()
{
    if (!isActive()) return;
    QString who = QString::fromStdString(m_session->studentId().empty() ? m_session->studentName() : m_session->studentId());
    who.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString suggested = QStringLiteral("%1-%2.results.json").arg(QString::fromStdString(m_pack->id()), who);
    const QString path = QFileDialog::getSaveFileName(&m_window, tr("Export results"), suggested, tr("Results files (*.json)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportResults(path, &error)) QMessageBox::warning(&m_window, tr("Export results"), error);
    else m_window.statusBar()->showMessage(tr("Results written to %1: hand this file in.").arg(QFileInfo(path).fileName()), 10000);
}

void ExerciseMode::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open exercises"), QString(),
                                                      tr("Exercise packs (pack.json *.zip)"));
    if (!path.isEmpty()) open(path);
}

void ExerciseMode::askStop()
{
    if (!isActive()) return;
    if (m_session->answered() > 0 &&
        QMessageBox::question(&m_window, tr("Stop the exercises"),
                              tr("Stop the exercises? Answers you have not exported are lost.")) != QMessageBox::Yes)
        return;
    stop();
}

void ExerciseMode::stop()
{
    m_session.reset();
    m_pack.reset();
    m_current = -1;
    m_window.linkPanel()->setEnabled(true);
    m_exportAction->setEnabled(false);
    m_window.panels()->predictPanel()->setActive(false);
    m_dock->hide();
}

void ExerciseMode::refresh()
{
    if (!isActive()) return;
    const std::string lang = m_window.language().toStdString();
    const QString name = QString::fromStdString(m_session->studentName());
    const QString id = QString::fromStdString(m_session->studentId());
    const QString who = name.isEmpty() ? id : id.isEmpty() ? name : tr("%1 (%2)").arg(name, id);
    m_panel->setHeader(tr("%1 — answered by %2").arg(QString::fromStdString(m_pack->titleIn(lang)), who));
    QStringList lines;
    for (std::size_t i = 0; i < m_pack->size(); ++i) {
        const QString title = QString::fromStdString(m_pack->entries()[i].scenario.titleIn(lang));
        lines << tr("%1. %2 — %3 of %4 answered")
                     .arg(i + 1)
                     .arg(title)
                     .arg(answeredIn(*m_session, i))
                     .arg(m_session->quiz(i).total());
    }
    m_panel->setScenarios(lines, m_current);
    m_panel->setProgress(tr("Answered %1 of %2 questions, %3 of them right. Export the results when you are done.")
                             .arg(m_session->answered())
                             .arg(m_session->total())
                             .arg(m_session->right()));
}

bool ExerciseMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void ExerciseMode::retranslate()
{
    m_dock->setWindowTitle(tr("Exercises"));
    m_openAction->setText(tr("Open e&xercises…"));
    m_sampleAction->setText(tr("Open the sample &course exercises"));
    m_exportAction->setText(tr("Export &results…"));
    refresh();
}

} // namespace wirestep
