#!/usr/bin/python3
"""Differential tester for arrc: random programs from gen.py, compiled by
arrc and built and run in the configurations users have, compared with
gen.py's reference interpreter.

Each batch puts --batch programs (one export each) into one module and one
driver.  Per batch it always runs gcc -O2 -fopenmp at 2 and 8 threads and
the arrc -O0 build, plus one more configuration and thread count picked by
the batch number (--all-configs: every configuration, threads 1 2 3 8).
A failing batch is rerun program by program to name the culprit; each
failure is written to tests/out/fuzz/<name>/ (m.arr, driver.c, expected.txt,
detail.txt) and, with --reduce, reduced first (reduce.py).

Usage: difftest.py [--seed S] [--programs N | --minutes M] [--arrc PATH]
                   [--avoid bug1,...] [--all-configs] [--reduce] [-j 2]
Prints one line per failure and 'N passed, N failed'; exits 1 on failure."""
import argparse, concurrent.futures as cf, math, os, random, re, shutil, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import gen  # noqa: E402

OUT = os.path.join(ROOT, 'tests', 'out', 'fuzz')
SAN = ['-fsanitize=address,undefined', '-fno-sanitize-recover=all', '-fno-omit-frame-pointer']
# name: (cc, arrc flags, cc flags, -Werror?, default threads)
CONFIGS = {
    'gcc-omp':      ('gcc',   [],                               ['-O2', '-fopenmp'], True, [2, 8]),
    'gcc-O0':       ('gcc',   ['-O0'],                          ['-O2', '-fopenmp'], True, [3]),
    'clang-omp':    ('clang', [],                               ['-O2', '-fopenmp'], True, [2]),
    'gcc-serial':   ('gcc',   [],                               ['-O2'], True, [1]),
    'clang-serial': ('clang', ['--serial'],                     ['-O2', '-fopenmp'], True, [3]),
    'gcc-strict':   ('gcc',   ['--strict-math', '--bounds-check'], ['-O1', '-fopenmp'], True, [3]),
    'gcc-asan':     ('gcc',   [],                               ['-O1', '-g', '-fopenmp'] + SAN, False, [2]),
    'clang-asan':   ('clang', ['--serial'],                     ['-O1', '-g'] + SAN, False, [1]),
    'clang-O0':     ('clang', ['-O0'],                          ['-O1', '-fopenmp'], True, [8]),
    # ThreadSanitizer with LLVM's libomp (which annotates its own
    # synchronisation): a report is a data race in the generated code
    'clang-tsan':   ('clang', [],                               ['-O1', '-g', '-fopenmp', '-fsanitize=thread'], False, [3]),
}
ROTATE = ['clang-omp', 'gcc-asan', 'gcc-serial', 'clang-serial', 'gcc-strict', 'clang-asan', 'clang-O0', 'clang-tsan']
TIMEOUT = 30


def run(cmd, timeout, **kw):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, errors='replace', timeout=timeout, **kw)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired as e:
        return 'timeout', (e.stdout or b'').decode('utf-8', 'replace') if isinstance(e.stdout, bytes) else (e.stdout or ''), ''


def plan(batch, all_configs, quick=False):
    """[(config, [threads])] for a batch."""
    if quick:
        return [('gcc-omp', [2, 8]), ('gcc-O0', [3])]
    if all_configs:
        out = [(c, list(v[4])) for c, v in CONFIGS.items()]
        out[0] = ('gcc-omp', [1, 2, 3, 8])
        return out
    extra = ROTATE[batch % len(ROTATE)]
    out = [('gcc-omp', [2, 8] + ([1] if batch % 2 else [3])), ('gcc-O0', [3]), (extra, list(CONFIGS[extra][4]))]
    return out


def parse_expected(text):
    secs, cur = {}, None
    for l in text.splitlines():
        if l.startswith('== '):
            cur = l[3:]
            secs[cur] = []
        else:
            secs[cur].append(l)
    return secs


def parse_output(text):
    secs, cur = {}, None
    for l in text.splitlines():
        if l.startswith('== '):
            cur = l[3:]
            secs[cur] = []
        elif cur is not None:
            secs[cur].append(l)
    return secs


def cmp_section(got, want):
    """None if equal, else a description of the first difference."""
    if want == ['error:']:
        if len(got) == 1 and got[0].startswith('error:'):
            return None
        return 'expected a run-time error, got %r' % (got[:3],)
    if got and got[0].startswith('error:'):
        return 'unexpected %s' % got[0]
    if len(got) != len(want):
        return '%d lines, expected %d' % (len(got), len(want))
    for k, (g, w) in enumerate(zip(got, want)):
        ws = w.split()
        if ws[0] == 'i':
            if not re.fullmatch(r'-?\d+', g.strip()) or int(g) != int(ws[1]):
                return 'line %d: got %s, expected %s' % (k + 1, g, ws[1])
        else:
            v, tol = float(ws[1]), float(ws[2])
            try:
                x = float(g)
            except ValueError:
                return 'line %d: got %r' % (k + 1, g)
            if math.isnan(v) and math.isnan(x):
                continue
            if not (x == v or abs(x - v) <= tol):
                return 'line %d: got %s, expected %s (tolerance %.3g)' % (k + 1, g, ws[1], tol)
    return None


