#!/usr/bin/python3
"""Compile-time scaling of arrc: big and deeply nested generated programs.

Every case generates one .arr file and runs arrc on it with a generous time
limit (a case that once took minutes, or crashed, must now finish in
seconds). A case expects either success (exit 0, a .c file written) or the
located depth-limit error (exit 1, `file:line:col: error: ... nested too
deeply (limit N)`, nothing written). The cases marked `deep` also run with
./arrc-asan when it exists (ASan's frames are larger: the depth limits must
keep its stack safe too).

The scaling checks compile a program of size N and of size 4N and compare
the CPU time arrc used (not wall time: the machine may be loaded): linear
code takes about 4 times as long, quadratic code 16 times; a ratio above 10
fails. Times under 50 ms count as 50 ms, so start-up noise cannot fail it.

Prints one line per case and 'N passed, N failed'.
Usage: tests/scale_test.py [--arrc PATH] [--arrc-asan PATH] [--only SUBSTR] [--write DIR]
"""
import argparse, os, re, resource, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---- generators: size -> program text ----

def nested_sum(d):
    """sum([sum([... + f64(j1) for j1 in 0..n]) + f64(j2) for j2 in 0..n]): d nested parfors."""
    e = 'x[0]'
    for k in range(1, d + 1):
        e = 'sum([%s + f64(j%d) for j%d in 0..n])' % (e, k, k)
    return 'export fn f(x: f64[n]) -> f64 {\n    return %s;\n}\n' % e

def unused_fns(n):
    """n internal functions nothing calls"""
    s = ['fn helper_function_%d(x: f64) -> f64 { return x; }' % i for i in range(n)]
    s.append('export fn f(x: f64) -> f64 { return x; }')
    return '\n'.join(s) + '\n'

def long_typo(n):
    """a typo in an n-character name: an error with a did-you-mean note"""
    return 'export fn f(x: f64) -> f64 {\n    let %s = 1.0;\n    return x + %sb;\n}\n' % ('a' * n, 'a' * (n - 1))

def call_chain(n):
    """g0 .. g(n-1), each calling the one before: n nested inlinings."""
    s = ['fn g0(x: f64) -> f64 { return x + 1.0; }']
    for k in range(1, n):
        s.append('fn g%d(x: f64) -> f64 { return g%d(x) + 1.0; }' % (k, k - 1))
    s.append('export fn f(x: f64) -> f64 { return g%d(x); }' % (n - 1))
    return '\n'.join(s) + '\n'

def call_chain_rev(n):
    """the same chain declared callers first: sema checks n functions inside each other"""
    s = ['export fn f(x: f64) -> f64 { return g%d(x); }' % (n - 1)]
    for k in range(n - 1, 0, -1):
        s.append('fn g%d(x: f64) -> f64 { return g%d(x) + 1.0; }' % (k, k - 1))
    s.append('fn g0(x: f64) -> f64 { return x + 1.0; }')
    return '\n'.join(s) + '\n'

def call_chain_deep(n):
    """a chain of n calls with a deep expression in the innermost body"""
    s = ['fn g0(x: f64) -> f64 { return %sx%s; }' % ('(x + ' * 480, ')' * 480)]
    for k in range(1, n):
        s.append('fn g%d(x: f64) -> f64 { return g%d(x) + 1.0; }' % (k, k - 1))
    s.append('export fn f(x: f64) -> f64 { return g%d(x); }' % (n - 1))
    return '\n'.join(s) + '\n'

def call_chain_arr(n):
    """a chain of n calls on arrays, each with a comprehension"""
    s = ['fn g0(x: f64[n]) -> f64[n] { return x + 1.0; }']
    for k in range(1, n):
        s.append('fn g%d(x: f64[n]) -> f64[n] { let y = [x[i] * 2.0 for i in 0..n]; return g%d(y) + 1.0; }' % (k, k - 1))
    s.append('export fn f(x: f64[n]) -> f64[n] { return g%d(x); }' % (n - 1))
    return '\n'.join(s) + '\n'

def parens(n):
    return 'export fn f(x: f64) -> f64 { return %sx%s; }\n' % ('(' * n, ')' * n)

def unary(n):
    return 'export fn f(x: f64) -> f64 { return %sx; }\n' % ('- ' * n)

