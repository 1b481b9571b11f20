#!/usr/bin/python3
"""arrc's test runner.

Kinds of test, chosen by sibling files (cproc's runtests style):
  tests/golden/NAME.arr + NAME.ast|NAME.dir|NAME.pir|NAME.h|NAME.sig -> arrc --emit=X output must match
  tests/errors/NAME.arr + NAME.err                         -> stderr must match, exit 1, no output
  tests/e2e/NAME.arr + NAME.c + NAME.py                    -> compile, run, compare with NumPy
An e2e .arr may name extra C flags for the generated code in some variants,
and arrc flags for some variants (instead of its `# flags:`):
  # cflags: gcc-strict -DARR_MM_NO_DISPATCH; clang-serial -DARR_MM_SCALAR
  # aflags: gcc-asan --stencil-tile=3,4,5
A golden or e2e .arr may name arrc flags for all its stages and assertions:
  # flags: --vector-math=sleef
Any .arr may carry structure assertions in its header:
  # structure: parfor 1, alloc 0        (default optimisation)
  # structure-O0: parfor 29, alloc 28   (with -O0)
Prints one line per test (PASS, FAIL with a diff, or SKIP with why), and 'N passed, N failed[, N skipped]'.

Usage: tests/run.py [--arrc PATH] [--quick] [--variants LIST] [--only SUBSTR]
"""
import argparse, concurrent.futures as cf, difflib, math, os, re, shutil, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'out')

# e2e build variants: name -> (compiler, arrc flags, cc flags)
SAN = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-fno-omit-frame-pointer']
VARIANTS = {
    'gcc-omp':     ('gcc',   [],            ['-O2', '-fopenmp']),
    'clang-omp':   ('clang', [],            ['-O2', '-fopenmp']),
    'gcc-serial':  ('gcc',   [],            ['-O2']),
    'clang-serial': ('clang', ['--serial'], ['-O2']),
    'gcc-O0':      ('gcc',   ['-O0'],       ['-O2', '-fopenmp']),
    'gcc-strict':  ('gcc',   ['--strict-math', '--bounds-check'], ['-O1']),
    # the parallel code under ASan/UBSan, also for the tests' small loops
    'gcc-asan':    ('gcc',   ['--no-overhead-guard'], ['-O1', '-g', '-fopenmp'] + SAN),
    'clang-asan':  ('clang', ['--serial'],  ['-O1', '-g'] + SAN),
    # ThreadSanitizer with LLVM's libomp (which tells TSan about its own
    # synchronisation): data races in the generated parallel code, at 3
    # threads, every parallel loop on the threads however small (the overhead
    # guard would run the tests' small loops on one thread)
    'clang-tsan':  ('clang', ['--no-overhead-guard'], ['-O1', '-g', '-fopenmp', '-fsanitize=thread']),
    # --vector-math=sleef: explicit SLEEF calls (linked with -lsleef), 128-bit code through SLEEF's
    # dispatcher; gcc, and clang with AVX2 (AVX-512 with -march=native: clang took over 120 s on the
    # stencil tests' C on a loaded machine; make fuzz's clang-sleef runs it); -ffp-contract=off: the
    # test drivers' own arithmetic, not the generated C, would contract
    'gcc-sleef':   ('gcc',   ['--vector-math=sleef'], ['-O2', '-fopenmp']),
    'clang-sleef': ('clang', ['--vector-math=sleef'], ['-O2', '-fopenmp', '-mavx2', '-mfma', '-ffp-contract=off']),
    # the generated C (not the drivers) under gcc -Ofast: section 9's source order and IEEE
    # semantics "whatever flags the C compiler gets" (the file's pragmas undo -ffast-math)
    'gcc-ofast':   ('gcc',   [],            ['-O2', '-fopenmp'], ['-Ofast', '-march=native']),
}
# environment per variant (default: 2 OpenMP threads)
VARIANT_ENV = {
    'clang-tsan': {'OMP_NUM_THREADS': '3', 'TSAN_OPTIONS': 'ignore_noninstrumented_modules=1 halt_on_error=1'},
}

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, errors='replace', **kw)

def header(path, key):
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = re.match(r'\s*#\s*' + re.escape(key) + r':\s*(.*\S)', line)
            if m:
                return m.group(1)
    return None

class Result:
    def __init__(self, name, ok, detail=''):
        self.name, self.ok, self.detail = name, ok, detail

def udiff(want, got, a='expected', b='actual'):
    return ''.join(difflib.unified_diff(want.splitlines(True), got.splitlines(True), a, b))

# ---- golden and structure ----

