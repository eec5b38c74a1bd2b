<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>The diagram is too long for one image; export it as PDF instead.</source>
        <translation>The diagram is too long for one image; export it as PDF instead.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Wirestep sequence diagram</source>
        <translation>Wirestep sequence diagram</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>app call</source>
        <translation>app call</translation>
    </message>
    <message>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>deliver</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>link cut</translation>
    </message>
    <message>
        <source>link healed</source>
        <translation>link healed</translation>
    </message>
    <message>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
    </message>
    <message>
        <source>2MSL %1</source>
        <translation>2MSL %1</translation>
    </message>
    <message>
        <source>keepalive %1</source>
        <translation>keepalive %1</translation>
    </message>
    <message>
        <source>delayed ACK %1</source>
        <translation>delayed ACK %1</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 %1</source>
        <translation>FIN_WAIT_2 %1</translation>
    </message>
    <message>
        <source>TIME_WAIT %1</source>
        <translation>TIME_WAIT %1</translation>
    </message>
    <message>
        <source>%1 idle</source>
        <translation>%1 idle</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>%1+data</source>
        <translation>%1+data</translation>
    </message>
    <message>
        <source>from %1, sent at %2</source>
        <translation>from %1, sent at %2</translation>
    </message>
    <message>
        <source>lost at %1 (%2)</source>
        <translation>lost at %1 (%2)</translation>
    </message>
    <message>
        <source>delivered at %1, after %2</source>
        <translation>delivered at %1, after %2</translation>
    </message>
    <message>
        <source>still in flight</source>
        <translation>still in flight</translation>
    </message>
    <message>
        <source>ports: %1 → %2</source>
        <translation>ports: %1 → %2</translation>
    </message>
    <message>
        <source>seq: %1  ack: %2</source>
        <translation>seq: %1  ack: %2</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>flags: %1</translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>window: %1</translation>
    </message>
    <message>
        <source>MSS option: %1</source>
        <translation>MSS option: %1</translation>
    </message>
    <message>
        <source>injected by the scenario</source>
        <translation>injected by the scenario</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>UDP datagram</source>
        <translation>UDP datagram</translation>
    </message>
    <message>
        <source>%1 with data</source>
        <translation>%1 with data</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>%1 without data</translation>
    </message>
    <message>
        <source>any node</source>
        <translation>any node</translation>
    </message>
    <message>
        <source>Drop %1 #%2 sent by %3</source>
        <translation>Drop %1 #%2 sent by %3</translation>
    </message>
    <message>
        <source>Delay %1 #%2 sent by %3 for %4</source>
        <translation>Delay %1 #%2 sent by %3 for %4</translation>
    </message>
    <message>
        <source>Duplicate %1 #%2 sent by %3</source>
        <translation>Duplicate %1 #%2 sent by %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n byte(s)</source>
        <translation>
            <numerusform>%1 %n byte</numerusform>
            <numerusform>%1 %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <comment>a state inferred from a capture</comment>
        <translation>%1 (inferred)</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <comment>under a state inferred from a capture</comment>
        <translation>(inferred)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a state a capture cannot tell</comment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>analysis labels under an arrow</comment>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <comment>analysis labels and the timer under an arrow</comment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>2MSL</source>
        <translation>2MSL</translation>
    </message>
    <message>
        <source>keepalive</source>
        <translation>keepalive</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>delayed ACK</translation>
    </message>
    <message>
        <source>FIN_WAIT_2</source>
        <translation>FIN_WAIT_2</translation>
    </message>
    <message>
        <source>analysis: %1</source>
        <translation>analysis: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a shortened timer and its real value</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>timeout (RTO %1)</source>
        <translation>timeout (RTO %1)</translation>
    </message>
    <message numerus="yes">
        <source>fast retransmit (%n dup ACK(s))</source>
        <translation>
            <numerusform>fast retransmit (%n dup ACK)</numerusform>
            <numerusform>fast retransmit (%n dup ACKs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%n byte(s))</source>
        <translation>
            <numerusform>&quot;%1&quot; (%n byte)</numerusform>
            <numerusform>&quot;%1&quot; (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>seq: %1  ack: %2 (relative; as sent: %3 and %4)</source>
        <translation>seq: %1  ack: %2 (relative; as sent: %3 and %4)</translation>
    </message>
</context>
<context>
    <name>LadderLegend</name>
    <message>
        <source>TCP segment: flags and numbers above</source>
        <translation>TCP segment: flags and numbers above</translation>
    </message>
    <message>
        <source>UDP datagram</source>
        <translation>UDP datagram</translation>
    </message>
    <message>
        <source>lost on the link</source>
        <translation>lost on the link</translation>
    </message>
    <message>
        <source>a second copy made by the link</source>
        <translation>a second copy made by the link</translation>
    </message>
    <message>
        <source>RST: the connection is reset</source>
        <translation>RST: the connection is reset</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>keepalive probe</translation>
    </message>
    <message>
        <source>duplicate ACK: the same ack again</source>
        <translation>duplicate ACK: the same ack again</translation>
    </message>
    <message>
        <source>TCP state of the node</source>
        <translation>TCP state of the node</translation>
    </message>
    <message>
        <source>TIME_WAIT: waiting 2MSL</source>
        <translation>TIME_WAIT: waiting 2MSL</translation>
    </message>
    <message>
        <source>timer: dot fired, tick cancelled</source>
        <translation>timer: dot fired, tick cancelled</translation>
    </message>
    <message>
        <source>application call</source>
        <translation>application call</translation>
    </message>
    <message>
        <source>long idle time, folded</source>
        <translation>long idle time, folded</translation>
    </message>
    <message>
        <source>link cut or healed</source>
        <translation>link cut or healed</translation>
    </message>
    <message>
        <source>what Wireshark&apos;s analysis says of the segment</source>
        <translation>what Wireshark&apos;s analysis says of the segment</translation>
    </message>
    <message>
        <source>TCP state inferred from the segments</source>
        <translation>TCP state inferred from the segments</translation>
    </message>
    <message>
        <source>state the capture cannot tell</source>
        <translation>state the capture cannot tell</translation>
    </message>
    <message>
        <source>retransmission: why, under it</source>
        <translation>retransmission: why, under it</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>cannot open the file</source>
        <translation>cannot open the file</translation>
    </message>
    <message>
        <source>the file must be named &quot;%1&quot;, after the scenario&apos;s id</source>
        <translation>the file must be named &quot;%1&quot;, after the scenario&apos;s id</translation>
    </message>
    <message>
        <source>another file has the same id</source>
        <translation>another file has the same id</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>unknown key; did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>missing required key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>must be an integer from %1 to %2</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>must be an integer from 0 to %1</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>must be a number from %1 to %2</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>must be a number &gt; 0</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>must be a number &gt;= 0</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>must be at most %1</translation>
    </message>
    <message>
        <source>unexpected end of input; the object that starts at line %1, column %2 is not closed</source>
        <translation>unexpected end of input; the object that starts at line %1, column %2 is not closed</translation>
    </message>
    <message>
        <source>unexpected end of input; the array that starts at line %1, column %2 is not closed</source>
        <translation>unexpected end of input; the array that starts at line %1, column %2 is not closed</translation>
    </message>
    <message>
        <source>the document is empty; expected a JSON value</source>
        <translation>the document is empty; expected a JSON value</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>comments are not allowed in JSON</translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>unexpected content after the JSON value</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a value</source>
        <translation>unexpected end of input; expected a value</translation>
    </message>
    <message>
        <source>strings must be in double quotes</source>
        <translation>strings must be in double quotes</translation>
    </message>
    <message>
        <source>a number must start with a digit or &apos;-&apos;</source>
        <translation>a number must start with a digit or &apos;-&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>expected a value</translation>
    </message>
    <message>
        <source>too deeply nested: more than 64 levels of arrays and objects</source>
        <translation>too deeply nested: more than 64 levels of arrays and objects</translation>
    </message>
    <message>
        <source>object keys must be strings in double quotes</source>
        <translation>object keys must be strings in double quotes</translation>
    </message>
    <message>
        <source>expected a string key or &apos;}&apos;</source>
        <translation>expected a string key or &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a string key after &apos;,&apos;; trailing commas are not allowed</source>
        <translation>expected a string key after &apos;,&apos;; trailing commas are not allowed</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>expected a string key</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>duplicate key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after object key</source>
        <translation>expected &apos;:&apos; after object key</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation>expected &apos;,&apos; or &apos;}&apos; after object member</translation>
    </message>
    <message>
        <source>expected a value after &apos;,&apos;; trailing commas are not allowed</source>
        <translation>expected a value after &apos;,&apos;; trailing commas are not allowed</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation>expected &apos;,&apos; or &apos;]&apos; after array element</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>unterminated string; a line break inside a string must be written as \n</source>
        <translation>unterminated string; a line break inside a string must be written as \n</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation>control character in string; write it as an escape such as \t</translation>
    </message>
    <message>
        <source>invalid \u escape; expected 4 hex digits</source>
        <translation>invalid \u escape; expected 4 hex digits</translation>
    </message>
    <message>
        <source>invalid \u escape; a low surrogate without a high surrogate before it</source>
        <translation>invalid \u escape; a low surrogate without a high surrogate before it</translation>
    </message>
    <message>
        <source>invalid \u escape; a high surrogate must be followed by a low surrogate</source>
        <translation>invalid \u escape; a high surrogate must be followed by a low surrogate</translation>
    </message>
    <message>
        <source>invalid escape; use \&quot; \\ \/ \b \f \n \r \t or \u followed by 4 hex digits</source>
        <translation>invalid escape; use \&quot; \\ \/ \b \f \n \r \t or \u followed by 4 hex digits</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;</source>
        <translation>expected a digit after &apos;-&apos;</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in numbers</source>
        <translation>leading zeros are not allowed in numbers</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>expected a digit after the decimal point</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>expected a digit in the exponent</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>invalid literal; expected true, false or null</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; expected handshake, data, teardown, timers, udp, what-if or rfc</source>
        <translation>unknown group &quot;%1&quot;; expected handshake, data, teardown, timers, udp, what-if or rfc</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown group &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; expected tcp or udp</source>
        <translation>unknown protocol &quot;%1&quot;; expected tcp or udp</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown protocol &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;; expected client or server</source>
        <translation>unknown node &quot;%1&quot;; expected client or server</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown node &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; expected linux, rfc or classroom</source>
        <translation>unknown profile &quot;%1&quot;; expected linux, rfc or classroom</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown profile &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown handshake &quot;%1&quot;; expected three-way or two-way</source>
        <translation>unknown handshake &quot;%1&quot;; expected three-way or two-way</translation>
    </message>
    <message>
        <source>unknown handshake &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown handshake &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected listen, connect, send, recv, shutdown, close, abort, bind, sendto, recvfrom, crash, reboot, link_cut or link_heal</source>
        <translation>unknown action &quot;%1&quot;; expected listen, connect, send, recv, shutdown, close, abort, bind, sendto, recvfrom, crash, reboot, link_cut or link_heal</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown action &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown fault action &quot;%1&quot;; expected drop, delay, duplicate or inject</source>
        <translation>unknown fault action &quot;%1&quot;; expected drop, delay, duplicate or inject</translation>
    </message>
    <message>
        <source>unknown fault action &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown fault action &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; expected SYN, ACK, FIN, RST, PSH or URG</source>
        <translation>unknown flag &quot;%1&quot;; expected SYN, ACK, FIN, RST, PSH or URG</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unknown flag &quot;%1&quot;; did you mean &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>is a directory, not a file</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>the file is larger than 16 MiB</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>a scenario must be a JSON object</translation>
    </message>
    <message>
        <source>must be &quot;wirestep-scenario/1&quot;</source>
        <translation>must be &quot;wirestep-scenario/1&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty string of letters, digits and &apos;-&apos;</source>
        <translation>must be a non-empty string of letters, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>not used by the &quot;%1&quot; action</source>
        <translation>not used by the &quot;%1&quot; action</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;bytes&quot;, not both</source>
        <translation>give either &quot;text&quot; or &quot;bytes&quot;, not both</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; action needs &quot;text&quot; or &quot;bytes&quot;</source>
        <translation>the &quot;%1&quot; action needs &quot;text&quot; or &quot;bytes&quot;</translation>
    </message>
    <message>
        <source>not used by a &quot;%1&quot; fault</source>
        <translation>not used by a &quot;%1&quot; fault</translation>
    </message>
    <message>
        <source>must be at least 0.001 (1 µs); %1 rounds to 0 µs</source>
        <translation>must be at least 0.001 (1 µs); %1 rounds to 0 µs</translation>
    </message>
    <message>
        <source>too many values: a scenario holds at most %1 JSON values</source>
        <translation>too many values: a scenario holds at most %1 JSON values</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... and %1 more</translation>
    </message>
    <message>
        <source>must be a number &gt; 0: a timer of 0 ms fires again at the same instant, so time would never advance</source>
        <translation>must be a number &gt; 0: a timer of 0 ms fires again at the same instant, so time would never advance</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>must be at most %1 bytes long</translation>
    </message>
    <message>
        <source>the simulation stopped at %1 ms: more than %2 events happened at that one instant without the clock moving</source>
        <translation>the simulation stopped at %1 ms: more than %2 events happened at that one instant without the clock moving</translation>
    </message>
    <message>
        <source>the simulation stopped at %1 ms after %2 events, the most one run may take; a shorter run (until) goes to its end</source>
        <translation>the simulation stopped at %1 ms after %2 events, the most one run may take; a shorter run (until) goes to its end</translation>
    </message>
    <message>
        <source>cannot open the file: permission denied</source>
        <translation>cannot open the file: permission denied</translation>
    </message>
    <message>
        <source>cannot open the file: too many levels of symbolic links (a loop?)</source>
        <translation>cannot open the file: too many levels of symbolic links (a loop?)</translation>
    </message>
    <message>
        <source>cannot open the file: the name is too long</source>
        <translation>cannot open the file: the name is too long</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, a socket or a device); give a scenario file</source>
        <translation>is not a regular file (a FIFO, a socket or a device); give a scenario file</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>not a readable .zip archive: %1</source>
        <translation>not a readable .zip archive: %1</translation>
    </message>
    <message>
        <source>the archive holds more than %1 files</source>
        <translation>the archive holds more than %1 files</translation>
    </message>
    <message>
        <source>cannot read %1 in the archive: %2</source>
        <translation>cannot read %1 in the archive: %2</translation>
    </message>
    <message>
        <source>%1 in the archive is too large</source>
        <translation>%1 in the archive is too large</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation>unknown format &quot;%1&quot;; expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be letters, digits and &apos;-&apos; only, not empty</source>
        <translation>must be letters, digits and &apos;-&apos; only, not empty</translation>
    </message>
    <message>
        <source>must name at least one scenario file</source>
        <translation>must name at least one scenario file</translation>
    </message>
    <message>
        <source>names more than %1 scenario files</source>
        <translation>names more than %1 scenario files</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file inside the pack: a relative name without &quot;..&quot;</source>
        <translation>&quot;%1&quot; must be a file inside the pack: a relative name without &quot;..&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>&quot;%1&quot; is named twice</translation>
    </message>
    <message>
        <source>not an exercise pack: give its folder, its pack.json or a .zip of it</source>
        <translation>not an exercise pack: give its folder, its pack.json or a .zip of it</translation>
    </message>
    <message>
        <source>needs the student&apos;s name or id</source>
        <translation>needs the student&apos;s name or id</translation>
    </message>
    <message>
        <source>holds more than %1 answers</source>
        <translation>holds more than %1 answers</translation>
    </message>
    <message>
        <source>a question has either &quot;choices&quot; or &quot;number&quot;, not both</source>
        <translation>a question has either &quot;choices&quot; or &quot;number&quot;, not both</translation>
    </message>
    <message>
        <source>a question needs &quot;choices&quot; (with &quot;answer&quot;) or &quot;number&quot;</source>
        <translation>a question needs &quot;choices&quot; (with &quot;answer&quot;) or &quot;number&quot;</translation>
    </message>
    <message>
        <source>must list 2 to 6 choices</source>
        <translation>must list 2 to 6 choices</translation>
    </message>
    <message>
        <source>&quot;answer&quot; picks one of &quot;choices&quot;; this question has none</source>
        <translation>&quot;answer&quot; picks one of &quot;choices&quot;; this question has none</translation>
    </message>
    <message>
        <source>say where the question is asked: &quot;send&quot; (the segment&apos;s flags) or &quot;enters&quot; (a state), one of them</source>
        <translation>say where the question is asked: &quot;send&quot; (the segment&apos;s flags) or &quot;enters&quot; (a state), one of them</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; expected an RFC 9293 name such as TIME_WAIT</source>
        <translation>unknown state &quot;%1&quot;; expected an RFC 9293 name such as TIME_WAIT</translation>
    </message>
    <message>
        <source>needs the answer given: &quot;choice&quot; or &quot;number&quot;</source>
        <translation>needs the answer given: &quot;choice&quot; or &quot;number&quot;</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2:%3.%4 h</source>
        <translation>%1:%2:%3.%4 h</translation>
    </message>
</context>
<context>
    <name>wirestep::AboutDialog</name>
    <message>
        <source>Watch TCP and UDP work, segment by segment: a simulator of two endpoints over a link that can lose, delay, duplicate and reorder segments, drawn as a sequence diagram.</source>
        <translation>Watch TCP and UDP work, segment by segment: a simulator of two endpoints over a link that can lose, delay, duplicate and reorder segments, drawn as a sequence diagram.</translation>
    </message>
    <message>
        <source>About Wirestep</source>
        <translation>About Wirestep</translation>
    </message>
    <message>
        <source>Wirestep %1</source>
        <translation>Wirestep %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Wirestep authors.</source>
        <translation>Copyright © 2026 The Wirestep authors.</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Free software under the MIT License.</translation>
    </message>
    <message>
        <source>Running with Qt %1 (built with Qt %2).</source>
        <translation>Running with Qt %1 (built with Qt %2).</translation>
    </message>
    <message>
        <source>Packet capture library: %1.</source>
        <translation>Packet capture library: %1.</translation>
    </message>
    <message>
        <source>Documentation: the user guide in the Help menu, and the files installed in %1.</source>
        <translation>Documentation: the user guide in the Help menu, and the files installed in %1.</translation>
    </message>
</context>
<context>
    <name>wirestep::CaptureOpener</name>
    <message>
        <source>Open &amp;capture…</source>
        <translation>Open &amp;capture…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture and show one of its connections (%1)</source>
        <translation>Open a pcap or pcapng capture and show one of its connections (%1)</translation>
    </message>
    <message>
        <source>Choose &amp;connection…</source>
        <translation>Choose &amp;connection…</translation>
    </message>
    <message>
        <source>Show another connection of the open capture</source>
        <translation>Show another connection of the open capture</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Open capture</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation>Cannot open capture</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 holds no packets.</source>
        <translation>%1 holds no packets.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no TCP or UDP packets, only %n other packet(s).</source>
        <translation>
            <numerusform>%1 holds no TCP or UDP packets, only %n other packet.</numerusform>
            <numerusform>%1 holds no TCP or UDP packets, only %n other packets.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, connection %2</source>
        <translation>%1, connection %2</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of the %3 of this connection are shown.</source>
        <translation>Packets %1 to %2 of the %3 of this connection are shown.</translation>
    </message>
