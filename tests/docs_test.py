#!/usr/bin/python3
"""The command line's documentation cannot drift from arrc: docs/cli.md
holds `arrc --help` and `arrc run --help` verbatim, the man page
(doc/arrc.1) names every option of the first, describes arrc run and arrc
bench, and has EXIT STATUS and EXAMPLES, and no option of --help is an
unknown option to arrc."""
import os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arrc = os.path.join(ROOT, 'arrc')
helptext = subprocess.run([arrc, '--help'], capture_output=True, text=True).stdout
cli = open(os.path.join(ROOT, 'docs/cli.md')).read()
man = open(os.path.join(ROOT, 'doc/arrc.1')).read()
bad = []
if helptext not in cli:
    bad.append('docs/cli.md does not hold the text of `arrc --help` (copy it into the usage block)')
runhelp = subprocess.run([arrc, 'run', '--help'], capture_output=True, text=True).stdout
if not runhelp.startswith('usage: arrc run') or runhelp not in cli:
    bad.append('docs/cli.md does not hold the text of `arrc run --help` (copy it into its section)')
for sub in ('arrc run', 'arrc bench'):
    if '.B %s' % sub not in man:
        bad.append('doc/arrc.1 does not describe %s' % sub)
opts = sorted(set(m.group(2) for m in re.finditer(r'(^|[ ,])(--?[A-Za-z][A-Za-z0-9-]*)', helptext, re.M)))
for o in opts:
    if o.replace('-', '\\-') not in man:
        bad.append('doc/arrc.1 does not name %s' % o)
    r = subprocess.run([arrc, o + '=x' if o + '=' in helptext else o], capture_output=True, text=True)
    if 'unknown option' in r.stderr:
        bad.append('arrc --help lists %s, which arrc calls an unknown option' % o)
for sec in ('.SH EXIT STATUS', '.SH EXAMPLES'):
    if sec not in man:
        bad.append('doc/arrc.1 has no %s section' % sec[4:])
for b in bad:
    print('FAIL docs ' + b)
print('docs: %d options of --help in docs/cli.md and the man page%s' % (len(opts), '; FAILED' if bad else ''))
sys.exit(1 if bad else 0)