def nested_ifs(n):
    return ('export fn f(x: f64) -> f64 {\n    var y = x;\n    %s y = y + 1.0; %s\n    return y;\n}\n'
            % ('if x > 0.0 { ' * n, '} ' * n))

def nested_blocks(n):
    return ('export fn f(x: f64) -> f64 {\n    let y = %sx%s;\n    return y;\n}\n'
            % ('{ let z = 1.0; ' * n, ' }' * n))

def nested_loops(n):
    return ('export fn f(x: f64) -> f64 {\n    var y = x;\n    %s y = y + 1.0; %s\n    return y;\n}\n'
            % (''.join('for k%d in 0..2 { ' % k for k in range(n)), '} ' * n))

def else_ifs(n):
    body = '    var y = x;\n    if x > 0.0 { y = 1.0; }' + ''.join(
        ' else if x > %d.0 { y = %d.0; }' % (k, k) for k in range(n)) + ' else { y = 2.0; }\n'
    return 'export fn f(x: f64) -> f64 {\n%s    return y;\n}\n' % body

def plus(n, arr=False):
    t = 'f64[n]' if arr else 'f64'
    return 'export fn f(x: %s) -> %s {\n    return %s;\n}\n' % (t, t, ' + '.join(['x'] * n))

def chain_lets(n):
    """let a1 = a0 + 1.0; let a2 = a1 * 2.0; ...: n maps that fuse into one loop."""
    s = ['export fn f(a0: f64[n]) -> f64[n] {']
    for k in range(1, n + 1):
        s.append('    let a%d = a%d %s;' % (k, k - 1, '+ 1.0' if k % 2 else '* 2.0'))
    s.append('    return a%d;\n}' % n)
    return '\n'.join(s) + '\n'

def many_fns(n):
    return ''.join('export fn fn_%d(x: f64[n]) -> f64[n] { let y = x * 2.0 + %d.0; return y - x; }\n' % (k, k)
                   for k in range(n))

def many_stmts(n):
    s = ['export fn f(x: f64[n]) -> f64 {', '    var s = 0.0;']
    for k in range(n):
        s.append('    s = s + x[%d] * %d.0;' % (k % 7, k))
    s.append('    return s;\n}')
    return '\n'.join(s) + '\n'

def array_stmts(n):
    """n statements in one function, each a loop over arrays: var rebindings and reductions."""
    s = ['export fn f(x: f64[n]) -> f64 {', '    var v = x;', '    var s = 0.0;']
    for k in range(n):
        s.append('    v = v * 0.5 + x;' if k % 3 else '    s = s + sum(v);')
    s.append('    return s;\n}')
    return '\n'.join(s) + '\n'

def var_views(n):
    """n vars bound to slices, each assigned as a whole at the end (the scans for a
    rebinding after each declaration would be quadratic without their budget)."""
    s = ['export fn f(x: f64[n]) -> f64 {', '    var s = 0.0;']
    s += ['    var v%d = x[0..2];' % k for k in range(n)]
    for k in range(n):
        s.append('    v%d = v%d * 2.0;' % (k, k))
        s.append('    s = s + v%d[1];' % k)
    s.append('    return s;\n}')
    return '\n'.join(s) + '\n'

def scalar_lets(n):
    s = ['export fn f(x: f64) -> f64 {', '    let s0 = x;']
    for k in range(1, n + 1):
        s.append('    let s%d = s%d * 1.5 + x;' % (k, k - 1))
    s.append('    return s%d;\n}' % n)
    return '\n'.join(s) + '\n'

def nested_comp(d):
    e = '0.0'
    for k in range(d, 0, -1):
        e = 'sum([%s + x[j%d] for j%d in 0..n])' % (e, k, k)
    return 'export fn f(x: f64[n]) -> f64 {\n    return %s;\n}\n' % e

def nested_index(d):
    """x[((x[((... % 3) + len(x)) % len(x)] % 3) + len(x)) % len(x)]: d single indexes inside each other."""
    e = '0'
    for k in range(d):
        e = 'x[((%s %% 3) + len(x)) %% len(x)]' % e
    return 'export fn f(x: i64[n]) -> i64 {\n    return %s;\n}\n' % e

OK, DEPTH, SUGGEST = 'ok', 'depth', 'suggest'   # success; the located depth error; an error with 'did you mean'