</context>
<context>
    <name>wirestep::CaptureText</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Cannot open %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: a capture file starts with a pcap or pcapng header.</source>
        <translation>%1 is empty: a capture file starts with a pcap or pcapng header.</translation>
    </message>
    <message>
        <source>%1 is not a capture: it starts with neither a pcap nor a pcapng header (its first bytes are %2).</source>
        <translation>%1 is not a capture: it starts with neither a pcap nor a pcapng header (its first bytes are %2).</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its file header.</source>
        <translation>%1 is cut short: it ends inside its file header.</translation>
    </message>
    <message>
        <source>%1 has link type %2 (%3), which Wirestep does not decode: it reads Ethernet, Linux cooked (SLL, SLL2), loopback and raw IP captures.</source>
        <translation>%1 has link type %2 (%3), which Wirestep does not decode: it reads Ethernet, Linux cooked (SLL, SLL2), loopback and raw IP captures.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%1 is cut short: packet %2 (at byte %3) is incomplete; the %n packet(s) before it are read.</source>
        <translation>
            <numerusform>%1 is cut short: packet %2 (at byte %3) is incomplete; the %n packet before it is read.</numerusform>
            <numerusform>%1 is cut short: packet %2 (at byte %3) is incomplete; the %n packets before it are read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 is damaged: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged at packet %2 (byte %3): %4.</source>
        <translation>%1 is damaged at packet %2 (byte %3): %4.</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Linux cooked (SLL)</source>
        <translation>Linux cooked (SLL)</translation>
    </message>
    <message>
        <source>Linux cooked (SLL2)</source>
        <translation>Linux cooked (SLL2)</translation>
    </message>
    <message>
        <source>BSD loopback</source>
        <translation>BSD loopback</translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation>OpenBSD loopback</translation>
    </message>
    <message>
        <source>raw IP</source>
        <translation>raw IP</translation>
    </message>
    <message>
        <source>raw IPv4</source>
        <translation>raw IPv4</translation>
    </message>
    <message>
        <source>raw IPv6</source>
        <translation>raw IPv6</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>Retransmission</translation>
    </message>
    <message>
        <source>Fast retransmission</source>
        <translation>Fast retransmission</translation>
    </message>
    <message>
        <source>Spurious retransmission</source>
        <translation>Spurious retransmission</translation>
    </message>
    <message>
        <source>Out-of-order</source>
        <translation>Out-of-order</translation>
    </message>
    <message>
        <source>Dup ACK #%1</source>
        <translation>Dup ACK #%1</translation>
    </message>
    <message>
        <source>Dup ACK</source>
        <translation>Dup ACK</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Keep-alive ACK</source>
        <translation>Keep-alive ACK</translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation>Zero window</translation>
    </message>
    <message>
        <source>Zero window probe</source>
        <translation>Zero window probe</translation>
    </message>
    <message>
        <source>Zero window probe ACK</source>
        <translation>Zero window probe ACK</translation>
    </message>
    <message>
        <source>Window update</source>
        <translation>Window update</translation>
    </message>
    <message>
        <source>Window full</source>
        <translation>Window full</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Previous segment not captured</source>
        <translation>Previous segment not captured</translation>
    </message>
    <message>
        <source>ACKed segment not captured</source>
        <translation>ACKed segment not captured</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between analysis labels</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The capture starts in the middle of the connection: both sides are taken to be ESTABLISHED, and what came before is unknown.</source>
        <translation>The capture starts in the middle of the connection: both sides are taken to be ESTABLISHED, and what came before is unknown.</translation>
    </message>
    <message>
        <source>The client sent nothing in this capture, so its state cannot be inferred.</source>
        <translation>The client sent nothing in this capture, so its state cannot be inferred.</translation>
    </message>
    <message>
        <source>The server sent nothing in this capture, so its state cannot be inferred.</source>
        <translation>The server sent nothing in this capture, so its state cannot be inferred.</translation>
    </message>
    <message>
        <source>Packet %1: the RST is not at the next byte the client expects, so the client may have ignored it (RFC 5961); its state is left as it was.</source>
        <translation>Packet %1: the RST is not at the next byte the client expects, so the client may have ignored it (RFC 5961); its state is left as it was.</translation>
    </message>
    <message>
        <source>Packet %1: the RST is not at the next byte the server expects, so the server may have ignored it (RFC 5961); its state is left as it was.</source>
        <translation>Packet %1: the RST is not at the next byte the server expects, so the server may have ignored it (RFC 5961); its state is left as it was.</translation>
    </message>
    <message>
        <source>The states are inferred from the segments by the RFC 9293 state machine; the capture itself holds only packets.</source>
        <translation>The states are inferred from the segments by the RFC 9293 state machine; the capture itself holds only packets.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, a socket or a device): give a pcap or pcapng file.</source>
        <translation>%1 is not a regular file (a FIFO, a socket or a device): give a pcap or pcapng file.</translation>
    </message>
</context>
<context>
    <name>wirestep::CentralViews</name>
    <message>
        <source>TCP and UDP &amp;side by side</source>
        <translation>TCP and UDP &amp;side by side</translation>
    </message>
    <message>
        <source>Show TCP and UDP side by side (%1)</source>
        <translation>Show TCP and UDP side by side (%1)</translation>
    </message>
</context>
<context>
    <name>wirestep::ChatLab</name>
    <message>
        <source>The chat lab runs at most %1 clients at once, not %2.</source>
        <translation>The chat lab runs at most %1 clients at once, not %2.</translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation>client %1: %2</translation>
    </message>
    <message>
        <source>Hello from client %1</source>
        <translation>Hello from client %1</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the chat lab takes at most %2.</source>
        <translation>The message is %1 bytes long; the chat lab takes at most %2.</translation>
    </message>
    <message>
        <source>Client %1 lost its connection: %2</source>
        <translation>Client %1 lost its connection: %2</translation>
    </message>
    <message>
        <source>Client %1 received a message longer than the chat allows.</source>
        <translation>Client %1 received a message longer than the chat allows.</translation>
    </message>
    <message numerus="yes">
        <source>%n outside connection(s) sent malformed messages and were cut off; the lab&apos;s own clients were not disturbed.</source>
        <translation>
            <numerusform>%n outside connection sent malformed messages and was cut off; the lab&apos;s own clients were not disturbed.</numerusform>
            <numerusform>%n outside connections sent malformed messages and were cut off; the lab&apos;s own clients were not disturbed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) read nothing of what the chat sent them and were cut off.</source>
        <translation>
            <numerusform>%n connection read nothing of what the chat sent it and was cut off.</numerusform>
            <numerusform>%n connections read nothing of what the chat sent them and were cut off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from outside connections were relayed to the lab&apos;s clients too.</source>
        <translation>
            <numerusform>%n message from outside connections was relayed to the lab&apos;s clients too.</numerusform>
            <numerusform>%n messages from outside connections were relayed to the lab&apos;s clients too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wirestep::ChatServer</name>
    <message>
        <source>The chat server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>The chat server cannot listen on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>A message longer than %1 bytes was announced: the client is not speaking this protocol.</source>
        <translation>A message longer than %1 bytes was announced: the client is not speaking this protocol.</translation>
    </message>
    <message>
        <source>A malformed message (empty, or not UTF-8 text) arrived: the client is not speaking this protocol.</source>
        <translation>A malformed message (empty, or not UTF-8 text) arrived: the client is not speaking this protocol.</translation>
    </message>
    <message>
        <source>The client reads nothing of what the chat sends it: it is cut off rather than buffered without end.</source>
        <translation>The client reads nothing of what the chat sends it: it is cut off rather than buffered without end.</translation>
    </message>
</context>
<context>
    <name>wirestep::CliApp</name>
    <message>
        <source>no command given; try &apos;wirestep-cli --help&apos;</source>
        <translation>no command given; try &apos;wirestep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;wirestep-cli --help&apos;</source>
        <translation>unknown command &apos;%1&apos;; try &apos;wirestep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;list&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;list&apos;</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use en or zh_CN</source>
        <translation>unknown language &apos;%1&apos;; use en or zh_CN</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs a scenario: a catalog id or a file</source>
        <translation>&apos;run&apos; needs a scenario: a catalog id or a file</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;run&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;run&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--seed must be a whole number &gt;= 0, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--loss must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--loss must be a number from 0 to 1, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds from 0 to 3600000, not &apos;%1&apos;</source>
        <translation>--delay must be a number of milliseconds from 0 to 3600000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--profile must be linux, rfc or classroom, not &apos;%1&apos;</source>
        <translation>--profile must be linux, rfc or classroom, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or pcap, not &apos;%1&apos;</source>
        <translation>--format must be text, jsonl or pcap, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--capture must be wire, client or server, not &apos;%1&apos;</source>
        <translation>--capture must be wire, client or server, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--capture goes with --format pcap</source>
        <translation>--capture goes with --format pcap</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos;: it is neither a catalog id (see &apos;wirestep-cli list&apos;) nor a file</source>
        <translation>no scenario &apos;%1&apos;: it is neither a catalog id (see &apos;wirestep-cli list&apos;) nor a file</translation>
    </message>
    <message>
        <source>--format pcap writes a binary file: give it with -o FILE</source>
        <translation>--format pcap writes a binary file: give it with -o FILE</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>cannot write &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>cannot write &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;validate&apos; needs at least one file</source>
        <translation>&apos;validate&apos; needs at least one file</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>unknown option &apos;%1&apos; for &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Scenario %1: %2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;live --list&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;live --list&apos;</translation>
    </message>
    <message>
        <source>&apos;live&apos; needs a lab; see &apos;wirestep-cli live --list&apos;</source>
        <translation>&apos;live&apos; needs a lab; see &apos;wirestep-cli live --list&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;live&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;live&apos;</translation>
    </message>
    <message>
        <source>--clients must be a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--clients must be a whole number from 1 to 1000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port must be a whole number from 0 to 65535, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duplicate must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--duplicate must be a number from 0 to 1, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--delay must be a whole number of milliseconds from 0 to 10000, not &apos;%1&apos;</source>
        <translation>--delay must be a whole number of milliseconds from 0 to 10000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 1 to 600000, not &apos;%1&apos;</source>
        <translation>--timeout must be a whole number of milliseconds from 1 to 600000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text or jsonl for a live lab, not &apos;%1&apos;</source>
        <translation>--format must be text or jsonl for a live lab, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>live labs need a running Qt application</source>
        <translation>live labs need a running Qt application</translation>
    </message>
    <message>
        <source>no live lab &apos;%1&apos;; see &apos;wirestep-cli live --list&apos;</source>
        <translation>no live lab &apos;%1&apos;; see &apos;wirestep-cli live --list&apos;</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; cannot start: %2</source>
        <translation>the lab &apos;%1&apos; cannot start: %2</translation>
    </message>
    <message>
        <source>wirestep-cli: note: %1</source>
        <translation>wirestep-cli: note: %1</translation>
    </message>
    <message>
        <source>wirestep-cli: the lab &apos;%1&apos; failed: %2</source>
        <translation>wirestep-cli: the lab &apos;%1&apos; failed: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>cannot write to standard output: %1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>-o needs a file name; without -o the output goes to standard output</source>
        <translation>-o needs a file name; without -o the output goes to standard output</translation>
    </message>
    <message>
        <source>wirestep-cli: the lab &apos;%1&apos; was stopped by signal %2; what it recorded until then is written</source>
        <translation>wirestep-cli: the lab &apos;%1&apos; was stopped by signal %2; what it recorded until then is written</translation>
    </message>
    <message>
        <source>--until must be at least 0.001 (1 µs); %1 rounds to 0 µs</source>
        <translation>--until must be at least 0.001 (1 µs); %1 rounds to 0 µs</translation>
    </message>
    <message>
        <source>--until must be a number of milliseconds &gt; 0 and at most 1000000000000, not &apos;%1&apos;</source>
        <translation>--until must be a number of milliseconds &gt; 0 and at most 1000000000000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;analyze&apos; needs a capture file (pcap or pcapng)</source>
        <translation>&apos;analyze&apos; needs a capture file (pcap or pcapng)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;analyze&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;analyze&apos;</translation>
    </message>
    <message>
        <source>--format must be text or jsonl for a capture, not &apos;%1&apos;</source>
        <translation>--format must be text or jsonl for a capture, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--conversation must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>--conversation must be a whole number from 1, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wirestep-cli: warning: %1</source>
        <translation>wirestep-cli: warning: %1</translation>
    </message>
    <message>
        <source>%1 holds no packets</source>
        <translation>%1 holds no packets</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no TCP or UDP packets, only %n other packet(s) (ARP, ICMP ...)</source>
        <translation>
            <numerusform>%1 holds no TCP or UDP packets, only %n other packet (ARP, ICMP ...)</numerusform>
            <numerusform>%1 holds no TCP or UDP packets, only %n other packets (ARP, ICMP ...)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no conversation %1: %2 holds %n conversation(s)</source>
        <translation>
            <numerusform>there is no conversation %1: %2 holds %n conversation</numerusform>
            <numerusform>there is no conversation %1: %2 holds %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %1: %2, %3, %n packet(s)</source>
        <translation>
            <numerusform>Capture %1: %2, %3, %n packet</numerusform>
            <numerusform>Capture %1: %2, %3, %n packets</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>protocol</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>packets</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) are neither TCP nor UDP and belong to no conversation.</source>
        <translation>
            <numerusform>%n packet is neither TCP nor UDP and belongs to no conversation.</numerusform>
            <numerusform>%n packets are neither TCP nor UDP and belong to no conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation %1: %2 %3 (client) and %4 (server), %n packet(s)</source>
        <translation>
            <numerusform>Conversation %1: %2 %3 (client) and %4 (server), %n packet</numerusform>
            <numerusform>Conversation %1: %2 %3 (client) and %4 (server), %n packets</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;watch&apos;</source>
        <translation>unexpected argument &apos;%1&apos; for &apos;watch&apos;</translation>
    </message>
    <message>
        <source>&apos;watch&apos; needs --port N, the port to watch</source>
        <translation>&apos;watch&apos; needs --port N, the port to watch</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port must be a whole number from 1 to 65535, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--for must be a number of seconds above 0, at most 86400, not &apos;%1&apos;</source>
        <translation>--for must be a number of seconds above 0, at most 86400, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connection %1: %2 %3 (client) and %4 (server)</source>
        <translation>Connection %1: %2 %3 (client) and %4 (server)</translation>
    </message>
    <message>
        <source>Watching UDP port %1 on the loopback interface; Ctrl-C stops.</source>
        <translation>Watching UDP port %1 on the loopback interface; Ctrl-C stops.</translation>
    </message>
    <message>
        <source>Watching TCP port %1 on the loopback interface; Ctrl-C stops.</source>
        <translation>Watching TCP port %1 on the loopback interface; Ctrl-C stops.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) captured.</source>
        <translation>
            <numerusform>%n packet captured.</numerusform>
            <numerusform>%n packets captured.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &apos;%1&apos;</source>
        <translation>--format must be text, csv or json, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;grade&apos; needs an exercise pack and at least one results file</source>
        <translation>&apos;grade&apos; needs an exercise pack and at least one results file</translation>
    </message>
    <message>
        <source>&apos;grade&apos; needs at least one results file after the pack</source>
        <translation>&apos;grade&apos; needs at least one results file after the pack</translation>
    </message>
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
  validate [--lang L] FILE...           check scenario files
  live LAB [options]                    run a live lab on loopback sockets
      --list          list the live labs
      --format F      text (default) or jsonl
      --message TEXT  what the client sends (udp-time: the time format)
      --clients N     how many clients at once (echo, chat)
      --port N        the server&apos;s port (default: chosen by the system)
      --loss P, --delay MS, --duplicate P, --seed N
                      UDP labs: what the lossy relay does to datagrams
      --timeout MS    give up after this long (default 20000)
      --no-capture    do not capture real segments
  analyze FILE [options]                show a connection of a pcap or pcapng capture
      --conversation N  which conversation (default: the first TCP one)
      --conversations   list the conversations and stop
      --format F      text (default) or jsonl
      --lang L        language of the output: en or zh_CN
  watch --port N [options]              show the connections of a port on loopback, live
      --udp           UDP instead of TCP
      --for SECONDS   stop after this long (default: at Ctrl-C)
      --format F      text (default) or jsonl
      --lang L        language of the output: en or zh_CN
  grade PACK RESULTS... [options]       mark students&apos; results files of an exercise pack
      --format F      text (default), csv or json
      --lang L        language of the output: en or zh_CN
  --help                                show this help
  --version                             show the version

Exit status: 0 on success, 2 on bad arguments or input;
grade: 1 if it refused a results file.
</source>
        <translation>Usage: wirestep-cli COMMAND [OPTIONS]

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
  validate [--lang L] FILE...           check scenario files
  live LAB [options]                    run a live lab on loopback sockets
      --list          list the live labs
      --format F      text (default) or jsonl
      --message TEXT  what the client sends (udp-time: the time format)
      --clients N     how many clients at once (echo, chat)
      --port N        the server&apos;s port (default: chosen by the system)
      --loss P, --delay MS, --duplicate P, --seed N
                      UDP labs: what the lossy relay does to datagrams
      --timeout MS    give up after this long (default 20000)
      --no-capture    do not capture real segments
  analyze FILE [options]                show a connection of a pcap or pcapng capture
      --conversation N  which conversation (default: the first TCP one)
      --conversations   list the conversations and stop
      --format F      text (default) or jsonl
      --lang L        language of the output: en or zh_CN
  watch --port N [options]              show the connections of a port on loopback, live
      --udp           UDP instead of TCP
      --for SECONDS   stop after this long (default: at Ctrl-C)
      --format F      text (default) or jsonl
      --lang L        language of the output: en or zh_CN
  grade PACK RESULTS... [options]       mark students&apos; results files of an exercise pack
      --format F      text (default), csv or json
      --lang L        language of the output: en or zh_CN
  --help                                show this help
  --version                             show the version

Exit status: 0 on success, 2 on bad arguments or input;
grade: 1 if it refused a results file.
</translation>
    </message>
