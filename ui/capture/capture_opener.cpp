#include "ui/capture/capture_opener.h"

#include "core/capture/capture_text.h"
#include "ui/capture/conversation_picker.h"
#include "ui/window/main_window.h"
#include "ui/window/recent_files.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace wirestep {

CaptureOpener::CaptureOpener(MainWindow &window) : QObject(&window), m_window(window)
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openAction->setObjectName(QStringLiteral("openCapture"));
    connect(m_openAction, &QAction::triggered, this, &CaptureOpener::chooseFile);
    m_chooseAction = new QAction(this);
    m_chooseAction->setObjectName(QStringLiteral("chooseConnection"));
    m_chooseAction->setEnabled(false);
    connect(m_chooseAction, &QAction::triggered, this, &CaptureOpener::chooseConversation);
    retranslate();
}

CaptureOpener::~CaptureOpener() = default;

void CaptureOpener::retranslate()
{
    m_openAction->setText(tr("Open &capture…"));
    m_openAction->setToolTip(tr("Open a pcap or pcapng capture and show one of its connections (%1)")
                                 .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_chooseAction->setText(tr("Choose &connection…"));
    m_chooseAction->setToolTip(tr("Show another connection of the open capture"));
}

void CaptureOpener::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, tr("Open capture"), QString(),
                                                      tr("Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)"));
    if (!path.isEmpty()) open(path);
}

void CaptureOpener::fail(const QString &line)
{
    m_message = line;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open capture"), line, QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("captureError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool CaptureOpener::open(const QString &path, std::optional<std::size_t> conversation, bool ask)
{
    auto doc = std::make_shared<CaptureDocument>();
    const QString name = QFileInfo(path).fileName();
    bool opened = false;
    {
        // The first pass reads the whole file: a progress dialog shows itself when it takes a while.
        QProgressDialog progress(tr("Reading %1…").arg(name), tr("Cancel"), 0, 1000, &m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        progress.setAutoClose(false);
        opened = doc->open(path.toStdString(), [&progress](std::uint64_t done, std::uint64_t total) {
            progress.setValue(total ? static_cast<int>(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    }
    // A file that cannot be read, or holds nothing to show, leaves File ▸ Open recent; one whose
    // reading was cancelled stays.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!opened) {
        if (doc->error()) {
            m_window.recentFiles()->remove(QDir::cleanPath(absolute));
            fail(CaptureText::errorLine(doc->error(), path));
        }
        return false;
    }
    if (doc->conversations().empty()) {
        m_window.recentFiles()->remove(QDir::cleanPath(absolute));
        fail(doc->packetCount() == 0 ? tr("%1 holds no packets.").arg(path)
                                     : tr("%1 holds no TCP or UDP packets, only %n other packet(s).", nullptr,
                                          static_cast<int>(doc->otherPackets()))
                                           .arg(path));
        return false;
    }
    m_window.recentFiles()->add(absolute);
    m_doc = std::move(doc);
    m_fileName = name;
    m_chooseAction->setEnabled(m_doc->conversations().size() > 1);
    if (conversation) return show(*conversation);
    if (ask && m_doc->conversations().size() > 1) return chooseConversation();
    return show(*m_doc->preferredConversation());
}

bool CaptureOpener::chooseConversation()
{
    if (!m_doc) return false;
    ConversationPicker picker(m_doc->conversations(), m_shown.value_or(*m_doc->preferredConversation()), m_fileName,
                              kMaxShownPackets, &m_window);
    if (picker.exec() != QDialog::Accepted) return false;
    return show(picker.chosen(), picker.firstPacket());
}

bool CaptureOpener::show(std::size_t index, std::uint64_t firstPacket)
{
    if (!m_doc || index >= m_doc->conversations().size()) return false;
    Trace trace;
    const CaptureDocument::Loaded loaded = m_doc->load(index, trace, PacketRange{firstPacket, kMaxShownPackets});
    if (!loaded.ok) {
        fail(CaptureText::errorLine(loaded.error, QString::fromStdString(m_doc->path())));
        return false;
    }
    const Conversation &c = m_doc->conversations()[index];
    m_shown = index;
    // The inspector reads each real packet from the file when it is shown.
    std::shared_ptr<CaptureDocument> doc = m_doc;
    m_window.showTrace(std::move(trace), tr("%1, connection %2").arg(m_fileName).arg(c.number),
                       [doc](std::uint64_t packet) { return doc->inspect(packet); });
    // What the status bar says: which packets are shown, and what the capture cannot tell.
    QStringList lines;
    if (loaded.shown < loaded.total)
        lines << tr("Packets %1 to %2 of the %3 of this connection are shown.").arg(loaded.first + 1).arg(loaded.first + loaded.shown).arg(loaded.total);
    for (const InferenceNote &n : loaded.notes) lines << CaptureText::noteLine(n);
    if (m_doc->warning()) lines << CaptureText::errorLine(m_doc->warning(), QString::fromStdString(m_doc->path()), m_doc->packetCount());
    m_message = lines.join(QLatin1Char(' '));
    if (!m_message.isEmpty()) m_window.statusBar()->showMessage(m_message);
    return true;
}

} // namespace wirestep
