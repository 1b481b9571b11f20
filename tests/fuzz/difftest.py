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

gcc-mpi (in the rotation, not in --quick) builds the module with arrc --mpi
and mpicc and runs gen.py's driver_mpi.c under mpirun --oversubscribe -np 3
(1 or 2 OpenMP threads per rank): each rank passes its block of rows (uneven
blocks, one rank without rows), results are gathered to rank 0, which prints
what the normal driver prints, so expected.txt and its tolerances apply
unchanged; scalar results and error returns must agree on every rank.
Programs arrc rejects only with 'not supported under --mpi' errors are
skipped (counted and listed by reason), not failures; the rest of the batch
still runs.  --configs LIST runs exactly those configurations in every batch
(e.g. --configs gcc-mpi).

Usage: difftest.py [--seed S] [--programs N | --minutes M] [--arrc PATH]
                   [--avoid bug1,...] [--all-configs | --configs C1,...]
                   [--reduce] [-j 2]
Prints one line per failure and 'N passed, N failed[, N skipped]' (with an
--mpi line: programs checked, skipped and why); exits 1 on failure."""
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
    # clang's parallel code (not the overhead guard's one-thread copy, which
    # clang-serial and clang-O0 cover): every parallel loop on the threads
    'clang-omp':    ('clang', ['--no-overhead-guard'],          ['-O2', '-fopenmp'], True, [2]),
    'gcc-serial':   ('gcc',   [],                               ['-O2'], True, [1]),
    'clang-serial': ('clang', ['--serial'],                     ['-O2', '-fopenmp'], True, [3]),
    'gcc-strict':   ('gcc',   ['--strict-math', '--bounds-check'], ['-O1', '-fopenmp'], True, [3]),
    'gcc-asan':     ('gcc',   [],                               ['-O1', '-g', '-fopenmp'] + SAN, False, [2]),
    'clang-asan':   ('clang', ['--serial'],                     ['-O1', '-g'] + SAN, False, [1]),
    'clang-O0':     ('clang', ['-O0'],                          ['-O1', '-fopenmp'], True, [8]),
    # ThreadSanitizer with LLVM's libomp (which annotates its own
    # synchronisation): a report is a data race in the generated code; every
    # parallel loop on the threads, however small (the programs' loops are)
    'clang-tsan':   ('clang', ['--no-overhead-guard'],          ['-O1', '-g', '-fopenmp', '-fsanitize=thread'], False, [3]),
    # arrc --mpi (docs/mpi.md): driver_mpi.c under mpirun with MPI_RANKS ranks,
    # rows split unevenly (one rank without rows); programs arrc rejects as
    # 'not supported under --mpi' are skipped; 1 or 2 threads per rank by batch
    'gcc-mpi':      ('mpicc', ['--mpi'],                        ['-O2', '-fopenmp'], True, [2]),
    # --vector-math=sleef (passes/vecmath.c): math calls by blocks through SLEEF,
    # AVX-512/AVX2 code from clang, and SSE2 code under ASan/UBSan from gcc
    'clang-sleef':  ('clang', ['--vector-math=sleef'],          ['-O2', '-fopenmp', '-march=native'], True, [3]),
    'gcc-sleef-asan': ('gcc', ['--vector-math=sleef'],          ['-O1', '-g', '-fopenmp'] + SAN, False, [2]),
    # temporal blocking (passes/tblock.c) forced on every iterated stencil,
    # with tiles of a few elements (gcc; 7 rounds a block: the rounds loop
    # of a tile, a shorter last block) or strips of two rows (clang, 3
    # rounds) so small grids have many tiles and edges; gcc also on one
    # thread, where 3-D stencils sweep their planes 7 rounds at a time
    # (2-D ones keep the tiles asked for)
    'gcc-tile-asan': ('gcc', ['--stencil-tile=7,3,4'],          ['-O1', '-g', '-fopenmp'] + SAN, False, [2, 1]),
    'clang-tile-tsan': ('clang', ['--stencil-tile=3,2'],        ['-O1', '-g', '-fopenmp', '-fsanitize=thread'], False, [3]),
    # sweeps (lower_pir_tblock.c): on one thread a 2-D or 3-D stencil runs
    # 5 rounds at a time as one pass over its rows or planes, in place
    'gcc-sweep-asan': ('gcc', ['--stencil-tile=5'],            ['-O1', '-g', '-fopenmp'] + SAN, False, [1]),
}
ROTATE = ['clang-omp', 'gcc-asan', 'gcc-serial', 'clang-serial', 'gcc-strict', 'clang-asan', 'clang-O0', 'clang-tsan', 'gcc-mpi',
          'clang-sleef', 'gcc-sleef-asan', 'gcc-tile-asan', 'clang-tile-tsan', 'gcc-sweep-asan']
TIMEOUT = 30
MPI_RANKS = 3
MPI_UNSUPPORTED = 'not supported under --mpi'


def is_mpi(config):
    return '--mpi' in CONFIGS[config][1]


def have_mpi():
    return bool(shutil.which('mpicc') and shutil.which('mpirun'))


def mpirun_cmd(exe):
    return ['mpirun', '--oversubscribe', '-np', str(MPI_RANKS)] + (['--allow-run-as-root'] if os.getuid() == 0 else []) + [exe]


def run(cmd, timeout, **kw):
    """Runs cmd in a new process group, all of it killed on a timeout: a C
    compiler's cc1 or mpirun's ranks outlived a kill of the parent alone (cc1
    processes of timed-out compiles ran on for half an hour after make fuzz)."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors='replace',
                         start_new_session=True, **kw)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, 9)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return 'timeout', out, err


