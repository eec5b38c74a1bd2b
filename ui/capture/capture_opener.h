#pragma once
#include "core/capture/capture_document.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace wirestep {

class MainWindow;

// File ▸ Open capture: reads a pcap or pcapng file (docs/captures.md), asks which connection to
// show when it holds several (ConversationPicker), and shows that connection in the window with
// its inferred states and analysis labels; the packet inspector then shows the real packets,
// read from the file when they are shown. A file that cannot be read gets one line in a message
// box; the window keeps what it showed.
class CaptureOpener : public QObject {
    Q_OBJECT

public:
    // At most this many packets of one connection are shown at once.
    static constexpr std::uint64_t kMaxShownPackets = 20000;

    explicit CaptureOpener(MainWindow &window);
    ~CaptureOpener() override;

    QAction *openAction() const { return m_openAction; }
    QAction *chooseAction() const { return m_chooseAction; }
    // Sets the actions' texts in the current language.
    void retranslate();

    // Opens `path`. Without `conversation`, asks which one when there are several (the first
    // TCP one is shown when there is one, or at once when `ask` is false). False if the file
    // cannot be read or the choice was cancelled.
    bool open(const QString &path, std::optional<std::size_t> conversation = std::nullopt, bool ask = true);
    // Shows conversation `index` of the open capture, from its `firstPacket`th packet.
    bool show(std::size_t index, std::uint64_t firstPacket = 0);
    // The picker again, for the open capture.
    bool chooseConversation();

    const CaptureDocument *document() const { return m_doc.get(); }
    std::optional<std::size_t> shownConversation() const { return m_shown; }
    // The last error or note line shown, for tests.
    const QString &lastMessage() const { return m_message; }

private:
    void chooseFile();
    void fail(const QString &line);

    MainWindow &m_window;
    QAction *m_openAction = nullptr;
    QAction *m_chooseAction = nullptr;
    std::shared_ptr<CaptureDocument> m_doc;
    QString m_fileName;
    std::optional<std::size_t> m_shown;
    QString m_message;
};

} // namespace wirestep