class Builder:
    def __init__(self, arrc, warnings=True, ignore=()):
        self.arrc = arrc
        self.warnings = warnings
        self.ignore = set(ignore)      # C warning flags of known issues (gen.WARNING_TAGS)

    def build_run(self, d, config, threads, names):
        """Build directory d (m.arr, driver.c, expected.txt) in config, run at
        each thread count.  Returns a list of (kind, program or None, detail)."""
        cc, aflags, cflags, werror, _ = CONFIGS[config]
        bd = os.path.join(d, config)
        os.makedirs(bd, exist_ok=True)
        rc, out, err = run([self.arrc] + aflags + [os.path.join(d, 'm.arr'), '-o', os.path.join(bd, 'm.c')], 60)
        if rc == 'timeout':
            return [('arrc-hang', None, 'arrc did not finish in 60 s')]
        if rc == 1:
            return [('arrc-reject', None, err.strip()[-3000:])]
        if rc != 0 or 'Sanitizer' in err or 'runtime error' in err:
            return [('arrc-crash', None, 'exit %s\n%s' % (rc, err.strip()[-3000:]))]
        warn = ['-Wall', '-Wextra'] if werror else []
        rc, out, err = run([cc, '-std=c11', '-c', '-o', os.path.join(bd, 'm.o'), os.path.join(bd, 'm.c'), '-I', bd] + cflags + warn, 300)
        if rc != 0:
            return [('cc-fail', None, '%s: %s' % (rc, err.strip()[-3000:]))]
        fails = []
        flags = sorted(set(re.findall(r'\[(-W[\w=-]+)\]', err)))
        if 'warning:' in err and self.warnings and not (flags and set(flags) <= self.ignore):
            fails.append(('cc-warning', None, '%s %s: %s\n%s' % (cc, ' '.join(aflags), ' '.join(flags), err.strip()[-3000:])))
        rc, out, err = run([cc, '-std=c11', '-o', os.path.join(bd, 'drv'), os.path.join(d, 'driver.c'), os.path.join(bd, 'm.o'),
                            '-I', bd] + cflags + ['-lm'], 300)
        if rc != 0:
            return [('driver-cc-fail', None, err.strip()[-3000:])]
        want = parse_expected(open(os.path.join(d, 'expected.txt')).read())
        for t in threads:
            env = dict(os.environ, OMP_NUM_THREADS=str(t), ASAN_OPTIONS='detect_leaks=1',
                       UBSAN_OPTIONS='print_stacktrace=1',
                       TSAN_OPTIONS='ignore_noninstrumented_modules=1 halt_on_error=1')
            rc, out, err = run([os.path.join(bd, 'drv')], TIMEOUT, env=env)
            got = parse_output(out)
            where = '%s t%d' % (config, t)
            last = list(got)[-1] if got else None
            if rc == 'timeout':
                fails.append(('hang', last, '%s: timed out' % where))
            elif rc != 0 or err.strip():
                kind = 'sanitizer' if ('Sanitizer' in err or 'runtime error' in err) else 'crash'
                fails.append((kind, last, '%s: exit %s\n%s' % (where, rc, err.strip()[-3000:])))
            for n in names:
                if n not in got:
                    continue
                if rc != 0 and n == last:
                    continue
                diff = cmp_section(got[n], want[n])
                if diff:
                    fails.append(('mismatch', n, '%s: %s' % (where, diff)))
        return fails


def write_progs(d, progs):
    if os.path.isdir(d):
        shutil.rmtree(d)
    gen.write_batch(progs, d)


def check_single(builder, p, config, threads, d):
    write_progs(d, [p])
    return builder.build_run(d, config, threads, [p.name])


def run_batch(builder, seed, b, size, avoid, all_configs, keep, quick=False):
    progs = []
    for i in range(b * size, (b + 1) * size):
        try:
            progs.append(gen.make_program(seed, i, avoid))
        except RuntimeError:
            pass
    d = os.path.join(OUT, 'work', 'b%d' % b)
    write_progs(d, progs)
    names = [p.name for p in progs]
    failures = {}     # program name -> (config, threads, kind, detail)
    for config, threads in plan(b, all_configs, quick):
        fails = builder.build_run(d, config, threads, names)
        if not fails:
            continue
        if all(f[0] == 'mismatch' for f in fails):
            for kind, n, detail in fails:
                failures.setdefault(n, (config, threads, kind, detail))
            continue
        # isolate: each program alone
        for p in progs:
            if p.name in failures:
                continue
            sd = os.path.join(d, 'single', p.name)
            fs = check_single(builder, p, config, threads, sd)
            if fs:
                kind, _, detail = fs[0]
                failures[p.name] = (config, threads, kind, detail)
    res = []
    for p in progs:
        res.append((p, failures.get(p.name)))
    if not keep:
        shutil.rmtree(d, ignore_errors=True)
    return res