def unsupported_only(err):
    """arrc's stderr has errors, each 'not supported under --mpi'."""
    errs = [l for l in err.splitlines() if re.search(r'\berror: ', l)]
    return bool(errs) and all(MPI_UNSUPPORTED in l for l in errs)


def mpi_reasons(err):
    """The 'not supported under --mpi: ...' messages of arrc's stderr, names and numbers elided."""
    out = []
    for m in re.finditer(r'not supported under --mpi: (.*)', err):
        out.append(re.sub(r'\d+', 'N', re.sub(r"'[^']*'", "'_'", m.group(1)))[:90])
    return out


def threads_for(config, batch):
    if is_mpi(config):
        return [1 + batch % 2]
    return list(CONFIGS[config][4])


def plan(batch, all_configs, quick=False, configs=None):
    """[(config, [threads])] for a batch."""
    if configs:
        return [(c, threads_for(c, batch)) for c in configs]
    if quick:
        return [('gcc-omp', [2, 8]), ('gcc-O0', [3])]
    if all_configs:
        out = [(c, threads_for(c, batch)) for c in CONFIGS if have_mpi() or not is_mpi(c)]
        out[0] = ('gcc-omp', [1, 2, 3, 8])
        return out
    rotate = [c for c in ROTATE if have_mpi() or not is_mpi(c)]
    extra = rotate[batch % len(rotate)]
    out = [('gcc-omp', [2, 8] + ([1] if batch % 2 else [3])), ('gcc-O0', [3]), (extra, threads_for(extra, batch))]
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
            if math.isinf(v):
                # (its tolerance is inf: any x passed, -inf for inf too) an overflow (f32 or f64)
                # the reference's rounding allows may be a huge finite x of its sign
                if not (x == v or (math.isfinite(x) and abs(x) > 1e38 and (x > 0) == (v > 0))):
                    return 'line %d: got %s, expected %s' % (k + 1, g, ws[1])
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
        mpi = is_mpi(config)
        rc, out, err = run([self.arrc] + aflags + [os.path.join(d, 'm.arr'), '-o', os.path.join(bd, 'm.c')], 60)
        if rc == 'timeout':
            return [('arrc-hang', None, 'arrc did not finish in 60 s')]
        if rc == 1 and mpi and unsupported_only(err):
            # a construct --mpi does not implement yet: skipped, not a failure
            return [('skip', None, err.strip()[-3000:])]
        if rc == 1:
            return [('arrc-reject', None, err.strip()[-3000:])]
        if rc != 0 or 'Sanitizer' in err or 'runtime error' in err:
            return [('arrc-crash', None, 'exit %s\n%s' % (rc, err.strip()[-3000:]))]
        warn = ['-Wall', '-Wextra'] if werror else []
        rc, out, err = run([cc, '-std=c11', '-c', '-o', os.path.join(bd, 'm.o'), os.path.join(bd, 'm.c'), '-I', bd,
                            '-DARR_NO_PERF_WARNING'] + cflags + warn, 300)
        if rc != 0:
            return [('cc-fail', None, '%s: %s' % (rc, err.strip()[-3000:]))]
        fails = []
        flags = sorted(set(re.findall(r'\[(-W[\w=-]+)\]', err)))
        if 'warning:' in err and self.warnings and not (flags and set(flags) <= self.ignore):
            fails.append(('cc-warning', None, '%s %s: %s\n%s' % (cc, ' '.join(aflags), ' '.join(flags), err.strip()[-3000:])))
        rc, out, err = run([cc, '-std=c11', '-o', os.path.join(bd, 'drv'), os.path.join(d, 'driver_mpi.c' if mpi else 'driver.c'),
                            os.path.join(bd, 'm.o'), '-I', bd] + cflags
                            + (['-lsleef'] if '--vector-math=sleef' in CONFIGS[config][1] else []) + ['-lm'], 300)
        if rc != 0:
            return [('driver-cc-fail', None, err.strip()[-3000:])]
        want = parse_expected(open(os.path.join(d, 'expected.txt')).read())
        for t in threads:
            env = dict(os.environ, OMP_NUM_THREADS=str(t), ASAN_OPTIONS='detect_leaks=1',
                       UBSAN_OPTIONS='print_stacktrace=1',
                       TSAN_OPTIONS='ignore_noninstrumented_modules=1 halt_on_error=1')
            if mpi:
                rc, out, err = run(mpirun_cmd(os.path.join(bd, 'drv')), TIMEOUT, env=env)
                where = '%s t%d np%d' % (config, t, MPI_RANKS)
            else:
                rc, out, err = run([os.path.join(bd, 'drv')], TIMEOUT, env=env)
                where = '%s t%d' % (config, t)
            got = parse_output(out)
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
                dis = [l for l in got[n] if l.startswith('ranks disagree')]
                diff = cmp_section(got[n], want[n])
                if dis:
                    diff = '%s (%s)' % (dis[0], diff)
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