# name, generator, size, time limit (s), expected, also with arrc-asan
CASES = [
    ('nested_sum',     nested_sum,     30,      10, OK,    False),   # was 2^30 steps in codegen
    ('nested_sum_300', nested_sum,     300,     10, OK,    True),
    # calls: inlining nests one body per call (sema's limit: 1000)
    ('call_chain',     call_chain,     12000,   10, DEPTH, True),    # was a stack overflow in lower-dir
    ('call_chain_max', call_chain,     999,     10, OK,    True),
    ('call_chain_rev', call_chain_rev, 3000,    10, DEPTH, True),
    ('call_chain_rev_max', call_chain_rev, 999, 10, OK,    True),
    ('call_chain_deep', call_chain_deep, 999,   10, OK,    True),
    # the parser's stack (10000 entries) and the expression depth limit (1000)
    ('parens',         parens,         100000,  10, DEPTH, True),
    ('parens_max',     parens,         999,     10, OK,    True),
    ('unary',          unary,          100000,  10, DEPTH, True),
    ('unary_max',      unary,          999,     10, OK,    True),
    ('plus_scalar',    plus,           100000,  10, DEPTH, True),    # the caret line took 2 s
    ('plus_scalar_max', plus,          999,     10, OK,    True),
    ('nested_ifs',     nested_ifs,     10000,   10, DEPTH, True),
    ('nested_ifs_max', nested_ifs,     2400,    10, OK,    True),
    ('else_ifs',       else_ifs,       10000,   10, DEPTH, True),
    ('else_ifs_max',   else_ifs,       2400,    10, OK,    True),
    ('nested_loops',   nested_loops,   10000,   10, DEPTH, True),
    ('nested_loops_max', nested_loops, 1000,    10, OK,    True),
    ('nested_blocks',  nested_blocks,  2400,    10, OK,    True),
    # size: fusion (movable_past was cubic: 2,000 lets took 20 s) and the other passes
    ('chain_lets',     chain_lets,     2000,    10, OK,    False),
    ('plus_arrays',    lambda n: plus(n, True), 999, 10, OK, False),
    ('array_stmts',    array_stmts,    2000,    10, OK,    False),
    ('many_fns',       many_fns,       2000,    10, OK,    False),
    ('many_stmts',     many_stmts,     10000,   10, OK,    False),
    ('scalar_lets',    scalar_lets,    5000,    10, OK,    False),
    ('var_views',      var_views,      1000,    10, OK,    False),
    ('nested_comp',    nested_comp,    400,     10, OK,    False),
    ('call_chain_arr', call_chain_arr, 300,     10, OK,    False),
    ('nested_index',   nested_index,   200,     10, OK,    True),    # sema checked a single index twice: 2^depth
]

# name, generator, N (and 4N is compiled too)
# (long chains of loops that fuse, or of vars never rebound again, were
# quadratic in fuse, inline and forward: 4,000 lets took 22 s, 10,000 over
# a minute; passes.h PIR_MAX_BODY, forward.c FORWARD_LOOKAHEAD)
SCALING = [
    ('chain_lets',  chain_lets,  2500),
    ('var_views',   var_views,   1000),
    ('many_fns',    many_fns,    500),
    ('many_stmts',  many_stmts,  2500),
    ('scalar_lets', scalar_lets, 1250),
    ('nested_sum',  nested_sum,  75),
    ('nested_comp', nested_comp, 100),
    ('call_chain',  call_chain,  200),
    ('unused_fns',  unused_fns,  5000),      # sema compared every pair of names: 40,000 took 4 s
    ('long_typo',   long_typo,   20000, SUGGEST),     # "did you mean" filled the whole edit-distance table: 100,000 chars took 17 s
]

# ---- running ----

def run_arrc(arrc, src, outc, limit):
    """(exit status, stderr, CPU seconds, wall seconds); status None when it ran past limit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    try:
        r = subprocess.run([arrc, src, '-o', outc], capture_output=True, text=True, errors='replace',
                           timeout=limit, env=dict(os.environ, ASAN_OPTIONS='detect_leaks=1'))
        rc, err = r.returncode, r.stderr
    except subprocess.TimeoutExpired:
        rc, err = None, ''
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return rc, err, cpu, wall

def first_line(err):
    """the first line of arrc's messages (the source line after it may be huge)"""
    lines = err.splitlines()
    return lines[0][:300] if lines else '(no message)'

