#include "ui/window/about_dialog.h"

#include "ui/window/app_resources.h"

#include <pcap/pcap.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>
#include <QtGlobal>

namespace wirestep {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowIcon(AppResources::appIcon());
    m_icon = new QLabel(this);
    m_icon->setPixmap(AppResources::appIcon().pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("aboutDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    text->addSpacing(8);
    text->addWidget(m_details);
    text->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addSpacing(12);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    retranslate();
}

QString AboutDialog::version() { return QStringLiteral(WIRESTEP_VERSION); }

QString AboutDialog::summary()
{
    return tr("Watch TCP and UDP work, segment by segment: a simulator of two endpoints over a link that can "
              "lose, delay, duplicate and reorder segments, drawn as a sequence diagram.");
}

QString AboutDialog::docsDirectory()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/wirestep"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Wirestep"));
    m_title->setText(tr("Wirestep %1").arg(version()));
    m_summary->setText(summary());
    const QString docs = docsDirectory();
    const QStringList lines = {
        tr("Copyright © 2026 The Wirestep authors.").toHtmlEscaped(),
        tr("Free software under the MIT License.").toHtmlEscaped(),
        tr("Running with Qt %1 (built with Qt %2).").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)).toHtmlEscaped(),
        tr("Packet capture library: %1.").arg(QString::fromLatin1(pcap_lib_version())).toHtmlEscaped(),
        tr("Documentation: the user guide in the Help menu, and the files installed in %1.")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QUrl::fromLocalFile(docs).toString(QUrl::FullyEncoded), docs.toHtmlEscaped())),
    };
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace wirestep