</context>
<context>
    <name>wirestep::ConversationPicker</name>
    <message>
        <source>Choose a connection</source>
        <translation>Choose a connection</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n conversation(s). Choose the one to show; the first TCP connection is selected.</source>
        <translation>
            <numerusform>%1 holds %n conversation. Choose the one to show; the first TCP connection is selected.</numerusform>
            <numerusform>%1 holds %n conversations. Choose the one to show; the first TCP connection is selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>none (UDP)</source>
        <translation>none (UDP)</translation>
    </message>
    <message>
        <source>in the capture</source>
        <translation>in the capture</translation>
    </message>
    <message>
        <source>not captured</source>
        <translation>not captured</translation>
    </message>
    <message>
        <source>This connection has %1 packets, more than the %2 shown at a time. Show them from packet:</source>
        <translation>This connection has %1 packets, more than the %2 shown at a time. Show them from packet:</translation>
    </message>
</context>
<context>
    <name>wirestep::EchoLab</name>
    <message>
        <source>Hello, Wirestep!</source>
        <translation>Hello, Wirestep!</translation>
    </message>
    <message>
        <source>The echo lab needs a message that is not empty.</source>
        <translation>The echo lab needs a message that is not empty.</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the echo lab takes at most %2.</source>
        <translation>The message is %1 bytes long; the echo lab takes at most %2.</translation>
    </message>
    <message>
        <source>The echo lab runs at most %1 clients at once, not %2.</source>
        <translation>The echo lab runs at most %1 clients at once, not %2.</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>The server cannot listen on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>The connection closed before the reply was complete.</source>
        <translation>The connection closed before the reply was complete.</translation>
    </message>
    <message>
        <source>The server sent back more than it was sent.</source>
        <translation>The server sent back more than it was sent.</translation>
    </message>
</context>
<context>
    <name>wirestep::EncapsulationBar</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wirestep::EventTableModel</name>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>wirestep::ExerciseMode</name>
    <message>
        <source>the sample course</source>
        <translation>the sample course</translation>
    </message>
    <message>
        <source>Cannot open exercises</source>
        <translation>Cannot open exercises</translation>
    </message>
    <message numerus="yes">
        <source>The exercise pack %1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The exercise pack %1 has %n problem; nothing was changed.</numerusform>
            <numerusform>The exercise pack %1 has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercises</source>
        <translation>Open exercises</translation>
    </message>
    <message>
        <source>Stop the exercises you are answering? Answers you have not exported are lost.</source>
        <translation>Stop the exercises you are answering? Answers you have not exported are lost.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Results files (*.json)</source>
        <translation>Results files (*.json)</translation>
    </message>
    <message>
        <source>Results written to %1: hand this file in.</source>
        <translation>Results written to %1: hand this file in.</translation>
    </message>
    <message>
        <source>Exercise packs (pack.json *.zip)</source>
        <translation>Exercise packs (pack.json *.zip)</translation>
    </message>
    <message>
        <source>Stop the exercises</source>
        <translation>Stop the exercises</translation>
    </message>
    <message>
        <source>Stop the exercises? Answers you have not exported are lost.</source>
        <translation>Stop the exercises? Answers you have not exported are lost.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — answered by %2</source>
        <translation>%1 — answered by %2</translation>
    </message>
    <message>
        <source>%1. %2 — %3 of %4 answered</source>
        <translation>%1. %2 — %3 of %4 answered</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions, %3 of them right. Export the results when you are done.</source>
        <translation>Answered %1 of %2 questions, %3 of them right. Export the results when you are done.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Open e&amp;xercises…</source>
        <translation>Open e&amp;xercises…</translation>
    </message>
    <message>
        <source>Open the sample &amp;course exercises</source>
        <translation>Open the sample &amp;course exercises</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>Export &amp;results…</translation>
    </message>
</context>
<context>
    <name>wirestep::ExercisePanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Export results…</translation>
    </message>
    <message>
        <source>Stop the exercises</source>
        <translation>Stop the exercises</translation>
    </message>
</context>
<context>
    <name>wirestep::FieldExplainer</name>
    <message>
        <source>Ethernet II</source>
        <translation>Ethernet II</translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation>Internet Protocol version 4</translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation>Transmission Control Protocol</translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation>User Datagram Protocol</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The link layer: delivers the frame to the next machine on the same link.</source>
        <translation>The link layer: delivers the frame to the next machine on the same link.</translation>
    </message>
    <message>
        <source>The network layer: carries the packet from host to host, across routers.</source>
        <translation>The network layer: carries the packet from host to host, across routers.</translation>
    </message>
    <message>
        <source>The transport layer: a reliable, ordered byte stream between two ports.</source>
        <translation>The transport layer: a reliable, ordered byte stream between two ports.</translation>
    </message>
    <message>
        <source>The transport layer: single datagrams between two ports, with no connection and no retransmission.</source>
        <translation>The transport layer: single datagrams between two ports, with no connection and no retransmission.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): “%1”</source>
        <translation>
            <numerusform>%n byte: “%1”</numerusform>
            <numerusform>%n bytes: “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The application&apos;s bytes. TCP numbers every byte, so the sender&apos;s next segment starts at seq=%1.</source>
        <translation>The application&apos;s bytes. TCP numbers every byte, so the sender&apos;s next segment starts at seq=%1.</translation>
    </message>
    <message>
        <source>The application&apos;s data: one datagram arrives whole or not at all, with its boundaries kept.</source>
        <translation>The application&apos;s data: one datagram arrives whole or not at all, with its boundaries kept.</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>Destination MAC</translation>
    </message>
    <message>
        <source>The hardware address of the next machine on the link; here the peer itself.</source>
        <translation>The hardware address of the next machine on the link; here the peer itself.</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>Source MAC</translation>
    </message>
    <message>
        <source>The hardware address of the sending network card.</source>
        <translation>The hardware address of the sending network card.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>0x0800: the frame carries an IPv4 packet.</source>
        <translation>0x0800: the frame carries an IPv4 packet.</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Padding</translation>
    </message>
    <message>
        <source>Fills the frame up to Ethernet&apos;s minimum size; not part of the packet.</source>
        <translation>Fills the frame up to Ethernet&apos;s minimum size; not part of the packet.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>4: this is an IPv4 packet.</source>
        <translation>4: this is an IPv4 packet.</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>Header length</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 bytes: an IPv4 header without options (counted in 4-byte words: %2).</source>
        <translation>%1 bytes: an IPv4 header without options (counted in 4-byte words: %2).</translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation>Differentiated services</translation>
    </message>
    <message>
        <source>No special treatment asked of routers (DSCP and ECN unused).</source>
        <translation>No special treatment asked of routers (DSCP and ECN unused).</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>Total length</translation>
    </message>
    <message>
        <source>%1 = %2 (IP header) + %3 (%4 header) + %5 bytes of data.</source>
        <translation>%1 = %2 (IP header) + %3 (%4 header) + %5 bytes of data.</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>%1: packet number %1 sent by %2; the fragments of one packet share it.</source>
        <translation>%1: packet number %1 sent by %2; the fragments of one packet share it.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>Don&apos;t fragment</translation>
    </message>
    <message>
        <source>Don&apos;t fragment: routers must not split this packet; too big means an error back (path MTU discovery).</source>
        <translation>Don&apos;t fragment: routers must not split this packet; too big means an error back (path MTU discovery).</translation>
    </message>
    <message>
        <source>No flags are set.</source>
        <translation>No flags are set.</translation>
    </message>
    <message>
        <source>Fragment offset</source>
        <translation>Fragment offset</translation>
    </message>
    <message>
        <source>0: the packet is whole, not a piece of a larger one.</source>
        <translation>0: the packet is whole, not a piece of a larger one.</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>Time to live</translation>
    </message>
    <message>
        <source>%1: every router lowers it by one and discards the packet at zero, so a routing loop cannot keep it forever.</source>
        <translation>%1: every router lowers it by one and discards the packet at zero, so a routing loop cannot keep it forever.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>6: the payload is a TCP segment.</source>
        <translation>6: the payload is a TCP segment.</translation>
    </message>
    <message>
        <source>17: the payload is a UDP datagram.</source>
        <translation>17: the payload is a UDP datagram.</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>Header checksum</translation>
    </message>
    <message>
        <source>Covers the IP header only (correct here); every router recomputes it because the TTL changes.</source>
        <translation>Covers the IP header only (correct here); every router recomputes it because the TTL changes.</translation>
    </message>
    <message>
        <source>Wrong: the receiver would silently discard this packet.</source>
        <translation>Wrong: the receiver would silently discard this packet.</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Source address</translation>
    </message>
    <message>
        <source>%1: the address of %2, the sender.</source>
        <translation>%1: the address of %2, the sender.</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>Destination address</translation>
    </message>
    <message>
        <source>%1: the address of %2, the receiver.</source>
        <translation>%1: the address of %2, the receiver.</translation>
    </message>
    <message>
        <source>%1: the well-known port of %2; a server listens on it so that clients know where to connect.</source>
        <translation>%1: the well-known port of %2; a server listens on it so that clients know where to connect.</translation>
    </message>
    <message>
        <source>%1: an ephemeral port the operating system chose for %2&apos;s socket.</source>
        <translation>%1: an ephemeral port the operating system chose for %2&apos;s socket.</translation>
    </message>
    <message>
        <source>%1: the ephemeral port of %2&apos;s socket.</source>
        <translation>%1: the ephemeral port of %2&apos;s socket.</translation>
    </message>
    <message>
        <source>%1: the port the application&apos;s socket is bound to; addresses and ports of both ends name the conversation.</source>
        <translation>%1: the port the application&apos;s socket is bound to; addresses and ports of both ends name the conversation.</translation>
    </message>
    <message>
        <source>%1 = next sequence number - 1: a keepalive probe repeats a byte already acknowledged, which forces the peer to answer with an ACK.</source>
        <translation>%1 = next sequence number - 1: a keepalive probe repeats a byte already acknowledged, which forces the peer to answer with an ACK.</translation>
    </message>
    <message>
        <source>%1: the initial sequence number (ISN) chosen by %2. It is not zero, so that segments of an old connection cannot be taken for new ones.</source>
        <translation>%1: the initial sequence number (ISN) chosen by %2. It is not zero, so that segments of an old connection cannot be taken for new ones.</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the sender&apos;s SYN (seq=%2) took one sequence number though it carried no data.</source>
        <translation>%1 = %2 + 1: the sender&apos;s SYN (seq=%2) took one sequence number though it carried no data.</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the sender&apos;s FIN (seq=%2) took one sequence number.</source>
        <translation>%1 = %2 + 1: the sender&apos;s FIN (seq=%2) took one sequence number.</translation>
    </message>
    <message>
        <source>%1 = %2 + %3: the sender&apos;s previous segment started at %2 and used %3 sequence number(s), one per data byte.</source>
        <translation>%1 = %2 + %3: the sender&apos;s previous segment started at %2 and used %3 sequence number(s), one per data byte.</translation>
    </message>
    <message>
        <source>%1: the number of the first byte (or SYN or FIN) this segment carries.</source>
        <translation>%1: the number of the first byte (or SYN or FIN) this segment carries.</translation>
    </message>
    <message>
        <source>%1: the ACK flag is off, so this field means nothing yet.</source>
        <translation>%1: the ACK flag is off, so this field means nothing yet.</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the next byte expected. The SYN (seq=%2) took one sequence number, though it carries no data.</source>
        <translation>%1 = %2 + 1: the next byte expected. The SYN (seq=%2) took one sequence number, though it carries no data.</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the FIN (seq=%2) took one sequence number; this acknowledges it.</source>
        <translation>%1 = %2 + 1: the FIN (seq=%2) took one sequence number; this acknowledges it.</translation>
    </message>
    <message>
        <source>%1 = %2 + %3: the next byte expected, after the %3 bytes that arrived starting at seq=%2.</source>
        <translation>%1 = %2 + %3: the next byte expected, after the %3 bytes that arrived starting at seq=%2.</translation>
    </message>
    <message>
        <source>%1: the next byte %2 expects; every byte before it has arrived.</source>
        <translation>%1: the next byte %2 expects; every byte before it has arrived.</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Source port</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Destination port</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>%1 (relative %2)</source>
        <translation>%1 (relative %2)</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>Acknowledgment number</translation>
    </message>
    <message>
        <source>%1 = 20 bytes of fixed header + %2 bytes of options (counted in 4-byte words: %3).</source>
        <translation>%1 = 20 bytes of fixed header + %2 bytes of options (counted in 4-byte words: %3).</translation>
    </message>
    <message>
        <source>No control flag is set.</source>
        <translation>No control flag is set.</translation>
    </message>
    <message>
        <source>One bit per control flag; this segment sets %1.</source>
        <translation>One bit per control flag; this segment sets %1.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>%1: free space in the receive buffer of %2, in bytes; the peer may send that much before it must wait for an ACK.</source>
        <translation>%1: free space in the receive buffer of %2, in bytes; the peer may send that much before it must wait for an ACK.</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>Over a pseudo-header (both IP addresses, the protocol, the TCP length), the TCP header and the data; the receiver recomputes it and drops the segment if it differs.</source>
        <translation>Over a pseudo-header (both IP addresses, the protocol, the TCP length), the TCP header and the data; the receiver recomputes it and drops the segment if it differs.</translation>
    </message>
    <message>
        <source>Wrong: the receiver would drop this segment, and the sender&apos;s timer would resend it.</source>
        <translation>Wrong: the receiver would drop this segment, and the sender&apos;s timer would resend it.</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>Urgent pointer</translation>
    </message>
    <message>
        <source>Unused: the URG flag is off.</source>
        <translation>Unused: the URG flag is off.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Extra header fields, padded to a multiple of 4 bytes.</source>
        <translation>Extra header fields, padded to a multiple of 4 bytes.</translation>
    </message>
    <message>
        <source>Maximum segment size option</source>
        <translation>Maximum segment size option</translation>
    </message>
    <message>
        <source>kind 2, length 4</source>
        <translation>kind 2, length 4</translation>
    </message>
    <message>
        <source>Only segments with SYN carry it: each side says once how much data it accepts per segment.</source>
        <translation>Only segments with SYN carry it: each side says once how much data it accepts per segment.</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>1460 = 1500 (Ethernet MTU) - 20 (IP header) - 20 (TCP header): the most data %1 wants in one segment.</source>
        <translation>1460 = 1500 (Ethernet MTU) - 20 (IP header) - 20 (TCP header): the most data %1 wants in one segment.</translation>
    </message>
    <message>
        <source>%1: the most data %2 wants in one segment.</source>
        <translation>%1: the most data %2 wants in one segment.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Synchronize: opens a connection and announces the initial sequence number.</source>
        <translation>Synchronize: opens a connection and announces the initial sequence number.</translation>
    </message>
    <message>
        <source>The acknowledgment number is valid: it names the next byte expected.</source>
        <translation>The acknowledgment number is valid: it names the next byte expected.</translation>
    </message>
    <message>
        <source>Not set: there is nothing to acknowledge yet.</source>
        <translation>Not set: there is nothing to acknowledge yet.</translation>
    </message>
    <message>
        <source>Finish: the sender will send no more data; it closes its own direction only (full duplex).</source>
        <translation>Finish: the sender will send no more data; it closes its own direction only (full duplex).</translation>
    </message>
    <message>
        <source>Reset: the connection is aborted at once; no reply is sent to a RST.</source>
        <translation>Reset: the connection is aborted at once; no reply is sent to a RST.</translation>
    </message>
    <message>
        <source>Push: hand the data to the application without waiting for more.</source>
        <translation>Push: hand the data to the application without waiting for more.</translation>
    </message>
    <message>
        <source>Urgent: the urgent pointer is valid.</source>
        <translation>Urgent: the urgent pointer is valid.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>%1 = 8 (UDP header) + %2 bytes of data: a datagram is at most 65,535 bytes.</source>
        <translation>%1 = 8 (UDP header) + %2 bytes of data: a datagram is at most 65,535 bytes.</translation>
    </message>
    <message>
        <source>0: no checksum, which UDP over IPv4 allows.</source>
        <translation>0: no checksum, which UDP over IPv4 allows.</translation>
    </message>
    <message>
        <source>Over a pseudo-header (both IP addresses, the protocol, the UDP length), the UDP header and the data.</source>
        <translation>Over a pseudo-header (both IP addresses, the protocol, the UDP length), the UDP header and the data.</translation>
    </message>
    <message>
        <source>Wrong: the receiver would silently drop this datagram; UDP never resends it.</source>
        <translation>Wrong: the receiver would silently drop this datagram; UDP never resends it.</translation>
    </message>
    <message>
        <source>%1: the same as the sender&apos;s previous segment, which carried no data and so took no sequence number.</source>
        <translation>%1: the same as the sender&apos;s previous segment, which carried no data and so took no sequence number.</translation>
    </message>
    <message>
        <source>%1 again: the segment with seq=%2 arrived, but byte %1 is still missing, so the receiver repeats its ACK (a duplicate ACK).</source>
        <translation>%1 again: the segment with seq=%2 arrived, but byte %1 is still missing, so the receiver repeats its ACK (a duplicate ACK).</translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation>Linux cooked capture</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>802.1Q VLAN tag</source>
        <translation>802.1Q VLAN tag</translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation>Internet Protocol version 6</translation>
    </message>
    <message>
        <source>Not on the wire: Linux writes this header in captures on the &quot;any&quot; interface, in place of the real link layer, to say how the packet passed the host.</source>
        <translation>Not on the wire: Linux writes this header in captures on the &quot;any&quot; interface, in place of the real link layer, to say how the packet passed the host.</translation>
    </message>
    <message>
        <source>Not on the wire: a loopback capture starts each packet with the protocol&apos;s address family.</source>
        <translation>Not on the wire: a loopback capture starts each packet with the protocol&apos;s address family.</translation>
    </message>
    <message>
        <source>A tag that puts the frame in a virtual LAN (IEEE 802.1Q).</source>
        <translation>A tag that puts the frame in a virtual LAN (IEEE 802.1Q).</translation>
    </message>
    <message>
        <source>%1 of %2 bytes captured: “%3”</source>
        <translation>%1 of %2 bytes captured: “%3”</translation>
    </message>
    <message>
        <source>0x8100: a VLAN tag follows.</source>
        <translation>0x8100: a VLAN tag follows.</translation>
    </message>
    <message>
        <source>0x86dd: the frame carries an IPv6 packet.</source>
        <translation>0x86dd: the frame carries an IPv6 packet.</translation>
    </message>
    <message>
        <source>Extra IPv4 header fields; rare today.</source>
        <translation>Extra IPv4 header fields; rare today.</translation>
    </message>
    <message>
        <source>%1: chosen by the sender; the fragments of one packet share it, so that the receiver can put them together.</source>
        <translation>%1: chosen by the sender; the fragments of one packet share it, so that the receiver can put them together.</translation>
    </message>
    <message>
        <source>Does not match: captured on the sending host, the checksum is often left to the network card (checksum offload) and filled in after the capture.</source>
        <translation>Does not match: captured on the sending host, the checksum is often left to the network card (checksum offload) and filled in after the capture.</translation>
    </message>
    <message>
        <source>%1 (× %2 = %3 bytes)</source>
        <translation>%1 (× %2 = %3 bytes)</translation>
    </message>
    <message>
        <source>%1 × 2^%2 = %3: free space in the receive buffer of %4, in bytes, scaled by the window scale option of its SYN; the peer may send that much before it must wait for an ACK.</source>
        <translation>%1 × 2^%2 = %3: free space in the receive buffer of %4, in bytes, scaled by the window scale option of its SYN; the peer may send that much before it must wait for an ACK.</translation>
    </message>
    <message>
        <source>Not checked: the capture kept only the first bytes of this packet.</source>
        <translation>Not checked: the capture kept only the first bytes of this packet.</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>Packet type</translation>
    </message>
    <message>
        <source>0: the packet was addressed to this host.</source>
        <translation>0: the packet was addressed to this host.</translation>
    </message>
    <message>
        <source>1: a broadcast the host received.</source>
        <translation>1: a broadcast the host received.</translation>
    </message>
    <message>
        <source>2: a multicast the host received.</source>
        <translation>2: a multicast the host received.</translation>
    </message>
    <message>
        <source>3: addressed to another host; seen in promiscuous mode.</source>
        <translation>3: addressed to another host; seen in promiscuous mode.</translation>
    </message>
    <message>
        <source>4: this host sent the packet.</source>
        <translation>4: this host sent the packet.</translation>
    </message>
    <message>
        <source>How the packet passed the host.</source>
        <translation>How the packet passed the host.</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>Device type</translation>
    </message>
    <message>
        <source>772: the loopback device; the packet never left the host.</source>
        <translation>772: the loopback device; the packet never left the host.</translation>
    </message>
    <message>
        <source>1: an Ethernet device.</source>
        <translation>1: an Ethernet device.</translation>
    </message>
    <message>
        <source>The kind of device the packet went through (ARPHRD_ in Linux).</source>
        <translation>The kind of device the packet went through (ARPHRD_ in Linux).</translation>
    </message>
    <message>
        <source>Address length</source>
        <translation>Address length</translation>
    </message>
    <message>
        <source>How many bytes of the next field hold the link-layer address.</source>
        <translation>How many bytes of the next field hold the link-layer address.</translation>
    </message>
    <message>
        <source>Link-layer address</source>
        <translation>Link-layer address</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The sender&apos;s hardware address, when its device has one (loopback has none).</source>
        <translation>The sender&apos;s hardware address, when its device has one (loopback has none).</translation>
    </message>
    <message>
        <source>0x86dd: an IPv6 packet follows.</source>
        <translation>0x86dd: an IPv6 packet follows.</translation>
    </message>
    <message>
        <source>0x0800: an IPv4 packet follows.</source>
        <translation>0x0800: an IPv4 packet follows.</translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation>Interface index</translation>
    </message>
    <message>
        <source>Which of the host&apos;s interfaces the packet went through.</source>
        <translation>Which of the host&apos;s interfaces the packet went through.</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>Address family</translation>
    </message>
    <message>
        <source>2 (AF_INET): an IPv4 packet follows.</source>
        <translation>2 (AF_INET): an IPv4 packet follows.</translation>
    </message>
    <message>
        <source>%1 (AF_INET6 on the system that wrote the capture): an IPv6 packet follows.</source>
        <translation>%1 (AF_INET6 on the system that wrote the capture): an IPv6 packet follows.</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>The virtual LAN the frame belongs to; the priority bits share these two bytes.</source>
        <translation>The virtual LAN the frame belongs to; the priority bits share these two bytes.</translation>
    </message>
    <message>
        <source>6: this is an IPv6 packet.</source>
        <translation>6: this is an IPv6 packet.</translation>
    </message>
    <message>
        <source>Traffic class</source>
        <translation>Traffic class</translation>
    </message>
    <message>
        <source>Like IPv4&apos;s differentiated services: how routers should treat the packet (DSCP and ECN).</source>
        <translation>Like IPv4&apos;s differentiated services: how routers should treat the packet (DSCP and ECN).</translation>
    </message>
    <message>
        <source>Flow label</source>
        <translation>Flow label</translation>
    </message>
    <message>
        <source>Marks the packets of one flow, so that routers can keep them on one path; the sender chooses it.</source>
        <translation>Marks the packets of one flow, so that routers can keep them on one path; the sender chooses it.</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>Payload length</translation>
    </message>
    <message>
        <source>%1 = %2 (%3 header) + %4 bytes of data: unlike IPv4&apos;s total length, the 40-byte IPv6 header is not counted.</source>
        <translation>%1 = %2 (%3 header) + %4 bytes of data: unlike IPv4&apos;s total length, the 40-byte IPv6 header is not counted.</translation>
    </message>
    <message>
        <source>Next header</source>
        <translation>Next header</translation>
    </message>
    <message>
        <source>%1: an extension header comes first; TCP or UDP follows it.</source>
        <translation>%1: an extension header comes first; TCP or UDP follows it.</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>Hop limit</translation>
    </message>
    <message>
        <source>%1: IPv6&apos;s time to live; every router lowers it by one and discards the packet at zero.</source>
        <translation>%1: IPv6&apos;s time to live; every router lowers it by one and discards the packet at zero.</translation>
    </message>
    <message>
        <source>Extension headers</source>
        <translation>Extension headers</translation>
    </message>
    <message>
        <source>Optional headers between the IPv6 header and TCP or UDP.</source>
        <translation>Optional headers between the IPv6 header and TCP or UDP.</translation>
    </message>
    <message>
        <source>Window scale option</source>
        <translation>Window scale option</translation>
    </message>
    <message>
        <source>kind 3, length 3</source>
        <translation>kind 3, length 3</translation>
    </message>
    <message>
        <source>Only on SYN: lets windows exceed 65,535 bytes (RFC 7323); both sides must send it for it to be used.</source>
        <translation>Only on SYN: lets windows exceed 65,535 bytes (RFC 7323); both sides must send it for it to be used.</translation>
    </message>
    <message>
        <source>Shift count</source>
        <translation>Shift count</translation>
    </message>
    <message>
        <source>%1 (× %2)</source>
        <translation>%1 (× %2)</translation>
    </message>
    <message>
        <source>%1 multiplies every later window it announces by 2^%2.</source>
        <translation>%1 multiplies every later window it announces by 2^%2.</translation>
    </message>
    <message>
        <source>SACK permitted option</source>
        <translation>SACK permitted option</translation>
    </message>
    <message>
        <source>kind 4, length 2</source>
        <translation>kind 4, length 2</translation>
    </message>
    <message>
        <source>Only on SYN: %1 can take selective acknowledgements, which name the blocks that arrived beyond a gap (RFC 2018).</source>
        <translation>Only on SYN: %1 can take selective acknowledgements, which name the blocks that arrived beyond a gap (RFC 2018).</translation>
    </message>
    <message>
        <source>SACK option</source>
        <translation>SACK option</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message>
        <source>Selective acknowledgement (RFC 2018): besides the ACK number, the blocks of data that arrived after a gap, so the sender resends only what is missing.</source>
        <translation>Selective acknowledgement (RFC 2018): besides the ACK number, the blocks of data that arrived after a gap, so the sender resends only what is missing.</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>%1–%2 (relative %3–%4)</source>
        <translation>%1–%2 (relative %3–%4)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 holds the %2 bytes from %3 up to %4; what lies before them is missing.</source>
        <translation>%1 holds the %2 bytes from %3 up to %4; what lies before them is missing.</translation>
    </message>
    <message>
        <source>Timestamps option</source>
        <translation>Timestamps option</translation>
    </message>
    <message>
        <source>kind 8, length 10</source>
        <translation>kind 8, length 10</translation>
    </message>
    <message>
        <source>Each side stamps its segments and echoes the peer&apos;s latest stamp: an RTT sample from every ACK, and protection against old sequence numbers (RFC 7323).</source>
        <translation>Each side stamps its segments and echoes the peer&apos;s latest stamp: an RTT sample from every ACK, and protection against old sequence numbers (RFC 7323).</translation>
    </message>
    <message>
        <source>TSval</source>
        <translation>TSval</translation>
    </message>
    <message>
        <source>%1&apos;s clock when it sent this segment (its own units, often milliseconds).</source>
        <translation>%1&apos;s clock when it sent this segment (its own units, often milliseconds).</translation>
    </message>
    <message>
        <source>TSecr</source>
        <translation>TSecr</translation>
    </message>
    <message>
        <source>0: nothing to echo yet.</source>
        <translation>0: nothing to echo yet.</translation>
    </message>
    <message>
        <source>The peer&apos;s TSval echoed back: the peer learns the round-trip time from it.</source>
        <translation>The peer&apos;s TSval echoed back: the peer learns the round-trip time from it.</translation>
    </message>
    <message>
        <source>%1 = the oldest unacknowledged number - 1: a window probe repeats a byte already acknowledged, which forces the peer to answer with its window.</source>
        <translation>%1 = the oldest unacknowledged number - 1: a window probe repeats a byte already acknowledged, which forces the peer to answer with its window.</translation>
    </message>
    <message>
        <source>%1: sent again (%2), with the same sequence number as the segment it repeats.</source>
        <translation>%1: sent again (%2), with the same sequence number as the segment it repeats.</translation>
    </message>
