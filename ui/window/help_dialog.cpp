#include "ui/window/help_dialog.h"

#include "ui/window/app_resources.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace wirestep {

HelpDialog::HelpDialog(std::function<QString()> language, QWidget *parent)
    : QDialog(parent), m_language(std::move(language))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowIcon(AppResources::appIcon());
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setMinimumSize(640, 480);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(m_buttons);
    resize(900, 760);
    retranslate();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("Wirestep User Guide"));
    const QString path = AppResources::userGuidePath(m_language());
    if (path == m_guidePath) return;
    m_guidePath = path;
    // A qrc: URL, so that the guide's relative image paths (images/...) resolve next to it.
    m_browser->setSource(QUrl(QStringLiteral("qrc") + path), QTextDocument::MarkdownResource);
}

} // namespace wirestep
