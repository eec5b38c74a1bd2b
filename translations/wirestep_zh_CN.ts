<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>未知的图片格式“%1”：请使用 .png、.svg 或 .pdf。</translation>
    </message>
    <message>
        <source>The diagram is too long for one image; export it as PDF instead.</source>
        <translation>时序图太长，无法放进一张图片；请改为导出 PDF。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Wirestep sequence diagram</source>
        <translation>Wirestep 时序图</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>app call</source>
        <translation>应用调用</translation>
    </message>
    <message>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <source>link healed</source>
        <translation>链路恢复</translation>
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
        <translation>保活 %1</translation>
    </message>
    <message>
        <source>delayed ACK %1</source>
        <translation>延迟 ACK %1</translation>
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
        <translation>空闲 %1</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>%1+data</source>
        <translation>%1+数据</translation>
    </message>
    <message>
        <source>from %1, sent at %2</source>
        <translation>由%1在 %2 发出</translation>
    </message>
    <message>
        <source>lost at %1 (%2)</source>
        <translation>在 %1 丢失（%2）</translation>
    </message>
    <message>
        <source>delivered at %1, after %2</source>
        <translation>在 %1 到达，历时 %2</translation>
    </message>
    <message>
        <source>still in flight</source>
        <translation>仍在传输途中</translation>
    </message>
    <message>
        <source>ports: %1 → %2</source>
        <translation>端口：%1 → %2</translation>
    </message>
    <message>
        <source>seq: %1  ack: %2</source>
        <translation>seq：%1  ack：%2</translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation>标志位：%1</translation>
    </message>
    <message>
        <source>window: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>MSS option: %1</source>
        <translation>MSS 选项：%1</translation>
    </message>
    <message>
        <source>injected by the scenario</source>
        <translation>由场景注入</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复到达</translation>
    </message>
    <message>
        <source>UDP datagram</source>
        <translation>UDP 数据报</translation>
    </message>
    <message>
        <source>%1 with data</source>
        <translation>带数据的 %1</translation>
    </message>
    <message>
        <source>%1 without data</source>
        <translation>不带数据的 %1</translation>
    </message>
    <message>
        <source>any node</source>
        <translation>任一节点</translation>
    </message>
    <message>
        <source>Drop %1 #%2 sent by %3</source>
        <translation>丢弃%3发出的第 %2 个 %1</translation>
    </message>
    <message>
        <source>Delay %1 #%2 sent by %3 for %4</source>
        <translation>将%3发出的第 %2 个 %1 延迟 %4</translation>
    </message>
    <message>
        <source>Duplicate %1 #%2 sent by %3</source>
        <translation>让%3发出的第 %2 个 %1 重复到达</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n byte(s)</source>
        <translation>
            <numerusform>%1 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <comment>a state inferred from a capture</comment>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <source>(inferred)</source>
        <comment>under a state inferred from a capture</comment>
        <translation>（推断）</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a state a capture cannot tell</comment>
        <translation>未知</translation>
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
        <translation>保活</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>FIN_WAIT_2</source>
        <translation>FIN_WAIT_2</translation>
    </message>
    <message>
        <source>analysis: %1</source>
        <translation>分析：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a shortened timer and its real value</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>timeout (RTO %1)</source>
        <translation>超时（RTO %1）</translation>
    </message>
    <message numerus="yes">
        <source>fast retransmit (%n dup ACK(s))</source>
        <translation>
            <numerusform>快速重传（%n 个重复确认）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%n byte(s))</source>
        <translation>
            <numerusform>“%1”（%n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>seq: %1  ack: %2 (relative; as sent: %3 and %4)</source>
        <translation>seq：%1  ack：%2（相对值；实际发送的是 %3 和 %4）</translation>
    </message>
</context>
<context>
    <name>LadderLegend</name>
    <message>
        <source>TCP segment: flags and numbers above</source>
        <translation>TCP 报文段：上方是标志位和编号</translation>
    </message>
    <message>
        <source>UDP datagram</source>
        <translation>UDP 数据报</translation>
    </message>
    <message>
        <source>lost on the link</source>
        <translation>在链路上丢失</translation>
    </message>
    <message>
        <source>a second copy made by the link</source>
        <translation>链路复制出的副本</translation>
    </message>
    <message>
        <source>RST: the connection is reset</source>
        <translation>RST：连接被复位</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>duplicate ACK: the same ack again</source>
        <translation>重复确认：同一个确认号再次出现</translation>
    </message>
    <message>
        <source>TCP state of the node</source>
        <translation>节点的 TCP 状态</translation>
    </message>
    <message>
        <source>TIME_WAIT: waiting 2MSL</source>
        <translation>TIME_WAIT：等待 2MSL</translation>
    </message>
    <message>
        <source>timer: dot fired, tick cancelled</source>
        <translation>计时器：圆点为超时，短横为取消</translation>
    </message>
    <message>
        <source>application call</source>
        <translation>应用调用</translation>
    </message>
    <message>
        <source>long idle time, folded</source>
        <translation>长时间空闲，已折叠</translation>
    </message>
    <message>
        <source>link cut or healed</source>
        <translation>链路断开或恢复</translation>
    </message>
    <message>
        <source>what Wireshark&apos;s analysis says of the segment</source>
        <translation>Wireshark 的分析对该报文段的判断</translation>
    </message>
    <message>
        <source>TCP state inferred from the segments</source>
        <translation>根据报文段推断的 TCP 状态</translation>
    </message>
    <message>
        <source>state the capture cannot tell</source>
        <translation>抓包无法判断的状态</translation>
    </message>
    <message>
        <source>retransmission: why, under it</source>
        <translation>重传：下方标出原因</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <source>the file must be named &quot;%1&quot;, after the scenario&apos;s id</source>
        <translation>文件名必须是“%1”，与场景的 id 一致</translation>
    </message>
    <message>
        <source>another file has the same id</source>
        <translation>另一个文件的 id 与此相同</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>未知的键；你是想写“%1”吗？</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是一个对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是一个数组</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>缺少必需的键“%1”</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是一个字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>must be a number &gt; 0</source>
        <translation>必须是大于 0 的数</translation>
    </message>
    <message>
        <source>must be a number &gt;= 0</source>
        <translation>必须是大于或等于 0 的数</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>不能大于 %1</translation>
    </message>
    <message>
        <source>unexpected end of input; the object that starts at line %1, column %2 is not closed</source>
        <translation>输入意外结束；从第 %1 行第 %2 列开始的对象没有闭合</translation>
    </message>
    <message>
        <source>unexpected end of input; the array that starts at line %1, column %2 is not closed</source>
        <translation>输入意外结束；从第 %1 行第 %2 列开始的数组没有闭合</translation>
    </message>
    <message>
        <source>the document is empty; expected a JSON value</source>
        <translation>文档为空；这里应当是一个 JSON 值</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>JSON 中不允许有注释</translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>JSON 值之后有多余的内容</translation>
    </message>
    <message>
        <source>unexpected end of input; expected a value</source>
        <translation>输入意外结束；这里应当是一个值</translation>
    </message>
    <message>
        <source>strings must be in double quotes</source>
        <translation>字符串必须用双引号括起来</translation>
    </message>
    <message>
        <source>a number must start with a digit or &apos;-&apos;</source>
        <translation>数字必须以数字字符或 &apos;-&apos; 开头</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>这里应当是一个值</translation>
    </message>
    <message>
        <source>too deeply nested: more than 64 levels of arrays and objects</source>
        <translation>嵌套太深：数组和对象超过了 64 层</translation>
    </message>
    <message>
        <source>object keys must be strings in double quotes</source>
        <translation>对象的键必须是用双引号括起来的字符串</translation>
    </message>
    <message>
        <source>expected a string key or &apos;}&apos;</source>
        <translation>这里应当是字符串键或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a string key after &apos;,&apos;; trailing commas are not allowed</source>
        <translation>&apos;,&apos; 之后应当是字符串键；不允许有结尾逗号</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>这里应当是字符串键</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>重复的键“%1”</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after object key</source>
        <translation>对象的键之后应当是 &apos;:&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after object member</source>
        <translation>对象成员之后应当是 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;,&apos;; trailing commas are not allowed</source>
        <translation>&apos;,&apos; 之后应当是一个值；不允许有结尾逗号</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after array element</source>
        <translation>数组元素之后应当是 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>unterminated string; a line break inside a string must be written as \n</source>
        <translation>字符串没有结束；字符串中的换行必须写成 \n</translation>
    </message>
    <message>
        <source>control character in string; write it as an escape such as \t</source>
        <translation>字符串中有控制字符；请写成 \t 这样的转义序列</translation>
    </message>
    <message>
        <source>invalid \u escape; expected 4 hex digits</source>
        <translation>无效的 \u 转义；这里应当是 4 位十六进制数字</translation>
    </message>
    <message>
        <source>invalid \u escape; a low surrogate without a high surrogate before it</source>
        <translation>无效的 \u 转义；低位代理项之前没有高位代理项</translation>
    </message>
    <message>
        <source>invalid \u escape; a high surrogate must be followed by a low surrogate</source>
        <translation>无效的 \u 转义；高位代理项之后必须跟着低位代理项</translation>
    </message>
    <message>
        <source>invalid escape; use \&quot; \\ \/ \b \f \n \r \t or \u followed by 4 hex digits</source>
        <translation>无效的转义；请使用 \&quot; \\ \/ \b \f \n \r \t，或 \u 加 4 位十六进制数字</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8 编码</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;</source>
        <translation>&apos;-&apos; 之后应当是数字</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in numbers</source>
        <translation>数字不允许有前导零</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>小数点之后应当是数字</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>指数部分应当是数字</translation>
    </message>
    <message>
        <source>invalid literal; expected true, false or null</source>
        <translation>无效的字面量；这里应当是 true、false 或 null</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; expected handshake, data, teardown, timers, udp, what-if or rfc</source>
        <translation>未知的分组“%1”；应当是 handshake、data、teardown、timers、udp、what-if 或 rfc</translation>
    </message>
    <message>
        <source>unknown group &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的分组“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; expected tcp or udp</source>
        <translation>未知的协议“%1”；应当是 tcp 或 udp</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的协议“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;; expected client or server</source>
        <translation>未知的节点“%1”；应当是 client 或 server</translation>
    </message>
    <message>
        <source>unknown node &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的节点“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; expected linux, rfc or classroom</source>
        <translation>未知的计时器配置“%1”；应当是 linux、rfc 或 classroom</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的计时器配置“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown handshake &quot;%1&quot;; expected three-way or two-way</source>
        <translation>未知的握手方式“%1”；应当是 three-way 或 two-way</translation>
    </message>
    <message>
        <source>unknown handshake &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的握手方式“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected listen, connect, send, recv, shutdown, close, abort, bind, sendto, recvfrom, crash, reboot, link_cut or link_heal</source>
        <translation>未知的动作“%1”；应当是 listen、connect、send、recv、shutdown、close、abort、bind、sendto、recvfrom、crash、reboot、link_cut 或 link_heal</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的动作“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown fault action &quot;%1&quot;; expected drop, delay, duplicate or inject</source>
        <translation>未知的故障动作“%1”；应当是 drop、delay、duplicate 或 inject</translation>
    </message>
    <message>
        <source>unknown fault action &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的故障动作“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; expected SYN, ACK, FIN, RST, PSH or URG</source>
        <translation>未知的标志位“%1”；应当是 SYN、ACK、FIN、RST、PSH 或 URG</translation>
    </message>
    <message>
        <source>unknown flag &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>未知的标志位“%1”；你是想写“%2”吗？</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>这是一个目录，不是文件</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>文件大于 16 MiB</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>场景必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;wirestep-scenario/1&quot;</source>
        <translation>必须是 &quot;wirestep-scenario/1&quot;</translation>
    </message>
    <message>
        <source>must be a non-empty string of letters, digits and &apos;-&apos;</source>
        <translation>必须是由字母、数字和 &apos;-&apos; 组成的非空字符串</translation>
    </message>
    <message>
        <source>not used by the &quot;%1&quot; action</source>
        <translation>“%1”动作不使用此项</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; or &quot;bytes&quot;, not both</source>
        <translation>只能给出 &quot;text&quot; 或 &quot;bytes&quot; 之一，不能同时给出</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; action needs &quot;text&quot; or &quot;bytes&quot;</source>
        <translation>“%1”动作需要 &quot;text&quot; 或 &quot;bytes&quot;</translation>
    </message>
    <message>
        <source>not used by a &quot;%1&quot; fault</source>
        <translation>“%1”故障不使用此项</translation>
    </message>
    <message>
        <source>must be at least 0.001 (1 µs); %1 rounds to 0 µs</source>
        <translation>必须至少为 0.001（1 µs）；%1 会舍入为 0 µs</translation>
    </message>
    <message>
        <source>too many values: a scenario holds at most %1 JSON values</source>
        <translation>值太多：一个场景最多包含 %1 个 JSON 值</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>……以及另外 %1 个</translation>
    </message>
    <message>
        <source>must be a number &gt; 0: a timer of 0 ms fires again at the same instant, so time would never advance</source>
        <translation>必须是大于 0 的数：0 ms 的计时器会在同一时刻再次触发，时间将永远无法前进</translation>
    </message>
    <message>
        <source>must be at most %1 bytes long</source>
        <translation>长度最多为 %1 字节</translation>
    </message>
    <message>
        <source>the simulation stopped at %1 ms: more than %2 events happened at that one instant without the clock moving</source>
        <translation>仿真在 %1 ms 处停止：在这同一时刻发生了超过 %2 个事件，时钟没有前进</translation>
    </message>
    <message>
        <source>the simulation stopped at %1 ms after %2 events, the most one run may take; a shorter run (until) goes to its end</source>
        <translation>仿真在 %1 ms 处停止，已运行 %2 个事件，这是一次运行的上限；较短的运行（until）可以运行到结束</translation>
    </message>
    <message>
        <source>cannot open the file: permission denied</source>
        <translation>无法打开文件：权限不足</translation>
    </message>
    <message>
        <source>cannot open the file: too many levels of symbolic links (a loop?)</source>
        <translation>无法打开文件：符号链接层数过多（存在循环？）</translation>
    </message>
    <message>
        <source>cannot open the file: the name is too long</source>
        <translation>无法打开文件：文件名太长</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO, a socket or a device); give a scenario file</source>
        <translation>不是普通文件（而是 FIFO、套接字或设备）；请给出一个场景文件</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not a readable .zip archive: %1</source>
        <translation>不是可读取的 .zip 压缩包：%1</translation>
    </message>
    <message>
        <source>the archive holds more than %1 files</source>
        <translation>压缩包中的文件超过 %1 个</translation>
    </message>
    <message>
        <source>cannot read %1 in the archive: %2</source>
        <translation>无法读取压缩包中的 %1：%2</translation>
    </message>
    <message>
        <source>%1 in the archive is too large</source>
        <translation>压缩包中的 %1 太大</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation>未知的格式“%1”；应为“%2”</translation>
    </message>
    <message>
        <source>must be letters, digits and &apos;-&apos; only, not empty</source>
        <translation>只能由字母、数字和“-”组成，且不能为空</translation>
    </message>
    <message>
        <source>must name at least one scenario file</source>
        <translation>至少要列出一个场景文件</translation>
    </message>
    <message>
        <source>names more than %1 scenario files</source>
        <translation>列出的场景文件超过 %1 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a file inside the pack: a relative name without &quot;..&quot;</source>
        <translation>“%1”必须是习题包内的文件：不含“..”的相对路径</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>“%1”被列出了两次</translation>
    </message>
    <message>
        <source>not an exercise pack: give its folder, its pack.json or a .zip of it</source>
        <translation>不是习题包：请给出它的文件夹、它的 pack.json 或它的 .zip 压缩包</translation>
    </message>
    <message>
        <source>needs the student&apos;s name or id</source>
        <translation>需要学生的姓名或学号</translation>
    </message>
    <message>
        <source>holds more than %1 answers</source>
        <translation>答案超过 %1 条</translation>
    </message>
    <message>
        <source>a question has either &quot;choices&quot; or &quot;number&quot;, not both</source>
        <translation>一个问题要么有 &quot;choices&quot;，要么有 &quot;number&quot;，不能两者都有</translation>
    </message>
    <message>
        <source>a question needs &quot;choices&quot; (with &quot;answer&quot;) or &quot;number&quot;</source>
        <translation>问题需要 &quot;choices&quot;（连同 &quot;answer&quot;）或 &quot;number&quot;</translation>
    </message>
    <message>
        <source>must list 2 to 6 choices</source>
        <translation>必须列出 2 到 6 个选项</translation>
    </message>
    <message>
        <source>&quot;answer&quot; picks one of &quot;choices&quot;; this question has none</source>
        <translation>&quot;answer&quot; 用来从 &quot;choices&quot; 中选出一个；这个问题没有选项</translation>
    </message>
    <message>
        <source>say where the question is asked: &quot;send&quot; (the segment&apos;s flags) or &quot;enters&quot; (a state), one of them</source>
        <translation>请说明在哪里提问：&quot;send&quot;（报文段的标志位）或 &quot;enters&quot;（一个状态），两者选一</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; expected an RFC 9293 name such as TIME_WAIT</source>
        <translation>未知的状态“%1”；应当是 RFC 9293 的状态名，例如 TIME_WAIT</translation>
    </message>
    <message>
        <source>needs the answer given: &quot;choice&quot; or &quot;number&quot;</source>
        <translation>需要给出的答案：“choice”或“number”</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1:%2:%3.%4 h</source>
        <translation>%1:%2:%3.%4</translation>
    </message>
</context>
<context>
    <name>wirestep::AboutDialog</name>
    <message>
        <source>Watch TCP and UDP work, segment by segment: a simulator of two endpoints over a link that can lose, delay, duplicate and reorder segments, drawn as a sequence diagram.</source>
        <translation>逐个报文段观察 TCP 与 UDP 的工作过程：模拟两个端点通过一条会丢失、延迟、复制和乱序报文段的链路通信，并画成时序图。</translation>
    </message>
    <message>
        <source>About Wirestep</source>
        <translation>关于 Wirestep</translation>
    </message>
    <message>
        <source>Wirestep %1</source>
        <translation>Wirestep %1</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Wirestep authors.</source>
        <translation>版权所有 © 2026 Wirestep 作者。</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>以 MIT 许可证发布的自由软件。</translation>
    </message>
    <message>
        <source>Running with Qt %1 (built with Qt %2).</source>
        <translation>运行于 Qt %1（使用 Qt %2 构建）。</translation>
    </message>
    <message>
        <source>Packet capture library: %1.</source>
        <translation>抓包库：%1。</translation>
    </message>
    <message>
        <source>Documentation: the user guide in the Help menu, and the files installed in %1.</source>
        <translation>文档：“帮助”菜单中的用户指南，以及安装在 %1 的文件。</translation>
    </message>
</context>
<context>
    <name>wirestep::CaptureOpener</name>
    <message>
        <source>Open &amp;capture…</source>
        <translation>打开抓包(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a pcap or pcapng capture and show one of its connections (%1)</source>
        <translation>打开一个 pcap 或 pcapng 抓包文件并显示其中的一条连接（%1）</translation>
    </message>
    <message>
        <source>Choose &amp;connection…</source>
        <translation>选择连接(&amp;N)…</translation>
    </message>
    <message>
        <source>Show another connection of the open capture</source>
        <translation>显示已打开的抓包中的另一条连接</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开抓包</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap *.dmp);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap *.dmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open capture</source>
        <translation>无法打开抓包</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 holds no packets.</source>
        <translation>%1 里没有分组。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no TCP or UDP packets, only %n other packet(s).</source>
        <translation>
            <numerusform>%1 里没有 TCP 或 UDP 分组，只有 %n 个其他分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, connection %2</source>
        <translation>%1，连接 %2</translation>
    </message>
    <message>
        <source>Packets %1 to %2 of the %3 of this connection are shown.</source>
        <translation>显示的是这条连接 %3 个分组中的第 %1 到第 %2 个。</translation>
    </message>