</context>
<context>
    <name>wirestep::FirstStartTour</name>
    <message>
        <source>Show the &amp;tour again</source>
        <translation>Show the &amp;tour again</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>Choose a scenario</translation>
    </message>
    <message>
        <source>Each entry of the Scenarios list is a short story of TCP or UDP: a handshake, a lost segment, a close. Click one to run it; its description is under the list.</source>
        <translation>Each entry of the Scenarios list is a short story of TCP or UDP: a handshake, a lost segment, a close. Click one to run it; its description is under the list.</translation>
    </message>
    <message>
        <source>Play it, or step through it</source>
        <translation>Play it, or step through it</translation>
    </message>
    <message>
        <source>Play (Space) animates the events one after the other. Step forward (Right) and Step back (Left) move one event at a time; the slider goes anywhere in the run.</source>
        <translation>Play (Space) animates the events one after the other. Step forward (Right) and Step back (Left) move one event at a time; the slider goes anywhere in the run.</translation>
    </message>
    <message>
        <source>Read the diagram</source>
        <translation>Read the diagram</translation>
    </message>
    <message>
        <source>Time runs downwards. Each arrow is a segment with its flags and numbers; the coloured band on each lifeline is that side&apos;s state at that moment. Hover over an arrow to see the segment in full.</source>
        <translation>Time runs downwards. Each arrow is a segment with its flags and numbers; the coloured band on each lifeline is that side&apos;s state at that moment. Hover over an arrow to see the segment in full.</translation>
    </message>
    <message>
        <source>Break the link</source>
        <translation>Break the link</translation>
    </message>
    <message>
        <source>Tick %1 to lose segments at random, or right-click an arrow and choose %2: the scenario runs again at once and you watch TCP recover.</source>
        <translation>Tick %1 to lose segments at random, or right-click an arrow and choose %2: the scenario runs again at once and you watch TCP recover.</translation>
    </message>
    <message>
        <source>Read what happens, and why</source>
        <translation>Read what happens, and why</translation>
    </message>
    <message>
        <source>The Events list explains each event in one sentence. The current event is highlighted; click a line to go to it. Help ▸ User Guide tells the rest.</source>
        <translation>The Events list explains each event in one sentence. The current event is highlighted; click a line to go to it. Help ▸ User Guide tells the rest.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Close the tour</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>Tour: %1 of %2</translation>
    </message>
</context>
<context>
    <name>wirestep::GradeReport</name>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>Exercise pack: %1 (%2), %3 scenarios, %4 questions</source>
        <translation>Exercise pack: %1 (%2), %3 scenarios, %4 questions</translation>
    </message>
    <message>
        <source>Results files: %1 given, %2 counted, %3 refused</source>
        <translation>Results files: %1 given, %2 counted, %3 refused</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>none counted</source>
        <translation>none counted</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 right</source>
        <translation>%1 right</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Most common wrong answer</source>
        <translation>Most common wrong answer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused, not counted</source>
        <translation>Refused, not counted</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
</context>
<context>
    <name>wirestep::Grader</name>
    <message>
        <source>%1: made for the pack &quot;%2&quot;, not for &quot;%3&quot;</source>
        <translation>%1: made for the pack &quot;%2&quot;, not for &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: made for another version of the pack &quot;%2&quot; (its digest %3 is not this pack&apos;s %4), or edited</source>
        <translation>%1: made for another version of the pack &quot;%2&quot; (its digest %3 is not this pack&apos;s %4), or edited</translation>
    </message>
    <message>
        <source>%1:%2:%3: answers[%4]</source>
        <translation>%1:%2:%3: answers[%4]</translation>
    </message>
    <message>
        <source>%1: the scenario %2 is not in the pack</source>
        <translation>%1: the scenario %2 is not in the pack</translation>
    </message>
    <message>
        <source>%1: %2 has no question %3 (it asks %4)</source>
        <translation>%1: %2 has no question %3 (it asks %4)</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is a %4 question, not %5</source>
        <translation>%1: question %2 of %3 is a %4 question, not %5</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is asked before event %4, not %5</source>
        <translation>%1: question %2 of %3 is asked before event %4, not %5</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is answered twice</source>
        <translation>%1: question %2 of %3 is answered twice</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 takes a choice</source>
        <translation>%1: question %2 of %3 takes a choice</translation>
    </message>
    <message>
        <source>%1: choice %2 is not one of the %3 choices of question %4 of %5</source>
        <translation>%1: choice %2 is not one of the %3 choices of question %4 of %5</translation>
    </message>
    <message>
        <source>%1: marked wrong, but the answer given to question %2 of %3 is right</source>
        <translation>%1: marked wrong, but the answer given to question %2 of %3 is right</translation>
    </message>
    <message>
        <source>%1: marked right, but the answer given to question %2 of %3 is wrong</source>
        <translation>%1: marked right, but the answer given to question %2 of %3 is wrong</translation>
    </message>
    <message>
        <source>%1: the same student (%2) as %3, which is counted</source>
        <translation>%1: the same student (%2) as %3, which is counted</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 takes a number</source>
        <translation>%1: question %2 of %3 takes a number</translation>
    </message>
</context>
<context>
    <name>wirestep::HelpDialog</name>
    <message>
        <source>Wirestep User Guide</source>
        <translation>Wirestep User Guide</translation>
    </message>
</context>
<context>
    <name>wirestep::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Wirestep</source>
        <translation>&amp;About Wirestep</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>wirestep::KernelStateObserver</name>
    <message>
        <source>The kernel&apos;s socket states cannot be read here: %1 does not exist (it does on Linux).</source>
        <translation>The kernel&apos;s socket states cannot be read here: %1 does not exist (it does on Linux).</translation>
    </message>
</context>
<context>
    <name>wirestep::LabRegistry</name>
    <message>
        <source>TCP echo: connect, send a message, read the reply, close.</source>
        <translation>TCP echo: connect, send a message, read the reply, close.</translation>
    </message>
    <message>
        <source>TCP chat: one event-driven server, several clients, every message to every other client.</source>
        <translation>TCP chat: one event-driven server, several clients, every message to every other client.</translation>
    </message>
    <message>
        <source>UDP time server: send a time format, get the server&apos;s local time in that format.</source>
        <translation>UDP time server: send a time format, get the server&apos;s local time in that format.</translation>
    </message>
    <message>
        <source>UDP chat: two peers send each other a datagram, with no connection.</source>
        <translation>UDP chat: two peers send each other a datagram, with no connection.</translation>
    </message>
    <message>
        <source>Three writes over TCP may be read as one; over UDP they are three datagrams.</source>
        <translation>Three writes over TCP may be read as one; over UDP they are three datagrams.</translation>
    </message>
    <message>
        <source>The server closes first, waits in TIME_WAIT, and listening again needs SO_REUSEADDR.</source>
        <translation>The server closes first, waits in TIME_WAIT, and listening again needs SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>Connection refused by a port with no listener, and a connection reset by a peer that aborts.</source>
        <translation>Connection refused by a port with no listener, and a connection reset by a peer that aborts.</translation>
    </message>
</context>
<context>
    <name>wirestep::LinkPanel</name>
    <message>
        <source>Lossy link</source>
        <translation>Lossy link</translation>
    </message>
    <message>
        <source>Run the scenario again over a link that loses and delays segments</source>
        <translation>Run the scenario again over a link that loses and delays segments</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Loss:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>One-way delay:</source>
        <translation>One-way delay:</translation>
    </message>
    <message>
        <source>The same seed gives the same losses every time</source>
        <translation>The same seed gives the same losses every time</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Faults (right-click a segment to add one):</source>
        <translation>Faults (right-click a segment to add one):</translation>
    </message>
    <message>
        <source>Remove fault</source>
        <translation>Remove fault</translation>
    </message>
    <message>
        <source>Timers:</source>
        <translation>Timers:</translation>
    </message>
    <message>
        <source>As in the scenario</source>
        <translation>As in the scenario</translation>
    </message>
    <message>
        <source>Classroom: shortened to watch</source>
        <translation>Classroom: shortened to watch</translation>
    </message>
    <message>
        <source>Linux: real values</source>
        <translation>Linux: real values</translation>
    </message>
    <message>
        <source>RFC: the standards&apos; values</source>
        <translation>RFC: the standards&apos; values</translation>
    </message>
    <message>
        <source>Run the scenario again with every timer as this profile sets it (values the scenario sets itself stay)</source>
        <translation>Run the scenario again with every timer as this profile sets it (values the scenario sets itself stay)</translation>
    </message>
    <message>
        <source>Timer profile: %1
%2</source>
        <translation>Timer profile: %1
%2</translation>
    </message>
    <message>
        <source>Real sockets: the kernel&apos;s own timers
(Linux: 2MSL = 60 s, RTO at least 200 ms,
keepalive after 7200 s when a program turns it on)</source>
        <translation>Real sockets: the kernel&apos;s own timers
(Linux: 2MSL = 60 s, RTO at least 200 ms,
keepalive after 7200 s when a program turns it on)</translation>
    </message>
    <message>
        <source>A capture file: its timers are those of the system
that recorded it; the ones the packets show
are drawn as inferred</source>
        <translation>A capture file: its timers are those of the system
that recorded it; the ones the packets show
are drawn as inferred</translation>
    </message>
</context>
<context>
    <name>wirestep::LiveLab</name>
    <message>
        <source>The lab did not finish within %1 ms.</source>
        <translation>The lab did not finish within %1 ms.</translation>
    </message>
    <message>
        <source>The lab was interrupted.</source>
        <translation>The lab was interrupted.</translation>
    </message>