def signature(f):
    config, threads, kind, detail = f
    if kind == 'cc-warning':
        return 'cc-warning ' + detail.splitlines()[0]
    if kind in ('arrc-reject', 'arrc-crash'):
        m = re.search(r'error: (.*)', detail)
        msg = re.sub(r"'[^']*'", "'_'", m.group(1)) if m else detail.splitlines()[0]
        return '%s %s' % (kind, re.sub(r'\d+', 'N', msg)[:80])
    if kind == 'cc-fail':
        m = re.search(r'error: (.*)', detail)
        return 'cc-fail %s %s' % (config, re.sub(r"[‘'][^’']*[’']", "'_'", m.group(1))[:80] if m else '')
    return '%s %s' % (kind, config)


def save_failure(p, f, seed, idx):
    config, threads, kind, detail = f
    name = 'fail-%s-%d-%s-%s' % (seed, idx, kind, config)
    d = os.path.join(OUT, name)
    write_progs(d, [p])
    with open(os.path.join(d, 'detail.txt'), 'w') as fh:
        fh.write('seed %s program %d\nconfig %s threads %s\nkind %s\n%s\n' % (seed, idx, config, threads, kind, detail))
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', default=None)
    ap.add_argument('--programs', type=int, default=None)
    ap.add_argument('--minutes', type=float, default=None)
    ap.add_argument('--batch', type=int, default=8)
    ap.add_argument('--arrc', default=os.path.join(ROOT, 'arrc'))
    ap.add_argument('--avoid', default='')
    ap.add_argument('--all-configs', action='store_true')
    ap.add_argument('--reduce', action='store_true')
    ap.add_argument('--quick', action='store_true', help='only gcc -fopenmp (2, 8 threads) and arrc -O0')
    ap.add_argument('--keep', action='store_true')
    ap.add_argument('-j', type=int, default=2)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else str(random.randrange(1 << 30))
    avoid = [x for x in a.avoid.split(',') if x]
    print('difftest: seed %s, arrc %s, avoid %s' % (seed, a.arrc, ','.join(avoid) or '-'), flush=True)
    builder = Builder(os.path.abspath(a.arrc), warnings='warnings' not in avoid, ignore=gen.ignored_warnings(avoid))
    nbatches = (a.programs + a.batch - 1) // a.batch if a.programs else 10 ** 9
    deadline = time.time() + 60 * a.minutes if a.minutes else None
    if not a.programs and not a.minutes:
        nbatches = 100 // a.batch
    passed = failed = 0
    t0 = time.time()
    failures = []
    with cf.ThreadPoolExecutor(a.j) as ex:
        pending = {}
        b = 0
        while True:
            while len(pending) < a.j and b < nbatches and (deadline is None or time.time() < deadline):
                pending[ex.submit(run_batch, builder, seed, b, a.batch, avoid, a.all_configs, a.keep, a.quick)] = b
                b += 1
            if not pending:
                break
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for fu in done:
                bb = pending.pop(fu)
                try:
                    res = fu.result()
                except Exception as e:
                    import traceback
                    traceback.print_exc()
                    print('FAIL batch %d: tester exception %r' % (bb, e), flush=True)
                    failed += 1
                    continue
                for p, f in res:
                    idx = int(p.name[4:])
                    if f is None:
                        passed += 1
                        continue
                    failed += 1
                    d = save_failure(p, f, seed, idx)
                    failures.append((p, f, idx, d))
                    print('FAIL %s program %d [%s %s]: %s\n    %s' % (seed, idx, f[2], f[0], f[3].splitlines()[0] if f[3] else '', d), flush=True)
    dt = time.time() - t0
    sigs = {}
    for p, f, idx, d in failures:
        sigs.setdefault(signature(f), []).append(idx)
    if sigs:
        print('distinct failure signatures:')
        for sg, ids in sorted(sigs.items()):
            print('  %-70s %d programs, e.g. %s' % (sg, len(ids), ids[:5]))
    if a.reduce and failures:
        import reduce as red
        for p, f, idx, d in failures:
            rd = red.reduce_failure(builder, p, f, '%s-%d' % (seed, idx))
            print('reduced %s program %d -> %s' % (seed, idx, rd), flush=True)
    print('%d passed, %d failed (%.0f programs/min, %.0f s, seed %s)' % (passed, failed, (passed + failed) * 60 / max(dt, 1e-9), dt, seed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