</context>
<context>
    <name>wirestep::CaptureText</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty: a capture file starts with a pcap or pcapng header.</source>
        <translation>%1 是空文件：抓包文件应以 pcap 或 pcapng 文件头开始。</translation>
    </message>
    <message>
        <source>%1 is not a capture: it starts with neither a pcap nor a pcapng header (its first bytes are %2).</source>
        <translation>%1 不是抓包文件：它既不以 pcap 文件头也不以 pcapng 文件头开始（开头的字节是 %2）。</translation>
    </message>
    <message>
        <source>%1 is cut short: it ends inside its file header.</source>
        <translation>%1 不完整：文件在文件头中间就结束了。</translation>
    </message>
    <message>
        <source>%1 has link type %2 (%3), which Wirestep does not decode: it reads Ethernet, Linux cooked (SLL, SLL2), loopback and raw IP captures.</source>
        <translation>%1 的链路类型是 %2（%3），Wirestep 不能解码：它能读以太网、Linux cooked（SLL、SLL2）、回环和原始 IP 抓包。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%1 is cut short: packet %2 (at byte %3) is incomplete; the %n packet(s) before it are read.</source>
        <translation>
            <numerusform>%1 不完整：第 %2 个分组（在第 %3 字节处）被截断；已读入它之前的 %n 个分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 已损坏：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged at packet %2 (byte %3): %4.</source>
        <translation>%1 在第 %2 个分组（第 %3 字节）处损坏：%4。</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
    </message>
    <message>
        <source>Linux cooked (SLL)</source>
        <translation>Linux cooked（SLL）</translation>
    </message>
    <message>
        <source>Linux cooked (SLL2)</source>
        <translation>Linux cooked（SLL2）</translation>
    </message>
    <message>
        <source>BSD loopback</source>
        <translation>BSD 回环</translation>
    </message>
    <message>
        <source>OpenBSD loopback</source>
        <translation>OpenBSD 回环</translation>
    </message>
    <message>
        <source>raw IP</source>
        <translation>原始 IP</translation>
    </message>
    <message>
        <source>raw IPv4</source>
        <translation>原始 IPv4</translation>
    </message>
    <message>
        <source>raw IPv6</source>
        <translation>原始 IPv6</translation>
    </message>
    <message>
        <source>Retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>Fast retransmission</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <source>Spurious retransmission</source>
        <translation>多余的重传</translation>
    </message>
    <message>
        <source>Out-of-order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>Dup ACK #%1</source>
        <translation>重复确认 #%1</translation>
    </message>
    <message>
        <source>Dup ACK</source>
        <translation>重复确认</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>Keep-alive ACK</source>
        <translation>保活确认</translation>
    </message>
    <message>
        <source>Zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>Zero window probe</source>
        <translation>零窗口探测</translation>
    </message>
    <message>
        <source>Zero window probe ACK</source>
        <translation>零窗口探测的确认</translation>
    </message>
    <message>
        <source>Window update</source>
        <translation>窗口更新</translation>
    </message>
    <message>
        <source>Window full</source>
        <translation>窗口已满</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Previous segment not captured</source>
        <translation>前面的报文段未抓到</translation>
    </message>
    <message>
        <source>ACKed segment not captured</source>
        <translation>确认了未抓到的报文段</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between analysis labels</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>The capture starts in the middle of the connection: both sides are taken to be ESTABLISHED, and what came before is unknown.</source>
        <translation>抓包从连接的中途开始：两端都被认为处于 ESTABLISHED，之前发生了什么无从得知。</translation>
    </message>
    <message>
        <source>The client sent nothing in this capture, so its state cannot be inferred.</source>
        <translation>客户端在这次抓包中什么也没有发送，所以无法推断它的状态。</translation>
    </message>
    <message>
        <source>The server sent nothing in this capture, so its state cannot be inferred.</source>
        <translation>服务器在这次抓包中什么也没有发送，所以无法推断它的状态。</translation>
    </message>
    <message>
        <source>Packet %1: the RST is not at the next byte the client expects, so the client may have ignored it (RFC 5961); its state is left as it was.</source>
        <translation>第 %1 个分组：RST 的序号不是客户端期待的下一个字节，客户端可能忽略了它（RFC 5961）；它的状态保持不变。</translation>
    </message>
    <message>
        <source>Packet %1: the RST is not at the next byte the server expects, so the server may have ignored it (RFC 5961); its state is left as it was.</source>
        <translation>第 %1 个分组：RST 的序号不是服务器期待的下一个字节，服务器可能忽略了它（RFC 5961）；它的状态保持不变。</translation>
    </message>
    <message>
        <source>The states are inferred from the segments by the RFC 9293 state machine; the capture itself holds only packets.</source>
        <translation>状态是用 RFC 9293 状态机根据报文段推断出来的；抓包文件本身只有分组。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a FIFO, a socket or a device): give a pcap or pcapng file.</source>
        <translation>%1 不是普通文件（而是 FIFO、套接字或设备）：请给出 pcap 或 pcapng 文件。</translation>
    </message>
</context>
<context>
    <name>wirestep::CentralViews</name>
    <message>
        <source>TCP and UDP &amp;side by side</source>
        <translation>TCP 与 UDP 并排(&amp;S)</translation>
    </message>
    <message>
        <source>Show TCP and UDP side by side (%1)</source>
        <translation>并排显示 TCP 与 UDP (%1)</translation>
    </message>
</context>
<context>
    <name>wirestep::ChatLab</name>
    <message>
        <source>The chat lab runs at most %1 clients at once, not %2.</source>
        <translation>聊天实验最多同时运行 %1 个客户端，而不是 %2 个。</translation>
    </message>
    <message>
        <source>client %1: %2</source>
        <translation>客户端 %1：%2</translation>
    </message>
    <message>
        <source>Hello from client %1</source>
        <translation>客户端 %1 向大家问好</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the chat lab takes at most %2.</source>
        <translation>这条消息长 %1 字节；聊天实验最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>Client %1 lost its connection: %2</source>
        <translation>客户端 %1 的连接断开了：%2</translation>
    </message>
    <message>
        <source>Client %1 received a message longer than the chat allows.</source>
        <translation>客户端 %1 收到了一条超过聊天允许长度的消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n outside connection(s) sent malformed messages and were cut off; the lab&apos;s own clients were not disturbed.</source>
        <translation>
            <numerusform>%n 个外部连接发送了格式错误的消息，已被断开；实验自己的客户端没有受到干扰。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) read nothing of what the chat sent them and were cut off.</source>
        <translation>
            <numerusform>%n 个连接从不读取聊天发给它们的内容，已被断开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) from outside connections were relayed to the lab&apos;s clients too.</source>
        <translation>
            <numerusform>来自外部连接的 %n 条消息也被转发给了实验的客户端。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wirestep::ChatServer</name>
    <message>
        <source>The chat server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>聊天服务器无法在 127.0.0.1 的端口 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>A message longer than %1 bytes was announced: the client is not speaking this protocol.</source>
        <translation>对方声明了一条超过 %1 字节的消息：这个客户端用的不是本协议。</translation>
    </message>
    <message>
        <source>A malformed message (empty, or not UTF-8 text) arrived: the client is not speaking this protocol.</source>
        <translation>收到一条格式错误的消息（为空，或不是 UTF-8 文本）：该客户端没有使用这个协议。</translation>
    </message>
    <message>
        <source>The client reads nothing of what the chat sends it: it is cut off rather than buffered without end.</source>
        <translation>该客户端从不读取聊天发给它的内容：将其断开，而不是无止境地缓存。</translation>
    </message>
</context>
<context>
    <name>wirestep::CliApp</name>
    <message>
        <source>no command given; try &apos;wirestep-cli --help&apos;</source>
        <translation>没有给出命令；请试试 &apos;wirestep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;wirestep-cli --help&apos;</source>
        <translation>未知的命令 &apos;%1&apos;；请试试 &apos;wirestep-cli --help&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;list&apos;</source>
        <translation>&apos;list&apos; 不接受参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use en or zh_CN</source>
        <translation>未知的语言 &apos;%1&apos;；请用 en 或 zh_CN</translation>
    </message>
    <message>
        <source>&apos;run&apos; needs a scenario: a catalog id or a file</source>
        <translation>&apos;run&apos; 需要一个场景：内置场景的 id 或场景文件</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;run&apos;</source>
        <translation>&apos;run&apos; 不接受多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number &gt;= 0, not &apos;%1&apos;</source>
        <translation>--seed 必须是大于或等于 0 的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--loss must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--loss 必须是 0 到 1 之间的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--delay must be a number of milliseconds from 0 to 3600000, not &apos;%1&apos;</source>
        <translation>--delay 必须是 0 到 3600000 之间的毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--profile must be linux, rfc or classroom, not &apos;%1&apos;</source>
        <translation>--profile 必须是 linux、rfc 或 classroom，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text, jsonl or pcap, not &apos;%1&apos;</source>
        <translation>--format 必须是 text、jsonl 或 pcap，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--capture must be wire, client or server, not &apos;%1&apos;</source>
        <translation>--capture 必须是 wire、client 或 server，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--capture goes with --format pcap</source>
        <translation>--capture 只能与 --format pcap 一起使用</translation>
    </message>
    <message>
        <source>no scenario &apos;%1&apos;: it is neither a catalog id (see &apos;wirestep-cli list&apos;) nor a file</source>
        <translation>没有场景 &apos;%1&apos;：它既不是内置场景的 id（见 &apos;wirestep-cli list&apos;），也不是文件</translation>
    </message>
    <message>
        <source>--format pcap writes a binary file: give it with -o FILE</source>
        <translation>--format pcap 输出二进制文件：请用 -o FILE 指定文件</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>无法写入 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入 &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>&apos;validate&apos; needs at least one file</source>
        <translation>&apos;validate&apos; 至少需要一个文件</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: 正确</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>&apos;%2&apos; 没有选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;live --list&apos;</source>
        <translation>&apos;live --list&apos; 不接受参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;live&apos; needs a lab; see &apos;wirestep-cli live --list&apos;</source>
        <translation>&apos;live&apos; 需要一个实验；见 &apos;wirestep-cli live --list&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;live&apos;</source>
        <translation>&apos;live&apos; 不接受多余的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--clients must be a whole number from 1 to 1000, not &apos;%1&apos;</source>
        <translation>--clients 必须是 1 到 1000 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--port must be a whole number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port 必须是 0 到 65535 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--duplicate must be a number from 0 to 1, not &apos;%1&apos;</source>
        <translation>--duplicate 必须是 0 到 1 之间的数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--delay must be a whole number of milliseconds from 0 to 10000, not &apos;%1&apos;</source>
        <translation>--delay 必须是 0 到 10000 之间的整毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 1 to 600000, not &apos;%1&apos;</source>
        <translation>--timeout 必须是 1 到 600000 之间的整毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text or jsonl for a live lab, not &apos;%1&apos;</source>
        <translation>真实套接字实验的 --format 必须是 text 或 jsonl，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>live labs need a running Qt application</source>
        <translation>真实套接字实验需要一个正在运行的 Qt 应用程序</translation>
    </message>
    <message>
        <source>no live lab &apos;%1&apos;; see &apos;wirestep-cli live --list&apos;</source>
        <translation>没有真实套接字实验 &apos;%1&apos;；见 &apos;wirestep-cli live --list&apos;</translation>
    </message>
    <message>
        <source>the lab &apos;%1&apos; cannot start: %2</source>
        <translation>实验 &apos;%1&apos; 无法启动：%2</translation>
    </message>
    <message>
        <source>wirestep-cli: note: %1</source>
        <translation>wirestep-cli: 注意：%1</translation>
    </message>
    <message>
        <source>wirestep-cli: the lab &apos;%1&apos; failed: %2</source>
        <translation>wirestep-cli: 实验 &apos;%1&apos; 失败：%2</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>-o needs a file name; without -o the output goes to standard output</source>
        <translation>-o 需要一个文件名；不加 -o 时输出到标准输出</translation>
    </message>
    <message>
        <source>wirestep-cli: the lab &apos;%1&apos; was stopped by signal %2; what it recorded until then is written</source>
        <translation>wirestep-cli：实验 &apos;%1&apos; 被信号 %2 停止；此前记录的内容已写出</translation>
    </message>
    <message>
        <source>--until must be at least 0.001 (1 µs); %1 rounds to 0 µs</source>
        <translation>--until 必须至少为 0.001（1 µs）；%1 会舍入为 0 µs</translation>
    </message>
    <message>
        <source>--until must be a number of milliseconds &gt; 0 and at most 1000000000000, not &apos;%1&apos;</source>
        <translation>--until 必须是大于 0 且不超过 1000000000000 的毫秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;analyze&apos; needs a capture file (pcap or pcapng)</source>
        <translation>&apos;analyze&apos; 需要一个抓包文件（pcap 或 pcapng）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;analyze&apos;</source>
        <translation>&apos;analyze&apos; 不接受参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--format must be text or jsonl for a capture, not &apos;%1&apos;</source>
        <translation>抓包的 --format 只能是 text 或 jsonl，不能是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--conversation must be a whole number from 1, not &apos;%1&apos;</source>
        <translation>--conversation 必须是从 1 开始的整数，不能是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wirestep-cli: warning: %1</source>
        <translation>wirestep-cli：警告：%1</translation>
    </message>
    <message>
        <source>%1 holds no packets</source>
        <translation>%1 里没有分组</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds no TCP or UDP packets, only %n other packet(s) (ARP, ICMP ...)</source>
        <translation>
            <numerusform>%1 里没有 TCP 或 UDP 分组，只有 %n 个其他分组（ARP、ICMP ……）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>there is no conversation %1: %2 holds %n conversation(s)</source>
        <translation>
            <numerusform>没有第 %1 个会话：%2 里只有 %n 个会话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture %1: %2, %3, %n packet(s)</source>
        <translation>
            <numerusform>抓包 %1：%2，%3，%n 个分组</numerusform>
        </translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>packets</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) are neither TCP nor UDP and belong to no conversation.</source>
        <translation>
            <numerusform>%n 个分组既不是 TCP 也不是 UDP，不属于任何会话。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conversation %1: %2 %3 (client) and %4 (server), %n packet(s)</source>
        <translation>
            <numerusform>会话 %1：%2 %3（客户端）与 %4（服务器），%n 个分组</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; for &apos;watch&apos;</source>
        <translation>&apos;watch&apos; 不接受参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;watch&apos; needs --port N, the port to watch</source>
        <translation>&apos;watch&apos; 需要 --port N，即要监视的端口</translation>
    </message>
    <message>
        <source>--port must be a whole number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--port 必须是 1 到 65535 之间的整数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--for must be a number of seconds above 0, at most 86400, not &apos;%1&apos;</source>
        <translation>--for 必须是大于 0、不超过 86400 的秒数，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connection %1: %2 %3 (client) and %4 (server)</source>
        <translation>连接 %1：%2 %3（客户端）与 %4（服务器）</translation>
    </message>
    <message>
        <source>Watching UDP port %1 on the loopback interface; Ctrl-C stops.</source>
        <translation>正在监视回环接口上的 UDP 端口 %1；按 Ctrl-C 停止。</translation>
    </message>
    <message>
        <source>Watching TCP port %1 on the loopback interface; Ctrl-C stops.</source>
        <translation>正在监视回环接口上的 TCP 端口 %1；按 Ctrl-C 停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) captured.</source>
        <translation>
            <numerusform>抓到 %n 个分组。</numerusform>
        </translation>
    </message>
    <message>
        <source>--format must be text, csv or json, not &apos;%1&apos;</source>
        <translation>--format 必须是 text、csv 或 json，而不是“%1”</translation>
    </message>
    <message>
        <source>&apos;grade&apos; needs an exercise pack and at least one results file</source>
        <translation>“grade”需要一个习题包和至少一个答题结果文件</translation>
    </message>
    <message>
        <source>&apos;grade&apos; needs at least one results file after the pack</source>
        <translation>“grade”在习题包之后至少需要一个答题结果文件</translation>
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
        <translation>用法：wirestep-cli 命令 [选项]

命令：
  list [--lang en|zh_CN] [--json]       列出内置场景
  run SCENARIO [选项]                   运行一个内置场景或场景文件
      --seed N        链路的随机数种子
      --loss P        两个方向的丢包概率，0..1
      --delay MS      单向时延（毫秒）
      --profile P     计时器配置：linux、rfc 或 classroom
      --until MS      在这个时刻停止模拟
      --format F      text（默认）、jsonl 或 pcap
      --capture C     pcap：链路上的每个报文段（默认），或者
                      客户端或服务器主机看到的报文段
      -o FILE         写入 FILE，而不是标准输出
      --lang L        输出的语言：en 或 zh_CN
  validate [--lang L] FILE...           检查场景文件
  live LAB [选项]                       在回环套接字上运行一个实时实验
      --list          列出实时实验
      --format F      text（默认）或 jsonl
      --message TEXT  客户端发送的内容（udp-time：时间格式）
      --clients N     同时有多少个客户端（echo、chat）
      --port N        服务器的端口（默认由系统选择）
      --loss P, --delay MS, --duplicate P, --seed N
                      UDP 实验：有丢包的中继对数据报的处理
      --timeout MS    超过这么长时间就放弃（默认 20000）
      --no-capture    不抓取真实的报文段
  analyze FILE [选项]                   显示 pcap 或 pcapng 抓包文件中的一条连接
      --conversation N  哪一个会话（默认：第一个 TCP 会话）
      --conversations   只列出会话
      --format F      text（默认）或 jsonl
      --lang L        输出的语言：en 或 zh_CN
  watch --port N [选项]                 实时显示回环接口上某个端口的连接
      --udp           UDP 而不是 TCP
      --for SECONDS   这么多秒后停止（默认：按 Ctrl-C 时）
      --format F      text（默认）或 jsonl
      --lang L        输出的语言：en 或 zh_CN
  grade PACK RESULTS... [选项]          给习题包的学生答题结果文件评分
      --format F      text（默认）、csv 或 json
      --lang L        输出的语言：en 或 zh_CN
  --help                                显示本帮助
  --version                             显示版本

退出状态：成功为 0，参数或输入有误为 2；
grade：拒收了答题结果文件时为 1。
</translation>
    </message>
</context>
<context>
    <name>wirestep::ConversationPicker</name>
    <message>
        <source>Choose a connection</source>
        <translation>选择连接</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n conversation(s). Choose the one to show; the first TCP connection is selected.</source>
        <translation>
            <numerusform>%1 里有 %n 个会话。请选择要显示的一个；默认选中第一条 TCP 连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>none (UDP)</source>
        <translation>无（UDP）</translation>
    </message>
    <message>
        <source>in the capture</source>
        <translation>已抓到</translation>
    </message>
    <message>
        <source>not captured</source>
        <translation>未抓到</translation>
    </message>
    <message>
        <source>This connection has %1 packets, more than the %2 shown at a time. Show them from packet:</source>
        <translation>这条连接有 %1 个分组，超过一次能显示的 %2 个。从第几个分组开始显示：</translation>
    </message>
</context>
<context>
    <name>wirestep::EchoLab</name>
    <message>
        <source>Hello, Wirestep!</source>
        <translation>你好，Wirestep！</translation>
    </message>
    <message>
        <source>The echo lab needs a message that is not empty.</source>
        <translation>回显实验需要一条非空的消息。</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the echo lab takes at most %2.</source>
        <translation>这条消息长 %1 字节；回显实验最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The echo lab runs at most %1 clients at once, not %2.</source>
        <translation>回显实验最多同时运行 %1 个客户端，而不是 %2 个。</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>服务器无法在 127.0.0.1 的端口 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>The connection closed before the reply was complete.</source>
        <translation>回复还没有收全，连接就关闭了。</translation>
    </message>
    <message>
        <source>The server sent back more than it was sent.</source>
        <translation>服务器发回的数据比收到的还多。</translation>
    </message>