def golden_tests(arrc):
    tests = []
    d = os.path.join(ROOT, 'tests', 'golden')
    for f in sorted(os.listdir(d)):
        if not f.endswith('.arr'):
            continue
        base = f[:-4]
        for stage in ('ast', 'dir', 'pir', 'h', 'sig', 'report'):
            exp = os.path.join(d, base + '.' + stage)
            if os.path.exists(exp):
                tests.append(('golden %s.%s' % (base, stage), golden_one, (arrc, os.path.join(d, f), stage, exp)))
    return tests

def golden_flags(src):
    return (header(src, 'flags') or '').split() if '/golden/' in src else []

def golden_one(arrc, src, stage, exp):
    if stage == 'report':
        tmp = tempfile.mkdtemp(prefix='arrc-report-')
        r = run([arrc, '--report'] + golden_flags(src) + [os.path.relpath(src, ROOT), '-o', os.path.join(tmp, 'o.c')], cwd=ROOT)
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        r = run([arrc, '--emit=' + stage] + golden_flags(src) + [os.path.relpath(src, ROOT)], cwd=ROOT)
    want = open(exp).read()
    if r.returncode != 0:
        return False, r.stderr
    if r.stdout != want:
        return False, udiff(want, r.stdout, exp, 'arrc --emit=' + stage)
    return True, ''

def structure_tests(arrc):
    tests = []
    for sub in ('golden', 'e2e'):
        d = os.path.join(ROOT, 'tests', sub)
        for f in sorted(os.listdir(d)):
            if f.endswith('.arr'):
                p = os.path.join(d, f)
                for key, flags in (('structure', []), ('structure-O0', ['-O0'])):
                    want = header(p, key)
                    if want:
                        tests.append(('%s %s/%s' % (key, sub, f), structure_one, (arrc, p, flags, want)))
    return tests

def arr_sources(sub):
    """(name, path, text) of each .arr file in tests/SUB, sorted."""
    d = os.path.join(ROOT, 'tests', sub)
    for f in sorted(os.listdir(d)):
        if f.endswith('.arr'):
            p = os.path.join(d, f)
            with open(p) as fh:
                yield f, p, fh.read()

def contains_tests(arrc):
    """`# c-contains: TEXT` in a golden .arr: the generated C must contain TEXT
    (for optimisations that show only in the C, such as the overhead guard)."""
    tests = []
    for f, p, text in arr_sources('golden'):
        for m in re.finditer(r'^\s*#\s*c-contains:\s*(.*\S)', text, re.M):
            tests.append(('c-contains %s: %s' % (f, m.group(1)), contains_one, (arrc, p, m.group(1))))
    return tests

def copy_tests():
    """`# A verbatim copy of PATH (below this header).` in an e2e .arr: the
    file must end with PATH's text, so the example and its test cannot drift."""
    tests = []
    for f, p, text in arr_sources('e2e'):
        m = re.search(r'^# A verbatim copy of (\S+) \(below this header\)\.$', text, re.M)
        if m:
            tests.append(('copy %s = %s' % (f, m.group(1)), copy_one, (text, os.path.join(ROOT, m.group(1)))))
    return tests

def copy_one(text, orig):
    with open(orig) as fh:
        want = fh.read()
    return text.endswith(want), 'differs from ' + orig

def contains_one(arrc, src, text):
    r = run([arrc, '--emit=c'] + golden_flags(src) + [src])
    return r.returncode == 0 and text in r.stdout, 'not found in the generated C: %r %s' % (text, r.stderr)

def structure_one(arrc, src, flags, want):
    r = run([arrc, '--structure'] + golden_flags(src) + flags + [src])
    got = r.stdout.strip()
    return got == want, 'expected "%s", got "%s" %s' % (want, got, r.stderr)

# ---- bad input ----

def error_tests(arrc):
    d = os.path.join(ROOT, 'tests', 'errors')
    tests = []
    for f in sorted(os.listdir(d)):
        if f.endswith('.arr') and os.path.exists(os.path.join(d, f[:-4] + '.err')):
            tests.append(('error %s' % f[:-4], error_one, (arrc, os.path.join(d, f))))
    return tests

def error_one(arrc, src):
    exp = open(src[:-4] + '.err').read()
    tmp = tempfile.mkdtemp(prefix='arrc-err-')
    try:
        outc = os.path.join(tmp, 'o.c')
        r = run([arrc, os.path.relpath(src, ROOT), '-o', outc], cwd=ROOT, timeout=20)
        problems = []
        if r.returncode != 1:
            problems.append('exit status %d, expected 1' % r.returncode)
        if os.listdir(tmp):
            problems.append('output left behind: %s' % os.listdir(tmp))
        if r.stderr != exp:
            problems.append(udiff(exp, r.stderr, src[:-4] + '.err', 'stderr'))
        return not problems, '\n'.join(problems)
    except subprocess.TimeoutExpired:
        return False, 'arrc hung'
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

