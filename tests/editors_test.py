#!/usr/bin/python3
"""The editor files (editors/vim, editors/vscode) know every keyword, type
and builtin of arrc (read from frontend/lexer.l and frontend/builtins.def,
so they cannot drift), the TextMate grammar is valid JSON whose patterns
compile, and the Vim syntax file loads (when vim is installed)."""
import json, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def rd(p): return open(os.path.join(ROOT, p)).read()

lexer = rd('frontend/lexer.l')
words = set(re.findall(r'^"([a-zA-Z][a-zA-Z0-9_]*)"\s', lexer, re.M))
builtins = set(re.findall(r'^B\([A-Z0-9_]+, "([a-z][a-zA-Z0-9_]*)"', rd('frontend/builtins.def'), re.M))
want = words | builtins | {'newaxis'}
vim = rd('editors/vim/syntax/arr.vim')
vim_words = set(w for line in vim.splitlines() if line.startswith('syn keyword') for w in line.split()[3:])
tm = json.loads(rd('editors/vscode/syntaxes/arr.tmLanguage.json'))
tm_words = set()
for p in tm['patterns']:
    if 'match' in p:
        re.compile(p['match'])
        m = re.fullmatch(r'\\b\((.*)\)\\b', p['match'])
        if m: tm_words |= set(m.group(1).split('|'))
json.loads(rd('editors/vscode/package.json'))
json.loads(rd('editors/vscode/language-configuration.json'))
bad = 0
for name, got in (('editors/vim/syntax/arr.vim', vim_words), ('editors/vscode/syntaxes/arr.tmLanguage.json', tm_words)):
    missing = sorted(want - got)
    if missing:
        print('%s: missing %s' % (name, ' '.join(missing)))
        bad = 1
if shutil.which('vim'):
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run(['vim', '-Nu', 'NONE', '-es', '-c', 'set rtp^=' + os.path.join(ROOT, 'editors/vim'),
                            '-c', 'filetype on', '-c', 'syntax on', '-c', 'edit ' + os.path.join(ROOT, 'examples/blur/blur.arr'),
                            '-c', 'if &filetype != "arr" | cquit | endif', '-c', 'qall!'], capture_output=True, timeout=30)
        if r.returncode:
            print('vim: the syntax file did not load for a .arr file'); bad = 1
print('editors: %d keywords, types and builtins in both grammars%s' % (len(want), '' if not bad else '; FAILED'))
sys.exit(bad)