</context>
<context>
    <name>wirestep::LiveMode</name>
    <message>
        <source>There is no live lab named %1.</source>
        <translation>There is no live lab named %1.</translation>
    </message>
    <message>
        <source>The lab %1 cannot start: %2</source>
        <translation>The lab %1 cannot start: %2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <source>Live: the %1 lab on this computer&apos;s loopback</source>
        <translation>Live: the %1 lab on this computer&apos;s loopback</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>Simulation: %1</translation>
    </message>
    <message>
        <source>Choose a lab and start it: it runs on real sockets on 127.0.0.1.</source>
        <translation>Choose a lab and start it: it runs on real sockets on 127.0.0.1.</translation>
    </message>
    <message>
        <source>The lab %1 failed: %2</source>
        <translation>The lab %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 is running: %n event(s) so far.</source>
        <translation>
            <numerusform>The lab %1 is running: %n event so far.</numerusform>
            <numerusform>The lab %1 is running: %n events so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 was stopped after %n event(s).</source>
        <translation>
            <numerusform>The lab %1 was stopped after %n event.</numerusform>
            <numerusform>The lab %1 was stopped after %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 finished with %n event(s).</source>
        <translation>
            <numerusform>The lab %1 finished with %n event.</numerusform>
            <numerusform>The lab %1 finished with %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>&amp;Start a lab</source>
        <translation>&amp;Start a lab</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;top the lab</source>
        <translation>S&amp;top the lab</translation>
    </message>
    <message>
        <source>Stop the lab (%1)</source>
        <translation>Stop the lab (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare with simulation</source>
        <translation>&amp;Compare with simulation</translation>
    </message>
    <message>
        <source>Compare with simulation (%1)</source>
        <translation>Compare with simulation (%1)</translation>
    </message>
    <message>
        <source>Liv&amp;e</source>
        <translation>Liv&amp;e</translation>
    </message>
    <message>
        <source>&amp;Absolute sequence numbers</source>
        <translation>&amp;Absolute sequence numbers</translation>
    </message>
    <message>
        <source>Show the sequence numbers as sent, not relative to each side&apos;s initial sequence number</source>
        <translation>Show the sequence numbers as sent, not relative to each side&apos;s initial sequence number</translation>
    </message>
</context>
<context>
    <name>wirestep::LivePanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a time format, such as %H:%M:%S</source>
        <translation>a time format, such as %H:%M:%S</translation>
    </message>
    <message>
        <source>the lab&apos;s own message</source>
        <translation>the lab&apos;s own message</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Compare with simulation</source>
        <translation>&amp;Compare with simulation</translation>
    </message>
</context>
<context>
    <name>wirestep::LoopbackCapture</name>
    <message>
        <source>There is no port to capture.</source>
        <translation>There is no port to capture.</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: %1.</source>
        <translation>Capturing on the loopback interface failed: %1.</translation>
    </message>
    <message>
        <source>Real segments are not shown: capturing on the loopback interface needs root or the CAP_NET_RAW capability. Allow it with: sudo setcap cap_net_raw+ep %1</source>
        <translation>Real segments are not shown: capturing on the loopback interface needs root or the CAP_NET_RAW capability. Allow it with: sudo setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: its link type %1 is not supported.</source>
        <translation>Capturing on the loopback interface failed: its link type %1 is not supported.</translation>
    </message>
</context>
<context>
    <name>wirestep::MainWindow</name>
    <message>
        <source>Wirestep</source>
        <translation>Wirestep</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Open scenario…</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>&amp;Save scenario as…</translation>
    </message>
    <message>
        <source>&amp;Export diagram as PNG/SVG/PDF…</source>
        <translation>&amp;Export diagram as PNG/SVG/PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 — Wirestep</source>
        <translation>%1 — Wirestep</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>Cannot open scenario</translation>
    </message>
    <message numerus="yes">
        <source>The scenario file %1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>The scenario file %1 has %n problem; nothing was changed.</numerusform>
            <numerusform>The scenario file %1 has %n problems; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scenarios (*.json)</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Export diagram</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>Export trace</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>Export &amp;trace as JSON Lines or pcap…</source>
        <translation>Export &amp;trace as JSON Lines or pcap…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;pcap capture for Wireshark (*.pcap)</source>
        <translation>JSON Lines (*.jsonl);;pcap capture for Wireshark (*.pcap)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gend</translation>
    </message>
    <message>
        <source>Scenarios (*.wirestep.json *.json)</source>
        <translation>Scenarios (*.wirestep.json *.json)</translation>
    </message>
    <message>
        <source>A scenario file (.wirestep.json or .json), an exercise pack (its folder, its pack.json or a .zip) or a packet capture (.pcap, .pcapng) to open.</source>
        <translation>A scenario file (.wirestep.json or .json), an exercise pack (its folder, its pack.json or a .zip) or a packet capture (.pcap, .pcapng) to open.</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>Timers: %1</translation>
    </message>
</context>
<context>
    <name>wirestep::NarrationCaption</name>
    <message>
        <source>Press Space to play, or the right arrow key to take one step.</source>
        <translation>Press Space to play, or the right arrow key to take one step.</translation>
    </message>
</context>
<context>
    <name>wirestep::Narrator</name>
    <message>
        <source>The segment %1 arrives at the client.</source>
        <translation>The segment %1 arrives at the client.</translation>
    </message>
    <message>
        <source>The segment %1 arrives at the server.</source>
        <translation>The segment %1 arrives at the server.</translation>
    </message>
    <message>
        <source>The link is cut: every segment sent from now on is lost.</source>
        <translation>The link is cut: every segment sent from now on is lost.</translation>
    </message>
    <message>
        <source>The link is repaired: segments get through again.</source>
        <translation>The link is repaired: segments get through again.</translation>
    </message>
    <message>
        <source>The client&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation>The client&apos;s application calls listen(): it waits for a connection (passive open).</translation>
    </message>
    <message>
        <source>The server&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation>The server&apos;s application calls listen(): it waits for a connection (passive open).</translation>
    </message>
    <message>
        <source>The client&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation>The client&apos;s application calls connect(): TCP starts the three-way handshake (active open).</translation>
    </message>
    <message>
        <source>The server&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation>The server&apos;s application calls connect(): TCP starts the three-way handshake (active open).</translation>
    </message>
    <message>
        <source>The client&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation>The client&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</translation>
    </message>
    <message>
        <source>The server&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation>The server&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</translation>
    </message>
    <message>
        <source>The client&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation>The client&apos;s application calls close(): TCP will send FIN once its data has gone.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation>The server&apos;s application calls close(): TCP will send FIN once its data has gone.</translation>
    </message>
    <message>
        <source>The client&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation>The client&apos;s application aborts the connection: TCP sends RST and forgets it.</translation>
    </message>
    <message>
        <source>The server&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation>The server&apos;s application aborts the connection: TCP sends RST and forgets it.</translation>
    </message>
    <message>
        <source>The client&apos;s application binds a UDP socket to port %1.</source>
        <translation>The client&apos;s application binds a UDP socket to port %1.</translation>
    </message>
    <message>
        <source>The server&apos;s application binds a UDP socket to port %1.</source>
        <translation>The server&apos;s application binds a UDP socket to port %1.</translation>
    </message>
    <message>
        <source>The client&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation>The client&apos;s host crashes: it forgets every connection without sending anything.</translation>
    </message>
    <message>
        <source>The server&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation>The server&apos;s host crashes: it forgets every connection without sending anything.</translation>
    </message>
    <message>
        <source>The client&apos;s host reboots with no connections at all.</source>
        <translation>The client&apos;s host reboots with no connections at all.</translation>
    </message>
    <message>
        <source>The server&apos;s host reboots with no connections at all.</source>
        <translation>The server&apos;s host reboots with no connections at all.</translation>
    </message>
    <message>
        <source>The client&apos;s application is told of an error: %1.</source>
        <translation>The client&apos;s application is told of an error: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s application is told of an error: %1.</source>
        <translation>The server&apos;s application is told of an error: %1.</translation>
    </message>
    <message>
        <source>An old duplicate %1 from an earlier connection, delayed in the network, reaches the link now.</source>
        <translation>An old duplicate %1 from an earlier connection, delayed in the network, reaches the link now.</translation>
    </message>
    <message>
        <source>The client sends a keepalive probe with seq=%1, one below the next sequence number, so the server must answer with an ACK.</source>
        <translation>The client sends a keepalive probe with seq=%1, one below the next sequence number, so the server must answer with an ACK.</translation>
    </message>
    <message>
        <source>The server sends a keepalive probe with seq=%1, one below the next sequence number, so the client must answer with an ACK.</source>
        <translation>The server sends a keepalive probe with seq=%1, one below the next sequence number, so the client must answer with an ACK.</translation>
    </message>
    <message>
        <source>The client answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the server&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation>The client answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the server&apos;s SYN (ack=%2, the SYN took one sequence number).</translation>
    </message>
    <message>
        <source>The server answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the client&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation>The server answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the client&apos;s SYN (ack=%2, the SYN took one sequence number).</translation>
    </message>
    <message>
        <source>The client sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation>The client sends SYN with initial sequence number seq=%1 and asks to open a connection.</translation>
    </message>
    <message>
        <source>The server sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation>The server sends SYN with initial sequence number seq=%1 and asks to open a connection.</translation>
    </message>
    <message>
        <source>The client sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation>The client sends FIN (seq=%1): it has no more data and closes its direction of the connection.</translation>
    </message>
    <message>
        <source>The server sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation>The server sends FIN (seq=%1): it has no more data and closes its direction of the connection.</translation>
    </message>
    <message>
        <source>The client acknowledges with ack=%1: the next byte it expects.</source>
        <translation>The client acknowledges with ack=%1: the next byte it expects.</translation>
    </message>
    <message>
        <source>The server acknowledges with ack=%1: the next byte it expects.</source>
        <translation>The server acknowledges with ack=%1: the next byte it expects.</translation>
    </message>
    <message>
        <source>The segment %1 is lost on the link.</source>
        <translation>The segment %1 is lost on the link.</translation>
    </message>
    <message>
        <source>The segment %1 is dropped by fault rule %2 of the scenario.</source>
        <translation>The segment %1 is dropped by fault rule %2 of the scenario.</translation>
    </message>
    <message>
        <source>The segment %1 is lost: the link is cut.</source>
        <translation>The segment %1 is lost: the link is cut.</translation>
    </message>
    <message>
        <source>The datagram reaches port %1, where no socket is bound, and is discarded.</source>
        <translation>The datagram reaches port %1, where no socket is bound, and is discarded.</translation>
    </message>
    <message>
        <source>The segment %1 reaches a host that has crashed and is lost.</source>
        <translation>The segment %1 reaches a host that has crashed and is lost.</translation>
    </message>
    <message>
        <source>The segment %1 is lost.</source>
        <translation>The segment %1 is lost.</translation>
    </message>
    <message>
        <source>With a two-way handshake (a deliberately broken TCP), %1 enters %2 on a bare SYN: it cannot tell an old duplicate from a new request.</source>
        <translation>With a two-way handshake (a deliberately broken TCP), %1 enters %2 on a bare SYN: it cannot tell an old duplicate from a new request.</translation>
    </message>
    <message>
        <source>Without TIME_WAIT (a deliberately broken TCP), %1 enters %2 at once: old segments of this connection may now reach a new one.</source>
        <translation>Without TIME_WAIT (a deliberately broken TCP), %1 enters %2 at once: old segments of this connection may now reach a new one.</translation>
    </message>
    <message>
        <source>2MSL has passed: %1 leaves TIME_WAIT and enters CLOSED; the connection is gone.</source>
        <translation>2MSL has passed: %1 leaves TIME_WAIT and enters CLOSED; the connection is gone.</translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: %1 enters CLOSED.</source>
        <translation>The ACK of its FIN arrived: %1 enters CLOSED.</translation>
    </message>
    <message>
        <source>%1 enters CLOSED (from %2): the connection no longer exists.</source>
        <translation>%1 enters CLOSED (from %2): the connection no longer exists.</translation>
    </message>
    <message>
        <source>%1 enters LISTEN: it waits for a SYN.</source>
        <translation>%1 enters LISTEN: it waits for a SYN.</translation>
    </message>
    <message>
        <source>%1 enters SYN_SENT: it waits for the peer&apos;s SYN,ACK.</source>
        <translation>%1 enters SYN_SENT: it waits for the peer&apos;s SYN,ACK.</translation>
    </message>
    <message>
        <source>%1 enters SYN_RECEIVED: it has answered a SYN and waits for the ACK of its own.</source>
        <translation>%1 enters SYN_RECEIVED: it has answered a SYN and waits for the ACK of its own.</translation>
    </message>
    <message>
        <source>%1 enters ESTABLISHED: both directions are open and data can flow.</source>
        <translation>%1 enters ESTABLISHED: both directions are open and data can flow.</translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_1: it has sent its FIN and waits for the ACK.</source>
        <translation>%1 enters FIN_WAIT_1: it has sent its FIN and waits for the ACK.</translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_2: its FIN is acknowledged; the peer may still send data (half-close).</source>
        <translation>%1 enters FIN_WAIT_2: its FIN is acknowledged; the peer may still send data (half-close).</translation>
    </message>
    <message>
        <source>%1 enters CLOSE_WAIT: the peer has finished sending; %1 may still send until its application closes.</source>
        <translation>%1 enters CLOSE_WAIT: the peer has finished sending; %1 may still send until its application closes.</translation>
    </message>
    <message>
        <source>%1 enters CLOSING: both sides sent FIN at the same time (simultaneous close).</source>
        <translation>%1 enters CLOSING: both sides sent FIN at the same time (simultaneous close).</translation>
    </message>
    <message>
        <source>%1 enters LAST_ACK: it has sent its own FIN and waits for the last ACK.</source>
        <translation>%1 enters LAST_ACK: it has sent its own FIN and waits for the last ACK.</translation>
    </message>
    <message>
        <source>%1 enters TIME_WAIT: as the side that closed first it waits 2MSL, so that a lost last ACK can be repeated.</source>
        <translation>%1 enters TIME_WAIT: as the side that closed first it waits 2MSL, so that a lost last ACK can be repeated.</translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer: RTO %2.</source>
        <translation>%1 starts its retransmission timer: RTO %2.</translation>
    </message>
    <message>
        <source>%1 stops its retransmission timer: everything it sent is acknowledged.</source>
        <translation>%1 stops its retransmission timer: everything it sent is acknowledged.</translation>
    </message>
    <message>
        <source>%1 starts the 2MSL timer: %2.</source>
        <translation>%1 starts the 2MSL timer: %2.</translation>
    </message>
    <message>
        <source>The 2MSL timer of %1 expires.</source>
        <translation>The 2MSL timer of %1 expires.</translation>
    </message>
    <message>
        <source>%1 stops its 2MSL timer.</source>
        <translation>%1 stops its 2MSL timer.</translation>
    </message>
    <message>
        <source>%1 stops its keepalive timer.</source>
        <translation>%1 stops its keepalive timer.</translation>
    </message>
    <message>
        <source>%1 delays its ACK by up to %2, hoping to send it with data.</source>
        <translation>%1 delays its ACK by up to %2, hoping to send it with data.</translation>
    </message>
    <message>
        <source>The delayed-ACK timer of %1 expires: the ACK goes out alone.</source>
        <translation>The delayed-ACK timer of %1 expires: the ACK goes out alone.</translation>
    </message>
    <message>
        <source>%1 stops its delayed-ACK timer: the ACK rides on another segment.</source>
        <translation>%1 stops its delayed-ACK timer: the ACK rides on another segment.</translation>
    </message>
    <message>
        <source>%1 starts its FIN_WAIT_2 timer: %2 for the peer&apos;s FIN.</source>
        <translation>%1 starts its FIN_WAIT_2 timer: %2 for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>The FIN_WAIT_2 timer of %1 expires: it gives up waiting for the peer&apos;s FIN.</source>
        <translation>The FIN_WAIT_2 timer of %1 expires: it gives up waiting for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>%1 stops its FIN_WAIT_2 timer.</source>
        <translation>%1 stops its FIN_WAIT_2 timer.</translation>
    </message>
    <message numerus="yes">
        <source>The datagram (%n byte(s)) arrives at the client, whole.</source>
        <translation>
            <numerusform>The datagram (%n byte) arrives at the client, whole.</numerusform>
            <numerusform>The datagram (%n bytes) arrives at the client, whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The datagram (%n byte(s)) arrives at the server, whole.</source>
        <translation>
            <numerusform>The datagram (%n byte) arrives at the server, whole.</numerusform>
            <numerusform>The datagram (%n bytes) arrives at the server, whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application writes %n byte(s); TCP puts them in its send buffer.</source>
        <translation>
            <numerusform>The client&apos;s application writes %n byte; TCP puts them in its send buffer.</numerusform>
            <numerusform>The client&apos;s application writes %n bytes; TCP puts them in its send buffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application writes %n byte(s); TCP puts them in its send buffer.</source>
        <translation>
            <numerusform>The server&apos;s application writes %n byte; TCP puts them in its send buffer.</numerusform>
            <numerusform>The server&apos;s application writes %n bytes; TCP puts them in its send buffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application reads %n byte(s) from the byte stream.</source>
        <translation>
            <numerusform>The client&apos;s application reads %n byte from the byte stream.</numerusform>
            <numerusform>The client&apos;s application reads %n bytes from the byte stream.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application reads %n byte(s) from the byte stream.</source>
        <translation>
            <numerusform>The server&apos;s application reads %n byte from the byte stream.</numerusform>
            <numerusform>The server&apos;s application reads %n bytes from the byte stream.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application calls sendto() with %n byte(s): exactly one datagram.</source>
        <translation>
            <numerusform>The client&apos;s application calls sendto() with %n byte: exactly one datagram.</numerusform>
            <numerusform>The client&apos;s application calls sendto() with %n bytes: exactly one datagram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application calls sendto() with %n byte(s): exactly one datagram.</source>
        <translation>
            <numerusform>The server&apos;s application calls sendto() with %n byte: exactly one datagram.</numerusform>
            <numerusform>The server&apos;s application calls sendto() with %n bytes: exactly one datagram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application calls recvfrom() and gets one whole datagram of %n byte(s).</source>
        <translation>
            <numerusform>The client&apos;s application calls recvfrom() and gets one whole datagram of %n byte.</numerusform>
            <numerusform>The client&apos;s application calls recvfrom() and gets one whole datagram of %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application calls recvfrom() and gets one whole datagram of %n byte(s).</source>
        <translation>
            <numerusform>The server&apos;s application calls recvfrom() and gets one whole datagram of %n byte.</numerusform>
            <numerusform>The server&apos;s application calls recvfrom() and gets one whole datagram of %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.</source>
        <translation>
            <numerusform>The client sends a UDP datagram of %n byte from port %1 to port %2: no handshake, no acknowledgement.</numerusform>
            <numerusform>The client sends a UDP datagram of %n bytes from port %1 to port %2: no handshake, no acknowledgement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.</source>
        <translation>
            <numerusform>The server sends a UDP datagram of %n byte from port %1 to port %2: no handshake, no acknowledgement.</numerusform>
            <numerusform>The server sends a UDP datagram of %n bytes from port %1 to port %2: no handshake, no acknowledgement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).</source>
        <translation>
            <numerusform>The client sends %n byte of data, seq=%1 (its bytes %1 to %2).</numerusform>
            <numerusform>The client sends %n bytes of data, seq=%1 (its bytes %1 to %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).</source>
        <translation>
            <numerusform>The server sends %n byte of data, seq=%1 (its bytes %1 to %2).</numerusform>
            <numerusform>The server sends %n bytes of data, seq=%1 (its bytes %1 to %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s application calls %1, which fails: %2.</source>
        <translation>The client&apos;s application calls %1, which fails: %2.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1, which fails: %2.</source>
        <translation>The server&apos;s application calls %1, which fails: %2.</translation>
    </message>
    <message>
        <source>The client&apos;s application calls accept() and gets a connected socket.</source>
        <translation>The client&apos;s application calls accept() and gets a connected socket.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls accept() and gets a connected socket.</source>
        <translation>The server&apos;s application calls accept() and gets a connected socket.</translation>
    </message>
    <message>
        <source>The kernel tells the client&apos;s program that the connection is established (Qt&apos;s connected() signal).</source>
        <translation>The kernel tells the client&apos;s program that the connection is established (Qt&apos;s connected() signal).</translation>
    </message>
    <message>
        <source>The kernel tells the server&apos;s program that the connection is established (Qt&apos;s connected() signal).</source>
        <translation>The kernel tells the server&apos;s program that the connection is established (Qt&apos;s connected() signal).</translation>
    </message>
    <message>
        <source>The client&apos;s socket is closed (Qt&apos;s disconnected() signal).</source>
        <translation>The client&apos;s socket is closed (Qt&apos;s disconnected() signal).</translation>
    </message>
    <message>
        <source>The server&apos;s socket is closed (Qt&apos;s disconnected() signal).</source>
        <translation>The server&apos;s socket is closed (Qt&apos;s disconnected() signal).</translation>
    </message>
    <message numerus="yes">
        <source>The kernel has taken %n byte(s) from the client&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</source>
        <translation>
            <numerusform>The kernel has taken %n byte from the client&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</numerusform>
            <numerusform>The kernel has taken %n bytes from the client&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel has taken %n byte(s) from the server&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</source>
        <translation>
            <numerusform>The kernel has taken %n byte from the server&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</numerusform>
            <numerusform>The kernel has taken %n bytes from the server&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture starts in the middle of the connection: %1 is taken to be ESTABLISHED, since its handshake is not in the capture (inferred).</source>
        <translation>The capture starts in the middle of the connection: %1 is taken to be ESTABLISHED, since its handshake is not in the capture (inferred).</translation>
    </message>
    <message>
        <source>%1 answers the SYN with SYN,ACK, so a socket was listening: LISTEN becomes SYN_RECEIVED (inferred from the segments).</source>
        <translation>%1 answers the SYN with SYN,ACK, so a socket was listening: LISTEN becomes SYN_RECEIVED (inferred from the segments).</translation>
    </message>
    <message>
        <source>%1 answers the SYN with RST: no socket listens on that port, so this side has no connection (inferred from the segments).</source>
        <translation>%1 answers the SYN with RST: no socket listens on that port, so this side has no connection (inferred from the segments).</translation>
    </message>
    <message>
        <source>A RST answers the SYN of %1: the connection is refused and %1 enters CLOSED (inferred from the segments).</source>
        <translation>A RST answers the SYN of %1: the connection is refused and %1 enters CLOSED (inferred from the segments).</translation>
    </message>
    <message>
        <source>The RST resets the connection: %1 leaves %2 for %3 (inferred from the segments).</source>
        <translation>The RST resets the connection: %1 leaves %2 for %3 (inferred from the segments).</translation>
    </message>
    <message>
        <source>%1 sends RST: it aborts the connection and enters CLOSED (inferred from the segments).</source>
        <translation>%1 sends RST: it aborts the connection and enters CLOSED (inferred from the segments).</translation>
    </message>
    <message>
        <source>%1 This state is inferred from the captured segments.</source>
        <translation>%1 This state is inferred from the captured segments.</translation>
    </message>
    <message>
        <source>No acknowledgement came: the retransmission timer of %1 fired after %2, so it sends the segment again (the timer is inferred from the gap in the capture).</source>
        <translation>No acknowledgement came: the retransmission timer of %1 fired after %2, so it sends the segment again (the timer is inferred from the gap in the capture).</translation>
    </message>
    <message>
        <source>%1 heard nothing for %2: its keepalive timer fired and it sends a probe (the timer is inferred from the gap in the capture).</source>
        <translation>%1 heard nothing for %2: its keepalive timer fired and it sends a probe (the timer is inferred from the gap in the capture).</translation>
    </message>
    <message>
        <source>%1 starts its 2MSL timer in TIME_WAIT; the capture does not show how long it runs (60 s on Linux, 4 minutes by the RFC).</source>
        <translation>%1 starts its 2MSL timer in TIME_WAIT; the capture does not show how long it runs (60 s on Linux, 4 minutes by the RFC).</translation>
    </message>
    <message>
        <source>%1 This timer is inferred from the captured segments.</source>
        <translation>%1 This timer is inferred from the captured segments.</translation>
    </message>
    <message>
        <source>%1 sends %2 again at once: a fast retransmission, because duplicate ACKs said this segment was lost.</source>
        <translation>%1 sends %2 again at once: a fast retransmission, because duplicate ACKs said this segment was lost.</translation>
    </message>
    <message>
        <source>%1 sends %2 again although the peer has already acknowledged it: a spurious retransmission.</source>
        <translation>%1 sends %2 again although the peer has already acknowledged it: a spurious retransmission.</translation>
    </message>
    <message>
        <source>%1&apos;s segment %2 comes after later data: it is out of order (held up on the way, or sent again soon).</source>
        <translation>%1&apos;s segment %2 comes after later data: it is out of order (held up on the way, or sent again soon).</translation>
    </message>
    <message>
        <source>%1 sends one byte into the zero window: a probe, to learn when the window opens again.</source>
        <translation>%1 sends one byte into the zero window: a probe, to learn when the window opens again.</translation>
    </message>
    <message>
        <source>%1 answers the keepalive probe with an ACK: it is still there.</source>
        <translation>%1 answers the keepalive probe with an ACK: it is still there.</translation>
    </message>
    <message>
        <source>%1 answers the probe: its window is still 0.</source>
        <translation>%1 answers the probe: its window is still 0.</translation>
    </message>
    <message>
        <source>%1 advertises a window of 0: its receive buffer is full, so the peer must stop sending.</source>
        <translation>%1 advertises a window of 0: its receive buffer is full, so the peer must stop sending.</translation>
    </message>
    <message>
        <source>%1 repeats ack=%2 (duplicate ACK #%3): a segment arrived, but byte %2 is still missing.</source>
        <translation>%1 repeats ack=%2 (duplicate ACK #%3): a segment arrived, but byte %2 is still missing.</translation>
    </message>
    <message>
        <source>%1 announces a new window of %2 and nothing else: a window update.</source>
        <translation>%1 announces a new window of %2 and nothing else: a window update.</translation>
    </message>
    <message>
        <source>%1&apos;s data %2 fills the window the peer offered: it must wait for an ACK before it sends more.</source>
        <translation>%1&apos;s data %2 fills the window the peer offered: it must wait for an ACK before it sends more.</translation>
    </message>
    <message>
        <source>The client&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</source>
        <translation>The client&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</source>
        <translation>The server&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</translation>
    </message>
    <message>
        <source>The client&apos;s %1 fails: %2; in Python it raises %3.</source>
        <translation>The client&apos;s %1 fails: %2; in Python it raises %3.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 fails: %2; in Python it raises %3.</source>
        <translation>The server&apos;s %1 fails: %2; in Python it raises %3.</translation>
    </message>
    <message>
        <source>The client&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</source>
        <translation>The client&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</translation>
    </message>
    <message>
        <source>The server&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</source>
        <translation>The server&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</source>
        <translation>The client&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</source>
        <translation>The server&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</source>
        <translation>The client&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</source>
        <translation>The server&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</translation>
    </message>
    <message>
        <source>The client&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</source>
        <translation>The client&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</translation>
    </message>
    <message>
        <source>The server&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</source>
        <translation>The server&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</translation>
    </message>
    <message>
        <source>The client&apos;s application is told of an error.</source>
        <translation>The client&apos;s application is told of an error.</translation>
    </message>
    <message>
        <source>The server&apos;s application is told of an error.</source>
        <translation>The server&apos;s application is told of an error.</translation>
    </message>
    <message>
        <source>The client sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</source>
        <translation>The client sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</translation>
    </message>
    <message>
        <source>The server sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</source>
        <translation>The server sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</translation>
    </message>
    <message>
        <source>The client sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</source>
        <translation>The client sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</translation>
    </message>
    <message>
        <source>The server sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</source>
        <translation>The server sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</translation>
    </message>
    <message numerus="yes">
        <source>The client sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the server is missing this segment.</source>
        <translation>
            <numerusform>The client sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK (ack=%2), which show that the server is missing this segment.</numerusform>
            <numerusform>The client sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACKs (ack=%2), which show that the server is missing this segment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the client is missing this segment.</source>
        <translation>
            <numerusform>The server sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK (ack=%2), which show that the client is missing this segment.</numerusform>
            <numerusform>The server sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACKs (ack=%2), which show that the client is missing this segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>The client sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</source>
        <translation>The client sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</translation>
    </message>
    <message>
        <source>The server sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</source>
        <translation>The server sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</translation>
    </message>
    <message>
        <source>The server&apos;s SYN arrives again, so the client&apos;s SYN,ACK must have been lost: the client sends %1 again.</source>
        <translation>The server&apos;s SYN arrives again, so the client&apos;s SYN,ACK must have been lost: the client sends %1 again.</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrives again, so the server&apos;s SYN,ACK must have been lost: the server sends %1 again.</source>
        <translation>The client&apos;s SYN arrives again, so the server&apos;s SYN,ACK must have been lost: the server sends %1 again.</translation>
    </message>
    <message>
        <source>The server&apos;s receive window is zero and the client has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the server announce its window.</source>
        <translation>The server&apos;s receive window is zero and the client has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the server announce its window.</translation>
    </message>
    <message>
        <source>The client&apos;s receive window is zero and the server has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the client announce its window.</source>
        <translation>The client&apos;s receive window is zero and the server has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the client announce its window.</translation>
    </message>
    <message>
        <source>The client sends keepalive probe %2 (seq=%1, one below the next sequence number, so the server must answer with an ACK): the last segment from the server arrived %3 ago.</source>
        <translation>The client sends keepalive probe %2 (seq=%1, one below the next sequence number, so the server must answer with an ACK): the last segment from the server arrived %3 ago.</translation>
    </message>
    <message>
        <source>The server sends keepalive probe %2 (seq=%1, one below the next sequence number, so the client must answer with an ACK): the last segment from the client arrived %3 ago.</source>
        <translation>The server sends keepalive probe %2 (seq=%1, one below the next sequence number, so the client must answer with an ACK): the last segment from the client arrived %3 ago.</translation>
    </message>
    <message>
        <source>The client sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the server is missing.</source>
        <translation>The client sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the server is missing.</translation>
    </message>
    <message>
        <source>The server sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the client is missing.</source>
        <translation>The server sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the client is missing.</translation>
    </message>
    <message>
        <source>The client sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</source>
        <translation>The client sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</translation>
    </message>
    <message>
        <source>The server sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</source>
        <translation>The server sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</translation>
    </message>
    <message>
        <source>The client sends %1 again: a retransmission.</source>
        <translation>The client sends %1 again: a retransmission.</translation>
    </message>
    <message>
        <source>The server sends %1 again: a retransmission.</source>
        <translation>The server sends %1 again: a retransmission.</translation>
    </message>
    <message>
        <source>The client gives up after its retransmissions went unanswered and sends %1, so that the server drops the connection too if it still holds it.</source>
        <translation>The client gives up after its retransmissions went unanswered and sends %1, so that the server drops the connection too if it still holds it.</translation>
    </message>
    <message>
        <source>The server gives up after its retransmissions went unanswered and sends %1, so that the client drops the connection too if it still holds it.</source>
        <translation>The server gives up after its retransmissions went unanswered and sends %1, so that the client drops the connection too if it still holds it.</translation>
    </message>
    <message>
        <source>The client gives up after its keepalive probes went unanswered and sends %1, so that the server drops the connection too if it still holds it.</source>
        <translation>The client gives up after its keepalive probes went unanswered and sends %1, so that the server drops the connection too if it still holds it.</translation>
    </message>
    <message>
        <source>The server gives up after its keepalive probes went unanswered and sends %1, so that the client drops the connection too if it still holds it.</source>
        <translation>The server gives up after its keepalive probes went unanswered and sends %1, so that the client drops the connection too if it still holds it.</translation>
    </message>
    <message>
        <source>The client sends %1 and forgets the connection: the server will drop it at once, without the four-way close.</source>
        <translation>The client sends %1 and forgets the connection: the server will drop it at once, without the four-way close.</translation>
    </message>
    <message>
        <source>The server sends %1 and forgets the connection: the client will drop it at once, without the four-way close.</source>
        <translation>The server sends %1 and forgets the connection: the client will drop it at once, without the four-way close.</translation>
    </message>
    <message>
        <source>The client&apos;s application closed with received data still unread: the client sends %1 instead of FIN, so that the server knows that data was lost.</source>
        <translation>The client&apos;s application closed with received data still unread: the client sends %1 instead of FIN, so that the server knows that data was lost.</translation>
    </message>
    <message>
        <source>The server&apos;s application closed with received data still unread: the server sends %1 instead of FIN, so that the client knows that data was lost.</source>
        <translation>The server&apos;s application closed with received data still unread: the server sends %1 instead of FIN, so that the client knows that data was lost.</translation>
    </message>
    <message>
        <source>Nobody on the client accepts this SYN on port %2: the client answers with %1, which refuses the connection.</source>
        <translation>Nobody on the client accepts this SYN on port %2: the client answers with %1, which refuses the connection.</translation>
    </message>
    <message>
        <source>Nobody on the server accepts this SYN on port %2: the server answers with %1, which refuses the connection.</source>
        <translation>Nobody on the server accepts this SYN on port %2: the server answers with %1, which refuses the connection.</translation>
    </message>
    <message>
        <source>Nobody will ever read the data that just arrived at the client (no connection takes it, or its application has closed): the client answers with %1.</source>
        <translation>Nobody will ever read the data that just arrived at the client (no connection takes it, or its application has closed): the client answers with %1.</translation>
    </message>
    <message>
        <source>Nobody will ever read the data that just arrived at the server (no connection takes it, or its application has closed): the server answers with %1.</source>
        <translation>Nobody will ever read the data that just arrived at the server (no connection takes it, or its application has closed): the server answers with %1.</translation>
    </message>
    <message>
        <source>The segment that just arrived belongs to no connection the client has: the client answers with %1.</source>
        <translation>The segment that just arrived belongs to no connection the client has: the client answers with %1.</translation>
    </message>
    <message>
        <source>The segment that just arrived belongs to no connection the server has: the server answers with %1.</source>
        <translation>The segment that just arrived belongs to no connection the server has: the server answers with %1.</translation>
    </message>
    <message>
        <source>The client sends %1: the connection ends at once, without the four-way close.</source>
        <translation>The client sends %1: the connection ends at once, without the four-way close.</translation>
    </message>
    <message>
        <source>The server sends %1: the connection ends at once, without the four-way close.</source>
        <translation>The server sends %1: the connection ends at once, without the four-way close.</translation>
    </message>
    <message>
        <source>The client sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</source>
        <translation>The client sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</translation>
    </message>
    <message>
        <source>The server sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</source>
        <translation>The server sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</translation>
    </message>
    <message>
        <source>The client sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</source>
        <translation>The client sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</translation>
    </message>
    <message>
        <source>The server sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</source>
        <translation>The server sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</translation>
    </message>
    <message>
        <source>The client answers the keepalive probe with ack=%1, the next byte it expects: the server now knows that the client is alive.</source>
        <translation>The client answers the keepalive probe with ack=%1, the next byte it expects: the server now knows that the client is alive.</translation>
    </message>
    <message>
        <source>The server answers the keepalive probe with ack=%1, the next byte it expects: the client now knows that the server is alive.</source>
        <translation>The server answers the keepalive probe with ack=%1, the next byte it expects: the client now knows that the server is alive.</translation>
    </message>
    <message numerus="yes">
        <source>The client answers the window probe with its receive window: %n byte(s).</source>
        <translation>
            <numerusform>The client answers the window probe with its receive window: %n byte.</numerusform>
            <numerusform>The client answers the window probe with its receive window: %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answers the window probe with its receive window: %n byte(s).</source>
        <translation>
            <numerusform>The server answers the window probe with its receive window: %n byte.</numerusform>
            <numerusform>The server answers the window probe with its receive window: %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts the 2MSL timer: %2 here (%3).</source>
        <translation>%1 starts the 2MSL timer: %2 here (%3).</translation>
    </message>
    <message>
        <source>The delayed-ACK timer of %1 expires, but nothing is left to acknowledge.</source>
        <translation>The delayed-ACK timer of %1 expires, but nothing is left to acknowledge.</translation>
    </message>
    <message>
        <source>%1 starts its FIN_WAIT_2 timer: %2 here (%3) for the peer&apos;s FIN.</source>
        <translation>%1 starts its FIN_WAIT_2 timer: %2 here (%3) for the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO, and restarts its retransmission timer (RTO %3) without doubling it.</source>
        <translation>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO, and restarts its retransmission timer (RTO %3) without doubling it.</translation>
    </message>
    <message>
        <source>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO.</source>
        <translation>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO.</translation>
    </message>
    <message numerus="yes">
        <source>The retransmission timer of %1 expires (RTO %2) after %n retransmission(s) without an answer: %1 gives up on the connection.</source>
        <translation>
            <numerusform>The retransmission timer of %1 expires (RTO %2) after %n retransmission without an answer: %1 gives up on the connection.</numerusform>
            <numerusform>The retransmission timer of %1 expires (RTO %2) after %n retransmissions without an answer: %1 gives up on the connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again and doubles the RTO to %3.</source>
        <translation>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again and doubles the RTO to %3.</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again; the RTO stays at %3, its maximum.</source>
        <translation>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again; the RTO stays at %3, its maximum.</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends again what is not yet acknowledged.</source>
        <translation>The retransmission timer of %1 expires (RTO %2): it sends again what is not yet acknowledged.</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2), but nothing is left to send again.</source>
        <translation>The retransmission timer of %1 expires (RTO %2), but nothing is left to send again.</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2).</source>
        <translation>The retransmission timer of %1 expires (RTO %2).</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2.</source>
        <translation>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2.</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2 here (%3).</source>
        <translation>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2 here (%3).</translation>
    </message>
    <message>
        <source>%1 waits %2 for an answer to its probe before it probes again.</source>
        <translation>%1 waits %2 for an answer to its probe before it probes again.</translation>
    </message>
    <message>
        <source>%1 waits %2 here (%3) for an answer to its probe before it probes again.</source>
        <translation>%1 waits %2 here (%3) for an answer to its probe before it probes again.</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer again for the rest of the keepalive time: %2.</source>
        <translation>%1 starts its keepalive timer again for the rest of the keepalive time: %2.</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: %2.</source>
        <translation>%1 starts its keepalive timer: %2.</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires, but the last segment from the peer arrived only %2 ago: %1 waits %3 more before it probes.</source>
        <translation>The keepalive timer of %1 expires, but the last segment from the peer arrived only %2 ago: %1 waits %3 more before it probes.</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires while its data is in flight: the retransmission timer already watches the peer, so no probe is sent and the keepalive timer starts again.</source>
        <translation>The keepalive timer of %1 expires while its data is in flight: the retransmission timer already watches the peer, so no probe is sent and the keepalive timer starts again.</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires: the last segment from the peer arrived %2 ago, so %1 probes whether the peer is still there.</source>
        <translation>The keepalive timer of %1 expires: the last segment from the peer arrived %2 ago, so %1 probes whether the peer is still there.</translation>
    </message>
    <message numerus="yes">
        <source>The keepalive timer of %1 expires: %n probe(s) got no answer, and the last segment from the peer arrived %2 ago; %1 probes again.</source>
        <translation>
            <numerusform>The keepalive timer of %1 expires: %n probe got no answer, and the last segment from the peer arrived %2 ago; %1 probes again.</numerusform>
            <numerusform>The keepalive timer of %1 expires: %n probes got no answer, and the last segment from the peer arrived %2 ago; %1 probes again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keepalive timer of %1 expires: %n probe(s) got no answer, and nothing has come from the peer for %2: %1 gives up on the connection.</source>
        <translation>
            <numerusform>The keepalive timer of %1 expires: %n probe got no answer, and nothing has come from the peer for %2: %1 gives up on the connection.</numerusform>
            <numerusform>The keepalive timer of %1 expires: %n probes got no answer, and nothing has come from the peer for %2: %1 gives up on the connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires.</source>
        <translation>The keepalive timer of %1 expires.</translation>
    </message>
    <message>
        <source>The client&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</source>
        <translation>The client&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</translation>
    </message>
    <message>
        <source>The server&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</source>
        <translation>The server&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</translation>
    </message>
    <message>
        <source>The client&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</source>
        <translation>The client&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</translation>
    </message>
    <message>
        <source>The server&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</source>
        <translation>The server&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</translation>
    </message>
    <message>
        <source>The client&apos;s application calls bind() on port %1, without SO_REUSEADDR.</source>
        <translation>The client&apos;s application calls bind() on port %1, without SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>The server&apos;s application calls bind() on port %1, without SO_REUSEADDR.</source>
        <translation>The server&apos;s application calls bind() on port %1, without SO_REUSEADDR.</translation>
    </message>
    <message>
        <source>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but a captured segment proves it).</source>
        <translation>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but a captured segment proves it).</translation>
    </message>
    <message>
        <source>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but RFC 9293&apos;s state diagram has no other way between the states seen).</source>
        <translation>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but RFC 9293&apos;s state diagram has no other way between the states seen).</translation>
    </message>