# ---- end to end ----

def parse_num(tok):
    if re.fullmatch(r'[-+]?\d+', tok):
        return int(tok)
    try:
        return float(tok)
    except ValueError:
        return None

def compare(got, ref, tol):
    g, r = got.splitlines(), ref.splitlines()
    errs = []
    if len(g) != len(r):
        errs.append('%d lines, reference has %d' % (len(g), len(r)))
    for k, (a, b) in enumerate(zip(g, r)):
        if b.strip() == 'error:':
            if not a.startswith('error:'):
                errs.append('line %d: got %r, expected a run-time error' % (k + 1, a))
            elif not re.match(r'error: \S+\.arr:\d+:\d+: error: ', a):
                errs.append('line %d: error message is not located: %r' % (k + 1, a))
            continue
        ta, tb = a.split(), b.split()
        if len(ta) != len(tb):
            errs.append('line %d: %r vs %r' % (k + 1, a, b))
            continue
        for x, y in zip(ta, tb):
            fx, fy = parse_num(x), parse_num(y)
            if fx is None or fy is None:
                ok = x == y
            elif isinstance(fx, int) and isinstance(fy, int):
                ok = fx == fy
            elif math.isnan(fx) or math.isnan(fy):
                ok = math.isnan(fx) and math.isnan(fy)
            elif math.isinf(fx) or math.isinf(fy):
                ok = fx == fy           # (the relative test took -inf for inf, and inf for any number)
            else:
                ok = fx == fy or abs(fx - fy) <= max(tol * max(abs(fx), abs(fy)), 1e-300)
            if not ok:
                errs.append('line %d: got %r, expected %r' % (k + 1, a, b))
                break
        if len(errs) > 10:
            break
    return errs

_refs = {}

_ref_locks = {}
_ref_locks_lock = threading.Lock()

def reference(py):
    # one run of each reference script, however many variants ask at once
    with _ref_locks_lock:
        lock = _ref_locks.setdefault(py, threading.Lock())
    with lock:
        if py not in _refs:
            r = run(['/usr/bin/python3', py], timeout=120)
            _refs[py] = (r.returncode, r.stdout, r.stderr)
    return _refs[py]

def e2e_tests(arrc, variants, only):
    d = os.path.join(ROOT, 'tests', 'e2e')
    tests = []
    for f in sorted(os.listdir(d)):
        if not f.endswith('.arr'):
            continue
        base = f[:-4]
        if only and only not in base:
            continue
        if not (os.path.exists(os.path.join(d, base + '.c')) and os.path.exists(os.path.join(d, base + '.py'))):
            continue
        for v in variants:
            tests.append(('e2e %s [%s]' % (base, v), e2e_one, (arrc, d, base, v)))
    return tests