def check(arrc, src, tmp, limit, expect):
    outc = os.path.join(tmp, 'o.c')
    for f in os.listdir(tmp):
        if f != os.path.basename(src):
            os.remove(os.path.join(tmp, f))
    rc, err, cpu, wall = run_arrc(arrc, src, outc, limit)
    if rc is None:
        return False, 'still running after %d s' % limit, cpu
    if expect == OK:
        if rc != 0 or not os.path.exists(outc):
            return False, 'exit status %d: %s' % (rc, first_line(err)), cpu
        return True, '%.2f s' % wall, cpu
    if expect == SUGGEST:
        if rc != 1 or 'did you mean' not in err or os.path.exists(outc):
            return False, 'expected exit 1 with "did you mean", got %d: %s' % (rc, first_line(err)[:200]), cpu
        return True, '%.2f s' % wall, cpu
    # expect the located depth error, the source line and a caret, nothing written
    m = re.match(r'(\S+\.arr):(\d+):(\d+): error: .*nested too deeply.*\((limit \d+|more than \d+ levels)\b.*\n.*\n *\^', err)
    if rc != 1 or not m:
        return False, 'expected exit 1 and a located "nested too deeply" error, got %d: %s' % (rc, first_line(err)), cpu
    left = [f for f in os.listdir(tmp) if f != os.path.basename(src)]
    if left:
        return False, 'output left behind: %s' % left, cpu
    return True, '%.2f s, %s' % (wall, err.splitlines()[0].split(': error: ')[1]), cpu

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--arrc', default=os.path.join(ROOT, 'arrc'))
    ap.add_argument('--arrc-asan', default=os.path.join(ROOT, 'arrc-asan'))
    ap.add_argument('--only', default='')
    ap.add_argument('--write', help='only write the generated programs into this folder')
    a = ap.parse_args()
    if a.write:
        os.makedirs(a.write, exist_ok=True)
        for name, gen, size, *_ in CASES:
            with open(os.path.join(a.write, name + '.arr'), 'w') as f:
                f.write(gen(size))
        for name, gen, n, *_ in SCALING:
            for size in (n, 4 * n):
                with open(os.path.join(a.write, '%s_%d.arr' % (name, size)), 'w') as f:
                    f.write(gen(size))
        return 0
    arrcs = [('arrc', os.path.abspath(a.arrc))]
    if os.path.exists(a.arrc_asan):
        arrcs.append(('arrc-asan', os.path.abspath(a.arrc_asan)))
    tmp = tempfile.mkdtemp(prefix='arrc-scale-')
    passed = failed = 0

    def report(ok, label, detail):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
        print('%s %s: %s' % ('PASS' if ok else 'FAIL', label, detail), flush=True)

    try:
        for name, gen, size, limit, expect, deep in CASES:
            if a.only and a.only not in name:
                continue
            src = os.path.join(tmp, name + '.arr')
            with open(src, 'w') as f:
                f.write(gen(size))
            for tag, arrc in arrcs:
                if tag == 'arrc-asan' and not deep:
                    continue
                # ASan's build is several times slower
                ok, detail, _ = check(arrc, src, tmp, limit * (4 if tag == 'arrc-asan' else 1), expect)
                report(ok, '%s %s (%d) [%s]' % (name, gen.__name__, size, tag), detail)
        for name, gen, n, *rest in SCALING:
            expect = rest[0] if rest else OK
            if a.only and a.only not in name:
                continue
            cpu = []
            detail = ''
            for size in (n, 4 * n):
                src = os.path.join(tmp, '%s_%d.arr' % (name, size))
                with open(src, 'w') as f:
                    f.write(gen(size))
                ok, d, t = check(arrcs[0][1], src, tmp, 30, expect)
                if not ok:
                    detail = 'size %d: %s' % (size, d)
                    break
                cpu.append(t)
            if detail:
                report(False, 'scaling %s' % name, detail)
                continue
            ratio = max(cpu[1], 0.05) / max(cpu[0], 0.05)
            report(ratio <= 10, 'scaling %s %d -> %d' % (name, n, 4 * n),
                   'CPU %.3f s -> %.3f s, ratio %.1f (limit 10)' % (cpu[0], cpu[1], ratio))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
