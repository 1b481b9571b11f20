#!/usr/bin/python3
"""Writes bench/results.md and bench/results.png from what `make bench`
(bench/run_all.sh) collected, and prints the main table and the targets.

usage: report.py --results BUILD/results.tsv [--memory BUILD/memory.tsv]
                 [--compile BUILD/compile.tsv] [--status BUILD/status.tsv]
                 [--overhead BUILD/overhead.log] [--total-seconds S] [--load TEXT]
                 [--md results.md] [--png results.png]

Inputs (tab-separated, no header):
  results.tsv  kernel impl threads seconds [note [pass_seconds]]   (record in
               common.sh; pass_seconds: "1:0.0731 2:0.0745 3:0.0729", the
               row's median in each interleaved pass; older records have
               none)
  memory.tsv   kernel impl threads maxrss_kib array_bytes
               (bench/blackscholes/run.sh; impl "none" = no kernel call)
  compile.tsv  sample median_ms min_ms runs status [cpu_median_ms]
               (compile_time.py)
  status.tsv   folder status seconds [other_cpu_s steal_s]   (run_all.sh:
               CPU seconds other processes used while the folder ran)
The main table has one row per kernel and implementation and one column per
thread count (1, 2, 4, 8, 16 always, more if measured): the median seconds
and, in parentheses, the paired ratio to the hand_c row of the same kernel
and thread count (> 1 is slower than the hand-written C): the median over
the passes both were timed in of the row's time in the pass / hand_c's time
in the same pass. Where the two rows share no pass (no pass_seconds, e.g.
older records), the ratio of the two seconds, marked with a dagger
(unpaired). The targets and the vector-math table divide rows the same way.
"""
import argparse
import datetime
import os
import platform
import re
import statistics
import subprocess
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_THREADS = [1, 2, 4, 8, 16]
UNPAIRED = '\u2020'    # dagger: marks a ratio of two medians from possibly different passes


class Ratio(float):
    """a ratio of two rows' times; paired: the median of per-pass ratios
    (False: the ratio of the two rows' medians, possibly from different
    passes); passes: how many passes the paired ratio rests on"""
    def __new__(cls, value, paired, passes=0):
        r = super().__new__(cls, value)
        r.paired, r.passes = paired, passes
        return r


def mark(r):
    """the dagger after an unpaired ratio, else nothing"""
    return '' if getattr(r, 'paired', True) else UNPAIRED


def parse_passes(field):
    """'1:0.0731 2:0.0745' -> {1: 0.0731, 2: 0.0745}; None for no field"""
    out = {}
    for tok in field.split():
        k, _, v = tok.partition(':')
        try:
            out[int(k)] = float(v)
        except ValueError:
            print('report.py: bad per-pass time %r' % tok, file=sys.stderr)
    return out or None


def read_tsv(path, minfields):
    rows = []
    if not path or not os.path.exists(path):
        return rows
    with open(path) as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip():
                continue
            parts = line.split('\t')
            if len(parts) < minfields:
                print('report.py: %s:%d: skipped (%d fields)' % (path, ln, len(parts)),
                      file=sys.stderr)
                continue
            rows.append(parts)
    return rows