</context>
<context>
    <name>wirestep::PacketInspector</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Why it has this value</source>
        <translation>Why it has this value</translation>
    </message>
    <message>
        <source>Choose a segment in the diagram or the event list to see its fields and bytes.</source>
        <translation>Choose a segment in the diagram or the event list to see its fields and bytes.</translation>
    </message>
    <message>
        <source>This segment is too large for one IPv4 packet.</source>
        <translation>This segment is too large for one IPv4 packet.</translation>
    </message>
    <message>
        <source>Event %1, from the client to the server: %2</source>
        <translation>Event %1, from the client to the server: %2</translation>
    </message>
    <message>
        <source>Event %1, from the server to the client: %2</source>
        <translation>Event %1, from the server to the client: %2</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1
Changed since the previous segment in the same direction.</source>
        <translation>%1
Changed since the previous segment in the same direction.</translation>
    </message>
    <message>
        <source>Choose a field to see its bytes, or a byte to see its field.</source>
        <translation>Choose a field to see its bytes, or a byte to see its field.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 = %2. %3</source>
        <translation>%1 = %2. %3</translation>
    </message>
    <message>
        <source>Packet %1 cannot be read from the capture file.</source>
        <translation>Packet %1 cannot be read from the capture file.</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Packet %1, from the client to the server: %2</source>
        <translation>Packet %1, from the client to the server: %2</translation>
    </message>
    <message>
        <source>Packet %1, from the server to the client: %2</source>
        <translation>Packet %1, from the server to the client: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>the segment&apos;s title over what it is</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>wirestep::PanelDocks</name>
    <message>
        <source>State diagram</source>
        <translation>State diagram</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <source>&amp;Predict the next step</source>
        <translation>&amp;Predict the next step</translation>
    </message>
    <message>
        <source>Predict the next step (%1)</source>
        <translation>Predict the next step (%1)</translation>
    </message>