</context>
<context>
    <name>wirestep::EncapsulationBar</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wirestep::EventTableModel</name>
    <message>
        <source>link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>wirestep::ExerciseMode</name>
    <message>
        <source>the sample course</source>
        <translation>示例课程</translation>
    </message>
    <message>
        <source>Cannot open exercises</source>
        <translation>无法打开习题</translation>
    </message>
    <message numerus="yes">
        <source>The exercise pack %1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>习题包 %1 有 %n 个问题；没有做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercises</source>
        <translation>打开习题</translation>
    </message>
    <message>
        <source>Stop the exercises you are answering? Answers you have not exported are lost.</source>
        <translation>要停止正在做的习题吗？尚未导出的答案将会丢失。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出答题结果</translation>
    </message>
    <message>
        <source>Results files (*.json)</source>
        <translation>答题结果文件 (*.json)</translation>
    </message>
    <message>
        <source>Results written to %1: hand this file in.</source>
        <translation>答题结果已写入 %1：请提交这个文件。</translation>
    </message>
    <message>
        <source>Exercise packs (pack.json *.zip)</source>
        <translation>习题包 (pack.json *.zip)</translation>
    </message>
    <message>
        <source>Stop the exercises</source>
        <translation>停止做题</translation>
    </message>
    <message>
        <source>Stop the exercises? Answers you have not exported are lost.</source>
        <translation>要停止做题吗？尚未导出的答案将会丢失。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — answered by %2</source>
        <translation>%1 — 答题人：%2</translation>
    </message>
    <message>
        <source>%1. %2 — %3 of %4 answered</source>
        <translation>%1. %2 — 已答 %3 题，共 %4 题</translation>
    </message>
    <message>
        <source>Answered %1 of %2 questions, %3 of them right. Export the results when you are done.</source>
        <translation>已答 %1 题（共 %2 题），其中答对 %3 题。做完后请导出答题结果。</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>习题</translation>
    </message>
    <message>
        <source>Open e&amp;xercises…</source>
        <translation>打开习题(&amp;X)…</translation>
    </message>
    <message>
        <source>Open the sample &amp;course exercises</source>
        <translation>打开示例课程习题(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;results…</source>
        <translation>导出答题结果(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>wirestep::ExercisePanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出答题结果…</translation>
    </message>
    <message>
        <source>Stop the exercises</source>
        <translation>停止做题</translation>
    </message>
</context>
<context>
    <name>wirestep::FieldExplainer</name>
    <message>
        <source>Ethernet II</source>
        <translation>Ethernet II（以太网）</translation>
    </message>
    <message>
        <source>Internet Protocol version 4</source>
        <translation>网际协议第 4 版（IPv4）</translation>
    </message>
    <message>
        <source>Transmission Control Protocol</source>
        <translation>传输控制协议（TCP）</translation>
    </message>
    <message>
        <source>User Datagram Protocol</source>
        <translation>用户数据报协议（UDP）</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>The link layer: delivers the frame to the next machine on the same link.</source>
        <translation>链路层：把帧交给同一条链路上的下一台机器。</translation>
    </message>
    <message>
        <source>The network layer: carries the packet from host to host, across routers.</source>
        <translation>网络层：经过路由器，把分组从一台主机送到另一台主机。</translation>
    </message>
    <message>
        <source>The transport layer: a reliable, ordered byte stream between two ports.</source>
        <translation>传输层：两个端口之间可靠、有序的字节流。</translation>
    </message>
    <message>
        <source>The transport layer: single datagrams between two ports, with no connection and no retransmission.</source>
        <translation>传输层：两个端口之间一个个独立的数据报，没有连接，也没有重传。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s): “%1”</source>
        <translation>
            <numerusform>%n 字节：“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>The application&apos;s bytes. TCP numbers every byte, so the sender&apos;s next segment starts at seq=%1.</source>
        <translation>应用程序的字节。TCP 给每个字节编号，所以发送方的下一个报文段从 seq=%1 开始。</translation>
    </message>
    <message>
        <source>The application&apos;s data: one datagram arrives whole or not at all, with its boundaries kept.</source>
        <translation>应用程序的数据：一个数据报要么完整到达，要么根本不到达，消息边界保持不变。</translation>
    </message>
    <message>
        <source>Destination MAC</source>
        <translation>目的 MAC 地址</translation>
    </message>
    <message>
        <source>The hardware address of the next machine on the link; here the peer itself.</source>
        <translation>链路上下一台机器的硬件地址；这里就是对方本身。</translation>
    </message>
    <message>
        <source>Source MAC</source>
        <translation>源 MAC 地址</translation>
    </message>
    <message>
        <source>The hardware address of the sending network card.</source>
        <translation>发送方网卡的硬件地址。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>0x0800: the frame carries an IPv4 packet.</source>
        <translation>0x0800：这个帧装的是一个 IPv4 分组。</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Fills the frame up to Ethernet&apos;s minimum size; not part of the packet.</source>
        <translation>把帧补足到以太网的最小长度；不属于分组。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>4: this is an IPv4 packet.</source>
        <translation>4：这是一个 IPv4 分组。</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes: an IPv4 header without options (counted in 4-byte words: %2).</source>
        <translation>%1 字节：不带选项的 IPv4 首部（以 4 字节为单位计：%2）。</translation>
    </message>
    <message>
        <source>Differentiated services</source>
        <translation>区分服务</translation>
    </message>
    <message>
        <source>No special treatment asked of routers (DSCP and ECN unused).</source>
        <translation>不要求路由器做特殊处理（未使用 DSCP 和 ECN）。</translation>
    </message>
    <message>
        <source>Total length</source>
        <translation>总长度</translation>
    </message>
    <message>
        <source>%1 = %2 (IP header) + %3 (%4 header) + %5 bytes of data.</source>
        <translation>%1 = %2（IP 首部）+ %3（%4 首部）+ %5 字节数据。</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>%1: packet number %1 sent by %2; the fragments of one packet share it.</source>
        <translation>%1：%2发出的第 %1 个分组；同一分组的各个分片共用这个值。</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Don&apos;t fragment</source>
        <translation>不分片</translation>
    </message>
    <message>
        <source>Don&apos;t fragment: routers must not split this packet; too big means an error back (path MTU discovery).</source>
        <translation>不分片：路由器不得把这个分组分片；分组太大时会返回一个差错报告（路径 MTU 发现）。</translation>
    </message>
    <message>
        <source>No flags are set.</source>
        <translation>没有设置任何标志。</translation>
    </message>
    <message>
        <source>Fragment offset</source>
        <translation>片偏移</translation>
    </message>
    <message>
        <source>0: the packet is whole, not a piece of a larger one.</source>
        <translation>0：这是一个完整的分组，不是某个更大分组的一片。</translation>
    </message>
    <message>
        <source>Time to live</source>
        <translation>生存时间</translation>
    </message>
    <message>
        <source>%1: every router lowers it by one and discards the packet at zero, so a routing loop cannot keep it forever.</source>
        <translation>%1：每经过一个路由器减 1，减到 0 时分组被丢弃，这样路由环路就不会让它永远转下去。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>6: the payload is a TCP segment.</source>
        <translation>6：数据部分是一个 TCP 报文段。</translation>
    </message>
    <message>
        <source>17: the payload is a UDP datagram.</source>
        <translation>17：数据部分是一个 UDP 数据报。</translation>
    </message>
    <message>
        <source>Header checksum</source>
        <translation>首部检验和</translation>
    </message>
    <message>
        <source>Covers the IP header only (correct here); every router recomputes it because the TTL changes.</source>
        <translation>只覆盖 IP 首部（这里是正确的）；因为 TTL 会变，每个路由器都要重新计算它。</translation>
    </message>
    <message>
        <source>Wrong: the receiver would silently discard this packet.</source>
        <translation>错误：接收方会悄悄丢弃这个分组。</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>%1: the address of %2, the sender.</source>
        <translation>%1：发送方%2的地址。</translation>
    </message>
    <message>
        <source>Destination address</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>%1: the address of %2, the receiver.</source>
        <translation>%1：接收方%2的地址。</translation>
    </message>
    <message>
        <source>%1: the well-known port of %2; a server listens on it so that clients know where to connect.</source>
        <translation>%1：%2的熟知端口；服务器在这个端口上监听，客户端才知道该连到哪里。</translation>
    </message>
    <message>
        <source>%1: an ephemeral port the operating system chose for %2&apos;s socket.</source>
        <translation>%1：操作系统为%2的套接字选择的临时端口。</translation>
    </message>
    <message>
        <source>%1: the ephemeral port of %2&apos;s socket.</source>
        <translation>%1：%2的套接字的临时端口。</translation>
    </message>
    <message>
        <source>%1: the port the application&apos;s socket is bound to; addresses and ports of both ends name the conversation.</source>
        <translation>%1：应用程序的套接字所绑定的端口；两端的地址和端口共同标识这次通信。</translation>
    </message>
    <message>
        <source>%1 = next sequence number - 1: a keepalive probe repeats a byte already acknowledged, which forces the peer to answer with an ACK.</source>
        <translation>%1 = 下一个序号 - 1：保活探测报文段重复一个已经确认过的字节，迫使对方回复一个 ACK。</translation>
    </message>
    <message>
        <source>%1: the initial sequence number (ISN) chosen by %2. It is not zero, so that segments of an old connection cannot be taken for new ones.</source>
        <translation>%1：%2选择的初始序号（ISN）。它不是 0，这样旧连接的报文段就不会被误认为是新连接的。</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the sender&apos;s SYN (seq=%2) took one sequence number though it carried no data.</source>
        <translation>%1 = %2 + 1：发送方的 SYN（seq=%2）虽然不携带数据，却要占用一个序号。</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the sender&apos;s FIN (seq=%2) took one sequence number.</source>
        <translation>%1 = %2 + 1：发送方的 FIN（seq=%2）占用一个序号。</translation>
    </message>
    <message>
        <source>%1 = %2 + %3: the sender&apos;s previous segment started at %2 and used %3 sequence number(s), one per data byte.</source>
        <translation>%1 = %2 + %3：发送方的上一个报文段从 %2 开始，用掉了 %3 个序号，每个数据字节一个。</translation>
    </message>
    <message>
        <source>%1: the number of the first byte (or SYN or FIN) this segment carries.</source>
        <translation>%1：这个报文段所携带的第一个字节（或 SYN、FIN）的序号。</translation>
    </message>
    <message>
        <source>%1: the ACK flag is off, so this field means nothing yet.</source>
        <translation>%1：ACK 标志没有置 1，所以这个字段还没有意义。</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the next byte expected. The SYN (seq=%2) took one sequence number, though it carries no data.</source>
        <translation>%1 = %2 + 1：期望收到的下一个字节。SYN（seq=%2）虽然不携带数据，却占用一个序号。</translation>
    </message>
    <message>
        <source>%1 = %2 + 1: the FIN (seq=%2) took one sequence number; this acknowledges it.</source>
        <translation>%1 = %2 + 1：FIN（seq=%2）占用一个序号；这里确认的就是它。</translation>
    </message>
    <message>
        <source>%1 = %2 + %3: the next byte expected, after the %3 bytes that arrived starting at seq=%2.</source>
        <translation>%1 = %2 + %3：从 seq=%2 开始到达了 %3 字节，这是期望收到的下一个字节。</translation>
    </message>
    <message>
        <source>%1: the next byte %2 expects; every byte before it has arrived.</source>
        <translation>%1：%2期望收到的下一个字节；它之前的字节都已到达。</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>%1 (relative %2)</source>
        <translation>%1（相对序号 %2）</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>%1 = 20 bytes of fixed header + %2 bytes of options (counted in 4-byte words: %3).</source>
        <translation>%1 = 20 字节固定首部 + %2 字节选项（以 4 字节为单位计：%3）。</translation>
    </message>
    <message>
        <source>No control flag is set.</source>
        <translation>没有设置任何控制位。</translation>
    </message>
    <message>
        <source>One bit per control flag; this segment sets %1.</source>
        <translation>每个控制位占一位；这个报文段设置了 %1。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>%1: free space in the receive buffer of %2, in bytes; the peer may send that much before it must wait for an ACK.</source>
        <translation>%1：%2接收缓冲区的空闲空间（字节）；对方在必须等待 ACK 之前最多可以发送这么多。</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>检验和</translation>
    </message>
    <message>
        <source>Over a pseudo-header (both IP addresses, the protocol, the TCP length), the TCP header and the data; the receiver recomputes it and drops the segment if it differs.</source>
        <translation>对伪首部（两个 IP 地址、协议号、TCP 长度）、TCP 首部和数据计算；接收方重新计算，不一致就丢弃这个报文段。</translation>
    </message>
    <message>
        <source>Wrong: the receiver would drop this segment, and the sender&apos;s timer would resend it.</source>
        <translation>错误：接收方会丢弃这个报文段，发送方的计时器到时后会重传它。</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>Unused: the URG flag is off.</source>
        <translation>未使用：URG 标志没有置 1。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Extra header fields, padded to a multiple of 4 bytes.</source>
        <translation>额外的首部字段，填充到 4 字节的整数倍。</translation>
    </message>
    <message>
        <source>Maximum segment size option</source>
        <translation>最大报文段长度（MSS）选项</translation>
    </message>
    <message>
        <source>kind 2, length 4</source>
        <translation>类型 2，长度 4</translation>
    </message>
    <message>
        <source>Only segments with SYN carry it: each side says once how much data it accepts per segment.</source>
        <translation>只有带 SYN 的报文段才携带它：双方各自声明一次，每个报文段最多接受多少数据。</translation>
    </message>
    <message>
        <source>MSS</source>
        <translation>MSS</translation>
    </message>
    <message>
        <source>1460 = 1500 (Ethernet MTU) - 20 (IP header) - 20 (TCP header): the most data %1 wants in one segment.</source>
        <translation>1460 = 1500（以太网 MTU）- 20（IP 首部）- 20（TCP 首部）：%1希望一个报文段最多携带的数据量。</translation>
    </message>
    <message>
        <source>%1: the most data %2 wants in one segment.</source>
        <translation>%1：%2希望一个报文段最多携带的数据量。</translation>
    </message>
    <message>
        <source>set</source>
        <translation>置 1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未置 1</translation>
    </message>
    <message>
        <source>Synchronize: opens a connection and announces the initial sequence number.</source>
        <translation>同步：建立连接，并告知初始序号。</translation>
    </message>
    <message>
        <source>The acknowledgment number is valid: it names the next byte expected.</source>
        <translation>确认号有效：它指出期望收到的下一个字节。</translation>
    </message>
    <message>
        <source>Not set: there is nothing to acknowledge yet.</source>
        <translation>未置 1：还没有需要确认的内容。</translation>
    </message>
    <message>
        <source>Finish: the sender will send no more data; it closes its own direction only (full duplex).</source>
        <translation>终止：发送方不再发送数据；它只关闭自己这个方向（全双工）。</translation>
    </message>
    <message>
        <source>Reset: the connection is aborted at once; no reply is sent to a RST.</source>
        <translation>复位：连接被立即中止；对 RST 不作任何应答。</translation>
    </message>
    <message>
        <source>Push: hand the data to the application without waiting for more.</source>
        <translation>推送：立即把数据交给应用程序，不必等待更多数据。</translation>
    </message>
    <message>
        <source>Urgent: the urgent pointer is valid.</source>
        <translation>紧急：紧急指针有效。</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>%1 = 8 (UDP header) + %2 bytes of data: a datagram is at most 65,535 bytes.</source>
        <translation>%1 = 8（UDP 首部）+ %2 字节数据：一个数据报最多 65,535 字节。</translation>
    </message>
    <message>
        <source>0: no checksum, which UDP over IPv4 allows.</source>
        <translation>0：没有检验和，IPv4 上的 UDP 允许这样做。</translation>
    </message>
    <message>
        <source>Over a pseudo-header (both IP addresses, the protocol, the UDP length), the UDP header and the data.</source>
        <translation>对伪首部（两个 IP 地址、协议号、UDP 长度）、UDP 首部和数据计算。</translation>
    </message>
    <message>
        <source>Wrong: the receiver would silently drop this datagram; UDP never resends it.</source>
        <translation>错误：接收方会悄悄丢弃这个数据报；UDP 从不重传。</translation>
    </message>
    <message>
        <source>%1: the same as the sender&apos;s previous segment, which carried no data and so took no sequence number.</source>
        <translation>%1：与发送方上一个报文段相同，因为那个报文段不携带数据，所以没有占用序号。</translation>
    </message>
    <message>
        <source>%1 again: the segment with seq=%2 arrived, but byte %1 is still missing, so the receiver repeats its ACK (a duplicate ACK).</source>
        <translation>又是 %1：seq=%2 的报文段到达了，但字节 %1 仍然缺失，所以接收方重复发送它的 ACK（重复确认）。</translation>
    </message>
    <message>
        <source>Linux cooked capture</source>
        <translation>Linux cooked 抓包首部</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>回环</translation>
    </message>
    <message>
        <source>802.1Q VLAN tag</source>
        <translation>802.1Q VLAN 标签</translation>
    </message>
    <message>
        <source>Internet Protocol version 6</source>
        <translation>IPv6（网际协议第 6 版）</translation>
    </message>
    <message>
        <source>Not on the wire: Linux writes this header in captures on the &quot;any&quot; interface, in place of the real link layer, to say how the packet passed the host.</source>
        <translation>线路上并没有它：在 &quot;any&quot; 接口上抓包时，Linux 用这个首部代替真正的链路层首部，说明分组是怎样经过本主机的。</translation>
    </message>
    <message>
        <source>Not on the wire: a loopback capture starts each packet with the protocol&apos;s address family.</source>
        <translation>线路上并没有它：回环抓包在每个分组前面写上协议的地址族。</translation>
    </message>
    <message>
        <source>A tag that puts the frame in a virtual LAN (IEEE 802.1Q).</source>
        <translation>把帧划入一个虚拟局域网的标签（IEEE 802.1Q）。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes captured: “%3”</source>
        <translation>抓到 %2 字节中的 %1 字节：“%3”</translation>
    </message>
    <message>
        <source>0x8100: a VLAN tag follows.</source>
        <translation>0x8100：后面是一个 VLAN 标签。</translation>
    </message>
    <message>
        <source>0x86dd: the frame carries an IPv6 packet.</source>
        <translation>0x86dd：帧里装的是 IPv6 分组。</translation>
    </message>
    <message>
        <source>Extra IPv4 header fields; rare today.</source>
        <translation>额外的 IPv4 首部字段；如今很少见。</translation>
    </message>
    <message>
        <source>%1: chosen by the sender; the fragments of one packet share it, so that the receiver can put them together.</source>
        <translation>%1：由发送方选定；同一个分组的各个分片共用它，接收方据此把它们拼起来。</translation>
    </message>
    <message>
        <source>Does not match: captured on the sending host, the checksum is often left to the network card (checksum offload) and filled in after the capture.</source>
        <translation>不一致：在发送主机上抓包时，检验和常常交给网卡计算（检验和卸载），在抓包之后才填入。</translation>
    </message>
    <message>
        <source>%1 (× %2 = %3 bytes)</source>
        <translation>%1（× %2 = %3 字节）</translation>
    </message>
    <message>
        <source>%1 × 2^%2 = %3: free space in the receive buffer of %4, in bytes, scaled by the window scale option of its SYN; the peer may send that much before it must wait for an ACK.</source>
        <translation>%1 × 2^%2 = %3：%4接收缓存中的空闲空间（字节），按它在 SYN 中的窗口扩大选项放大；对方在必须等待 ACK 之前最多可以发送这么多。</translation>
    </message>
    <message>
        <source>Not checked: the capture kept only the first bytes of this packet.</source>
        <translation>未检验：抓包只保留了这个分组的前面一部分字节。</translation>
    </message>
    <message>
        <source>Packet type</source>
        <translation>分组类型</translation>
    </message>
    <message>
        <source>0: the packet was addressed to this host.</source>
        <translation>0：分组是发给本主机的。</translation>
    </message>
    <message>
        <source>1: a broadcast the host received.</source>
        <translation>1：本主机收到的广播。</translation>
    </message>
    <message>
        <source>2: a multicast the host received.</source>
        <translation>2：本主机收到的多播。</translation>
    </message>
    <message>
        <source>3: addressed to another host; seen in promiscuous mode.</source>
        <translation>3：发给另一台主机的，在混杂模式下看到。</translation>
    </message>
    <message>
        <source>4: this host sent the packet.</source>
        <translation>4：这个分组是本主机发送的。</translation>
    </message>
    <message>
        <source>How the packet passed the host.</source>
        <translation>分组是怎样经过本主机的。</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <source>772: the loopback device; the packet never left the host.</source>
        <translation>772：回环设备；分组从未离开本主机。</translation>
    </message>
    <message>
        <source>1: an Ethernet device.</source>
        <translation>1：以太网设备。</translation>
    </message>
    <message>
        <source>The kind of device the packet went through (ARPHRD_ in Linux).</source>
        <translation>分组经过的设备种类（Linux 中的 ARPHRD_）。</translation>
    </message>
    <message>
        <source>Address length</source>
        <translation>地址长度</translation>
    </message>
    <message>
        <source>How many bytes of the next field hold the link-layer address.</source>
        <translation>下一个字段中有多少字节是链路层地址。</translation>
    </message>
    <message>
        <source>Link-layer address</source>
        <translation>链路层地址</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The sender&apos;s hardware address, when its device has one (loopback has none).</source>
        <translation>发送方的硬件地址（如果它的设备有的话；回环设备没有）。</translation>
    </message>
    <message>
        <source>0x86dd: an IPv6 packet follows.</source>
        <translation>0x86dd：后面是 IPv6 分组。</translation>
    </message>
    <message>
        <source>0x0800: an IPv4 packet follows.</source>
        <translation>0x0800：后面是 IPv4 分组。</translation>
    </message>
    <message>
        <source>Interface index</source>
        <translation>接口编号</translation>
    </message>
    <message>
        <source>Which of the host&apos;s interfaces the packet went through.</source>
        <translation>分组经过的是本主机的哪一个接口。</translation>
    </message>
    <message>
        <source>Address family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>2 (AF_INET): an IPv4 packet follows.</source>
        <translation>2（AF_INET）：后面是 IPv4 分组。</translation>
    </message>
    <message>
        <source>%1 (AF_INET6 on the system that wrote the capture): an IPv6 packet follows.</source>
        <translation>%1（写这个抓包文件的系统上的 AF_INET6）：后面是 IPv6 分组。</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>The virtual LAN the frame belongs to; the priority bits share these two bytes.</source>
        <translation>帧所属的虚拟局域网；优先级位也在这两个字节里。</translation>
    </message>
    <message>
        <source>6: this is an IPv6 packet.</source>
        <translation>6：这是 IPv6 分组。</translation>
    </message>
    <message>
        <source>Traffic class</source>
        <translation>通信量类</translation>
    </message>
    <message>
        <source>Like IPv4&apos;s differentiated services: how routers should treat the packet (DSCP and ECN).</source>
        <translation>相当于 IPv4 的区分服务：路由器应如何对待这个分组（DSCP 和 ECN）。</translation>
    </message>
    <message>
        <source>Flow label</source>
        <translation>流标号</translation>
    </message>
    <message>
        <source>Marks the packets of one flow, so that routers can keep them on one path; the sender chooses it.</source>
        <translation>标记同一个流的分组，使路由器能让它们走同一条路径；由发送方选定。</translation>
    </message>
    <message>
        <source>Payload length</source>
        <translation>有效载荷长度</translation>
    </message>
    <message>
        <source>%1 = %2 (%3 header) + %4 bytes of data: unlike IPv4&apos;s total length, the 40-byte IPv6 header is not counted.</source>
        <translation>%1 = %2（%3 首部）+ %4 字节数据：与 IPv4 的总长度不同，40 字节的 IPv6 基本首部不计在内。</translation>
    </message>
    <message>
        <source>Next header</source>
        <translation>下一个首部</translation>
    </message>
    <message>
        <source>%1: an extension header comes first; TCP or UDP follows it.</source>
        <translation>%1：先是一个扩展首部，其后才是 TCP 或 UDP。</translation>
    </message>
    <message>
        <source>Hop limit</source>
        <translation>跳数限制</translation>
    </message>
    <message>
        <source>%1: IPv6&apos;s time to live; every router lowers it by one and discards the packet at zero.</source>
        <translation>%1：IPv6 的生存时间；每个路由器把它减 1，减到 0 就丢弃分组。</translation>
    </message>
    <message>
        <source>Extension headers</source>
        <translation>扩展首部</translation>
    </message>
    <message>
        <source>Optional headers between the IPv6 header and TCP or UDP.</source>
        <translation>位于 IPv6 首部与 TCP 或 UDP 之间的可选首部。</translation>
    </message>
    <message>
        <source>Window scale option</source>
        <translation>窗口扩大选项</translation>
    </message>
    <message>
        <source>kind 3, length 3</source>
        <translation>类型 3，长度 3</translation>
    </message>
    <message>
        <source>Only on SYN: lets windows exceed 65,535 bytes (RFC 7323); both sides must send it for it to be used.</source>
        <translation>只出现在 SYN 中：让窗口可以超过 65,535 字节（RFC 7323）；双方都发送了它才会使用。</translation>
    </message>
    <message>
        <source>Shift count</source>
        <translation>移位数</translation>
    </message>
    <message>
        <source>%1 (× %2)</source>
        <translation>%1（× %2）</translation>
    </message>
    <message>
        <source>%1 multiplies every later window it announces by 2^%2.</source>
        <translation>%1此后通告的每个窗口都要乘以 2^%2。</translation>
    </message>
    <message>
        <source>SACK permitted option</source>
        <translation>允许 SACK 选项</translation>
    </message>
    <message>
        <source>kind 4, length 2</source>
        <translation>类型 4，长度 2</translation>
    </message>
    <message>
        <source>Only on SYN: %1 can take selective acknowledgements, which name the blocks that arrived beyond a gap (RFC 2018).</source>
        <translation>只出现在 SYN 中：%1能接受选择确认，即指出在缺口之后已经收到的数据块（RFC 2018）。</translation>
    </message>
    <message>
        <source>SACK option</source>
        <translation>SACK 选项</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation>
            <numerusform>%n 个块</numerusform>
        </translation>
    </message>
    <message>
        <source>Selective acknowledgement (RFC 2018): besides the ACK number, the blocks of data that arrived after a gap, so the sender resends only what is missing.</source>
        <translation>选择确认（RFC 2018）：除确认号外，还列出缺口之后已经收到的数据块，发送方只需重传缺少的部分。</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>块 %1</translation>
    </message>
    <message>
        <source>%1–%2 (relative %3–%4)</source>
        <translation>%1–%2（相对 %3–%4）</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 holds the %2 bytes from %3 up to %4; what lies before them is missing.</source>
        <translation>%1已经收到从 %3 到 %4 的 %2 个字节；它们前面的数据还缺着。</translation>
    </message>
    <message>
        <source>Timestamps option</source>
        <translation>时间戳选项</translation>
    </message>
    <message>
        <source>kind 8, length 10</source>
        <translation>类型 8，长度 10</translation>
    </message>
    <message>
        <source>Each side stamps its segments and echoes the peer&apos;s latest stamp: an RTT sample from every ACK, and protection against old sequence numbers (RFC 7323).</source>
        <translation>双方都给自己的报文段打上时间戳，并回显对方最新的时间戳：每个 ACK 都能测一次 RTT，也能防止旧的序号被误用（RFC 7323）。</translation>
    </message>
    <message>
        <source>TSval</source>
        <translation>TSval</translation>
    </message>
    <message>
        <source>%1&apos;s clock when it sent this segment (its own units, often milliseconds).</source>
        <translation>%1发送这个报文段时的时钟值（它自己的单位，常常是毫秒）。</translation>
    </message>
    <message>
        <source>TSecr</source>
        <translation>TSecr</translation>
    </message>
    <message>
        <source>0: nothing to echo yet.</source>
        <translation>0：还没有可以回显的值。</translation>
    </message>
    <message>
        <source>The peer&apos;s TSval echoed back: the peer learns the round-trip time from it.</source>
        <translation>回显对方的 TSval：对方据此得知往返时间。</translation>
    </message>
    <message>
        <source>%1 = the oldest unacknowledged number - 1: a window probe repeats a byte already acknowledged, which forces the peer to answer with its window.</source>
        <translation>%1 = 最早的未确认序号 - 1：零窗口探测报文段重复一个已经确认过的字节，迫使对方回复当前的窗口。</translation>
    </message>
    <message>
        <source>%1: sent again (%2), with the same sequence number as the segment it repeats.</source>
        <translation>%1：再次发送（%2），序号与它重复的那个报文段相同。</translation>
    </message>
</context>
<context>
    <name>wirestep::FirstStartTour</name>
    <message>
        <source>Show the &amp;tour again</source>
        <translation>再看一遍导览(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a scenario</source>
        <translation>选择一个场景</translation>
    </message>
    <message>
        <source>Each entry of the Scenarios list is a short story of TCP or UDP: a handshake, a lost segment, a close. Click one to run it; its description is under the list.</source>
        <translation>“场景”列表里的每一项都是 TCP 或 UDP 的一个小故事：一次握手、一个丢失的报文段、一次关闭。单击一项即运行它，列表下方是它的说明。</translation>
    </message>
    <message>
        <source>Play it, or step through it</source>
        <translation>播放，或者单步执行</translation>
    </message>
    <message>
        <source>Play (Space) animates the events one after the other. Step forward (Right) and Step back (Left) move one event at a time; the slider goes anywhere in the run.</source>
        <translation>“播放”（空格键）把事件一个接一个地演示出来。“前进一步”（右方向键）和“后退一步”（左方向键）每次移动一个事件；拖动滑块可以跳到这次运行的任意位置。</translation>
    </message>
    <message>
        <source>Read the diagram</source>
        <translation>读懂时序图</translation>
    </message>
    <message>
        <source>Time runs downwards. Each arrow is a segment with its flags and numbers; the coloured band on each lifeline is that side&apos;s state at that moment. Hover over an arrow to see the segment in full.</source>
        <translation>时间自上而下。每个箭头是一个报文段，标注着标志位和编号；每条生命线上的彩色色带是这一方在那一刻的状态。把鼠标停在箭头上，可以看到报文段的全部内容。</translation>
    </message>
    <message>
        <source>Break the link</source>
        <translation>让链路出故障</translation>
    </message>
    <message>
        <source>Tick %1 to lose segments at random, or right-click an arrow and choose %2: the scenario runs again at once and you watch TCP recover.</source>
        <translation>勾选“%1”，报文段就会随机丢失；或者右键单击一个箭头，选择“%2”：场景立即重新运行，你可以看到 TCP 怎样恢复。</translation>
    </message>
    <message>
        <source>Read what happens, and why</source>
        <translation>看发生了什么，以及为什么</translation>
    </message>
    <message>
        <source>The Events list explains each event in one sentence. The current event is highlighted; click a line to go to it. Help ▸ User Guide tells the rest.</source>
        <translation>“事件”列表用一句话解释每个事件。当前事件高亮显示；单击某一行即跳到该事件。其余内容见“帮助 ▸ 用户指南”。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>关闭导览</translation>
    </message>
    <message>
        <source>Tour: %1 of %2</source>
        <translation>导览：第 %1 步，共 %2 步</translation>
    </message>
</context>
<context>
    <name>wirestep::GradeReport</name>
    <message>
        <source>segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exercise pack: %1 (%2), %3 scenarios, %4 questions</source>
        <translation>习题包：%1（%2），%3 个场景，%4 道题</translation>
    </message>
    <message>
        <source>Results files: %1 given, %2 counted, %3 refused</source>
        <translation>答题结果文件：给出 %1 个，计分 %2 个，拒收 %3 个</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>none counted</source>
        <translation>没有计分的文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 right</source>
        <translation>答对 %1 题</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>题号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <source>Most common wrong answer</source>
        <translation>最常见的错误答案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refused, not counted</source>
        <translation>拒收，不计分</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <source>number</source>
        <translation>填空题</translation>
    </message>
</context>
<context>
    <name>wirestep::Grader</name>
    <message>
        <source>%1: made for the pack &quot;%2&quot;, not for &quot;%3&quot;</source>
        <translation>%1：是为习题包“%2”做的，不是“%3”</translation>
    </message>
    <message>
        <source>%1: made for another version of the pack &quot;%2&quot; (its digest %3 is not this pack&apos;s %4), or edited</source>
        <translation>%1：是为习题包“%2”的另一个版本做的（其摘要 %3 不是本习题包的 %4），或者已被修改</translation>
    </message>
    <message>
        <source>%1:%2:%3: answers[%4]</source>
        <translation>%1:%2:%3: answers[%4]</translation>
    </message>
    <message>
        <source>%1: the scenario %2 is not in the pack</source>
        <translation>%1：场景 %2 不在习题包中</translation>
    </message>
    <message>
        <source>%1: %2 has no question %3 (it asks %4)</source>
        <translation>%1：%2 没有第 %3 题（它共有 %4 题）</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is a %4 question, not %5</source>
        <translation>%1：%3 的第 %2 题是 %4 题，而不是 %5 题</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is asked before event %4, not %5</source>
        <translation>%1：%3 的第 %2 题在事件 %4 之前提问，而不是 %5</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 is answered twice</source>
        <translation>%1：%3 的第 %2 题被回答了两次</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 takes a choice</source>
        <translation>%1：%3 的第 %2 题需要选择一个选项</translation>
    </message>
    <message>
        <source>%1: choice %2 is not one of the %3 choices of question %4 of %5</source>
        <translation>%1：选项 %2 不是 %5 第 %4 题的 %3 个选项之一</translation>
    </message>
    <message>
        <source>%1: marked wrong, but the answer given to question %2 of %3 is right</source>
        <translation>%1：标记为答错，但 %3 第 %2 题给出的答案是对的</translation>
    </message>
    <message>
        <source>%1: marked right, but the answer given to question %2 of %3 is wrong</source>
        <translation>%1：标记为答对，但 %3 第 %2 题给出的答案是错的</translation>
    </message>
    <message>
        <source>%1: the same student (%2) as %3, which is counted</source>
        <translation>%1：与已计分的 %3 是同一个学生（%2）</translation>
    </message>
    <message>
        <source>%1: question %2 of %3 takes a number</source>
        <translation>%1：%3 的第 %2 题需要填写一个数</translation>
    </message>
</context>
<context>
    <name>wirestep::HelpDialog</name>
    <message>
        <source>Wirestep User Guide</source>
        <translation>Wirestep 用户指南</translation>
    </message>
</context>
<context>
    <name>wirestep::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Wirestep</source>
        <translation>关于 Wirestep(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
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
        <translation>这里无法读取内核中套接字的状态：%1 不存在（Linux 上才有）。</translation>
    </message>
</context>
<context>
    <name>wirestep::LabRegistry</name>
    <message>
        <source>TCP echo: connect, send a message, read the reply, close.</source>
        <translation>TCP 回显：建立连接，发送一条消息，读取回复，关闭。</translation>
    </message>
    <message>
        <source>TCP chat: one event-driven server, several clients, every message to every other client.</source>
        <translation>TCP 聊天：一个事件驱动的服务器，多个客户端，每条消息转发给其他所有客户端。</translation>
    </message>
    <message>
        <source>UDP time server: send a time format, get the server&apos;s local time in that format.</source>
        <translation>UDP 时间服务器：发送一个时间格式，得到按该格式表示的服务器本地时间。</translation>
    </message>
    <message>
        <source>UDP chat: two peers send each other a datagram, with no connection.</source>
        <translation>UDP 聊天：双方互相发送一个数据报，不建立连接。</translation>
    </message>
    <message>
        <source>Three writes over TCP may be read as one; over UDP they are three datagrams.</source>
        <translation>在 TCP 上写三次，可能一次就读出来（粘包）；在 UDP 上则是三个数据报。</translation>
    </message>
    <message>
        <source>The server closes first, waits in TIME_WAIT, and listening again needs SO_REUSEADDR.</source>
        <translation>服务器先关闭，进入 TIME_WAIT 等待；要再次监听就需要 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>Connection refused by a port with no listener, and a connection reset by a peer that aborts.</source>
        <translation>没有监听的端口拒绝连接，以及对方中止时连接被重置。</translation>
    </message>
</context>
<context>
    <name>wirestep::LinkPanel</name>
    <message>
        <source>Lossy link</source>
        <translation>模拟丢包</translation>
    </message>
    <message>
        <source>Run the scenario again over a link that loses and delays segments</source>
        <translation>在一条会丢失和延迟报文段的链路上重新运行场景</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>丢包率：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>One-way delay:</source>
        <translation>单向时延：</translation>
    </message>
    <message>
        <source>The same seed gives the same losses every time</source>
        <translation>相同的随机种子每次都产生相同的丢包</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Faults (right-click a segment to add one):</source>
        <translation>故障（右键单击报文段即可添加）：</translation>
    </message>
    <message>
        <source>Remove fault</source>
        <translation>删除故障</translation>
    </message>
    <message>
        <source>Timers:</source>
        <translation>计时器：</translation>
    </message>
    <message>
        <source>As in the scenario</source>
        <translation>按场景的设置</translation>
    </message>
    <message>
        <source>Classroom: shortened to watch</source>
        <translation>课堂：缩短以便观察</translation>
    </message>
    <message>
        <source>Linux: real values</source>
        <translation>Linux：真实值</translation>
    </message>
    <message>
        <source>RFC: the standards&apos; values</source>
        <translation>RFC：标准规定的值</translation>
    </message>
    <message>
        <source>Run the scenario again with every timer as this profile sets it (values the scenario sets itself stay)</source>
        <translation>按这套计时器配置重新运行场景（场景自己设定的值保持不变）</translation>
    </message>
    <message>
        <source>Timer profile: %1
%2</source>
        <translation>计时器配置：%1
%2</translation>
    </message>
    <message>
        <source>Real sockets: the kernel&apos;s own timers
(Linux: 2MSL = 60 s, RTO at least 200 ms,
keepalive after 7200 s when a program turns it on)</source>
        <translation>真实套接字：使用内核自己的计时器
（Linux：2MSL = 60 秒，RTO 至少 200 毫秒，
程序开启保活后空闲 7200 秒开始探测）</translation>
    </message>
    <message>
        <source>A capture file: its timers are those of the system
that recorded it; the ones the packets show
are drawn as inferred</source>
        <translation>抓包文件：其中的计时器属于录制它的那个系统；
分组能显示出来的计时器
以“推断”的方式画出</translation>
    </message>
</context>
<context>
    <name>wirestep::LiveLab</name>
    <message>
        <source>The lab did not finish within %1 ms.</source>
        <translation>实验没有在 %1 毫秒内结束。</translation>
    </message>
    <message>
        <source>The lab was interrupted.</source>
        <translation>实验被中断。</translation>
    </message>
</context>
<context>
    <name>wirestep::LiveMode</name>
    <message>
        <source>There is no live lab named %1.</source>
        <translation>没有名为 %1 的真实套接字实验。</translation>
    </message>
    <message>
        <source>The lab %1 cannot start: %2</source>
        <translation>实验 %1 无法启动：%2</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>真实套接字：%1</translation>
    </message>
    <message>
        <source>Live: the %1 lab on this computer&apos;s loopback</source>
        <translation>真实套接字：本机回环接口上的 %1 实验</translation>
    </message>
    <message>
        <source>Simulation: %1</source>
        <translation>模拟：%1</translation>
    </message>
    <message>
        <source>Choose a lab and start it: it runs on real sockets on 127.0.0.1.</source>
        <translation>选择一个实验并启动：它在 127.0.0.1 上用真实的套接字运行。</translation>
    </message>
    <message>
        <source>The lab %1 failed: %2</source>
        <translation>实验 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 is running: %n event(s) so far.</source>
        <translation>
            <numerusform>实验 %1 正在运行：目前已有 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 was stopped after %n event(s).</source>
        <translation>
            <numerusform>实验 %1 在 %n 个事件后被停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lab %1 finished with %n event(s).</source>
        <translation>
            <numerusform>实验 %1 已完成，共 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Live</source>
        <translation>真实套接字</translation>
    </message>
    <message>
        <source>&amp;Start a lab</source>
        <translation>启动实验(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>S&amp;top the lab</source>
        <translation>停止实验(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the lab (%1)</source>
        <translation>停止实验 (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare with simulation</source>
        <translation>与模拟对比(&amp;C)</translation>
    </message>
    <message>
        <source>Compare with simulation (%1)</source>
        <translation>与模拟对比 (%1)</translation>
    </message>
    <message>
        <source>Liv&amp;e</source>
        <translation>真实套接字(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Absolute sequence numbers</source>
        <translation>绝对序号(&amp;A)</translation>
    </message>
    <message>
        <source>Show the sequence numbers as sent, not relative to each side&apos;s initial sequence number</source>
        <translation>按实际发送的值显示序号，而不是相对于各自初始序号的相对值</translation>
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
        <translation>时间格式，例如 %H:%M:%S</translation>
    </message>
    <message>
        <source>the lab&apos;s own message</source>
        <translation>实验自带的消息</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare with simulation</source>
        <translation>与模拟对比(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wirestep::LoopbackCapture</name>
    <message>
        <source>There is no port to capture.</source>
        <translation>没有可以抓包的端口。</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: %1.</source>
        <translation>在回环接口上抓包失败：%1。</translation>
    </message>
    <message>
        <source>Real segments are not shown: capturing on the loopback interface needs root or the CAP_NET_RAW capability. Allow it with: sudo setcap cap_net_raw+ep %1</source>
        <translation>不显示真实的报文段：在回环接口上抓包需要 root 权限或 CAP_NET_RAW 能力。可以这样授权：sudo setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: its link type %1 is not supported.</source>
        <translation>在回环接口上抓包失败：不支持它的链路类型 %1。</translation>
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
        <translation>场景</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scenario as…</source>
        <translation>场景另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export diagram as PNG/SVG/PDF…</source>
        <translation>导出时序图为 PNG/SVG/PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 — Wirestep</source>
        <translation>%1 — Wirestep</translation>
    </message>
    <message>
        <source>Cannot open scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message numerus="yes">
        <source>The scenario file %1 has %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>场景文件 %1 有 %n 处问题；没有做任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>场景 (*.json)</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>导出时序图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>导出事件记录</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;trace as JSON Lines or pcap…</source>
        <translation>导出事件记录为 JSON Lines 或 pcap(&amp;T)…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;pcap capture for Wireshark (*.pcap)</source>
        <translation>JSON Lines (*.jsonl);;供 Wireshark 打开的 pcap 抓包文件 (*.pcap)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>图例(&amp;G)</translation>
    </message>
    <message>
        <source>Scenarios (*.wirestep.json *.json)</source>
        <translation>场景 (*.wirestep.json *.json)</translation>
    </message>
    <message>
        <source>A scenario file (.wirestep.json or .json), an exercise pack (its folder, its pack.json or a .zip) or a packet capture (.pcap, .pcapng) to open.</source>
        <translation>要打开的场景文件（.wirestep.json 或 .json）、习题包（它的文件夹、它的 pack.json 或 .zip）或抓包文件（.pcap、.pcapng）。</translation>
    </message>
    <message>
        <source>Timers: %1</source>
        <translation>计时器：%1</translation>
    </message>
</context>
<context>
    <name>wirestep::NarrationCaption</name>
    <message>
        <source>Press Space to play, or the right arrow key to take one step.</source>
        <translation>按空格键播放，或按右方向键前进一步。</translation>
    </message>
</context>
<context>
    <name>wirestep::Narrator</name>
    <message>
        <source>The segment %1 arrives at the client.</source>
        <translation>报文段 %1 到达客户端。</translation>
    </message>
    <message>
        <source>The segment %1 arrives at the server.</source>
        <translation>报文段 %1 到达服务器。</translation>
    </message>
    <message>
        <source>The link is cut: every segment sent from now on is lost.</source>
        <translation>链路断开：从现在起发出的每个报文段都会丢失。</translation>
    </message>
    <message>
        <source>The link is repaired: segments get through again.</source>
        <translation>链路恢复：报文段又能通过了。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation>客户端的应用程序调用 listen()：等待连接到来（被动打开）。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls listen(): it waits for a connection (passive open).</source>
        <translation>服务器的应用程序调用 listen()：等待连接到来（被动打开）。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation>客户端的应用程序调用 connect()：TCP 开始三次握手（主动打开）。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls connect(): TCP starts the three-way handshake (active open).</source>
        <translation>服务器的应用程序调用 connect()：TCP 开始三次握手（主动打开）。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation>客户端的应用程序调用 shutdown()：不再发送数据，但仍然接收（半关闭）。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls shutdown(): it will send no more but keeps receiving (half-close).</source>
        <translation>服务器的应用程序调用 shutdown()：不再发送数据，但仍然接收（半关闭）。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation>客户端的应用程序调用 close()：TCP 在数据发送完之后发出 FIN。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls close(): TCP will send FIN once its data has gone.</source>
        <translation>服务器的应用程序调用 close()：TCP 在数据发送完之后发出 FIN。</translation>
    </message>
    <message>
        <source>The client&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation>客户端的应用程序中止连接：TCP 发出 RST，并丢弃这个连接。</translation>
    </message>
    <message>
        <source>The server&apos;s application aborts the connection: TCP sends RST and forgets it.</source>
        <translation>服务器的应用程序中止连接：TCP 发出 RST，并丢弃这个连接。</translation>
    </message>
    <message>
        <source>The client&apos;s application binds a UDP socket to port %1.</source>
        <translation>客户端的应用程序把一个 UDP 套接字绑定到端口 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s application binds a UDP socket to port %1.</source>
        <translation>服务器的应用程序把一个 UDP 套接字绑定到端口 %1。</translation>
    </message>
    <message>
        <source>The client&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation>客户端主机崩溃：它丢失了所有连接，却什么也没有发出。</translation>
    </message>
    <message>
        <source>The server&apos;s host crashes: it forgets every connection without sending anything.</source>
        <translation>服务器主机崩溃：它丢失了所有连接，却什么也没有发出。</translation>
    </message>
    <message>
        <source>The client&apos;s host reboots with no connections at all.</source>
        <translation>客户端主机重新启动，没有任何连接。</translation>
    </message>
    <message>
        <source>The server&apos;s host reboots with no connections at all.</source>
        <translation>服务器主机重新启动，没有任何连接。</translation>
    </message>
    <message>
        <source>The client&apos;s application is told of an error: %1.</source>
        <translation>客户端的应用程序得到一个错误通知：%1。</translation>
    </message>
    <message>
        <source>The server&apos;s application is told of an error: %1.</source>
        <translation>服务器的应用程序得到一个错误通知：%1。</translation>
    </message>
    <message>
        <source>An old duplicate %1 from an earlier connection, delayed in the network, reaches the link now.</source>
        <translation>一个来自先前连接、在网络中滞留的旧的重复报文段 %1，现在到达了链路。</translation>
    </message>
    <message>
        <source>The client sends a keepalive probe with seq=%1, one below the next sequence number, so the server must answer with an ACK.</source>
        <translation>客户端发送保活探测报文段，seq=%1，比下一个序号小 1，因此服务器必须回复一个 ACK。</translation>
    </message>
    <message>
        <source>The server sends a keepalive probe with seq=%1, one below the next sequence number, so the client must answer with an ACK.</source>
        <translation>服务器发送保活探测报文段，seq=%1，比下一个序号小 1，因此客户端必须回复一个 ACK。</translation>
    </message>
    <message>
        <source>The client answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the server&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation>客户端用一个带两个标志位的报文段回复：它自己的 SYN（seq=%1），以及对服务器的 SYN 的确认 ACK（ack=%2，因为 SYN 占用一个序号）。</translation>
    </message>
    <message>
        <source>The server answers with one segment carrying two flags: its own SYN (seq=%1) and the ACK of the client&apos;s SYN (ack=%2, the SYN took one sequence number).</source>
        <translation>服务器用一个带两个标志位的报文段回复：它自己的 SYN（seq=%1），以及对客户端的 SYN 的确认 ACK（ack=%2，因为 SYN 占用一个序号）。</translation>
    </message>
    <message>
        <source>The client sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation>客户端发送 SYN，初始序号 seq=%1，请求建立连接。</translation>
    </message>
    <message>
        <source>The server sends SYN with initial sequence number seq=%1 and asks to open a connection.</source>
        <translation>服务器发送 SYN，初始序号 seq=%1，请求建立连接。</translation>
    </message>
    <message>
        <source>The client sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation>客户端发送 FIN（seq=%1）：它没有数据要发了，关闭自己这个方向的连接。</translation>
    </message>
    <message>
        <source>The server sends FIN (seq=%1): it has no more data and closes its direction of the connection.</source>
        <translation>服务器发送 FIN（seq=%1）：它没有数据要发了，关闭自己这个方向的连接。</translation>
    </message>
    <message>
        <source>The client acknowledges with ack=%1: the next byte it expects.</source>
        <translation>客户端发送确认，ack=%1：这是它期望收到的下一个字节的序号。</translation>
    </message>
    <message>
        <source>The server acknowledges with ack=%1: the next byte it expects.</source>
        <translation>服务器发送确认，ack=%1：这是它期望收到的下一个字节的序号。</translation>
    </message>
    <message>
        <source>The segment %1 is lost on the link.</source>
        <translation>报文段 %1 在链路上丢失（丢包）。</translation>
    </message>
    <message>
        <source>The segment %1 is dropped by fault rule %2 of the scenario.</source>
        <translation>报文段 %1 被场景的第 %2 条故障规则丢弃。</translation>
    </message>
    <message>
        <source>The segment %1 is lost: the link is cut.</source>
        <translation>报文段 %1 丢失：链路已断开。</translation>
    </message>
    <message>
        <source>The datagram reaches port %1, where no socket is bound, and is discarded.</source>
        <translation>数据报到达端口 %1，但该端口上没有绑定套接字，于是被丢弃。</translation>
    </message>
    <message>
        <source>The segment %1 reaches a host that has crashed and is lost.</source>
        <translation>报文段 %1 到达一台已经崩溃的主机，因而丢失。</translation>
    </message>
    <message>
        <source>The segment %1 is lost.</source>
        <translation>报文段 %1 丢失。</translation>
    </message>
    <message>
        <source>With a two-way handshake (a deliberately broken TCP), %1 enters %2 on a bare SYN: it cannot tell an old duplicate from a new request.</source>
        <translation>在两次握手下（一个故意改坏的 TCP），%1仅凭一个 SYN 就进入 %2 状态：它无法区分已失效的重复 SYN（旧的连接请求）和新的连接请求。</translation>
    </message>
    <message>
        <source>Without TIME_WAIT (a deliberately broken TCP), %1 enters %2 at once: old segments of this connection may now reach a new one.</source>
        <translation>没有 TIME_WAIT（一个故意改坏的 TCP），%1立即进入 %2 状态：这个连接的旧报文段现在可能会被新连接收到。</translation>
    </message>
    <message>
        <source>2MSL has passed: %1 leaves TIME_WAIT and enters CLOSED; the connection is gone.</source>
        <translation>2MSL 等待结束：%1离开 TIME_WAIT，进入 CLOSED（关闭）状态；连接不复存在。</translation>
    </message>
    <message>
        <source>The ACK of its FIN arrived: %1 enters CLOSED.</source>
        <translation>它的 FIN 的确认 ACK 到了：%1进入 CLOSED（关闭）状态。</translation>
    </message>
    <message>
        <source>%1 enters CLOSED (from %2): the connection no longer exists.</source>
        <translation>%1从 %2进入 CLOSED（关闭）状态：连接已不存在。</translation>
    </message>
    <message>
        <source>%1 enters LISTEN: it waits for a SYN.</source>
        <translation>%1进入 LISTEN（监听）状态：等待 SYN 到来。</translation>
    </message>
    <message>
        <source>%1 enters SYN_SENT: it waits for the peer&apos;s SYN,ACK.</source>
        <translation>%1进入 SYN_SENT（同步已发送）状态：等待对方的 SYN,ACK。</translation>
    </message>
    <message>
        <source>%1 enters SYN_RECEIVED: it has answered a SYN and waits for the ACK of its own.</source>
        <translation>%1进入 SYN_RECEIVED（同步已接收）状态：它已回复了 SYN，正在等待对自己的 SYN 的 ACK。</translation>
    </message>
    <message>
        <source>%1 enters ESTABLISHED: both directions are open and data can flow.</source>
        <translation>%1进入 ESTABLISHED（已建立连接）状态：两个方向都已打开（全双工），可以传输数据了。</translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_1: it has sent its FIN and waits for the ACK.</source>
        <translation>%1进入 FIN_WAIT_1（终止等待1）状态：它已发出 FIN，正在等待 ACK。</translation>
    </message>
    <message>
        <source>%1 enters FIN_WAIT_2: its FIN is acknowledged; the peer may still send data (half-close).</source>
        <translation>%1进入 FIN_WAIT_2（终止等待2）状态：它的 FIN 已被确认；对方仍可以继续发送数据（半关闭）。</translation>
    </message>
    <message>
        <source>%1 enters CLOSE_WAIT: the peer has finished sending; %1 may still send until its application closes.</source>
        <translation>%1进入 CLOSE_WAIT（关闭等待）状态：对方已发送完毕；在自己的应用程序关闭之前，%1仍可以发送数据。</translation>
    </message>
    <message>
        <source>%1 enters CLOSING: both sides sent FIN at the same time (simultaneous close).</source>
        <translation>%1进入 CLOSING（同时关闭）状态：双方同时发出了 FIN（同时关闭）。</translation>
    </message>
    <message>
        <source>%1 enters LAST_ACK: it has sent its own FIN and waits for the last ACK.</source>
        <translation>%1进入 LAST_ACK（最后确认）状态：它已发出自己的 FIN，正在等待最后一个 ACK。</translation>
    </message>
    <message>
        <source>%1 enters TIME_WAIT: as the side that closed first it waits 2MSL, so that a lost last ACK can be repeated.</source>
        <translation>%1进入 TIME_WAIT（时间等待）状态：作为先关闭的一方，它要经过 2MSL 等待，以便在最后一个 ACK 丢失时能够重发。</translation>
    </message>
    <message>
        <source>%1 starts its retransmission timer: RTO %2.</source>
        <translation>%1启动重传计时器：RTO 为 %2。</translation>
    </message>
    <message>
        <source>%1 stops its retransmission timer: everything it sent is acknowledged.</source>
        <translation>%1停止重传计时器：它发出的数据都已得到确认。</translation>
    </message>
    <message>
        <source>%1 starts the 2MSL timer: %2.</source>
        <translation>%1启动 2MSL 计时器：%2。</translation>
    </message>
    <message>
        <source>The 2MSL timer of %1 expires.</source>
        <translation>%1的 2MSL 计时器到时。</translation>
    </message>
    <message>
        <source>%1 stops its 2MSL timer.</source>
        <translation>%1停止 2MSL 计时器。</translation>
    </message>
    <message>
        <source>%1 stops its keepalive timer.</source>
        <translation>%1停止保活计时器。</translation>
    </message>
    <message>
        <source>%1 delays its ACK by up to %2, hoping to send it with data.</source>
        <translation>%1把 ACK 最多推迟 %2，希望能和数据一起发送。</translation>
    </message>
    <message>
        <source>The delayed-ACK timer of %1 expires: the ACK goes out alone.</source>
        <translation>%1的延迟 ACK 计时器到时：ACK 单独发出。</translation>
    </message>
    <message>
        <source>%1 stops its delayed-ACK timer: the ACK rides on another segment.</source>
        <translation>%1停止延迟 ACK 计时器：ACK 搭载在另一个报文段上发出。</translation>
    </message>
    <message>
        <source>%1 starts its FIN_WAIT_2 timer: %2 for the peer&apos;s FIN.</source>
        <translation>%1启动 FIN_WAIT_2 计时器：等待对方的 FIN %2。</translation>
    </message>
    <message>
        <source>The FIN_WAIT_2 timer of %1 expires: it gives up waiting for the peer&apos;s FIN.</source>
        <translation>%1的 FIN_WAIT_2 计时器到时：不再等待对方的 FIN。</translation>
    </message>
    <message>
        <source>%1 stops its FIN_WAIT_2 timer.</source>
        <translation>%1停止 FIN_WAIT_2 计时器。</translation>
    </message>
    <message numerus="yes">
        <source>The datagram (%n byte(s)) arrives at the client, whole.</source>
        <translation>
            <numerusform>数据报（%n 字节）完整地到达客户端。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The datagram (%n byte(s)) arrives at the server, whole.</source>
        <translation>
            <numerusform>数据报（%n 字节）完整地到达服务器。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application writes %n byte(s); TCP puts them in its send buffer.</source>
        <translation>
            <numerusform>客户端的应用程序写入 %n 字节；TCP 把它们放进发送缓冲区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application writes %n byte(s); TCP puts them in its send buffer.</source>
        <translation>
            <numerusform>服务器的应用程序写入 %n 字节；TCP 把它们放进发送缓冲区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application reads %n byte(s) from the byte stream.</source>
        <translation>
            <numerusform>客户端的应用程序从字节流中读出 %n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application reads %n byte(s) from the byte stream.</source>
        <translation>
            <numerusform>服务器的应用程序从字节流中读出 %n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application calls sendto() with %n byte(s): exactly one datagram.</source>
        <translation>
            <numerusform>客户端的应用程序调用 sendto() 发送 %n 字节：正好是一个数据报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application calls sendto() with %n byte(s): exactly one datagram.</source>
        <translation>
            <numerusform>服务器的应用程序调用 sendto() 发送 %n 字节：正好是一个数据报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client&apos;s application calls recvfrom() and gets one whole datagram of %n byte(s).</source>
        <translation>
            <numerusform>客户端的应用程序调用 recvfrom()，收到一个完整的 %n 字节数据报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s application calls recvfrom() and gets one whole datagram of %n byte(s).</source>
        <translation>
            <numerusform>服务器的应用程序调用 recvfrom()，收到一个完整的 %n 字节数据报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.</source>
        <translation>
            <numerusform>客户端从端口 %1 向端口 %2 发送一个 %n 字节的 UDP 数据报：没有握手，也没有确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends a UDP datagram of %n byte(s) from port %1 to port %2: no handshake, no acknowledgement.</source>
        <translation>
            <numerusform>服务器从端口 %1 向端口 %2 发送一个 %n 字节的 UDP 数据报：没有握手，也没有确认。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).</source>
        <translation>
            <numerusform>客户端发送 %n 字节数据，seq=%1（即它的第 %1 到第 %2 个字节）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends %n byte(s) of data, seq=%1 (its bytes %1 to %2).</source>
        <translation>
            <numerusform>服务器发送 %n 字节数据，seq=%1（即它的第 %1 到第 %2 个字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s application calls %1, which fails: %2.</source>
        <translation>客户端应用程序调用 %1，调用失败：%2。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls %1, which fails: %2.</source>
        <translation>服务器应用程序调用 %1，调用失败：%2。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls accept() and gets a connected socket.</source>
        <translation>客户端应用程序调用 accept()，得到一个已连接的套接字。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls accept() and gets a connected socket.</source>
        <translation>服务器应用程序调用 accept()，得到一个已连接的套接字。</translation>
    </message>
    <message>
        <source>The kernel tells the client&apos;s program that the connection is established (Qt&apos;s connected() signal).</source>
        <translation>内核通知客户端程序：连接已建立（Qt 的 connected() 信号）。</translation>
    </message>
    <message>
        <source>The kernel tells the server&apos;s program that the connection is established (Qt&apos;s connected() signal).</source>
        <translation>内核通知服务器程序：连接已建立（Qt 的 connected() 信号）。</translation>
    </message>
    <message>
        <source>The client&apos;s socket is closed (Qt&apos;s disconnected() signal).</source>
        <translation>客户端的套接字已关闭（Qt 的 disconnected() 信号）。</translation>
    </message>
    <message>
        <source>The server&apos;s socket is closed (Qt&apos;s disconnected() signal).</source>
        <translation>服务器的套接字已关闭（Qt 的 disconnected() 信号）。</translation>
    </message>
    <message numerus="yes">
        <source>The kernel has taken %n byte(s) from the client&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</source>
        <translation>
            <numerusform>内核已从客户端程序取走 %n 字节放入发送缓存（Qt 的 bytesWritten() 信号）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kernel has taken %n byte(s) from the server&apos;s program into its send buffer (Qt&apos;s bytesWritten() signal).</source>
        <translation>
            <numerusform>内核已从服务器程序取走 %n 字节放入发送缓存（Qt 的 bytesWritten() 信号）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The capture starts in the middle of the connection: %1 is taken to be ESTABLISHED, since its handshake is not in the capture (inferred).</source>
        <translation>抓包从连接的中途开始：%1被认为处于 ESTABLISHED，因为抓包里没有它的三次握手（推断）。</translation>
    </message>
    <message>
        <source>%1 answers the SYN with SYN,ACK, so a socket was listening: LISTEN becomes SYN_RECEIVED (inferred from the segments).</source>
        <translation>%1用 SYN,ACK 回答 SYN，说明有套接字在监听：LISTEN 变为 SYN_RECEIVED（根据报文段推断）。</translation>
    </message>
    <message>
        <source>%1 answers the SYN with RST: no socket listens on that port, so this side has no connection (inferred from the segments).</source>
        <translation>%1用 RST 回答 SYN：这个端口上没有套接字在监听，所以这一端没有连接（根据报文段推断）。</translation>
    </message>
    <message>
        <source>A RST answers the SYN of %1: the connection is refused and %1 enters CLOSED (inferred from the segments).</source>
        <translation>%1的 SYN 得到的回答是 RST：连接被拒绝，%1进入 CLOSED（根据报文段推断）。</translation>
    </message>
    <message>
        <source>The RST resets the connection: %1 leaves %2 for %3 (inferred from the segments).</source>
        <translation>RST 重置了连接：%1从 %2 进入 %3（根据报文段推断）。</translation>
    </message>
    <message>
        <source>%1 sends RST: it aborts the connection and enters CLOSED (inferred from the segments).</source>
        <translation>%1发送 RST：它异常终止连接并进入 CLOSED（根据报文段推断）。</translation>
    </message>
    <message>
        <source>%1 This state is inferred from the captured segments.</source>
        <translation>%1这个状态是根据抓到的报文段推断的。</translation>
    </message>
    <message>
        <source>No acknowledgement came: the retransmission timer of %1 fired after %2, so it sends the segment again (the timer is inferred from the gap in the capture).</source>
        <translation>没有收到确认：%1的重传计时器在 %2 后超时，于是它重发这个报文段（计时器是根据抓包中的时间间隔推断的）。</translation>
    </message>
    <message>
        <source>%1 heard nothing for %2: its keepalive timer fired and it sends a probe (the timer is inferred from the gap in the capture).</source>
        <translation>%1在 %2 内没有收到任何报文段：它的保活计时器超时，于是发送一个探测报文段（计时器是根据抓包中的时间间隔推断的）。</translation>
    </message>
    <message>
        <source>%1 starts its 2MSL timer in TIME_WAIT; the capture does not show how long it runs (60 s on Linux, 4 minutes by the RFC).</source>
        <translation>%1在 TIME_WAIT 中启动 2MSL 计时器；抓包看不出它有多长（Linux 为 60 秒，RFC 规定为 4 分钟）。</translation>
    </message>
    <message>
        <source>%1 This timer is inferred from the captured segments.</source>
        <translation>%1这个计时器是根据抓到的报文段推断的。</translation>
    </message>
    <message>
        <source>%1 sends %2 again at once: a fast retransmission, because duplicate ACKs said this segment was lost.</source>
        <translation>%1立即重发 %2：这是快速重传，因为重复确认表明这个报文段丢失了。</translation>
    </message>
    <message>
        <source>%1 sends %2 again although the peer has already acknowledged it: a spurious retransmission.</source>
        <translation>%1重发了 %2，但对方已经确认过它：这是一次多余的重传。</translation>
    </message>
    <message>
        <source>%1&apos;s segment %2 comes after later data: it is out of order (held up on the way, or sent again soon).</source>
        <translation>%1的报文段 %2 出现在更靠后的数据之后：它是乱序的（在途中被耽搁了，或者很快又被重发）。</translation>
    </message>
    <message>
        <source>%1 sends one byte into the zero window: a probe, to learn when the window opens again.</source>
        <translation>%1向零窗口发送一个字节：这是零窗口探测报文段，用来得知窗口何时重新打开。</translation>
    </message>
    <message>
        <source>%1 answers the keepalive probe with an ACK: it is still there.</source>
        <translation>%1用 ACK 回答保活探测：它还在。</translation>
    </message>
    <message>
        <source>%1 answers the probe: its window is still 0.</source>
        <translation>%1回答探测：它的窗口仍然是 0。</translation>
    </message>
    <message>
        <source>%1 advertises a window of 0: its receive buffer is full, so the peer must stop sending.</source>
        <translation>%1通告的窗口为 0：它的接收缓存已满，对方必须停止发送。</translation>
    </message>
    <message>
        <source>%1 repeats ack=%2 (duplicate ACK #%3): a segment arrived, but byte %2 is still missing.</source>
        <translation>%1重复发送 ack=%2（重复确认 #%3）：有报文段到达了，但字节 %2 仍然缺失。</translation>
    </message>
    <message>
        <source>%1 announces a new window of %2 and nothing else: a window update.</source>
        <translation>%1只通告了新的窗口 %2，没有别的内容：这是窗口更新。</translation>
    </message>
    <message>
        <source>%1&apos;s data %2 fills the window the peer offered: it must wait for an ACK before it sends more.</source>
        <translation>%1的数据 %2 用满了对方给出的窗口：它必须等到确认才能继续发送。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</source>
        <translation>客户端的应用程序调用 connect()，调用失败：它的连接仍处于 TIME_WAIT（时间等待）状态，在 2MSL 等待结束之前一直占用这个端口。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls connect(), which fails: its connection is still in TIME_WAIT, which holds the port until 2MSL has passed.</source>
        <translation>服务器的应用程序调用 connect()，调用失败：它的连接仍处于 TIME_WAIT（时间等待）状态，在 2MSL 等待结束之前一直占用这个端口。</translation>
    </message>
    <message>
        <source>The client&apos;s %1 fails: %2; in Python it raises %3.</source>
        <translation>客户端的 %1 失败：%2；在 Python 中抛出 %3。</translation>
    </message>
    <message>
        <source>The server&apos;s %1 fails: %2; in Python it raises %3.</source>
        <translation>服务器的 %1 失败：%2；在 Python 中抛出 %3。</translation>
    </message>
    <message>
        <source>The client&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</source>
        <translation>客户端的 connect() 失败：连接被拒绝（ECONNREFUSED）；在 Python 中抛出 ConnectionRefusedError。</translation>
    </message>
    <message>
        <source>The server&apos;s connect() fails: connection refused (ECONNREFUSED); in Python it raises ConnectionRefusedError.</source>
        <translation>服务器的 connect() 失败：连接被拒绝（ECONNREFUSED）；在 Python 中抛出 ConnectionRefusedError。</translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</source>
        <translation>客户端的应用程序得到通知：连接被对方重置（ECONNRESET）；它的下一次 recv() 或 send() 会失败，在 Python 中抛出 ConnectionResetError。</translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection reset by the peer (ECONNRESET); its next recv() or send() fails, in Python with ConnectionResetError.</source>
        <translation>服务器的应用程序得到通知：连接被对方重置（ECONNRESET）；它的下一次 recv() 或 send() 会失败，在 Python 中抛出 ConnectionResetError。</translation>
    </message>
    <message>
        <source>The client&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</source>
        <translation>客户端的应用程序得到通知：连接超时（ETIMEDOUT）；正在等待这个连接的调用失败，在 Python 中抛出 TimeoutError。</translation>
    </message>
    <message>
        <source>The server&apos;s application is told: connection timed out (ETIMEDOUT); the call waiting on the connection fails, in Python with TimeoutError.</source>
        <translation>服务器的应用程序得到通知：连接超时（ETIMEDOUT）；正在等待这个连接的调用失败，在 Python 中抛出 TimeoutError。</translation>
    </message>
    <message>
        <source>The client&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</source>
        <translation>客户端的应用程序读到文件结束符 EOF（recv() 返回 0 字节，在 Python 中是 b&apos;&apos;）：对方不会再发送数据了。</translation>
    </message>
    <message>
        <source>The server&apos;s application reads end-of-file: recv() returns 0 bytes (b&apos;&apos; in Python), because the peer will send no more data.</source>
        <translation>服务器的应用程序读到文件结束符 EOF（recv() 返回 0 字节，在 Python 中是 b&apos;&apos;）：对方不会再发送数据了。</translation>
    </message>
    <message>
        <source>The client&apos;s application is told of an error.</source>
        <translation>客户端的应用程序得到一个错误通知。</translation>
    </message>
    <message>
        <source>The server&apos;s application is told of an error.</source>
        <translation>服务器的应用程序得到一个错误通知。</translation>
    </message>
    <message>
        <source>The client sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</source>
        <translation>客户端再次发送 %1：重传计时器到时（RTO %2）之前没有收到确认，这是超时重传。</translation>
    </message>
    <message>
        <source>The server sends %1 again: no ACK came before its retransmission timer expired (RTO %2), so this is a retransmission on timeout.</source>
        <translation>服务器再次发送 %1：重传计时器到时（RTO %2）之前没有收到确认，这是超时重传。</translation>
    </message>
    <message>
        <source>The client sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</source>
        <translation>客户端再次发送 %1：重传计时器到时之前没有收到确认，这是超时重传。</translation>
    </message>
    <message>
        <source>The server sends %1 again: no ACK came before its retransmission timer expired, so this is a retransmission on timeout.</source>
        <translation>服务器再次发送 %1：重传计时器到时之前没有收到确认，这是超时重传。</translation>
    </message>
    <message numerus="yes">
        <source>The client sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the server is missing this segment.</source>
        <translation>
            <numerusform>客户端收到 %n 个重复确认（ack=%2），不等超时立即重传 %1（快速重传）：这些重复确认说明服务器缺少这个报文段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sends %1 again at once, without waiting for its timer: a fast retransmission after %n duplicate ACK(s) (ack=%2), which show that the client is missing this segment.</source>
        <translation>
            <numerusform>服务器收到 %n 个重复确认（ack=%2），不等超时立即重传 %1（快速重传）：这些重复确认说明客户端缺少这个报文段。</numerusform>
        </translation>
    </message>
    <message>
        <source>The client sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</source>
        <translation>客户端立即再次发送 %1：刚到的确认只确认了丢包前已发送数据的一部分（部分确认），说明下一个报文段也缺失，于是不等计时器就重传它。</translation>
    </message>
    <message>
        <source>The server sends %1 again at once: the ACK that just arrived covers only part of what was sent before the loss, so the next missing segment is resent without waiting for the timer (recovery).</source>
        <translation>服务器立即再次发送 %1：刚到的确认只确认了丢包前已发送数据的一部分（部分确认），说明下一个报文段也缺失，于是不等计时器就重传它。</translation>
    </message>
    <message>
        <source>The server&apos;s SYN arrives again, so the client&apos;s SYN,ACK must have been lost: the client sends %1 again.</source>
        <translation>服务器的 SYN 又到了，说明客户端的 SYN,ACK 已经丢失：客户端再次发送 %1。</translation>
    </message>
    <message>
        <source>The client&apos;s SYN arrives again, so the server&apos;s SYN,ACK must have been lost: the server sends %1 again.</source>
        <translation>客户端的 SYN 又到了，说明服务器的 SYN,ACK 已经丢失：服务器再次发送 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s receive window is zero and the client has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the server announce its window.</source>
        <translation>服务器的接收窗口为零，而客户端还有数据等着发送：持续计时器到时，客户端发送零窗口探测报文段（seq=%1，比下一个字节小 1），促使服务器通告它的窗口。</translation>
    </message>
    <message>
        <source>The client&apos;s receive window is zero and the server has data waiting: its persist timer expired, so it sends a window probe (seq=%1, one below the next byte) that makes the client announce its window.</source>
        <translation>客户端的接收窗口为零，而服务器还有数据等着发送：持续计时器到时，服务器发送零窗口探测报文段（seq=%1，比下一个字节小 1），促使客户端通告它的窗口。</translation>
    </message>
    <message>
        <source>The client sends keepalive probe %2 (seq=%1, one below the next sequence number, so the server must answer with an ACK): the last segment from the server arrived %3 ago.</source>
        <translation>客户端发送第 %2 个保活探测报文段（seq=%1，比下一个序号小 1，因此服务器必须回复 ACK）：距上次收到服务器的报文段已有 %3。</translation>
    </message>
    <message>
        <source>The server sends keepalive probe %2 (seq=%1, one below the next sequence number, so the client must answer with an ACK): the last segment from the client arrived %3 ago.</source>
        <translation>服务器发送第 %2 个保活探测报文段（seq=%1，比下一个序号小 1，因此客户端必须回复 ACK）：距上次收到客户端的报文段已有 %3。</translation>
    </message>
    <message>
        <source>The client sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the server is missing.</source>
        <translation>客户端把 %1 作为尾部丢失探测发出：它的探测超时（PTO %2）已到，数据仍未被确认，而窗口允许发送新数据；这个报文段的 ACK 将表明服务器缺少什么。</translation>
    </message>
    <message>
        <source>The server sends %1 as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, and the window lets it send new data, whose ACK will show what the client is missing.</source>
        <translation>服务器把 %1 作为尾部丢失探测发出：它的探测超时（PTO %2）已到，数据仍未被确认，而窗口允许发送新数据；这个报文段的 ACK 将表明客户端缺少什么。</translation>
    </message>
    <message>
        <source>The client sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</source>
        <translation>客户端把最后一个报文段 %1 作为尾部丢失探测再次发送：它的探测超时（PTO %2）已到，数据仍未被确认，所以它现在就要一个 ACK，而不等重传计时器。</translation>
    </message>
    <message>
        <source>The server sends its last segment %1 again as a tail loss probe: its probe timeout (PTO %2) expired with data unacknowledged, so it asks for an ACK now instead of waiting for the retransmission timer.</source>
        <translation>服务器把最后一个报文段 %1 作为尾部丢失探测再次发送：它的探测超时（PTO %2）已到，数据仍未被确认，所以它现在就要一个 ACK，而不等重传计时器。</translation>
    </message>
    <message>
        <source>The client sends %1 again: a retransmission.</source>
        <translation>客户端再次发送 %1：这是一次重传。</translation>
    </message>
    <message>
        <source>The server sends %1 again: a retransmission.</source>
        <translation>服务器再次发送 %1：这是一次重传。</translation>
    </message>
    <message>
        <source>The client gives up after its retransmissions went unanswered and sends %1, so that the server drops the connection too if it still holds it.</source>
        <translation>客户端的重传始终没有得到应答，它放弃连接并发送 %1，以便服务器如果还保留着这个连接，也将其丢弃。</translation>
    </message>
    <message>
        <source>The server gives up after its retransmissions went unanswered and sends %1, so that the client drops the connection too if it still holds it.</source>
        <translation>服务器的重传始终没有得到应答，它放弃连接并发送 %1，以便客户端如果还保留着这个连接，也将其丢弃。</translation>
    </message>
    <message>
        <source>The client gives up after its keepalive probes went unanswered and sends %1, so that the server drops the connection too if it still holds it.</source>
        <translation>客户端的保活探测始终没有得到应答，它放弃连接并发送 %1，以便服务器如果还保留着这个连接，也将其丢弃。</translation>
    </message>
    <message>
        <source>The server gives up after its keepalive probes went unanswered and sends %1, so that the client drops the connection too if it still holds it.</source>
        <translation>服务器的保活探测始终没有得到应答，它放弃连接并发送 %1，以便客户端如果还保留着这个连接，也将其丢弃。</translation>
    </message>
    <message>
        <source>The client sends %1 and forgets the connection: the server will drop it at once, without the four-way close.</source>
        <translation>客户端发送 %1 并丢弃这个连接：服务器收到后会立即丢弃连接，不经过四次挥手。</translation>
    </message>
    <message>
        <source>The server sends %1 and forgets the connection: the client will drop it at once, without the four-way close.</source>
        <translation>服务器发送 %1 并丢弃这个连接：客户端收到后会立即丢弃连接，不经过四次挥手。</translation>
    </message>
    <message>
        <source>The client&apos;s application closed with received data still unread: the client sends %1 instead of FIN, so that the server knows that data was lost.</source>
        <translation>客户端的应用程序关闭时还有收到的数据没有读取：客户端发送 %1 而不是 FIN，让服务器知道有数据丢失了。</translation>
    </message>
    <message>
        <source>The server&apos;s application closed with received data still unread: the server sends %1 instead of FIN, so that the client knows that data was lost.</source>
        <translation>服务器的应用程序关闭时还有收到的数据没有读取：服务器发送 %1 而不是 FIN，让客户端知道有数据丢失了。</translation>
    </message>
    <message>
        <source>Nobody on the client accepts this SYN on port %2: the client answers with %1, which refuses the connection.</source>
        <translation>客户端的端口 %2 上没有谁接受这个 SYN：客户端回复 %1，拒绝这个连接。</translation>
    </message>
    <message>
        <source>Nobody on the server accepts this SYN on port %2: the server answers with %1, which refuses the connection.</source>
        <translation>服务器的端口 %2 上没有谁接受这个 SYN：服务器回复 %1，拒绝这个连接。</translation>
    </message>
    <message>
        <source>Nobody will ever read the data that just arrived at the client (no connection takes it, or its application has closed): the client answers with %1.</source>
        <translation>刚到达客户端的数据永远不会有人读取（没有连接接收它，或者应用程序已经关闭）：客户端回复 %1。</translation>
    </message>
    <message>
        <source>Nobody will ever read the data that just arrived at the server (no connection takes it, or its application has closed): the server answers with %1.</source>
        <translation>刚到达服务器的数据永远不会有人读取（没有连接接收它，或者应用程序已经关闭）：服务器回复 %1。</translation>
    </message>
    <message>
        <source>The segment that just arrived belongs to no connection the client has: the client answers with %1.</source>
        <translation>刚到的报文段不属于客户端的任何连接：客户端回复 %1。</translation>
    </message>
    <message>
        <source>The segment that just arrived belongs to no connection the server has: the server answers with %1.</source>
        <translation>刚到的报文段不属于服务器的任何连接：服务器回复 %1。</translation>
    </message>
    <message>
        <source>The client sends %1: the connection ends at once, without the four-way close.</source>
        <translation>客户端发送 %1：连接立即结束，不经过四次挥手。</translation>
    </message>
    <message>
        <source>The server sends %1: the connection ends at once, without the four-way close.</source>
        <translation>服务器发送 %1：连接立即结束，不经过四次挥手。</translation>
    </message>
    <message>
        <source>The client sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</source>
        <translation>客户端再次发送 ack=%1（第 %2 个重复确认）：后面的报文段（seq=%3）到了，但第 %1 个字节仍然缺失，所以它重复告知期望收到的下一个字节。</translation>
    </message>
    <message>
        <source>The server sends ack=%1 again (duplicate ACK %2): a later segment (seq=%3) arrived, but byte %1 is still missing, so it repeats what it expects next.</source>
        <translation>服务器再次发送 ack=%1（第 %2 个重复确认）：后面的报文段（seq=%3）到了，但第 %1 个字节仍然缺失，所以它重复告知期望收到的下一个字节。</translation>
    </message>
    <message>
        <source>The client sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</source>
        <translation>客户端再次发送 ack=%1（第 %2 个重复确认）：它期望收到的下一个字节仍是第 %1 个。</translation>
    </message>
    <message>
        <source>The server sends ack=%1 again (duplicate ACK %2): byte %1 is still the next it expects.</source>
        <translation>服务器再次发送 ack=%1（第 %2 个重复确认）：它期望收到的下一个字节仍是第 %1 个。</translation>
    </message>
    <message>
        <source>The client answers the keepalive probe with ack=%1, the next byte it expects: the server now knows that the client is alive.</source>
        <translation>客户端回复保活探测报文段，ack=%1，即它期望收到的下一个字节：服务器由此知道客户端仍然在线。</translation>
    </message>
    <message>
        <source>The server answers the keepalive probe with ack=%1, the next byte it expects: the client now knows that the server is alive.</source>
        <translation>服务器回复保活探测报文段，ack=%1，即它期望收到的下一个字节：客户端由此知道服务器仍然在线。</translation>
    </message>
    <message numerus="yes">
        <source>The client answers the window probe with its receive window: %n byte(s).</source>
        <translation>
            <numerusform>客户端回复零窗口探测报文段，通告它的接收窗口：%n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server answers the window probe with its receive window: %n byte(s).</source>
        <translation>
            <numerusform>服务器回复零窗口探测报文段，通告它的接收窗口：%n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts the 2MSL timer: %2 here (%3).</source>
        <translation>%1启动 2MSL 计时器：%2（这里是缩短的值；%3）。</translation>
    </message>
    <message>
        <source>The delayed-ACK timer of %1 expires, but nothing is left to acknowledge.</source>
        <translation>%1的延迟 ACK 计时器到时，但已没有需要确认的内容。</translation>
    </message>
    <message>
        <source>%1 starts its FIN_WAIT_2 timer: %2 here (%3) for the peer&apos;s FIN.</source>
        <translation>%1启动 FIN_WAIT_2 计时器：等待对方的 FIN %2（这里是缩短的值；%3）。</translation>
    </message>
    <message>
        <source>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO, and restarts its retransmission timer (RTO %3) without doubling it.</source>
        <translation>%1的探测超时到了（PTO %2），数据仍未被确认：它发出尾部丢失探测，而不等 RTO，并重新启动重传计时器（RTO %3），RTO 不加倍。</translation>
    </message>
    <message>
        <source>The probe timeout of %1 expires (PTO %2) with data unacknowledged: it sends a tail loss probe instead of waiting for the RTO.</source>
        <translation>%1的探测超时到了（PTO %2），数据仍未被确认：它发出尾部丢失探测，而不等 RTO。</translation>
    </message>
    <message numerus="yes">
        <source>The retransmission timer of %1 expires (RTO %2) after %n retransmission(s) without an answer: %1 gives up on the connection.</source>
        <translation>
            <numerusform>%1的重传计时器到时（RTO %2），%n 次重传都没有得到应答：%1放弃这个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again and doubles the RTO to %3.</source>
        <translation>%1的重传计时器到时（RTO %2）：重传最早的未确认报文段，并把 RTO 加倍为 %3。</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends the earliest unacknowledged segment again; the RTO stays at %3, its maximum.</source>
        <translation>%1的重传计时器到时（RTO %2）：重传最早的未确认报文段；RTO 已达上限，保持为 %3。</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2): it sends again what is not yet acknowledged.</source>
        <translation>%1的重传计时器到时（RTO %2）：重新发送尚未确认的内容。</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2), but nothing is left to send again.</source>
        <translation>%1的重传计时器到时（RTO %2），但已没有需要重传的内容。</translation>
    </message>
    <message>
        <source>The retransmission timer of %1 expires (RTO %2).</source>
        <translation>%1的重传计时器到时（RTO %2）。</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2.</source>
        <translation>%1启动保活计时器：如果对方连续 %2 没有任何报文到来，就发送探测。</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: it probes once nothing has come from the peer for %2 here (%3).</source>
        <translation>%1启动保活计时器：如果对方连续 %2 没有任何报文到来，就发送探测（这里是缩短的值；%3）。</translation>
    </message>
    <message>
        <source>%1 waits %2 for an answer to its probe before it probes again.</source>
        <translation>%1等待 %2，看探测有没有应答，然后再次探测。</translation>
    </message>
    <message>
        <source>%1 waits %2 here (%3) for an answer to its probe before it probes again.</source>
        <translation>%1等待 %2（这里是缩短的值；%3），看探测有没有应答，然后再次探测。</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer again for the rest of the keepalive time: %2.</source>
        <translation>%1为保活时间的剩余部分重新启动保活计时器：%2。</translation>
    </message>
    <message>
        <source>%1 starts its keepalive timer: %2.</source>
        <translation>%1启动保活计时器：%2。</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires, but the last segment from the peer arrived only %2 ago: %1 waits %3 more before it probes.</source>
        <translation>%1的保活计时器到时，但距上次收到对方报文只有 %2：%1再等 %3 才发送探测。</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires while its data is in flight: the retransmission timer already watches the peer, so no probe is sent and the keepalive timer starts again.</source>
        <translation>%1的保活计时器到时，但它的数据还在传输中：重传计时器已经在监视对方，所以不发送探测，保活计时器重新开始计时。</translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires: the last segment from the peer arrived %2 ago, so %1 probes whether the peer is still there.</source>
        <translation>%1的保活计时器到时：距上次收到对方报文已有 %2，于是%1发送探测，看对方是否还在。</translation>
    </message>
    <message numerus="yes">
        <source>The keepalive timer of %1 expires: %n probe(s) got no answer, and the last segment from the peer arrived %2 ago; %1 probes again.</source>
        <translation>
            <numerusform>%1的保活计时器到时：已发出的 %n 个探测没有得到应答，距上次收到对方报文已有 %2；%1再次探测。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keepalive timer of %1 expires: %n probe(s) got no answer, and nothing has come from the peer for %2: %1 gives up on the connection.</source>
        <translation>
            <numerusform>%1的保活计时器到时：已发出的 %n 个探测没有得到应答，距上次收到对方报文已有 %2：%1放弃这个连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>The keepalive timer of %1 expires.</source>
        <translation>%1的保活计时器到时。</translation>
    </message>
    <message>
        <source>The client&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</source>
        <translation>客户端的 bind() 失败：地址已被占用（EADDRINUSE），因为这个端口上还有连接处于 TIME_WAIT（时间等待）状态（或者被另一个套接字占用），而这个套接字没有设置 SO_REUSEADDR；在 Python 中抛出 OSError: [Errno 98] Address already in use。</translation>
    </message>
    <message>
        <source>The server&apos;s bind() fails: address already in use (EADDRINUSE), because a connection on the port is still in TIME_WAIT (or another socket holds it) and the socket did not set SO_REUSEADDR; in Python it raises OSError: [Errno 98] Address already in use.</source>
        <translation>服务器的 bind() 失败：地址已被占用（EADDRINUSE），因为这个端口上还有连接处于 TIME_WAIT（时间等待）状态（或者被另一个套接字占用），而这个套接字没有设置 SO_REUSEADDR；在 Python 中抛出 OSError: [Errno 98] Address already in use。</translation>
    </message>
    <message>
        <source>The client&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</source>
        <translation>客户端的应用程序设置 SO_REUSEADDR 后在端口 %1 上调用 bind()：即使这个端口上还有连接处于 TIME_WAIT 状态，也能成功。</translation>
    </message>
    <message>
        <source>The server&apos;s application sets SO_REUSEADDR and calls bind() on port %1: it succeeds even while a connection on that port is in TIME_WAIT.</source>
        <translation>服务器的应用程序设置 SO_REUSEADDR 后在端口 %1 上调用 bind()：即使这个端口上还有连接处于 TIME_WAIT 状态，也能成功。</translation>
    </message>
    <message>
        <source>The client&apos;s application calls bind() on port %1, without SO_REUSEADDR.</source>
        <translation>客户端的应用程序在端口 %1 上调用 bind()，没有设置 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>The server&apos;s application calls bind() on port %1, without SO_REUSEADDR.</source>
        <translation>服务器的应用程序在端口 %1 上调用 bind()，没有设置 SO_REUSEADDR。</translation>
    </message>
    <message>
        <source>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but a captured segment proves it).</source>
        <translation>%1进入 %2 状态（推断：没来得及观察到内核中的这个状态，但捕获到的报文段证明了它）。</translation>
    </message>
    <message>
        <source>%1 enters %2 (inferred: the kernel&apos;s state was not caught in time, but RFC 9293&apos;s state diagram has no other way between the states seen).</source>
        <translation>%1进入 %2 状态（推断：没来得及观察到内核中的这个状态，但在观察到的两个状态之间，RFC 9293 的状态图只有这一条路）。</translation>
    </message>
</context>
<context>
    <name>wirestep::PacketInspector</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Why it has this value</source>
        <translation>为什么是这个值</translation>
    </message>
    <message>
        <source>Choose a segment in the diagram or the event list to see its fields and bytes.</source>
        <translation>在时序图或事件列表中选择一个报文段，即可查看它的各个字段和字节。</translation>
    </message>
    <message>
        <source>This segment is too large for one IPv4 packet.</source>
        <translation>这个报文段太大，一个 IPv4 分组装不下。</translation>
    </message>
    <message>
        <source>Event %1, from the client to the server: %2</source>
        <translation>事件 %1，从客户端到服务器：%2</translation>
    </message>
    <message>
        <source>Event %1, from the server to the client: %2</source>
        <translation>事件 %1，从服务器到客户端：%2</translation>
    </message>
    <message>
        <source>Ethernet</source>
        <translation>以太网</translation>
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
        <translation>数据</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1
Changed since the previous segment in the same direction.</source>
        <translation>%1
与同一方向上的前一个报文段相比有变化。</translation>
    </message>
    <message>
        <source>Choose a field to see its bytes, or a byte to see its field.</source>
        <translation>选择一个字段可查看它的字节，选择一个字节可查看它所属的字段。</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 = %2. %3</source>
        <translation>%1 = %2。%3</translation>
    </message>
    <message>
        <source>Packet %1 cannot be read from the capture file.</source>
        <translation>无法从抓包文件中读出第 %1 个分组。</translation>
    </message>
    <message>
        <source>Linux cooked</source>
        <translation>Linux cooked</translation>
    </message>
    <message>
        <source>Loopback</source>
        <translation>回环</translation>
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
        <translation>分组 %1，从客户端到服务器：%2</translation>
    </message>
    <message>
        <source>Packet %1, from the server to the client: %2</source>
        <translation>分组 %1，从服务器到客户端：%2</translation>
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
        <translation>状态图</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>报文检查器</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Predict the next step</source>
        <translation>预测下一步(&amp;P)</translation>
    </message>
    <message>
        <source>Predict the next step (%1)</source>
        <translation>预测下一步 (%1)</translation>
    </message>
</context>
<context>
    <name>wirestep::PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <source>Go to start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Go to end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Simulated time of the current event</source>
        <translation>当前事件的模拟时间</translation>
    </message>
    <message>
        <source>Drag to move through the events</source>
        <translation>拖动以逐个浏览事件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>wirestep::PortCapture</name>
    <message>
        <source>Capturing on the loopback interface failed: %1.</source>
        <translation>在回环接口上抓包失败：%1。</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface needs root or the CAP_NET_RAW capability: run it with sudo, or allow it once with: sudo setcap cap_net_raw+ep %1</source>
        <translation>在回环接口上抓包需要 root 权限或 CAP_NET_RAW 能力：用 sudo 运行，或者用以下命令一次性授权：sudo setcap cap_net_raw+ep %1</translation>
    </message>
    <message>
        <source>Capturing on the loopback interface failed: its link type %1 is not supported.</source>
        <translation>在回环接口上抓包失败：不支持它的链路类型 %1。</translation>
    </message>
</context>
<context>
    <name>wirestep::PortWatch</name>
    <message>
        <source>Watch a UDP port</source>
        <translation>监视 UDP 端口</translation>
    </message>
    <message>
        <source>Watch a TCP port</source>
        <translation>监视 TCP 端口</translation>
    </message>
    <message>
        <source>The port your server listens on (1 to 65535):</source>
        <translation>你的服务器监听的端口（1 到 65535）：</translation>
    </message>
    <message>
        <source>Watch a port</source>
        <translation>监视端口</translation>
    </message>
    <message>
        <source>Watching %1 port %2: no packets yet; start your programs.</source>
        <translation>正在监视 %1 端口 %2：还没有分组；请启动你的程序。</translation>
    </message>
    <message>
        <source>&amp;Watch a TCP port…</source>
        <translation>监视 TCP 端口(&amp;W)…</translation>
    </message>
    <message>
        <source>Draw the connections of your own server and client on a loopback port as they happen</source>
        <translation>在你自己的服务器和客户端通过回环端口通信时，实时画出它们的连接</translation>
    </message>
    <message>
        <source>Watch a &amp;UDP port…</source>
        <translation>监视 UDP 端口(&amp;U)…</translation>
    </message>
    <message>
        <source>Draw the datagrams of your own programs on a loopback port as they are sent</source>
        <translation>在你自己的程序通过回环端口发送数据报时，实时画出这些数据报</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>停止监视(&amp;W)</translation>
    </message>
    <message>
        <source>Watching %1 port %2: conversation %3, the newest</source>
        <translation>正在监视 %1 端口 %2：第 %3 个会话（最新的）</translation>
    </message>
</context>
<context>
    <name>wirestep::PredictPanel</name>
    <message>
        <source>✓ %1 (right)</source>
        <translation>✓ %1（正确）</translation>
    </message>
    <message>
        <source>✗ %1 (your answer)</source>
        <translation>✗ %1（你的答案）</translation>
    </message>
    <message>
        <source>Finished! You predicted %1 of %2 steps correctly.</source>
        <translation>完成！%2 步中你预测对了 %1 步。</translation>
    </message>
    <message>
        <source>Predict mode is off.</source>
        <translation>预测模式已关闭。</translation>
    </message>
    <message>
        <source>Nothing to predict in this scenario.</source>
        <translation>这个场景中没有可预测的内容。</translation>
    </message>
    <message>
        <source>Step or play on: the player stops at the next question.</source>
        <translation>单步或继续播放：播放器会在下一个问题处停下。</translation>
    </message>
    <message>
        <source>The player stops before each segment is sent and before each state change. What comes next?</source>
        <translation>播放器会在每个报文段发出之前、每次状态变化之前停下。接下来会发生什么？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Type a whole number, such as 42, then Check.</source>
        <translation>请输入一个整数（例如 42），然后点击“检查”。</translation>
    </message>
</context>
<context>
    <name>wirestep::PredictQuiz</name>
    <message>
        <source>The client&apos;s state is about to change; it is in %1 now. Which state does it enter?</source>
        <translation>客户端的状态即将变化；它现在处于 %1状态。它会进入哪个状态？</translation>
    </message>
    <message>
        <source>The server&apos;s state is about to change; it is in %1 now. Which state does it enter?</source>
        <translation>服务器的状态即将变化；它现在处于 %1状态。它会进入哪个状态？</translation>
    </message>
    <message>
        <source>The client is about to send something. What goes on the wire?</source>
        <translation>客户端即将发送数据。线路上会出现什么？</translation>
    </message>
    <message>
        <source>The server is about to send something. What goes on the wire?</source>
        <translation>服务器即将发送数据。线路上会出现什么？</translation>
    </message>
    <message>
        <source>The client is about to send a segment. Which one: which flags, seq and ack?</source>
        <translation>客户端即将发送一个报文段。是哪一个：什么标志位，seq 和 ack 是多少？</translation>
    </message>
    <message>
        <source>The server is about to send a segment. Which one: which flags, seq and ack?</source>
        <translation>服务器即将发送一个报文段。是哪一个：什么标志位，seq 和 ack 是多少？</translation>
    </message>
    <message>
        <source>A SYN, to open a connection first</source>
        <translation>一个 SYN，先建立连接</translation>
    </message>
    <message>
        <source>An ACK for the datagram before</source>
        <translation>对上一个数据报的 ACK</translation>
    </message>
    <message>
        <source>The acknowledgment number is the next byte expected: the sequence number received plus what that segment took (its data, and one for a SYN or FIN).</source>
        <translation>确认号是期望收到的下一个字节：收到的序号加上那个报文段占用的序号数（它的数据，SYN 或 FIN 各占一个）。</translation>
    </message>
    <message>
        <source>Those are the flags of the step before; each segment&apos;s flags say what this one does.</source>
        <translation>那是上一步的标志位；每个报文段的标志位说明的是它自己要做什么。</translation>
    </message>
    <message>
        <source>Initial sequence numbers are not zero; Wireshark only shows them relative to the ISN.</source>
        <translation>初始序号并不是 0；只是 Wireshark 显示的是相对于 ISN 的相对序号。</translation>
    </message>
    <message>
        <source>The sequence number is that of the first byte this segment carries; a bare ACK takes no sequence number.</source>
        <translation>序号是这个报文段所携带的第一个字节的序号；单纯的 ACK 不占用序号。</translation>
    </message>
    <message>
        <source>One segment can carry several flags: here %1.</source>
        <translation>一个报文段可以同时带几个标志位：这里是 %1。</translation>
    </message>
    <message>
        <source>A FIN is sent only when the application closes; this segment only acknowledges.</source>
        <translation>只有应用程序关闭时才会发送 FIN；这个报文段只是确认。</translation>
    </message>
    <message>
        <source>UDP has no connection and no handshake: each sendto() is one datagram, sent at once.</source>
        <translation>UDP 没有连接，也没有握手：每次 sendto() 就是一个数据报，立即发出。</translation>
    </message>
    <message>
        <source>UDP acknowledges nothing; a lost datagram is simply gone.</source>
        <translation>UDP 什么也不确认；丢失的数据报就这样没了。</translation>
    </message>
    <message>
        <source>UDP keeps message boundaries: every datagram travels and arrives whole, never merged with another.</source>
        <translation>UDP 保留消息边界：每个数据报都完整地传输和到达，绝不会和别的数据报合并。</translation>
    </message>
    <message>
        <source>That is the other side&apos;s state: the two ends of a connection go through different states (TIME_WAIT is on the side that closed first).</source>
        <translation>那是另一方的状态：连接的两端经历的状态不同（TIME_WAIT 在先关闭的一方）。</translation>
    </message>
    <message>
        <source>Follow the arrow in the state diagram: from here this event leads to %1.</source>
        <translation>沿着状态图中的箭头走：从这里，这个事件会到达 %1。</translation>
    </message>
    <message>
        <source>Right! %1</source>
        <translation>正确！%1</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1. %2 %3</source>
        <translation>不太对：答案是 %1。%2 %3</translation>
    </message>
    <message>
        <source>Score: %1 right of %2 answered (%3 questions in this scenario).</source>
        <translation>得分：答了 %2 题，对了 %1 题（本场景共 %3 题）。</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>还什么都没有发生。</translation>
    </message>
    <message>
        <source>Just before: %1</source>
        <translation>上一步：%1</translation>
    </message>
    <message>
        <source>Right! %1 %2</source>
        <translation>正确！%1 %2</translation>
    </message>
</context>
<context>
    <name>wirestep::ProtocolLanesView</name>
    <message>
        <source>TCP: a connection and a byte stream</source>
        <translation>TCP：面向连接的字节流</translation>
    </message>
    <message>
        <source>UDP: datagrams, no connection</source>
        <translation>UDP：无连接的数据报</translation>
    </message>
</context>
<context>
    <name>wirestep::RecentFiles</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>wirestep::ReferencePanel</name>
    <message>
        <source>Show</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Open the scenario “%1”, which shows this.</source>
        <translation>打开演示这一点的场景“%1”。</translation>
    </message>
    <message>
        <source>Five layers, and encapsulation</source>
        <translation>五层协议与封装</translation>
    </message>
    <message>
        <source>5 Application: the program&apos;s own messages (HTTP, DNS, SSH ...).</source>
        <translation>5 应用层：程序自己的报文（HTTP、DNS、SSH ……）。</translation>
    </message>
    <message>
        <source>4 Transport: TCP or UDP, between two ports; the port names the socket.</source>
        <translation>4 传输层：TCP 或 UDP，在两个端口之间；端口标识套接字。</translation>
    </message>
    <message>
        <source>3 Network: IP carries packets from host to host; the address names the host.</source>
        <translation>3 网络层：IP 把分组从一台主机送到另一台主机；地址标识主机。</translation>
    </message>
    <message>
        <source>2 Link: Ethernet frames between neighbours, with MAC addresses.</source>
        <translation>2 数据链路层：相邻机器之间的以太网帧，使用 MAC 地址。</translation>
    </message>
    <message>
        <source>1 Physical: the bits on the wire or in the air.</source>
        <translation>1 物理层：线路上或空中传输的比特。</translation>
    </message>
    <message>
        <source>Encapsulation: each layer puts its header in front of what it is given: Ethernet | IP | TCP | data. The Inspector shows the real bytes.</source>
        <translation>封装：每一层都在收到的内容前面加上自己的首部：以太网 | IP | TCP | 数据。报文检查器显示真实的字节。</translation>
    </message>
    <message>
        <source>TCP or UDP</source>
        <translation>TCP 还是 UDP</translation>
    </message>
    <message>
        <source>TCP: a connection (three-way handshake), then a reliable, ordered byte stream both ways.</source>
        <translation>TCP：先建立连接（三次握手），然后双向传输可靠、有序的字节流。</translation>
    </message>
    <message>
        <source>TCP keeps no message boundaries: two writes may arrive as one read, so applications frame their messages.</source>
        <translation>TCP 不保留消息边界：两次写入可能被一次读出（粘包），所以应用程序要自己划分消息。</translation>
    </message>
    <message>
        <source>TCP resends a lost segment when its retransmission timer expires.</source>
        <translation>重传计时器到时后，TCP 会重发丢失的报文段（超时重传）。</translation>
    </message>
    <message>
        <source>UDP: no connection, no acknowledgment, no retransmission; each sendto() is one datagram, delivered whole or not at all.</source>
        <translation>UDP：没有连接，没有确认，没有重传；每次 sendto() 就是一个数据报，要么完整送达，要么根本不到。</translation>
    </message>
    <message>
        <source>A lost UDP datagram is simply gone.</source>
        <translation>丢失的 UDP 数据报就这样没了。</translation>
    </message>
    <message>
        <source>Socket calls: a TCP server</source>
        <translation>套接字调用：TCP 服务器</translation>
    </message>
    <message>
        <source>1 socket()  2 bind() to its well-known port  3 listen()  4 accept(): a new socket for each connection; the listening one keeps listening  5 recv() / send()  6 close().</source>
        <translation>1 socket()  2 bind() 绑定到熟知端口  3 listen()  4 accept()：每个连接得到一个新的套接字，监听套接字继续监听  5 recv() / send()  6 close()。</translation>
    </message>
    <message>
        <source>Socket calls: a TCP client</source>
        <translation>套接字调用：TCP 客户端</translation>
    </message>
    <message>
        <source>1 socket()  2 connect(): the kernel does the three-way handshake  3 send() / recv()  4 close(): sends FIN.</source>
        <translation>1 socket()  2 connect()：由内核完成三次握手  3 send() / recv()  4 close()：发出 FIN。</translation>
    </message>
    <message>
        <source>Closing takes four segments because each side closes its own direction; the side that closes first waits in TIME_WAIT for 2MSL.</source>
        <translation>关闭需要四个报文段（四次挥手），因为双方各自关闭自己的方向；先关闭的一方要在 TIME_WAIT 中经过 2MSL 等待。</translation>
    </message>
    <message>
        <source>Socket calls: UDP</source>
        <translation>套接字调用：UDP</translation>
    </message>
    <message>
        <source>1 socket()  2 bind() (the server, to a known port)  3 sendto() / recvfrom(), each with the peer&apos;s address  4 close(). No listen(), no accept(), no connection.</source>
        <translation>1 socket()  2 bind()（服务器绑定到一个已知端口）  3 sendto() / recvfrom()，每次都带上对方的地址  4 close()。没有 listen()，没有 accept()，也没有连接。</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>熟知端口</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP (TCP for large answers)</source>
        <translation>UDP（应答较大时用 TCP）</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输层协议</translation>
    </message>
    <message>
        <source>The handshake scenario&apos;s server listens on port 80, as a web server does; the client&apos;s port is an ephemeral one the system chose.</source>
        <translation>三次握手场景中的服务器像 Web 服务器一样在端口 80 上监听；客户端的端口是系统选择的临时端口。</translation>
    </message>
    <message>
        <source>Timers: the real values</source>
        <translation>计时器：真实的值</translation>
    </message>
    <message>
        <source>TIME_WAIT lasts 2MSL: 60 s on Linux; RFC 9293&apos;s MSL of 2 min makes it 4 min. The scenarios shorten it to 4 s so you can watch it.</source>
        <translation>TIME_WAIT 持续 2MSL：Linux 上是 60 秒；按 RFC 9293 的 MSL = 2 分钟算是 4 分钟。场景把它缩短为 4 秒，以便观察。</translation>
    </message>
    <message>
        <source>Keepalive is off by default. Linux probes after 7200 s (2 h) of silence, then every 75 s, and gives up after 9 probes; Windows sends 10 probes (the count many textbooks quote). The scenarios shorten it to 10 s, 2 s and 3 probes.</source>
        <translation>保活默认关闭。Linux 在 7200 秒（2 小时）没有任何报文后开始探测，之后每 75 秒探测一次，9 次探测都无应答就放弃；Windows 发送 10 次探测（许多教材给出的就是这个次数）。场景把它缩短为 10 秒、2 秒和 3 次探测。</translation>
    </message>
    <message>
        <source>The retransmission timeout starts at 1 s and doubles on each retry; Linux gives up on data after 15 retransmissions (about 15 minutes).</source>
        <translation>重传超时时间从 1 秒开始，每重传一次加倍；Linux 对数据重传 15 次后放弃（大约 15 分钟）。</translation>
    </message>
</context>
<context>
    <name>wirestep::RefusedResetLab</name>
    <message>
        <source>The lab cannot reserve a port on 127.0.0.1: %1.</source>
        <translation>实验无法在 127.0.0.1 上预留端口：%1。</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>服务器无法在 127.0.0.1 的端口 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>A connection to port %1 was accepted, though nobody listens there.</source>
        <translation>到端口 %1 的连接竟然被接受了，尽管那里没有人监听。</translation>
    </message>
</context>
<context>
    <name>wirestep::SafeSave</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>wirestep::ScenarioLibrary</name>
    <message>
        <source>Handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据传输</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>四次挥手</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>What if?</source>
        <translation>假如……？</translation>
    </message>
    <message>
        <source>RFC figures</source>
        <translation>RFC 中的图</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>While you predict, the description is hidden: it would give the answers away.</source>
        <translation>预测时场景说明会被隐藏：它会泄露答案。</translation>
    </message>
</context>
<context>
    <name>wirestep::SequenceDiagram</name>
    <message>
        <source>Drop this segment</source>
        <translation>丢弃这个报文段</translation>
    </message>
    <message>
        <source>Delay this segment</source>
        <translation>延迟这个报文段</translation>
    </message>
    <message>
        <source>Duplicate this segment</source>
        <translation>让此报文段重复到达</translation>
    </message>
</context>
<context>
    <name>wirestep::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>These keys work anywhere in the main window.</source>
        <translation>这些按键在主窗口的任何位置都有效。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>wirestep::StateDiagram</name>
    <message>
        <source>passive OPEN
create TCB</source>
        <translation>被动打开
创建 TCB</translation>
    </message>
    <message>
        <source>active OPEN
snd SYN</source>
        <translation>主动打开
发 SYN</translation>
    </message>
    <message>
        <source>CLOSE
delete TCB</source>
        <translation>关闭
删除 TCB</translation>
    </message>
    <message>
        <source>rcv SYN
snd SYN,ACK</source>
        <translation>收 SYN
发 SYN,ACK</translation>
    </message>
    <message>
        <source>SEND
snd SYN</source>
        <translation>发送
发 SYN</translation>
    </message>
    <message>
        <source>rcv RST</source>
        <translation>收 RST</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>收到 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv SYN,ACK
snd ACK</source>
        <translation>收 SYN,ACK
发 ACK</translation>
    </message>
    <message>
        <source>CLOSE
snd FIN</source>
        <translation>关闭
发 FIN</translation>
    </message>
    <message>
        <source>rcv FIN
snd ACK</source>
        <translation>收 FIN
发 ACK</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>收到 FIN 的 ACK</translation>
    </message>
    <message>
        <source>rcv FIN,ACK
snd ACK</source>
        <translation>收 FIN,ACK
发 ACK</translation>
    </message>
    <message>
        <source>timeout=2MSL
delete TCB</source>
        <translation>2MSL 超时
删除 TCB</translation>
    </message>
    <message>
        <source>CLOSED: there is no connection and no TCB.</source>
        <translation>CLOSED（关闭）：没有连接，也没有 TCB。</translation>
    </message>
    <message>
        <source>LISTEN: waiting for a connection request (a SYN) from any peer.</source>
        <translation>LISTEN（监听）：等待任意一方发来的连接请求（SYN）。</translation>
    </message>
    <message>
        <source>SYN_SENT: a SYN has been sent; waiting for the peer&apos;s SYN,ACK.</source>
        <translation>SYN_SENT（同步已发送）：已发出 SYN，等待对方的 SYN,ACK。</translation>
    </message>
    <message>
        <source>SYN_RECEIVED: a SYN arrived and was answered with SYN,ACK; waiting for its ACK.</source>
        <translation>SYN_RECEIVED（同步已接收）：收到了 SYN 并以 SYN,ACK 回复，等待对它的 ACK。</translation>
    </message>
    <message>
        <source>ESTABLISHED: the connection is open; data flows both ways.</source>
        <translation>ESTABLISHED（已建立连接）：连接已打开，数据可以双向（全双工）传输。</translation>
    </message>
    <message>
        <source>FIN_WAIT_1: this side closed and sent FIN; waiting for its ACK or the peer&apos;s FIN.</source>
        <translation>FIN_WAIT_1（终止等待1）：本方已关闭并发出 FIN，等待对它的 ACK 或对方的 FIN。</translation>
    </message>
    <message>
        <source>FIN_WAIT_2: our FIN is acknowledged; waiting for the peer to close its direction.</source>
        <translation>FIN_WAIT_2（终止等待2）：本方的 FIN 已被确认，等待对方关闭它那个方向（半关闭）。</translation>
    </message>
    <message>
        <source>CLOSE_WAIT: the peer has closed; waiting for our own application to call close().</source>
        <translation>CLOSE_WAIT（关闭等待）：对方已关闭，等待本方的应用程序调用 close()。</translation>
    </message>
    <message>
        <source>CLOSING: both sides closed at once; waiting for the ACK of our FIN.</source>
        <translation>CLOSING（同时关闭）：双方同时关闭，等待对本方 FIN 的 ACK。</translation>
    </message>
    <message>
        <source>LAST_ACK: we sent our FIN after the peer&apos;s; waiting for its ACK.</source>
        <translation>LAST_ACK（最后确认）：本方在对方之后发出了 FIN，等待对它的 ACK。</translation>
    </message>
    <message>
        <source>TIME_WAIT: the side that closed first waits 2MSL so a lost last ACK can be repeated and old segments die out.</source>
        <translation>TIME_WAIT（时间等待）：先关闭的一方经过 2MSL 等待，以便重发丢失的最后一个 ACK，并让旧的报文段在网络中消失。</translation>
    </message>
    <message>
        <source>%1
Click to jump to the first event at which a node enters this state.</source>
        <translation>%1
单击可跳到某个节点第一次进入这个状态的事件。</translation>
    </message>
    <message>
        <source>rcv RST, ABORT
or give up</source>
        <translation>收 RST、中止
或放弃</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>UDP has no connection and no states: the datagrams of this scenario change nothing here.</source>
        <translation>UDP 没有连接，也没有状态：这个场景中的数据报不会改变这里的任何东西。</translation>
    </message>
</context>
<context>
    <name>wirestep::StreamLab</name>
    <message>
        <source>one</source>
        <translation>一</translation>
    </message>
    <message>
        <source>two</source>
        <translation>二</translation>
    </message>
    <message>
        <source>three</source>
        <translation>三</translation>
    </message>
    <message>
        <source>The server cannot listen on 127.0.0.1 port %1: %2.</source>
        <translation>服务器无法在 127.0.0.1 的端口 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>The server cannot bind on 127.0.0.1: %1.</source>
        <translation>服务器无法绑定到 127.0.0.1：%1。</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>客户端无法绑定到 127.0.0.1：%1。</translation>
    </message>
</context>
<context>
    <name>wirestep::StudentDialog</name>
    <message>
        <source>Exercises: who are you?</source>
        <translation>习题：你是谁？</translation>
    </message>
    <message>
        <source>You are about to answer the exercises &quot;%1&quot; in predict mode. Your name and student id go into the results file you hand in (File ▸ Export results).</source>
        <translation>你将在预测模式中回答习题“%1”。你的姓名和学号会写入你提交的答题结果文件（文件 ▸ 导出答题结果）。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Student &amp;id:</source>
        <translation>学号(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>wirestep::Terms</name>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <comment>state gloss</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>LISTEN</source>
        <comment>state gloss</comment>
        <translation>监听</translation>
    </message>
    <message>
        <source>SYN_SENT</source>
        <comment>state gloss</comment>
        <translation>同步已发送</translation>
    </message>
    <message>
        <source>SYN_RECEIVED</source>
        <comment>state gloss</comment>
        <translation>同步已接收</translation>
    </message>
    <message>
        <source>ESTABLISHED</source>
        <comment>state gloss</comment>
        <translation>已建立连接</translation>
    </message>
    <message>
        <source>FIN_WAIT_1</source>
        <comment>state gloss</comment>
        <translation>终止等待1</translation>
    </message>
    <message>
        <source>FIN_WAIT_2</source>
        <comment>state gloss</comment>
        <translation>终止等待2</translation>
    </message>
    <message>
        <source>CLOSE_WAIT</source>
        <comment>state gloss</comment>
        <translation>关闭等待</translation>
    </message>
    <message>
        <source>CLOSING</source>
        <comment>state gloss</comment>
        <translation>同时关闭</translation>
    </message>
    <message>
        <source>LAST_ACK</source>
        <comment>state gloss</comment>
        <translation>最后确认</translation>
    </message>
    <message>
        <source>TIME_WAIT</source>
        <comment>state gloss</comment>
        <translation>时间等待</translation>
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
        <translation>EOF（文件结束）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>host crash</source>
        <translation>主机崩溃</translation>
    </message>
    <message>
        <source>host reboot</source>
        <translation>主机重启</translation>
    </message>
    <message>
        <source>connected (signal)</source>
        <translation>connected（信号）</translation>
    </message>
    <message>
        <source>disconnected (signal)</source>
        <translation>disconnected（信号）</translation>
    </message>
    <message>
        <source>bytesWritten (signal)</source>
        <translation>bytesWritten（信号）</translation>
    </message>
    <message>
        <source>connection does not exist</source>
        <translation>连接不存在</translation>
    </message>
    <message>
        <source>connection already exists</source>
        <translation>连接已经存在</translation>
    </message>
    <message>
        <source>connection closing</source>
        <translation>连接正在关闭</translation>
    </message>
    <message>
        <source>foreign socket unspecified</source>
        <translation>没有指定对方的套接字</translation>
    </message>
    <message>
        <source>address already in use (EADDRINUSE)</source>
        <translation>地址已被占用（EADDRINUSE）</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>a socket error</source>
        <translation>套接字错误</translation>
    </message>
    <message>
        <source>random loss</source>
        <translation>随机丢包</translation>
    </message>
    <message>
        <source>fault rule</source>
        <translation>故障规则</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>端口不可达</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>主机宕机</translation>
    </message>
    <message>
        <source>retransmission timer</source>
        <translation>重传计时器</translation>
    </message>
    <message>
        <source>2MSL timer</source>
        <translation>2MSL 计时器</translation>
    </message>
    <message>
        <source>keepalive timer</source>
        <translation>保活计时器</translation>
    </message>
    <message>
        <source>delayed-ACK timer</source>
        <translation>延迟 ACK 计时器</translation>
    </message>
    <message>
        <source>FIN_WAIT_2 timer</source>
        <translation>FIN_WAIT_2 计时器</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a state in a sentence: its name and its gloss</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>connection refused (ECONNREFUSED)</source>
        <translation>连接被拒绝（ECONNREFUSED）</translation>
    </message>
    <message>
        <source>connection reset (ECONNRESET)</source>
        <translation>连接被重置（ECONNRESET）</translation>
    </message>
    <message>
        <source>connection timed out (ETIMEDOUT)</source>
        <translation>连接超时（ETIMEDOUT）</translation>
    </message>
    <message>
        <source>%1 fails: still in %2</source>
        <translation>%1 失败：仍处于 %2</translation>
    </message>
    <message>
        <source>%1 fails: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what the application is told: the error</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Linux: 60 s; RFC 9293: 2 × 2 min</source>
        <translation>Linux：60 秒；RFC 9293：2 × 2 分钟</translation>
    </message>
    <message>
        <source>Linux: 60 s</source>
        <translation>Linux：60 秒</translation>
    </message>
    <message>
        <source>Linux and RFC 1122: 2 h (7200 s)</source>
        <translation>Linux 和 RFC 1122：2 小时（7200 秒）</translation>
    </message>
    <message>
        <source>Linux: 75 s between probes, 9 probes; Windows: 10 probes</source>
        <translation>Linux：每 75 秒探测一次，共 9 次；Windows：10 次</translation>
    </message>
    <message>
        <source>Linux 60 s</source>
        <translation>Linux 60 秒</translation>
    </message>
    <message>
        <source>Linux 2 h</source>
        <translation>Linux 2 小时</translation>
    </message>
    <message>
        <source>Linux 75 s</source>
        <translation>Linux 75 秒</translation>
    </message>
    <message>
        <source>classroom (shortened)</source>
        <translation>课堂（已缩短）</translation>
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
        <translation>  真实值：Linux 60 秒；RFC 9293：2 × 2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>keepalive: %1 idle, probe every %2, %n probe(s)</source>
        <translation>
            <numerusform>保活：空闲 %1 后探测，每 %2 一次，共 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>  real: Linux 7200 s, 75 s, 9 probes;</source>
        <translation>  真实值：Linux 7200 秒、75 秒、9 次；</translation>
    </message>
    <message>
        <source>  Windows sends 10 probes</source>
        <translation>  Windows 发送 10 次探测</translation>
    </message>
    <message>
        <source>RTO: %1 first, %2 to %3</source>
        <translation>RTO：初始 %1，范围 %2 到 %3</translation>
    </message>
    <message>
        <source>timeout retransmission</source>
        <translation>超时重传</translation>
    </message>
    <message>
        <source>fast retransmit</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <source>retransmission (partial ACK)</source>
        <translation>重传（部分确认）</translation>
    </message>
    <message>
        <source>retransmission (SYN came again)</source>
        <translation>重传（又收到 SYN）</translation>
    </message>
    <message>
        <source>window probe</source>
        <translation>零窗口探测</translation>
    </message>
    <message>
        <source>keepalive probe</source>
        <translation>保活探测</translation>
    </message>
    <message>
        <source>tail loss probe</source>
        <translation>尾部丢失探测</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>dup ACK #%1</source>
        <translation>重复确认 #%1</translation>
    </message>
    <message>
        <source>retransmission on timeout (RTO %1)</source>
        <translation>超时重传（RTO %1）</translation>
    </message>
    <message>
        <source>retransmission on timeout</source>
        <translation>超时重传</translation>
    </message>
    <message numerus="yes">
        <source>fast retransmission after %n duplicate ACK(s)</source>
        <translation>
            <numerusform>收到 %n 个重复确认，不等超时立即重传（快速重传）</numerusform>
        </translation>
    </message>
    <message>
        <source>retransmission after a partial ACK: the next missing segment, without waiting for the timer</source>
        <translation>部分确认后的重传：不等计时器，立即重传下一个缺失的报文段</translation>
    </message>
    <message>
        <source>sent again because the peer&apos;s SYN came again: this SYN,ACK was lost</source>
        <translation>对方的 SYN 又到了，说明这个 SYN,ACK 已丢失，于是再次发送</translation>
    </message>
    <message>
        <source>zero-window probe, sent by the persist timer</source>
        <translation>零窗口探测报文段，由持续计时器发出</translation>
    </message>
    <message>
        <source>keepalive probe %1</source>
        <translation>第 %1 个保活探测报文段</translation>
    </message>
    <message>
        <source>tail loss probe, sent when the probe timeout (PTO %1) expired</source>
        <translation>尾部丢失探测，在探测超时（PTO %1）到时发出</translation>
    </message>
    <message>
        <source>tail loss probe, sent when the probe timeout expired</source>
        <translation>尾部丢失探测，在探测超时到时发出</translation>
    </message>
    <message>
        <source>duplicate ACK #%1</source>
        <translation>第 %1 个重复确认</translation>
    </message>
</context>
<context>
    <name>wirestep::TextLadder</name>
    <message>
        <source>t (ms)</source>
        <translation>时间 (毫秒)</translation>
    </message>
    <message>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>[old duplicate] %1</source>
        <translation>[旧的重复报文段] %1</translation>
    </message>
    <message>
        <source>✕ lost (%1)</source>
        <translation>✕ 丢失（%1）</translation>
    </message>
    <message>
        <source>≈≈ link cut ≈≈</source>
        <translation>≈≈ 链路断开 ≈≈</translation>
    </message>
    <message>
        <source>≈≈ link healed ≈≈</source>
        <translation>≈≈ 链路恢复 ≈≈</translation>
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
        <translation>服务器无法在 127.0.0.1 的端口 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>客户端无法绑定到 127.0.0.1：%1。</translation>
    </message>
    <message>
        <source>Goodbye: the server closes first.</source>
        <translation>再见：服务器先关闭。</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpChatLab</name>
    <message>
        <source>Hello from A</source>
        <translation>A 向你问好</translation>
    </message>
    <message>
        <source>Hello from B</source>
        <translation>B 向你问好</translation>
    </message>
    <message>
        <source>The message is %1 bytes long; the udp-chat lab takes at most %2.</source>
        <translation>这条消息长 %1 字节；udp-chat 实验最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The peers cannot bind on 127.0.0.1: %1.</source>
        <translation>双方无法绑定到 127.0.0.1：%1。</translation>
    </message>
    <message>
        <source>A datagram never arrived: UDP does not send it again, and nobody is told.</source>
        <translation>有一个数据报始终没有到达：UDP 不会重发它，也不会通知任何人。</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpRelay</name>
    <message>
        <source>The lossy relay cannot bind on 127.0.0.1: %1.</source>
        <translation>有丢包的中继无法绑定到 127.0.0.1：%1。</translation>
    </message>
</context>
<context>
    <name>wirestep::UdpTimeLab</name>
    <message>
        <source>Error: the format is %1 bytes long; this server takes at most %2.</source>
        <translation>错误：格式串长 %1 字节；这个服务器最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>Error: the format contains a NUL byte.</source>
        <translation>错误：格式串中含有 NUL 字节。</translation>
    </message>
    <message>
        <source>Error: the format gives no text, or more than 255 bytes.</source>
        <translation>错误：格式串没有产生文本，或者超过了 255 字节。</translation>
    </message>
    <message>
        <source>The time format is %1 bytes long; the udp-time lab takes at most %2.</source>
        <translation>时间格式串长 %1 字节；udp-time 实验最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The server cannot bind on 127.0.0.1 port %1: %2.</source>
        <translation>服务器无法绑定到 127.0.0.1 的端口 %1：%2。</translation>
    </message>
    <message>
        <source>The client cannot bind on 127.0.0.1: %1.</source>
        <translation>客户端无法绑定到 127.0.0.1：%1。</translation>
    </message>
    <message>
        <source>No answer came back after %1 requests: every one or every answer was lost.</source>
        <translation>发出 %1 个请求后仍没有收到应答：请求或应答全部丢失了。</translation>
    </message>
</context>
</TS>