class Results:
    def __init__(self, rows):
        self.sec = {}        # (kernel, impl, threads) -> seconds
        self.passes = {}     # (kernel, impl, threads) -> {pass: seconds}
        self.notes = {}      # (kernel, impl) -> [notes in order]
        self.tnotes = {}     # (kernel, impl, threads) -> note
        self.kernels = []    # in order of appearance
        self.impls = {}      # kernel -> [impls in order of appearance]
        self.threads = set()
        for parts in rows:
            kernel, impl, t, s = parts[:4]
            note = parts[4] if len(parts) > 4 else ''
            try:
                t, s = int(t), float(s)
            except ValueError:
                print('report.py: bad row %r' % (parts,), file=sys.stderr)
                continue
            if kernel not in self.impls:
                self.kernels.append(kernel)
                self.impls[kernel] = []
            if impl not in self.impls[kernel]:
                self.impls[kernel].append(impl)
            self.sec[(kernel, impl, t)] = s
            per = parse_passes(parts[5]) if len(parts) > 5 else None
            if per:
                self.passes[(kernel, impl, t)] = per
            else:
                self.passes.pop((kernel, impl, t), None)
            self.threads.add(t)
            n = self.notes.setdefault((kernel, impl), [])
            if note and note not in n:
                n.append(note)
            if note:
                self.tnotes[(kernel, impl, t)] = note
        for k in self.kernels:
            order = list(self.impls[k])
            self.impls[k].sort(key=lambda i: impl_rank(i, order))

    def get(self, kernel, impl, t):
        return self.sec.get((kernel, impl, t))

    def ratio(self, kernel, impl, t, base='hand_c', base_kernel=None):
        """the time of (kernel, impl) over that of (base_kernel or kernel,
        base) at t thread(s), as a Ratio, or None: paired where the two rows
        have times in the same passes (the median over those passes of the
        per-pass ratios), else the ratio of the two medians (unpaired)"""
        bk = base_kernel or kernel
        s, h = self.get(kernel, impl, t), self.get(bk, base, t)
        if s is None or not h:
            return None
        a, b = self.passes.get((kernel, impl, t), {}), self.passes.get((bk, base, t), {})
        per = [a[p] / b[p] for p in sorted(set(a) & set(b)) if b[p]]
        if per:
            return Ratio(statistics.median(per), True, len(per))
        return Ratio(s / h, False)

    def note_cell(self, kernel, impl):
        """the row's note, once if every thread count has the same one"""
        per = [(t, self.tnotes[(kernel, impl, t)]) for t in sorted(self.threads)
               if (kernel, impl, t) in self.tnotes]
        if len({n for _, n in per}) <= 1:
            return per[0][1] if per else ''
        return '; '.join('%d t: %s' % (t, n) for t, n in per)

    def note_value(self, kernel, impl, t, key):
        m = re.search(r'(?:^|\s)%s=([-+0-9.eE]+)' % re.escape(key),
                      self.tnotes.get((kernel, impl, t), ''))
        return float(m.group(1)) if m else None

    def columns(self):
        return sorted(set(BASE_THREADS) | self.threads)

    def measured(self, kernel, impl):
        return [t for t in sorted(self.threads) if self.get(kernel, impl, t) is not None]


def impl_rank(impl, order):
    fixed = ['hand_c', 'arrc', 'arrc_strict']
    if impl in fixed:
        return (0, fixed.index(impl))
    if impl.startswith('hand_c'):
        return (1, order.index(impl))
    return (2, order.index(impl))


def fmt_s(s):
    return '%.4g' % s


def fmt_cell(res, kernel, impl, t):
    s = res.get(kernel, impl, t)
    if s is None:
        return ''
    r = res.ratio(kernel, impl, t)
    if r is None:
        return fmt_s(s)
    return fmt_s(s) + ' (%.2f%s)' % (r, mark(r) if impl != 'hand_c' else '')


def md_table(header, rows):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '|'.join('---' for _ in header) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(str(c).replace('|', '\\|') for c in r) + ' |')
    return out


def main_table(res):
    cols = res.columns()
    header = ['kernel', 'implementation'] + ['%d thread%s' % (t, '' if t == 1 else 's')
                                             for t in cols] + ['note']
    rows = []
    for k in res.kernels:
        for i in res.impls[k]:
            rows.append([k, i] + [fmt_cell(res, k, i, t) for t in cols]
                        + [res.note_cell(k, i)])
    return md_table(header, rows)


# ---- vector math: the default build against --strict-math -----------------
def strict_pairs(res):
    """(label, (kernel, impl) default, (kernel, impl) strict) for every
    sample with both builds: impl arrc_strict in the same kernel, or impl
    arrc in the kernel named <kernel>-strict."""
    pairs = []
    for k in res.kernels:
        if 'arrc' not in res.impls[k] or k.endswith('-strict'):
            continue
        if 'arrc_strict' in res.impls[k]:
            pairs.append((k, (k, 'arrc'), (k, 'arrc_strict')))
        elif k + '-strict' in res.impls and 'arrc' in res.impls[k + '-strict']:
            pairs.append((k, (k, 'arrc'), (k + '-strict', 'arrc')))
    return pairs


