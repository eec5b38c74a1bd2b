<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is too long for one image; export it as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wirestep sequence diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link healed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2MSL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keepalive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delayed ACK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN_WAIT_2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME_WAIT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, sent at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered at %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seq: %1  ack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSS option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retransmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keepalive probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injected by the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP datagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 #%2 sent by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay %1 #%2 sent by %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 #%2 sent by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3.%4 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::CliApp</name>
    <message>
        <source>Usage: wirestep-cli COMMAND [OPTIONS]

Commands:
  list [--lang en|zh_CN] [--json]       list the built-in scenarios
  run SCENARIO [options]                run a catalog scenario or a scenario file
      --seed N        random seed of the link
      --loss P        loss probability 0..1 in both directions
      --delay MS      one-way delay in milliseconds
      --profile P     timer profile: linux, rfc or classroom
      --until MS      stop the simulation at this time
      --format F      text (default), jsonl or pcap
      --capture C     pcap: every segment on the wire (default), or what
                      the client or the server host sees
      -o FILE         write to FILE instead of standard output
      --lang L        language of the output: en or zh_CN
  validate FILE...                      check scenario files
  --help                                show this help
  --version                             show the version

Exit status: 0 on success, 2 on bad arguments or input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try &apos;wirestep-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;wirestep-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use en or zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;run&apos; needs a scenario: a catalog id or a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;run&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--loss must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds from 0 to 3600000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be linux, rfc or classroom, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a positive number of milliseconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, jsonl or pcap, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture must be wire, client or server, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture goes with --format pcap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos;: it is neither a catalog id (see &apos;wirestep-cli list&apos;) nor a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pcap writes a binary file: give it with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;validate&apos; needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::EventTableModel</name>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::LinkPanel</name>
    <message>
        <source>Lossy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario again over a link that loses and delays segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-way delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same losses every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults (right-click a segment to add one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::MainWindow</name>
    <message>
        <source>Wirestep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export diagram as PNG/SVG/PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;trace as JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Wirestep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The scenario file %1 has %n problem(s); nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::Narrator</name>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram (%1 bytes) arrives at the client, whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram (%1 bytes) arrives at the server, whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 arrives at the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 arrives at the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is cut: every segment sent from now on is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is repaired: segments get through again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application writes %1 bytes; TCP puts them in its send buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application writes %1 bytes; TCP puts them in its send buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application reads %1 bytes from the byte stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application reads %1 bytes from the byte stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application reads end-of-file: the peer will send no more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application reads end-of-file: the peer will send no more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application binds a UDP socket to port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application binds a UDP socket to port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls sendto() with %1 bytes: exactly one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls sendto() with %1 bytes: exactly one datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls recvfrom() and gets one whole datagram of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls recvfrom() and gets one whole datagram of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s host reboots with no connections at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host reboots with no connections at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection reset by peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection reset by peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application is told of an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application is told of an error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls %1(), which fails: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1(), which fails: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s application calls %1().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends a UDP datagram of %1 bytes from port %2 to port %3: no handshake, no acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends a UDP datagram of %1 bytes from port %2 to port %3: no handshake, no acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old duplicate %1 from an earlier connection, delayed in the network, reaches the link now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends a keepalive probe with seq=%1, one below the next sequence number, so the server must answer with an ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends a keepalive probe with seq=%1, one below the next sequence number, so the client must answer with an ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends %1 again: a retransmission, because no acknowledgement came in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends %1 again: a retransmission, because no acknowledgement came in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends RST (seq=%1): the connection is refused or aborted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends RST (seq=%1): the connection is refused or aborted at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the server&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the client&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends %1 bytes of data, seq=%2 (its bytes %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends %1 bytes of data, seq=%2 (its bytes %2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client acknowledges with ack=%1: the next byte it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server acknowledges with ack=%1: the next byte it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 is lost on the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 is dropped by fault rule %2 of the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 is lost: the link is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datagram reaches port %1, where no socket is bound, and is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 reaches a host that has crashed and is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment %1 is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a two-way handshake (a deliberately broken TCP), %1 enters %2 on a bare SYN: it cannot tell an old duplicate from a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TIME_WAIT (a deliberately broken TCP), %1 enters %2 at once: old segments of this connection may now reach a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2MSL has passed: %1 leaves TIME_WAIT and enters CLOSED; the connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: %1 enters CLOSED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters CLOSED (from %2): the connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters LISTEN: it waits for a SYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters SYN_SENT: it waits for the peer&apos;s SYN,ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters SYN_RECEIVED: it has answered a SYN and waits for the ACK of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters ESTABLISHED: both directions are open and data can flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_1: it has sent its FIN and waits for the ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_2: its FIN is acknowledged; the peer may still send data (half-close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters CLOSE_WAIT: the peer has finished sending; %1 may still send until its application closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters CLOSING: both sides sent FIN at the same time (simultaneous close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters LAST_ACK: it has sent its own FIN and waits for the last ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enters TIME_WAIT: as the side that closed first it waits 2MSL, so that a lost last ACK can be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer: RTO %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): the segment will be sent again and the RTO doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops its retransmission timer: everything it sent is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts the 2MSL timer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2MSL timer of %1 expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops its 2MSL timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: %2 until the next probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires: nothing was heard for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops its keepalive timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delays its ACK by up to %2, hoping to send it with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delayed-ACK timer of %1 expires: the ACK goes out alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops its delayed-ACK timer: the ACK rides on another segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts its FIN_WAIT_2 timer: %2 for the peer&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FIN_WAIT_2 timer of %1 expires: it gives up waiting for the peer&apos;s FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops its FIN_WAIT_2 timer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::PlayerBar</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated time of the current event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move through the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::ScenarioLibrary</name>
    <message>
        <source>Handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::SequenceDiagram</name>
    <message>
        <source>Drop this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay this segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wirestep::TextLadder</name>
    <message>
        <source>t (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[retransmission]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[keepalive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[old duplicate]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