def mpi_filter(builder, d, progs):
    """The programs of batch directory d that arrc --mpi does not reject as
    'not supported under --mpi' (located errors, mapped to the program whose
    function holds the line), and {name: [reasons]} of those it does."""
    rc, out, err = run([builder.arrc, '--mpi', '--emit=h', os.path.join(d, 'm.arr')], 60)
    if rc != 1:
        return progs, {}
    owner, cur = {}, None
    for k, l in enumerate(open(os.path.join(d, 'm.arr')).read().splitlines(), 1):
        m = re.match(r'(?:export )?fn (prog\d+)(?:_\w*)?\(', l)
        if m:
            cur = m.group(1)
        owner[k] = cur
    skipped = {}
    for l in err.splitlines():
        m = re.match(r'.*?m\.arr:(\d+):\d+: error: .*' + re.escape(MPI_UNSUPPORTED), l)
        if m and owner.get(int(m.group(1))):
            skipped.setdefault(owner[int(m.group(1))], []).extend(mpi_reasons(l))
    return [p for p in progs if p.name not in skipped], skipped


def run_batch(builder, seed, b, size, avoid, all_configs, keep, quick=False, configs=None):
    """[(program, failure or None, {config: [reasons it was skipped]})]"""
    progs = []
    for i in range(b * size, (b + 1) * size):
        try:
            progs.append(gen.make_program(seed, i, avoid))
        except RuntimeError:
            pass
    d = os.path.join(OUT, 'work', 'b%d' % b)
    write_progs(d, progs)
    failures = {}     # program name -> (config, threads, kind, detail)
    skips = {}        # program name -> {config: reasons}
    for config, threads in plan(b, all_configs, quick, configs):
        cd, cprogs = d, progs
        if is_mpi(config):
            # the programs --mpi does not support out first, the rest as one batch
            cprogs, skipped = mpi_filter(builder, d, progs)
            for n, why in skipped.items():
                skips.setdefault(n, {})[config] = why
            if len(cprogs) < len(progs):
                cd = os.path.join(d, 'mpi-supported')
                write_progs(cd, cprogs)
        if not cprogs:
            continue
        fails = builder.build_run(cd, config, threads, [p.name for p in cprogs])
        if not fails:
            continue
        if all(f[0] == 'mismatch' for f in fails):
            for kind, n, detail in fails:
                failures.setdefault(n, (config, threads, kind, detail))
            continue
        # isolate: each program alone
        for p in cprogs:
            if p.name in failures:
                continue
            sd = os.path.join(d, 'single', p.name)
            fs = check_single(builder, p, config, threads, sd)
            if fs and fs[0][0] == 'skip':
                skips.setdefault(p.name, {})[config] = mpi_reasons(fs[0][2])
            elif fs:
                kind, _, detail = fs[0]
                failures[p.name] = (config, threads, kind, detail)
    res = []
    for p in progs:
        res.append((p, failures.get(p.name), skips.get(p.name, {})))
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
    ap.add_argument('--configs', default='', help='only these configurations (comma-separated names of CONFIGS), every batch')
    ap.add_argument('--keep', action='store_true')
    ap.add_argument('-j', type=int, default=2)
    a = ap.parse_args()
    configs = [x for x in a.configs.split(',') if x]
    for c in configs:
        if c not in CONFIGS:
            ap.error('unknown configuration %s (one of %s)' % (c, ', '.join(CONFIGS)))
        if is_mpi(c) and not have_mpi():
            ap.error('%s needs mpicc and mpirun (tools/install-deps.sh)' % c)
    seed = a.seed if a.seed is not None else str(random.randrange(1 << 30))
    avoid = [x for x in a.avoid.split(',') if x]
    print('difftest: seed %s, arrc %s, avoid %s' % (seed, a.arrc, ','.join(avoid) or '-'), flush=True)
    builder = Builder(os.path.abspath(a.arrc), warnings='warnings' not in avoid, ignore=gen.ignored_warnings(avoid))
    nbatches = (a.programs + a.batch - 1) // a.batch if a.programs else 10 ** 9
    deadline = time.time() + 60 * a.minutes if a.minutes else None
    if not a.programs and not a.minutes:
        nbatches = 100 // a.batch
    passed = failed = skipped = 0
    mpi_checked, mpi_skipped, reasons = 0, 0, {}
    t0 = time.time()
    failures = []
    with cf.ThreadPoolExecutor(a.j) as ex:
        pending = {}
        b = 0
        while True:
            while len(pending) < a.j and b < nbatches and (deadline is None or time.time() < deadline):
                pending[ex.submit(run_batch, builder, seed, b, a.batch, avoid, a.all_configs, a.keep, a.quick, configs)] = b
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
                cfgs = [c for c, _ in plan(bb, a.all_configs, a.quick, configs)]
                for p, f, sk in res:
                    idx = int(p.name[4:])
                    if sk:
                        mpi_skipped += 1
                        for why in set(sum(sk.values(), [])) or {'?'}:
                            reasons[why] = reasons.get(why, 0) + 1
                    elif any(is_mpi(c) for c in cfgs):
                        mpi_checked += 1
                    if f is None:
                        if all(c in sk for c in cfgs):
                            skipped += 1        # checked in no configuration
                        else:
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
    if mpi_checked or mpi_skipped:
        print('--mpi: %d programs checked, %d skipped as %s; reasons (programs):' % (mpi_checked, mpi_skipped, MPI_UNSUPPORTED))
        for why, k in sorted(reasons.items(), key=lambda x: -x[1]):
            print('  %4d  %s' % (k, why))
    print('%d passed, %d failed%s (%.0f programs/min, %.0f s, seed %s)' % (passed, failed, ', %d skipped' % skipped if skipped else '',
                                                                         (passed + failed + skipped) * 60 / max(dt, 1e-9), dt, seed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