def error_notes(notes):
    """the parts of the notes that give an error (key=value with max, diff
    or err in the key)"""
    out = []
    for n in notes:
        for m in re.finditer(r'\S*(?:max|diff|err)\S*=\S+(?: \([^)]*\))?', n):
            if m.group(0) not in out:
                out.append(m.group(0))
    return out


def vecmath_table(res):
    cols = res.columns()
    header = ['kernel'] + ['speed-up, %d thread%s' % (t, '' if t == 1 else 's') for t in cols] \
        + ['max error of the default build vs --strict-math (notes)']
    rows = []
    for label, d, s in strict_pairs(res):
        cells = []
        for t in cols:
            r = res.ratio(s[0], s[1], t, base=d[1], base_kernel=d[0])
            cells.append('%.2f%s' % (r, mark(r)) if r is not None else '')
        errs = ['default: ' + e for e in error_notes(res.notes.get(d, []))] + \
               ['strict: ' + e for e in error_notes(res.notes.get(s, []))]
        rows.append([label] + cells + ['; '.join(errs) or '-'])
    return md_table(header, rows)


# ---- peak memory ------------------------------------------------------------
def memory_section(mem_rows):
    if not mem_rows:
        return [], None
    out = []
    base = {}
    for kernel, impl, t, kib, arrays in (r[:5] for r in mem_rows):
        if impl == 'none':
            base[kernel] = int(kib)
    header = ['kernel', 'implementation', 'threads', 'max RSS (MiB)',
              'max RSS − inputs − output (MiB)', 'max RSS − no-call baseline (MiB)']
    rows, arrc_excess = [], None
    for kernel, impl, t, kib, arrays in (r[:5] for r in mem_rows):
        kib, arrays = int(kib), int(arrays)
        excess = (kib * 1024 - arrays) / 2**20
        over_base = (kib - base[kernel]) / 1024 if kernel in base else None
        if impl == 'arrc' and arrc_excess is None:
            arrc_excess = (kernel, excess, over_base, arrays)
        rows.append([kernel, impl, t, '%.1f' % (kib / 1024), '%.2f' % excess,
                     '%.2f' % over_base if over_base is not None else '-'])
    out += md_table(header, rows)
    return out, arrc_excess


# ---- compile time -----------------------------------------------------------
def compile_section(rows):
    header = ['sample', 'median wall ms (5 runs)', 'min ms', 'median CPU ms', 'status',
              '< 10 ms']
    out, worst = [], []
    for r in rows:
        sample, med, mn, runs, status = r[:5]
        cpu = r[5] if len(r) > 5 else ''
        ok = ''
        if status == 'ok':
            ok = 'yes' if float(med) < 10 else 'no'
            worst.append((sample, float(med), float(cpu) if cpu else None))
        out.append([sample, med or '-', mn or '-', cpu or '-', status, ok])
    return md_table(header, out), worst


# ---- targets of issue 7 (and of the matmul issue) ---------------------------
def find_kernel(res, prefix, exclude_suffix='-strict'):
    for k in res.kernels:
        if k.startswith(prefix) and not k.endswith(exclude_suffix):
            return k
    return None


def per_thread(res, kernel, fn):
    """[(t, value)] for the thread counts where fn(t) is not None"""
    out = []
    for t in sorted(res.threads):
        v = fn(t)
        if v is not None:
            out.append((t, v))
    return out


def verdict(vals, good, near=None):
    """met / missed / not measured; near(v): v misses by less than 5 % (the
    run-to-run noise of a shared 2-vCPU VM)"""
    if not vals:
        return 'not measured'
    if all(good(v) for _, v in vals):
        return 'met'
    if near and all(good(v) or near(v) for _, v in vals):
        return 'missed by < 5 % (noise level here)'
    return 'missed'


