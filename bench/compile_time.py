#!/usr/bin/python3
"""arrc's own compile time for each sample (issue 7: < 10 ms each).

usage: compile_time.py OUT.tsv [RUNS]
  For each sample below, one untimed run (page cache), then RUNS (default 5)
  wall-clock runs of `arrc SAMPLE -o TMPDIR/NAME.c` (the whole process: start,
  parse, passes, writing the .c and .h), timed around the child process with
  time.perf_counter; also the child's CPU time (user + system, from wait4),
  which a loaded machine disturbs less.  Writes one row per sample to OUT.tsv:
    sample  median_ms  min_ms  runs  status  cpu_median_ms
  and prints them.  Environment: ARRC (default ./arrc at the top of the
  repository).  Exit status 1 when a sample fails to compile or takes more
  than 30 s (the row says FAILED and why, and the others are still measured).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = [
    'examples/blackscholes/blackscholes.arr',
    'examples/blur/blur.arr',
    'examples/kmeans/kmeans.arr',
    'examples/md/md2d.arr',
    'examples/md/md3d.arr',
]


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 1
    out = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    arrc = os.environ.get('ARRC', os.path.join(TOP, 'arrc'))
    tmp = tempfile.mkdtemp(prefix='arrc-compile-time-')
    rows, failed = [], 0
    try:
        for rel in SAMPLES:
            src = os.path.join(TOP, rel)
            if not os.path.exists(src):
                rows.append((rel, '', '', 0, 'missing', ''))
                continue
            dst = os.path.join(tmp, os.path.splitext(os.path.basename(rel))[0] + '.c')
            cmd = [arrc, src, '-o', dst]
            try:
                r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            except subprocess.TimeoutExpired:
                rows.append((rel, '', '', 0, 'FAILED: arrc ran for more than 30 s', ''))
                failed = 1
                continue
            if r.returncode != 0:
                why = (r.stderr.strip().splitlines() or ['rc=%d' % r.returncode])[0]
                rows.append((rel, '', '', 0, 'FAILED: ' + why.replace('\t', ' ')[:200], ''))
                failed = 1
                continue
            ms, cpu = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                _, status, ru = os.wait4(p.pid, 0)
                ms.append(1e3 * (time.perf_counter() - t0))
                p.returncode = os.waitstatus_to_exitcode(status)
                if p.returncode != 0:
                    raise SystemExit('%s: rc=%d on a repeated run' % (' '.join(cmd), p.returncode))
                cpu.append(1e3 * (ru.ru_utime + ru.ru_stime))
            rows.append((rel, '%.2f' % statistics.median(ms), '%.2f' % min(ms), runs, 'ok',
                         '%.2f' % statistics.median(cpu)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(out, 'w') as f:
        for row in rows:
            f.write('\t'.join(str(v) for v in row) + '\n')
    print('arrc compile time, median of %d wall-clock runs after one untimed run' % runs)
    print('%-42s %10s %10s %10s  %s' % ('sample', 'median ms', 'min ms', 'cpu ms', 'status'))
    for rel, med, mn, _, st, cpu in rows:
        print('%-42s %10s %10s %10s  %s' % (rel, med or '-', mn or '-', cpu or '-', st))
    return failed


if __name__ == '__main__':
    sys.exit(main())
