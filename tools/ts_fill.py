#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file, keeping lupdate's own formatting.

  tools/ts_fill.py translations/wirestep_en.ts --copy-source
      every unfinished message gets its own source text (English needs no other words)
  tools/ts_fill.py translations/wirestep_zh_CN.ts words.json
      every unfinished message whose source is a key of the JSON object gets its value

Prints the sources still unfinished afterwards (exit 1 if any), so a translator sees what is left.
Numerus (%n) messages get the same text in every plural form.
"""
import html
import json
import re
import sys

MESSAGE = re.compile(r'<message( numerus="yes")?>(.*?)</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>|<translation type="unfinished"/>', re.S)


def escape(text):
    return html.escape(text, quote=False).replace("'", '&apos;').replace('"', '&quot;')


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, given = argv[1], argv[2]
    words = None if given == '--copy-source' else json.load(open(given, encoding='utf-8'))
    text = open(path, encoding='utf-8').read()
    left = []

    def fill(m):
        body = m.group(2)
        if not UNFINISHED.search(body):
            return m.group(0)
        src = html.unescape(SOURCE.search(body).group(1))
        out = src if words is None else words.get(src)
        if out is None:
            left.append(src)
            return m.group(0)
        if m.group(1):
            inner = ''.join(f'\n            <numerusform>{escape(out)}</numerusform>' for _ in range(
                max(1, len(re.findall('<numerusform', body)))))
            new = f'<translation>{inner}\n        </translation>'
        else:
            new = f'<translation>{escape(out)}</translation>'
        return m.group(0).replace(UNFINISHED.search(body).group(0), new)

    text = MESSAGE.sub(fill, text)
    open(path, 'w', encoding='utf-8').write(text)
    for src in left:
        print('unfinished:', src)
    return 1 if left else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