def targets(res, arrc_mem, compile_worst):
    rows = []

    def add(name, vals, good, fmt, near=None):
        rows.append([name, verdict(vals, good, near),
                     ', '.join('%d t: %s%s' % (t, fmt % v, mark(v)) for t, v in vals) or '-'])

    def at_most(bound):      # ratio targets: v <= bound, near: v < 1.05 bound
        return (lambda v: v <= bound), (lambda v: v < 1.05 * bound)

    def at_least(bound):     # speed-up targets: v >= bound, near: v > bound / 1.05
        return (lambda v: v >= bound), (lambda v: v > bound / 1.05)

    def speedup(k, peer, t):      # peer / arrc
        return res.ratio(k, peer, t, base='arrc')

    def slowdown(k, peer, t):     # arrc / peer
        return res.ratio(k, 'arrc', t, base=peer)

    bs = find_kernel(res, 'blackscholes-')
    if bs:
        add('Black-Scholes: arrc ≤ 1.0 × hand C (vectorised libm)',
            per_thread(res, bs, lambda t: res.ratio(bs, 'arrc', t)), at_most(1.0)[0],
            'arrc/hand %.3f', at_most(1.0)[1])
        ks = bs + '-strict'
        add('Black-Scholes: arrc --strict-math ≤ 1.0 × hand C (scalar)',
            per_thread(res, ks, lambda t: res.ratio(ks, 'arrc', t)), at_most(1.0)[0],
            'arrc/hand %.3f', at_most(1.0)[1])
        for peer, name in (('numba', 'Numba parallel'), ('numpy', 'NumPy')):
            add('Black-Scholes: arrc ≥ 10 × faster than %s' % name,
                per_thread(res, bs, lambda t: speedup(bs, peer, t)), at_least(10)[0],
                peer + '/arrc %.1f', at_least(10)[1])
    bl = find_kernel(res, 'blur-')
    if bl:
        add('Blur: arrc ≤ 1.0 × the best hand C',
            per_thread(res, bl, lambda t: res.ratio(bl, 'arrc', t)), at_most(1.0)[0],
            'arrc/hand %.3f', at_most(1.0)[1])
        add('Blur: arrc faster per round than OpenCV',
            per_thread(res, bl, lambda t: speedup(bl, 'opencv', t)), lambda v: v > 1.0,
            'opencv/arrc %.2f', lambda v: v > 1 / 1.05)
        rows.append(['Blur: arrc faster per round than Halide', 'not measured',
                     'no Halide peer in this benchmark'])
        add('Blur: arrc ≥ 10 × faster than Numba @stencil',
            per_thread(res, bl, lambda t: speedup(bl, 'numba_stencil', t)), at_least(10)[0],
            'numba_stencil/arrc %.1f', at_least(10)[1])
        if bl.startswith('blur-4096-'):
            add('Blur (stretch): arrc below the one-round-per-sweep memory floor '
                '(~3.3 ms/round at 2 threads on the issue\'s machine)',
                [(t, v * 1e3) for t, v in per_thread(res, bl, lambda t: res.get(bl, 'arrc', t))
                 if t == 2], lambda v: v < 3.3, '%.2f ms/round')
    # MD link cells: against the hand C and, at CoMD's size (32,000 atoms),
    # against CoMD's µs/atom/step (serial 1.0 at 1 thread, OpenMP 0.74 at 2)
    comd = {1: 1.0, 2: 0.74}
    for k in res.kernels:
        if not k.startswith('md-linkcell'):
            continue
        if 'arrc' not in res.impls[k]:
            rows.append(['%s: arrc ≤ 1.0 × hand C' % k, 'not measured', 'no arrc row'])
            continue
        add('%s: arrc ≤ 1.0 × hand C' % k,
            per_thread(res, k, lambda t: res.ratio(k, 'arrc', t)), at_most(1.0)[0],
            'arrc/hand %.3f', at_most(1.0)[1])
        if k == 'md-linkcell-32000':
            # the value carries its thread count: (t, (t, µs))
            vals = [(t, (t, v)) for t, v in per_thread(
                res, k, lambda t: res.note_value(k, 'arrc', t, 'us/atom/step')) if t in comd]
            rows.append(['%s: arrc below CoMD (1.0 µs/atom/step serial; 0.74 OpenMP at 2 '
                         'threads)' % k,
                         verdict(vals, lambda tv: tv[1] < comd[tv[0]],
                                 lambda tv: tv[1] < 1.05 * comd[tv[0]]),
                         ', '.join('%d t: %.3f µs/atom/step' % (t, v[1]) for t, v in vals)
                         or '-'])
    # the matrix product (the tiled-matmul issue): arrc ≤ 1.5 × OpenBLAS's
    # cblas_dgemm at 1 thread, 1000 x 1000 f64; also against OpenBLAS's AVX-512
    # kernel where bench/matmul timed it (where OpenBLAS picked another)
    mm = 'matmul-1000-f64'
    if mm in res.impls and 'arrc' in res.impls[mm]:
        for peer, name in (('openblas', 'OpenBLAS cblas_dgemm'),
                           ('openblas_avx512', 'OpenBLAS cblas_dgemm with its AVX-512 kernel '
                            '(OPENBLAS_CORETYPE=SkylakeX)')):
            if peer == 'openblas_avx512' and peer not in res.impls[mm]:
                continue
            add('%s: arrc ≤ 1.5 × %s at 1 thread' % (mm, name),
                [(t, v) for t, v in per_thread(res, mm, lambda t: slowdown(mm, peer, t))
                 if t == 1], at_most(1.5)[0], 'arrc/' + peer + ' %.3f', at_most(1.5)[1])
    # any other kernel with a hand C but no arrc row
    for k in res.kernels:
        if 'hand_c' in res.impls[k] and 'arrc' not in res.impls[k] \
                and not k.startswith('md-linkcell'):
            rows.append(['%s: arrc rows' % k, 'not measured', 'no arrc row (arrc build failed?)'])
    if arrc_mem:
        kernel, excess, over_base, arrays = arrc_mem
        if excess <= 1.0:
            st = 'met'
        elif over_base is not None and over_base <= 1.0:
            st = 'missed as measured; met without the process\'s own baseline'
        else:
            st = 'missed'
        rows.append(['Peak memory of Black-Scholes ≤ inputs + output + 1 MiB', st,
                     'max RSS − 6·N·8 B = %.2f MiB (of which the process without the '
                     'kernel call: %.2f MiB; the call adds %.2f MiB)'
                     % (excess, excess - over_base, over_base) if over_base is not None
                     else '%.2f MiB over the arrays' % excess])
    if compile_worst:
        bad = [s for s in compile_worst if s[1] >= 10]
        rows.append(['arrc compile time < 10 ms per sample', 'met' if not bad else 'missed',
                     ', '.join('%s %.1f ms%s' % (os.path.basename(s), m,
                                                 ' (CPU %.1f)' % c if c is not None else '')
                               for s, m, c in compile_worst)])
    return md_table(['target (issue 7; matmul: its issue)', 'status', 'figures'], rows)


