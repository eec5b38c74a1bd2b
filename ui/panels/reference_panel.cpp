#include "ui/panels/reference_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wirestep {

ReferencePanel::ReferencePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll);
    rebuild();
}

QStringList ReferencePanel::scenarioIds() const { return m_ids; }

void ReferencePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) rebuild();
    QWidget::changeEvent(event);
}

QVBoxLayout *ReferencePanel::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, m_page);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    m_pageLayout->addWidget(box);
    return layout;
}

void ReferencePanel::addItem(QVBoxLayout *section, const QString &text, const char *scenarioId)
{
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(text, m_page);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    row->addWidget(label, 1);
    if (scenarioId) {
        const QString id = QString::fromLatin1(scenarioId);
        auto *show = new QPushButton(tr("Show"), m_page);
        show->setToolTip(tr("Open the scenario “%1”, which shows this.").arg(id));
        show->setObjectName(QStringLiteral("show-%1").arg(id));
        connect(show, &QPushButton::clicked, this, [this, id] { Q_EMIT scenarioRequested(id); });
        row->addWidget(show, 0, Qt::AlignTop);
        m_ids << id;
    }
    section->addLayout(row);
}

void ReferencePanel::rebuild()
{
    m_ids.clear();
    m_page = new QWidget;
    m_pageLayout = new QVBoxLayout(m_page);

    QVBoxLayout *layers = addSection(tr("Five layers, and encapsulation"));
    addItem(layers, tr("5 Application: the program's own messages (HTTP, DNS, SSH ...)."));
    addItem(layers, tr("4 Transport: TCP or UDP, between two ports; the port names the socket."));
    addItem(layers, tr("3 Network: IP carries packets from host to host; the address names the host."));
    addItem(layers, tr("2 Link: Ethernet frames between neighbours, with MAC addresses."));
    addItem(layers, tr("1 Physical: the bits on the wire or in the air."));
    addItem(layers, tr("Encapsulation: each layer puts its header in front of what it is given: Ethernet | IP | TCP | data. The Inspector shows the real bytes."), "handshake");

    QVBoxLayout *which = addSection(tr("TCP or UDP"));
    addItem(which, tr("TCP: a connection (three-way handshake), then a reliable, ordered byte stream both ways."), "handshake");
    addItem(which, tr("TCP keeps no message boundaries: two writes may arrive as one read, so applications frame their messages."), "echo");
    addItem(which, tr("TCP resends a lost segment when its retransmission timer expires."), "data-transfer-loss");
    addItem(which, tr("UDP: no connection, no acknowledgment, no retransmission; each sendto() is one datagram, delivered whole or not at all."), "udp-datagrams");
    addItem(which, tr("A lost UDP datagram is simply gone."), "udp-lossy");

    QVBoxLayout *timers = addSection(tr("Timers: the real values"));
    addItem(timers, tr("TIME_WAIT lasts 2MSL: 60 s on Linux; RFC 9293's MSL of 2 min makes it 4 min. The scenarios shorten it to 4 s so you can watch it."), "time-wait-lost-last-ack");
    addItem(timers, tr("Keepalive is off by default. Linux probes after 7200 s (2 h) of silence, then every 75 s, and gives up after 9 probes; Windows sends 10 probes (the count many textbooks quote). The scenarios shorten it to 10 s, 2 s and 3 probes."), "keepalive-dead-peer");
    addItem(timers, tr("The retransmission timeout starts at 1 s and doubles on each retry; Linux gives up on data after 15 retransmissions (about 15 minutes)."), "retries-exhausted");

    QVBoxLayout *server = addSection(tr("Socket calls: a TCP server"));
    addItem(server, tr("1 socket()  2 bind() to its well-known port  3 listen()  4 accept(): a new socket for each connection; the listening one keeps listening  5 recv() / send()  6 close()."), "echo");
    QVBoxLayout *client = addSection(tr("Socket calls: a TCP client"));
    addItem(client, tr("1 socket()  2 connect(): the kernel does the three-way handshake  3 send() / recv()  4 close(): sends FIN."), "handshake");
    addItem(client, tr("Closing takes four segments because each side closes its own direction; the side that closes first waits in TIME_WAIT for 2MSL."), "teardown");
    QVBoxLayout *udp = addSection(tr("Socket calls: UDP"));
    addItem(udp, tr("1 socket()  2 bind() (the server, to a known port)  3 sendto() / recvfrom(), each with the peer's address  4 close(). No listen(), no accept(), no connection."), "udp-datagrams");

    QVBoxLayout *ports = addSection(tr("Well-known ports"));
    auto *grid = new QGridLayout;
    const struct {
        const char *service;
        const char *port;
        const char *transport;
    } rows[] = {
        {"FTP", "20, 21", QT_TR_NOOP("TCP")},  {"SSH", "22", QT_TR_NOOP("TCP")},
        {"Telnet", "23", QT_TR_NOOP("TCP")},   {"SMTP", "25", QT_TR_NOOP("TCP")},
        {"DNS", "53", QT_TR_NOOP("UDP (TCP for large answers)")},
        {"TFTP", "69", QT_TR_NOOP("UDP")},     {"HTTP", "80", QT_TR_NOOP("TCP")},
        {"MySQL", "3306", QT_TR_NOOP("TCP")},
    };
    grid->addWidget(new QLabel(tr("Service"), m_page), 0, 0);
    grid->addWidget(new QLabel(tr("Port"), m_page), 0, 1);
    grid->addWidget(new QLabel(tr("Transport"), m_page), 0, 2);
    int r = 1;
    for (const auto &row : rows) {
        grid->addWidget(new QLabel(QString::fromLatin1(row.service), m_page), r, 0);
        grid->addWidget(new QLabel(QString::fromLatin1(row.port), m_page), r, 1);
        grid->addWidget(new QLabel(tr(row.transport), m_page), r, 2);
        ++r;
    }
    ports->addLayout(grid);
    addItem(ports, tr("The handshake scenario's server listens on port 80, as a web server does; the client's port is an ephemeral one the system chose."), "handshake");
    m_pageLayout->addStretch(1);

    QWidget *old = m_scroll->takeWidget();
    m_scroll->setWidget(m_page);
    if (old) old->deleteLater();
}

} // namespace wirestep