</context>
<context>
    <name>wirestep::PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>Go to start</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>Go to end</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated time of the current event</source>
        <translation>Simulated time of the current event</translation>
    </message>
    <message>
        <source>Drag to move through the events</source>
        <translation>Drag to move through the events</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>wirestep::PortCapture</name>
    <message>
        <source>Capturing on the loopback interface failed: %1.</source>
        <translation>Capturing on the loopback interface failed: %1.</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface needs root or the CAP_NET_RAW capability: run it with sudo, or allow it once with: sudo setcap cap_net_raw+ep %1</source>
        <translation>Capturing on the loopback interface needs root or the CAP_NET_RAW capability: run it with sudo, or allow it once with: sudo setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: its link type %1 is not supported.</source>
        <translation>Capturing on the loopback interface failed: its link type %1 is not supported.</translation>
    </message>
</context>
<context>
    <name>wirestep::PortWatch</name>
    <message>
        <source>Watch a UDP port</source>
        <translation>Watch a UDP port</translation>
    </message>
    <message>
        <source>Watch a TCP port</source>
        <translation>Watch a TCP port</translation>
    </message>
    <message>
        <source>The port your server listens on (1 to 65535):</source>
        <translation>The port your server listens on (1 to 65535):</translation>
    </message>
    <message>
        <source>Watch a port</source>
        <translation>Watch a port</translation>
    </message>
    <message>
        <source>Watching %1 port %2: no packets yet; start your programs.</source>
        <translation>Watching %1 port %2: no packets yet; start your programs.</translation>
    </message>
    <message>
        <source>&amp;Watch a TCP port…</source>
        <translation>&amp;Watch a TCP port…</translation>
    </message>
    <message>
        <source>Draw the connections of your own server and client on a loopback port as they happen</source>
        <translation>Draw the connections of your own server and client on a loopback port as they happen</translation>
    </message>
    <message>
        <source>Watch a &amp;UDP port…</source>
        <translation>Watch a &amp;UDP port…</translation>
    </message>
    <message>
        <source>Draw the datagrams of your own programs on a loopback port as they are sent</source>
        <translation>Draw the datagrams of your own programs on a loopback port as they are sent</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Stop &amp;watching</translation>
    </message>
    <message>
        <source>Watching %1 port %2: conversation %3, the newest</source>
        <translation>Watching %1 port %2: conversation %3, the newest</translation>
    </message>
</context>
<context>
    <name>wirestep::PredictPanel</name>
    <message>
        <source>✓ %1 (right)</source>
        <translation>✓ %1 (right)</translation>
    </message>
    <message>
        <source>✗ %1 (your answer)</source>
        <translation>✗ %1 (your answer)</translation>
    </message>
    <message>
        <source>Finished! You predicted %1 of %2 steps correctly.</source>
        <translation>Finished! You predicted %1 of %2 steps correctly.</translation>
    </message>
    <message>
        <source>Predict mode is off.</source>
        <translation>Predict mode is off.</translation>
    </message>
    <message>
        <source>Nothing to predict in this scenario.</source>
        <translation>Nothing to predict in this scenario.</translation>
    </message>
    <message>
        <source>Step or play on: the player stops at the next question.</source>
        <translation>Step or play on: the player stops at the next question.</translation>
    </message>
    <message>
        <source>The player stops before each segment is sent and before each state change. What comes next?</source>
        <translation>The player stops before each segment is sent and before each state change. What comes next?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ right</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Type a whole number, such as 42, then Check.</source>
        <translation>Type a whole number, such as 42, then Check.</translation>
    </message>
</context>
<context>
    <name>wirestep::PredictQuiz</name>
    <message>
        <source>The client&apos;s state is about to change; it is in %1 now. Which state does it enter?</source>
        <translation>The client&apos;s state is about to change; it is in %1 now. Which state does it enter?</translation>
    </message>
    <message>
        <source>The server&apos;s state is about to change; it is in %1 now. Which state does it enter?</source>
        <translation>The server&apos;s state is about to change; it is in %1 now. Which state does it enter?</translation>
    </message>
    <message>
        <source>The client is about to send something. What goes on the wire?</source>
        <translation>The client is about to send something. What goes on the wire?</translation>
    </message>
    <message>
        <source>The server is about to send something. What goes on the wire?</source>
        <translation>The server is about to send something. What goes on the wire?</translation>
    </message>
    <message>
        <source>The client is about to send a segment. Which one: which flags, seq and ack?</source>
        <translation>The client is about to send a segment. Which one: which flags, seq and ack?</translation>
    </message>
    <message>
        <source>The server is about to send a segment. Which one: which flags, seq and ack?</source>
        <translation>The server is about to send a segment. Which one: which flags, seq and ack?</translation>
    </message>
    <message>
        <source>A SYN, to open a connection first</source>
        <translation>A SYN, to open a connection first</translation>
    </message>
    <message>
        <source>An ACK for the datagram before</source>
        <translation>An ACK for the datagram before</translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte expected: the sequence number received plus what that segment took (its data, and one for a SYN or FIN).</source>
        <translation>The acknowledgment number is the next byte expected: the sequence number received plus what that segment took (its data, and one for a SYN or FIN).</translation>
    </message>
    <message>
        <source>Those are the flags of the step before; each segment&apos;s flags say what this one does.</source>
        <translation>Those are the flags of the step before; each segment&apos;s flags say what this one does.</translation>
    </message>
    <message>
        <source>Initial sequence numbers are not zero; Wireshark only shows them relative to the ISN.</source>
        <translation>Initial sequence numbers are not zero; Wireshark only shows them relative to the ISN.</translation>
    </message>
    <message>
        <source>The sequence number is that of the first byte this segment carries; a bare ACK takes no sequence number.</source>
        <translation>The sequence number is that of the first byte this segment carries; a bare ACK takes no sequence number.</translation>
    </message>
    <message>
        <source>One segment can carry several flags: here %1.</source>
        <translation>One segment can carry several flags: here %1.</translation>
    </message>
    <message>
        <source>A FIN is sent only when the application closes; this segment only acknowledges.</source>
        <translation>A FIN is sent only when the application closes; this segment only acknowledges.</translation>
    </message>
    <message>
        <source>UDP has no connection and no handshake: each sendto() is one datagram, sent at once.</source>
        <translation>UDP has no connection and no handshake: each sendto() is one datagram, sent at once.</translation>
    </message>
    <message>
        <source>UDP acknowledges nothing; a lost datagram is simply gone.</source>
        <translation>UDP acknowledges nothing; a lost datagram is simply gone.</translation>
    </message>
    <message>
        <source>UDP keeps message boundaries: every datagram travels and arrives whole, never merged with another.</source>
        <translation>UDP keeps message boundaries: every datagram travels and arrives whole, never merged with another.</translation>
    </message>
    <message>
        <source>That is the other side&apos;s state: the two ends of a connection go through different states (TIME_WAIT is on the side that closed first).</source>
        <translation>That is the other side&apos;s state: the two ends of a connection go through different states (TIME_WAIT is on the side that closed first).</translation>
    </message>
    <message>
        <source>Follow the arrow in the state diagram: from here this event leads to %1.</source>
        <translation>Follow the arrow in the state diagram: from here this event leads to %1.</translation>
    </message>
    <message>
        <source>Right! %1</source>
        <translation>Right! %1</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1. %2 %3</source>
        <translation>Not quite: the answer is %1. %2 %3</translation>
    </message>
    <message>
        <source>Score: %1 right of %2 answered (%3 questions in this scenario).</source>
        <translation>Score: %1 right of %2 answered (%3 questions in this scenario).</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Nothing has happened yet.</translation>
    </message>
    <message>
        <source>Just before: %1</source>
        <translation>Just before: %1</translation>
    </message>
    <message>
        <source>Right! %1 %2</source>
        <translation>Right! %1 %2</translation>
    </message>
</context>
<context>
    <name>wirestep::ProtocolLanesView</name>
    <message>
        <source>TCP: a connection and a byte stream</source>
        <translation>TCP: a connection and a byte stream</translation>
    </message>
    <message>
        <source>UDP: datagrams, no connection</source>
        <translation>UDP: datagrams, no connection</translation>
    </message>
</context>
<context>
    <name>wirestep::RecentFiles</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
</context>
<context>
    <name>wirestep::ReferencePanel</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open the scenario “%1”, which shows this.</source>
        <translation>Open the scenario “%1”, which shows this.</translation>
    </message>
    <message>
        <source>Five layers, and encapsulation</source>
        <translation>Five layers, and encapsulation</translation>
    </message>
    <message>
        <source>5 Application: the program&apos;s own messages (HTTP, DNS, SSH ...).</source>
        <translation>5 Application: the program&apos;s own messages (HTTP, DNS, SSH ...).</translation>
    </message>
    <message>
        <source>4 Transport: TCP or UDP, between two ports; the port names the socket.</source>
        <translation>4 Transport: TCP or UDP, between two ports; the port names the socket.</translation>
    </message>
    <message>
        <source>3 Network: IP carries packets from host to host; the address names the host.</source>
        <translation>3 Network: IP carries packets from host to host; the address names the host.</translation>
    </message>
    <message>
        <source>2 Link: Ethernet frames between neighbours, with MAC addresses.</source>
        <translation>2 Link: Ethernet frames between neighbours, with MAC addresses.</translation>
    </message>
    <message>
        <source>1 Physical: the bits on the wire or in the air.</source>
        <translation>1 Physical: the bits on the wire or in the air.</translation>
    </message>
    <message>
        <source>Encapsulation: each layer puts its header in front of what it is given: Ethernet | IP | TCP | data. The Inspector shows the real bytes.</source>
        <translation>Encapsulation: each layer puts its header in front of what it is given: Ethernet | IP | TCP | data. The Inspector shows the real bytes.</translation>
    </message>
    <message>
        <source>TCP or UDP</source>
        <translation>TCP or UDP</translation>
    </message>
    <message>
        <source>TCP: a connection (three-way handshake), then a reliable, ordered byte stream both ways.</source>
        <translation>TCP: a connection (three-way handshake), then a reliable, ordered byte stream both ways.</translation>
    </message>
    <message>
        <source>TCP keeps no message boundaries: two writes may arrive as one read, so applications frame their messages.</source>
        <translation>TCP keeps no message boundaries: two writes may arrive as one read, so applications frame their messages.</translation>
    </message>
    <message>
        <source>TCP resends a lost segment when its retransmission timer expires.</source>
        <translation>TCP resends a lost segment when its retransmission timer expires.</translation>
    </message>
    <message>
        <source>UDP: no connection, no acknowledgment, no retransmission; each sendto() is one datagram, delivered whole or not at all.</source>
        <translation>UDP: no connection, no acknowledgment, no retransmission; each sendto() is one datagram, delivered whole or not at all.</translation>
    </message>
    <message>
        <source>A lost UDP datagram is simply gone.</source>
        <translation>A lost UDP datagram is simply gone.</translation>
    </message>
    <message>
        <source>Socket calls: a TCP server</source>
        <translation>Socket calls: a TCP server</translation>
    </message>
    <message>
        <source>1 socket()  2 bind() to its well-known port  3 listen()  4 accept(): a new socket for each connection; the listening one keeps listening  5 recv() / send()  6 close().</source>
        <translation>1 socket()  2 bind() to its well-known port  3 listen()  4 accept(): a new socket for each connection; the listening one keeps listening  5 recv() / send()  6 close().</translation>
    </message>
    <message>
        <source>Socket calls: a TCP client</source>
        <translation>Socket calls: a TCP client</translation>
    </message>
    <message>
        <source>1 socket()  2 connect(): the kernel does the three-way handshake  3 send() / recv()  4 close(): sends FIN.</source>
        <translation>1 socket()  2 connect(): the kernel does the three-way handshake  3 send() / recv()  4 close(): sends FIN.</translation>
    </message>
    <message>
        <source>Closing takes four segments because each side closes its own direction; the side that closes first waits in TIME_WAIT for 2MSL.</source>
        <translation>Closing takes four segments because each side closes its own direction; the side that closes first waits in TIME_WAIT for 2MSL.</translation>
    </message>
    <message>
        <source>Socket calls: UDP</source>
        <translation>Socket calls: UDP</translation>
    </message>
    <message>
        <source>1 socket()  2 bind() (the server, to a known port)  3 sendto() / recvfrom(), each with the peer&apos;s address  4 close(). No listen(), no accept(), no connection.</source>
        <translation>1 socket()  2 bind() (the server, to a known port)  3 sendto() / recvfrom(), each with the peer&apos;s address  4 close(). No listen(), no accept(), no connection.</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>Well-known ports</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP (TCP for large answers)</source>
        <translation>UDP (TCP for large answers)</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>The handshake scenario&apos;s server listens on port 80, as a web server does; the client&apos;s port is an ephemeral one the system chose.</source>
        <translation>The handshake scenario&apos;s server listens on port 80, as a web server does; the client&apos;s port is an ephemeral one the system chose.</translation>
    </message>
    <message>
        <source>Timers: the real values</source>
        <translation>Timers: the real values</translation>
    </message>
    <message>
        <source>TIME_WAIT lasts 2MSL: 60 s on Linux; RFC 9293&apos;s MSL of 2 min makes it 4 min. The scenarios shorten it to 4 s so you can watch it.</source>
        <translation>TIME_WAIT lasts 2MSL: 60 s on Linux; RFC 9293&apos;s MSL of 2 min makes it 4 min. The scenarios shorten it to 4 s so you can watch it.</translation>
    </message>
    <message>
        <source>Keepalive is off by default. Linux probes after 7200 s (2 h) of silence, then every 75 s, and gives up after 9 probes; Windows sends 10 probes (the count many textbooks quote). The scenarios shorten it to 10 s, 2 s and 3 probes.</source>
        <translation>Keepalive is off by default. Linux probes after 7200 s (2 h) of silence, then every 75 s, and gives up after 9 probes; Windows sends 10 probes (the count many textbooks quote). The scenarios shorten it to 10 s, 2 s and 3 probes.</translation>
    </message>
    <message>
        <source>The retransmission timeout starts at 1 s and doubles on each retry; Linux gives up on data after 15 retransmissions (about 15 minutes).</source>
        <translation>The retransmission timeout starts at 1 s and doubles on each retry; Linux gives up on data after 15 retransmissions (about 15 minutes).</translation>
    </message>