# ---- machine and versions -----------------------------------------------------
def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True,
                              timeout=20).stdout.strip()
    except Exception:
        return ''


def pyver(mod, attr='__version__'):
    try:
        m = __import__(mod)
        return getattr(m, attr)
    except Exception:
        return 'not installed'


def machine_info():
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
    mem = sh("awk '/MemTotal/ { printf \"%.1f GiB\", $2 / 1048576 }' /proc/meminfo")
    flags = sh("grep -m1 '^flags' /proc/cpuinfo")
    isa = 'AVX-512' if 'avx512f' in flags else 'AVX2' if 'avx2' in flags else 'SSE/other'
    commit = sh('git -C %s rev-parse --short HEAD' % TOP)
    dirty = sh('git -C %s status --porcelain --untracked-files=no -- frontend ir passes '
               'codegen runtime driver stdlib Makefile' % TOP)
    return [
        '- date: %s' % datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z'),
        '- machine: %s, %s cores (nproc), %s, %s; Linux %s' % (
            cpu, os.cpu_count(), mem, isa, platform.release()),
        '- compilers: %s; arrc at commit %s%s' % (
            sh('gcc --version | head -1'), commit or '?',
            ' (with uncommitted changes to the compiler)' if dirty else ''),
        '- Python %s (%s): NumPy %s, SciPy %s, Numba %s (llvmlite %s), OpenCV %s, '
        'matplotlib %s' % (platform.python_version(), sys.executable, pyver('numpy'),
                           pyver('scipy'), pyver('numba'), pyver('llvmlite'),
                           pyver('cv2'), pyver('matplotlib')),
    ]