def e2e_one(arrc, d, base, variant):
    cc, aflags, cflags = VARIANTS[variant][:3]
    gen_only = VARIANTS[variant][3] if len(VARIANTS[variant]) > 3 else []     # flags for the generated C alone
    if not shutil.which(cc):
        return False, '%s not found' % cc
    bdir = os.path.join(OUT, variant, base)
    os.makedirs(bdir, exist_ok=True)
    gen = os.path.join(bdir, base + '.c')
    fl = (header(os.path.join(d, base + ".arr"), "flags") or "").split()
    # `# aflags: VARIANT FLAGS...; ...`: arrc flags for some variants instead of `# flags:`
    for part in (header(os.path.join(d, base + '.arr'), 'aflags') or '').split(';'):
        if part.split() and part.split()[0] == variant:
            fl = part.split()[1:]
    r = run([arrc] + aflags + fl + [os.path.join(d, base + ".arr"), "-o", gen], timeout=60)
    if r.returncode:
        return False, 'arrc failed:\n' + r.stderr
    if '--vector-math=sleef' in aflags and '--vector-math=sleef' not in fl:
        # A SLEEF variant of a program whose loops --vector-math=sleef leaves as
        # they are (the same Parallel IR after pass vecmath) would build the
        # default variant's loops again: skipped (make fuzz's sleef configurations
        # and the tests with math calls keep it covered).
        pirs = [run([arrc, '--emit=pir'] + extra + fl + [os.path.join(d, base + '.arr')], timeout=60)
                for extra in (aflags, [f for f in aflags if f != '--vector-math=sleef'])]
        if all(p.returncode == 0 for p in pirs) and pirs[0].stdout == pirs[1].stdout:
            return None, 'no math call that --vector-math=sleef changes'
    exe = os.path.join(bdir, base)
    warn = ['-Wall', '-Wextra', '-Wshadow', '-Werror'] if variant in ('gcc-omp', 'clang-omp', 'gcc-serial', 'clang-serial', 'gcc-O0',
                                                          'gcc-sleef', 'clang-sleef') else []
    # `# cflags: VARIANT FLAGS...; VARIANT FLAGS...`: extra flags for the generated C in some variants
    gflags = []
    for part in (header(os.path.join(d, base + '.arr'), 'cflags') or '').split(';'):
        extra = part.split()
        if extra and extra[0] == variant:
            gflags = extra[1:]
    # -DARR_NO_PERF_WARNING: the variants build without -march on purpose (tests/cli_test.sh checks the warning)
    r = run([cc, '-std=c11', '-c', '-o', exe + '.gen.o', gen, '-I', bdir, '-I', d, '-DARR_NO_PERF_WARNING'] + cflags + gen_only + gflags + warn,
            timeout=120)
    if r.returncode:
        return False, 'C compile of generated code failed:\n' + r.stderr[-4000:]
    lib = os.path.join(d, base + '_lib.c')       # C functions an extern test calls
    libs = [lib] if os.path.exists(lib) else []
    r = run([cc, '-std=c11', '-o', exe, os.path.join(d, base + '.c')] + libs + [exe + '.gen.o', '-I', bdir, '-I', d] + cflags + (['-lsleef'] if 'sleef' in variant else []) + ['-lm'], timeout=120)
    if r.returncode:
        return False, 'driver compile failed:\n' + r.stderr[-4000:]
    env = dict(os.environ, OMP_NUM_THREADS='2', ASAN_OPTIONS='detect_leaks=1', UBSAN_OPTIONS='print_stacktrace=1')
    env.update(VARIANT_ENV.get(variant, {}))
    r = run([exe], timeout=300, env=env)
    if r.returncode:
        return False, 'driver exited %d:\n%s' % (r.returncode, (r.stderr or '')[-4000:])
    if r.stderr.strip():
        return False, 'driver wrote to stderr:\n' + r.stderr[-4000:]
    rc, ref, rerr = reference(os.path.join(d, base + '.py'))
    if rc:
        return False, 'reference script failed:\n' + rerr
    tol = float(header(os.path.join(d, base + '.arr'), 'tol') or 1e-12)
    errs = compare(r.stdout, ref, tol)
    return not errs, '\n'.join(errs)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--arrc', default=os.path.join(ROOT, 'arrc'))
    ap.add_argument('--variants', default=','.join(VARIANTS))
    ap.add_argument('--only', default='')
    ap.add_argument('--no-e2e', action='store_true')
    ap.add_argument('-j', type=int, default=max(2, os.cpu_count() or 2))
    a = ap.parse_args()
    arrc = os.path.abspath(a.arrc)
    tests = []
    if not a.only:
        tests += golden_tests(arrc) + structure_tests(arrc) + contains_tests(arrc) + error_tests(arrc) + copy_tests()
    if not a.no_e2e:
        tests += e2e_tests(arrc, [v for v in a.variants.split(',') if v], a.only)
    passed = failed = skipped = 0
    spent = {}          # seconds per test (e2e: summed over its variants)

    def timed(name, fn, args):
        t = time.monotonic()
        try:
            return fn(*args)
        finally:
            key = name.split(' [')[0]
            spent[key] = spent.get(key, 0.0) + time.monotonic() - t
    with cf.ThreadPoolExecutor(a.j) as ex:
        futs = [(name, ex.submit(timed, name, fn, args)) for name, fn, args in tests]
        for name, fu in futs:
            try:
                ok, detail = fu.result()
            except Exception as e:  # a test that crashes the runner is a failure
                ok, detail = False, 'runner exception: %r' % (e,)
            if ok is None:
                skipped += 1
                print('SKIP %s (%s)' % (name, detail), flush=True)
            elif ok:
                passed += 1
                print('PASS', name, flush=True)
            else:
                failed += 1
                print('FAIL', name, flush=True)
                for line in detail.rstrip().splitlines()[:60]:
                    print('    ' + line)
    print('%d passed, %d failed' % (passed, failed) + (', %d skipped' % skipped if skipped else ''))
    slow = [kv for kv in sorted(spent.items(), key=lambda kv: -kv[1])[:8] if kv[1] >= 1]
    if len(tests) > 50 and slow:     # where make check's time goes
        print('slowest: ' + ', '.join('%s %.0f s' % kv for kv in slow))
    return 1 if failed else 0

if __name__ == '__main__':
    sys.exit(main())