</context>
<context>
    <name>wirestep::RefusedResetLab</name>
    <message>
        <source>The lab cannot reserve a port on 127.0.0.1: %1.</source>
        <translation>The lab cannot reserve a port on 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>The server cannot listen on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>A connection to port %1 was accepted, though nobody listens there.</source>
        <translation>A connection to port %1 was accepted, though nobody listens there.</translation>
    </message>
</context>
<context>
    <name>wirestep::SafeSave</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>wirestep::ScenarioLibrary</name>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Teardown</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timers</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>What if?</translation>
    </message>
    <message>
        <source>RFC figures</source>
        <translation>RFC figures</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>While you predict, the description is hidden: it would give the answers away.</source>
        <translation>While you predict, the description is hidden: it would give the answers away.</translation>
    </message>
</context>
<context>
    <name>wirestep::SequenceDiagram</name>
    <message>
        <source>Drop this segment</source>
        <translation>Drop this segment</translation>
    </message>
    <message>
        <source>Delay this segment</source>
        <translation>Delay this segment</translation>
    </message>
    <message>
        <source>Duplicate this segment</source>
        <translation>Duplicate this segment</translation>
    </message>
</context>
<context>
    <name>wirestep::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>These keys work anywhere in the main window.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>wirestep::StateDiagram</name>
    <message>
        <source>passive OPEN
create TCB</source>
        <translation>passive OPEN
create TCB</translation>
    </message>
    <message>
        <source>active OPEN
snd SYN</source>
        <translation>active OPEN
snd SYN</translation>
    </message>
    <message>
        <source>CLOSE
delete TCB</source>
        <translation>CLOSE
delete TCB</translation>
    </message>
    <message>
        <source>rcv SYN
snd SYN,ACK</source>
        <translation>rcv SYN
snd SYN,ACK</translation>
    </message>
    <message>
        <source>SEND
snd SYN</source>
        <translation>SEND
snd SYN</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>rcv RST</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>rcv ACK of SYN</translation>
    </message>
    <message>
        <source>rcv SYN,ACK
snd ACK</source>
        <translation>rcv SYN,ACK
snd ACK</translation>
    </message>
    <message>
        <source>CLOSE
snd FIN</source>
        <translation>CLOSE
snd FIN</translation>
    </message>
    <message>
        <source>rcv FIN
snd ACK</source>
        <translation>rcv FIN
snd ACK</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>rcv ACK of FIN</translation>
    </message>
    <message>
        <source>rcv FIN,ACK
snd ACK</source>
        <translation>rcv FIN,ACK
snd ACK</translation>
    </message>
    <message>
        <source>timeout=2MSL
delete TCB</source>
        <translation>timeout=2MSL
delete TCB</translation>
    </message>
    <message>
        <source>CLOSED: there is no connection and no TCB.</source>
        <translation>CLOSED: there is no connection and no TCB.</translation>
    </message>
    <message>
        <source>LISTEN: waiting for a connection request (a SYN) from any peer.</source>
        <translation>LISTEN: waiting for a connection request (a SYN) from any peer.</translation>
    </message>
    <message>
        <source>SYN_SENT: a SYN has been sent; waiting for the peer&apos;s SYN,ACK.</source>
        <translation>SYN_SENT: a SYN has been sent; waiting for the peer&apos;s SYN,ACK.</translation>
    </message>
    <message>
        <source>SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for its ACK.</source>
        <translation>SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for its ACK.</translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; data flows both ways.</source>
        <translation>ESTABLISHED: the connection is open; data flows both ways.</translation>
    </message>
    <message>
        <source>FIN_WAIT_1: this side closed and sent FIN; waiting for its ACK or the peer&apos;s FIN.</source>
        <translation>FIN_WAIT_1: this side closed and sent FIN; waiting for its ACK or the peer&apos;s FIN.</translation>
    </message>
    <message>
        <source>FIN_WAIT_2: our FIN is acknowledged; waiting for the peer to close its direction.</source>
        <translation>FIN_WAIT_2: our FIN is acknowledged; waiting for the peer to close its direction.</translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the peer has closed; waiting for our own application to call close().</source>
        <translation>CLOSE_WAIT: the peer has closed; waiting for our own application to call close().</translation>
    </message>
    <message>
        <source>CLOSING: both sides closed at once; waiting for the ACK of our FIN.</source>
        <translation>CLOSING: both sides closed at once; waiting for the ACK of our FIN.</translation>
    </message>
    <message>
        <source>LAST_ACK: we sent our FIN after the peer&apos;s; waiting for its ACK.</source>
        <translation>LAST_ACK: we sent our FIN after the peer&apos;s; waiting for its ACK.</translation>
    </message>
    <message>
        <source>TIME_WAIT: the side that closed first waits 2MSL so a lost last ACK can be repeated and old segments die out.</source>
        <translation>TIME_WAIT: the side that closed first waits 2MSL so a lost last ACK can be repeated and old segments die out.</translation>
    </message>
    <message>
        <source>%1
Click to jump to the first event at which a node enters this state.</source>
        <translation>%1
Click to jump to the first event at which a node enters this state.</translation>
    </message>
    <message>
        <source>rcv RST, ABORT
or give up</source>
        <translation>rcv RST, ABORT
or give up</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>UDP has no connection and no states: the datagrams of this scenario change nothing here.</source>
        <translation>UDP has no connection and no states: the datagrams of this scenario change nothing here.</translation>
    </message>
</context>
<context>
    <name>wirestep::StreamLab</name>
    <message>
        <source>one</source>
        <translation>one</translation>
    </message>
    <message>
        <source>two</source>
        <translation>two</translation>
    </message>
    <message>
        <source>three</source>
        <translation>three</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>The server cannot listen on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>The server cannot bind on 127.0.0.1: %1.</source>
        <translation>The server cannot bind on 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>The client cannot bind on 127.0.0.1: %1.</translation>
    </message>
</context>
<context>
    <name>wirestep::StudentDialog</name>
    <message>
        <source>Exercises: who are you?</source>
        <translation>Exercises: who are you?</translation>
    </message>
    <message>
        <source>You are about to answer the exercises &quot;%1&quot; in predict mode. Your name and student id go into the results file you hand in (File ▸ Export results).</source>
        <translation>You are about to answer the exercises &quot;%1&quot; in predict mode. Your name and student id go into the results file you hand in (File ▸ Export results).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Student &amp;id:</source>
        <translation>Student &amp;id:</translation>
    </message>
</context>
<context>
    <name>wirestep::Terms</name>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <comment>state gloss</comment>
        <translation>CLOSED</translation>
    </message>
    <message>
        <source>LISTEN</source>
        <comment>state gloss</comment>
        <translation>LISTEN</translation>
    </message>
    <message>
        <source>SYN_SENT</source>
        <comment>state gloss</comment>
        <translation>SYN_SENT</translation>
    </message>
    <message>
        <source>SYN_RECEIVED</source>
        <comment>state gloss</comment>
        <translation>SYN_RECEIVED</translation>
    </message>
    <message>
        <source>ESTABLISHED</source>
        <comment>state gloss</comment>
        <translation>ESTABLISHED</translation>
    </message>
    <message>
        <source>FIN_WAIT_1</source>
        <comment>state gloss</comment>
        <translation>FIN_WAIT_1</translation>
    </message>
    <message>
        <source>FIN_WAIT_2</source>
        <comment>state gloss</comment>
        <translation>FIN_WAIT_2</translation>
    </message>
    <message>
        <source>CLOSE_WAIT</source>
        <comment>state gloss</comment>
        <translation>CLOSE_WAIT</translation>
    </message>
    <message>
        <source>CLOSING</source>
        <comment>state gloss</comment>
        <translation>CLOSING</translation>
    </message>
    <message>
        <source>LAST_ACK</source>
        <comment>state gloss</comment>
        <translation>LAST_ACK</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <comment>state gloss</comment>
        <translation>TIME_WAIT</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>state name and its gloss</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>state name over its gloss</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>listen()</source>
        <translation>listen()</translation>
    </message>
    <message>
        <source>bind()</source>
        <translation>bind()</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>connect()</source>
        <translation>connect()</translation>
    </message>
    <message>
        <source>send()</source>
        <translation>send()</translation>
    </message>
    <message>
        <source>recv()</source>
        <translation>recv()</translation>
    </message>
    <message>
        <source>shutdown()</source>
        <translation>shutdown()</translation>
    </message>
    <message>
        <source>close()</source>
        <translation>close()</translation>
    </message>
    <message>
        <source>abort()</source>
        <translation>abort()</translation>
    </message>
    <message>
        <source>sendto()</source>
        <translation>sendto()</translation>
    </message>
    <message>
        <source>recvfrom()</source>
        <translation>recvfrom()</translation>
    </message>
    <message>
        <source>EOF</source>
        <translation>EOF</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>host crash</source>
        <translation>host crash</translation>
    </message>
    <message>
        <source>host reboot</source>
        <translation>host reboot</translation>
    </message>
    <message>
        <source>connected (signal)</source>
        <translation>connected (signal)</translation>
    </message>
    <message>
        <source>disconnected (signal)</source>
        <translation>disconnected (signal)</translation>
    </message>
    <message>
        <source>bytesWritten (signal)</source>
        <translation>bytesWritten (signal)</translation>
    </message>
    <message>
        <source>connection does not exist</source>
        <translation>connection does not exist</translation>
    </message>
    <message>
        <source>connection already exists</source>
        <translation>connection already exists</translation>
    </message>
    <message>
        <source>connection closing</source>
        <translation>connection closing</translation>
    </message>
    <message>
        <source>foreign socket unspecified</source>
        <translation>foreign socket unspecified</translation>
    </message>
    <message>
        <source>address already in use (EADDRINUSE)</source>
        <translation>address already in use (EADDRINUSE)</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>the peer closed the connection</translation>
    </message>
    <message>
        <source>a socket error</source>
        <translation>a socket error</translation>
    </message>
    <message>
        <source>random loss</source>
        <translation>random loss</translation>
    </message>
    <message>
        <source>fault rule</source>
        <translation>fault rule</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>link cut</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>port unreachable</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>host down</translation>
    </message>
    <message>
        <source>retransmission timer</source>
        <translation>retransmission timer</translation>
    </message>
    <message>
        <source>2MSL timer</source>
        <translation>2MSL timer</translation>
    </message>
    <message>
        <source>keepalive timer</source>
        <translation>keepalive timer</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <translation>delayed-ACK timer</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer</source>
        <translation>FIN_WAIT_2 timer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a state in a sentence: its name and its gloss</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>connection refused (ECONNREFUSED)</source>
        <translation>connection refused (ECONNREFUSED)</translation>
    </message>
    <message>
        <source>connection reset (ECONNRESET)</source>
        <translation>connection reset (ECONNRESET)</translation>
    </message>
    <message>
        <source>connection timed out (ETIMEDOUT)</source>
        <translation>connection timed out (ETIMEDOUT)</translation>
    </message>
    <message>
        <source>%1 fails: still in %2</source>
        <translation>%1 fails: still in %2</translation>
    </message>
    <message>
        <source>%1 fails: %2</source>
        <translation>%1 fails: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what the application is told: the error</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linux: 60 s; RFC 9293: 2 × 2 min</source>
        <translation>Linux: 60 s; RFC 9293: 2 × 2 min</translation>
    </message>
    <message>
        <source>Linux: 60 s</source>
        <translation>Linux: 60 s</translation>
    </message>
    <message>
        <source>Linux and RFC 1122: 2 h (7200 s)</source>
        <translation>Linux and RFC 1122: 2 h (7200 s)</translation>
    </message>
    <message>
        <source>Linux: 75 s between probes, 9 probes; Windows: 10 probes</source>
        <translation>Linux: 75 s between probes, 9 probes; Windows: 10 probes</translation>
    </message>
    <message>
        <source>Linux 60 s</source>
        <translation>Linux 60 s</translation>
    </message>
    <message>
        <source>Linux 2 h</source>
        <translation>Linux 2 h</translation>
    </message>
    <message>
        <source>Linux 75 s</source>
        <translation>Linux 75 s</translation>
    </message>
    <message>
        <source>classroom (shortened)</source>
        <translation>classroom (shortened)</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>2MSL = %1</source>
        <translation>2MSL = %1</translation>
    </message>
    <message>
        <source>  real: Linux 60 s; RFC 9293: 2 × 2 min</source>
        <translation>  real: Linux 60 s; RFC 9293: 2 × 2 min</translation>
    </message>
    <message numerus="yes">
        <source>keepalive: %1 idle, probe every %2, %n probe(s)</source>
        <translation>
            <numerusform>keepalive: %1 idle, probe every %2, %n probe</numerusform>
            <numerusform>keepalive: %1 idle, probe every %2, %n probes</numerusform>
        </translation>
    </message>
    <message>
        <source>  real: Linux 7200 s, 75 s, 9 probes;</source>
        <translation>  real: Linux 7200 s, 75 s, 9 probes;</translation>
    </message>
    <message>
        <source>  Windows sends 10 probes</source>
        <translation>  Windows sends 10 probes</translation>
    </message>
    <message>
        <source>RTO: %1 first, %2 to %3</source>
        <translation>RTO: %1 first, %2 to %3</translation>
    </message>
    <message>
        <source>timeout retransmission</source>
        <translation>timeout retransmission</translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation>fast retransmit</translation>
    </message>
    <message>
        <source>retransmission (partial ACK)</source>
        <translation>retransmission (partial ACK)</translation>
    </message>
    <message>
        <source>retransmission (SYN came again)</source>
        <translation>retransmission (SYN came again)</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>window probe</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>keepalive probe</translation>
    </message>
    <message>
        <source>tail loss probe</source>
        <translation>tail loss probe</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>retransmission</translation>
    </message>
    <message>
        <source>dup ACK #%1</source>
        <translation>dup ACK #%1</translation>
    </message>
    <message>
        <source>retransmission on timeout (RTO %1)</source>
        <translation>retransmission on timeout (RTO %1)</translation>
    </message>
    <message>
        <source>retransmission on timeout</source>
        <translation>retransmission on timeout</translation>
    </message>
    <message numerus="yes">
        <source>fast retransmission after %n duplicate ACK(s)</source>
        <translation>
            <numerusform>fast retransmission after %n duplicate ACK</numerusform>
            <numerusform>fast retransmission after %n duplicate ACKs</numerusform>
        </translation>
    </message>
    <message>
        <source>retransmission after a partial ACK: the next missing segment, without waiting for the timer</source>
        <translation>retransmission after a partial ACK: the next missing segment, without waiting for the timer</translation>
    </message>
    <message>
        <source>sent again because the peer&apos;s SYN came again: this SYN,ACK was lost</source>
        <translation>sent again because the peer&apos;s SYN came again: this SYN,ACK was lost</translation>
    </message>
    <message>
        <source>zero-window probe, sent by the persist timer</source>
        <translation>zero-window probe, sent by the persist timer</translation>
    </message>
    <message>
        <source>keepalive probe %1</source>
        <translation>keepalive probe %1</translation>
    </message>
    <message>
        <source>tail loss probe, sent when the probe timeout (PTO %1) expired</source>
        <translation>tail loss probe, sent when the probe timeout (PTO %1) expired</translation>
    </message>
    <message>
        <source>tail loss probe, sent when the probe timeout expired</source>
        <translation>tail loss probe, sent when the probe timeout expired</translation>
    </message>
    <message>
        <source>duplicate ACK #%1</source>
        <translation>duplicate ACK #%1</translation>
    </message>
</context>
<context>
    <name>wirestep::TextLadder</name>
    <message>
        <source>t (ms)</source>
        <translation>t (ms)</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>[old duplicate] %1</source>
        <translation>[old duplicate] %1</translation>
    </message>
    <message>
        <source>✕ lost (%1)</source>
        <translation>✕ lost (%1)</translation>
    </message>
    <message>
        <source>≈≈ link cut ≈≈</source>
        <translation>≈≈ link cut ≈≈</translation>
    </message>
    <message>
        <source>≈≈ link healed ≈≈</source>
        <translation>≈≈ link healed ≈≈</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1 %2 B</source>
        <translation>%1 %2 B</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>wirestep::TimeWaitLab</name>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>The server cannot listen on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>The client cannot bind on 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>Goodbye: the server closes first.</source>
        <translation>Goodbye: the server closes first.</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpChatLab</name>
    <message>
        <source>Hello from A</source>
        <translation>Hello from A</translation>
    </message>
    <message>
        <source>Hello from B</source>
        <translation>Hello from B</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the udp-chat lab takes at most %2.</source>
        <translation>The message is %1 bytes long; the udp-chat lab takes at most %2.</translation>
    </message>
    <message>
        <source>The peers cannot bind on 127.0.0.1: %1.</source>
        <translation>The peers cannot bind on 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>A datagram never arrived: UDP does not send it again, and nobody is told.</source>
        <translation>A datagram never arrived: UDP does not send it again, and nobody is told.</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpRelay</name>
    <message>
        <source>The lossy relay cannot bind on 127.0.0.1: %1.</source>
        <translation>The lossy relay cannot bind on 127.0.0.1: %1.</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpTimeLab</name>
    <message>
        <source>Error: the format is %1 bytes long; this server takes at most %2.</source>
        <translation>Error: the format is %1 bytes long; this server takes at most %2.</translation>
    </message>
    <message>
        <source>Error: the format contains a NUL byte.</source>
        <translation>Error: the format contains a NUL byte.</translation>
    </message>
    <message>
        <source>Error: the format gives no text, or more than 255 bytes.</source>
        <translation>Error: the format gives no text, or more than 255 bytes.</translation>
    </message>
    <message>
        <source>The time format is %1 bytes long; the udp-time lab takes at most %2.</source>
        <translation>The time format is %1 bytes long; the udp-time lab takes at most %2.</translation>
    </message>
    <message>
        <source>The server cannot bind on 127.0.0.1 port %1: %2.</source>
        <translation>The server cannot bind on 127.0.0.1 port %1: %2.</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>The client cannot bind on 127.0.0.1: %1.</translation>
    </message>
    <message>
        <source>No answer came back after %1 requests: every one or every answer was lost.</source>
        <translation>No answer came back after %1 requests: every one or every answer was lost.</translation>
    </message>
</context>
</TS>
