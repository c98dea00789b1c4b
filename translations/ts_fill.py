#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts file from a translation table, without disturbing the rest.

    ts_fill.py list  brandmind-backup_vi.ts            > todo.json   # unfinished messages as a table
    ts_fill.py apply brandmind-backup_vi.ts done.json                 # fill them from the edited table

The table is a JSON object {source: translation} (the same translation for that source in every
context), optionally with a "contexts" object {context: {source: translation}} for the few places that
need another wording; "contexts" entries also replace translations that are already finished.
Numerus messages (%n) get the text as their only form (Vietnamese has one plural form).
A translation is refused when its placeholders (%1, %n, ...) or HTML tags differ from the source's.
Run `cmake --build <dir> --target update_translations` first (new strings appear as unfinished) and
again afterwards (lupdate rewrites the file in its own layout).
"""
import html
import json
import re
import sys

MESSAGE = re.compile(r'(<message(?P<attrs>[^>]*)>\s*<source>(?P<source>.*?)</source>(?P<middle>.*?))'
                     r'(?P<translation><translation[^>]*?(?:/>|>.*?</translation>))', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)
PLACEHOLDER = re.compile(r'%(?:\d+|n)')
# HTML tags only: "<set name>" in a sentence is text to translate, not markup.
TAG = re.compile(r'</?(?:a|b|i|u|s|p|br|hr|em|strong|small|big|tt|code|pre|span|div|font|nobr|sub|sup|qt|'
                 r'ul|ol|li|table|tr|td|th|h[1-6]|img|html|head|body|style)\b[^>]*>', re.I)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def signature(text):
    return sorted(PLACEHOLDER.findall(text)), sorted(TAG.findall(text))


def messages(ts_text):
    """Yields (context, source, numerus, finished, match) for every message, in file order."""
    for context in CONTEXT.finditer(ts_text):
        name = html.unescape(context.group(1))
        for m in MESSAGE.finditer(ts_text, context.start(2), context.end(2)):
            finished = 'type="unfinished"' not in m.group('translation')
            yield name, html.unescape(m.group('source')), 'numerus="yes"' in m.group('attrs'), finished, m


def translation_element(text, numerus, indent='        '):
    if numerus:
        return (f'<translation>\n{indent}    <numerusform>{escape(text)}</numerusform>\n'
                f'{indent}</translation>')
    return f'<translation>{escape(text)}</translation>'


def list_unfinished(path):
    with open(path, encoding='utf-8') as f:
        ts_text = f.read()
    todo = {}
    for _, source, _, finished, _ in messages(ts_text):
        if not finished:
            todo.setdefault(source, '')
    json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(path, table_path):
    with open(path, encoding='utf-8') as f:
        ts_text = f.read()
    with open(table_path, encoding='utf-8') as f:
        table = json.load(f)
    by_context = table.pop('contexts', {})
    edits, missing, refused = [], [], []
    for context, source, numerus, finished, m in messages(ts_text):
        text = by_context.get(context, {}).get(source)
        if text is None:
            if finished:
                continue
            text = table.get(source)
        if not text:
            missing.append((context, source))
            continue
        if signature(text) != signature(source):
            refused.append((context, source, text))
            continue
        edits.append((m.start('translation'), m.end('translation'), translation_element(text, numerus)))
    for start, end, element in reversed(edits):
        ts_text = ts_text[:start] + element + ts_text[end:]
    with open(path, 'w', encoding='utf-8') as f:
        f.write(ts_text)
    print(f'{len(edits)} translation(s) written, {len(missing)} still unfinished, {len(refused)} refused')
    for context, source in missing:
        print(f'  unfinished  {context}: {source!r}')
    for context, source, text in refused:
        print(f'  refused     {context}: {source!r} -> {text!r} (placeholders or tags differ)')
    return 1 if refused else 0


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'list':
        list_unfinished(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'apply':
        sys.exit(apply(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