# ---- chart ----------------------------------------------------------------------
def chart(res, path):
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    ts = sorted(res.threads)
    kernels = res.kernels
    all_impls = []
    for k in kernels:
        for i in res.impls[k]:
            if i not in all_impls:
                all_impls.append(i)
    fixed = {'hand_c': '#404040', 'arrc': '#1f77b4', 'arrc_strict': '#9ecae1'}
    others = ['#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#bcbd22',
              '#17becf', '#ffbb78', '#98df8a']
    greys = ['#a0a0a0', '#d0d0d0', '#707070', '#e8e8e8']
    color, n, g = {}, 0, 0
    for i in all_impls:
        if i in fixed:
            color[i] = fixed[i]
        elif i.startswith('hand_c'):
            color[i] = greys[g % len(greys)]
            g += 1
        else:
            color[i] = others[n % len(others)]
            n += 1
    fig, axes = plt.subplots(len(ts), 1, figsize=(max(8, 1.9 * len(kernels) + 3), 4.2 * len(ts)),
                             squeeze=False)
    for ax, t in zip(axes[:, 0], ts):
        x0, ticks, labels, seen = 0.0, [], [], set()
        for k in kernels:
            present = [i for i in res.impls[k] if res.get(k, i, t) is not None]
            if not present:
                continue
            w = 0.8 / max(len(present), 1)
            for n, i in enumerate(present):
                ax.bar(x0 + n * w, res.get(k, i, t), width=w, color=color[i],
                       label=i if i not in seen else None, edgecolor='black', linewidth=0.3)
                seen.add(i)
            ticks.append(x0 + 0.4 - w / 2)
            labels.append(k)
            x0 += 1.0
        ax.set_yscale('log')
        ax.set_xticks(ticks)
        ax.set_xticklabels(labels, rotation=15, ha='right', fontsize=8)
        ax.set_ylabel('seconds (median, log scale)')
        ax.set_title('%d thread%s' % (t, '' if t == 1 else 's'))
        ax.grid(axis='y', which='both', alpha=0.3)
    handles, names = [], []
    for ax in axes[:, 0]:
        for h, n in zip(*ax.get_legend_handles_labels()):
            if n not in names:
                handles.append(h)
                names.append(n)
    height = 4.2 * len(ts)
    fig.legend(handles, names, loc='upper center', ncol=min(len(names), 6), fontsize=8)
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.75 / height))
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--results', required=True)
    ap.add_argument('--memory')
    ap.add_argument('--compile')
    ap.add_argument('--status')
    ap.add_argument('--overhead')
    ap.add_argument('--total-seconds', type=int)
    ap.add_argument('--load', help='load averages at the start / end of the run (text)')
    ap.add_argument('--md', default=os.path.join(TOP, 'bench', 'results.md'))
    ap.add_argument('--png', default=os.path.join(TOP, 'bench', 'results.png'))
    a = ap.parse_args()

    res = Results(read_tsv(a.results, 4))
    mem_lines, arrc_mem = memory_section(read_tsv(a.memory, 5))
    comp_lines, comp_worst = compile_section(read_tsv(a.compile, 5))
    status = read_tsv(a.status, 3)

    table = main_table(res)
    tgt = targets(res, arrc_mem, comp_worst)
    md = ['# arrc benchmark results', '',
          'Written by `make bench` (bench/run_all.sh, bench/report.py); see '
          '[README.md](README.md) for what each row measures.', '']
    md += machine_info()
    if status:
        runs = ', '.join('%s %s (%s s)' % (f, st, s) for f, st, s in (r[:3] for r in status))
        md.append('- runs: %s%s' % (runs, '; total %d s (%.1f min)' % (
            a.total_seconds, a.total_seconds / 60) if a.total_seconds is not None else ''))
        noise = [(r[0], float(r[3]), float(r[2])) for r in status
                 if len(r) > 3 and r[3] and float(r[2]) > 0]
        if noise:
            md.append('- CPU time other processes used while each folder ran (noise in its '
                      'medians; 2 cores = 2 CPU-s per s): %s' % ', '.join(
                          '%s %.1f CPU-s (%.0f %% of a core)' % (f, o, 100 * o / d)
                          for f, o, d in noise))
    if a.load:
        md.append('- load average (1, 5, 15 min) at the start / end of the run: %s (other work '
                  'on the machine inflates the medians, the multi-threaded ones most)' % a.load)
    failed = [r[0] for r in status if r[1] != 'ok']
    if failed:
        md += ['', '**FAILED: %s** (their rows are missing or incomplete; see '
               'bench/BUILD/<folder>.log)' % ', '.join(failed)]
    md += ['', '## Times', '',
           'Median seconds per run (blur: per round) after a warm-up, every implementation '
           'checked against the others first; each folder times in `PASSES` interleaved passes '
           '(default 3) over its implementations and thread counts (MD\'s NumPy rows: first '
           'pass only), and a row\'s time is the median of the passes\' medians. In '
           'parentheses the **paired ratio** to `hand_c` (hand-written C/OpenMP) of the same '
           'kernel and thread count, > 1 is slower: for each pass in which both were timed, '
           'the row\'s median in that pass divided by `hand_c`\'s median in the same pass '
           '(seconds apart, so the VM\'s drift from pass to pass cancels), and of these '
           'per-pass ratios the median (for an even count the mean of the two middle ones; '
           'MD\'s NumPy rows: the first pass only). It need not equal the quotient of the '
           'two times shown, each of which is the median of its own passes. %s: unpaired, '
           'the quotient of the two times shown (the rows share no pass with per-pass '
           'times, e.g. rows timed outside the passes or records written before per-pass '
           'times were kept). '
           'Empty: not measured (fewer cores, or a single-threaded peer timed once).'
           % UNPAIRED, '']
    md += table
    md += ['', '![results](results.png)', '',
           '## Vector math: default build against `--strict-math`', '',
           'Speed-up = time of the `--strict-math` build / time of the default build, same '
           'thread count, paired like the ratios above (%s: unpaired). Max error from the '
           'notes of the two rows.' % UNPAIRED, '']
    md += vecmath_table(res)
    if mem_lines:
        md += ['', '## Peak memory (Black-Scholes)', '',
               '`bench/blackscholes/mem.c`: allocates only the five inputs and the output, '
               'calls the kernel once; maximum resident set size from `/usr/bin/time -v`. '
               '`none`: the same process without the call.', '']
        md += mem_lines
    if comp_lines:
        md += ['', '## arrc compile time', '',
               'Wall clock of the whole `arrc SAMPLE -o /tmp/...` process (and its CPU time), '
               'median of 5 runs after one untimed run.', '']
        md += comp_lines
    md += ['', '## Targets of issue 7 and of the matmul issue', '',
           'Ratios and speed-ups between two rows are paired like those of the Times table '
           '(the median of per-pass ratios; %s: unpaired, the ratio of the two times shown).'
           % UNPAIRED, '']
    md += tgt
    if a.overhead and os.path.exists(a.overhead):
        with open(a.overhead) as f:
            lines = [l.rstrip() for l in f]
        start = next((n for n, l in enumerate(lines) if l.startswith('Black-Scholes, ns per call')),
                     None)
        if start is not None:
            md += ['', '## Overhead guard (bench/overhead)', '', '```'] + lines[start:] + ['```']
    with open(a.md, 'w') as f:
        f.write('\n'.join(md) + '\n')
    try:
        if res.kernels:
            chart(res, a.png)
    except Exception as e:   # the table matters more than the chart
        print('report.py: chart failed: %s' % e, file=sys.stderr)
        return 1
    print('\n'.join(table))
    print()
    print('\n'.join(tgt))
    return 0


if __name__ == '__main__':
    sys.exit(main())
