#!/usr/bin/python3
"""NumPy k-means step for bench/kmeans, vectorised the usual way:
the n x k matrix of squared distances by broadcasting, argmin along the
clusters, np.bincount for the counts and (with weights) the coordinate sums.

usage: numpy_kmeans.py DIR [R]
  reads DIR/input.bin (written by a C executable: int64 n, k, then px[n],
  py[n], cx[k], cy[k] as float64), computes one step, compares it with every
  DIR/out_*.bin (int64 n, k, assign[n], then ncx[k], ncy[k] as float64):
  assignments identical, centres within 1e-9.  With R > 0 it then times R
  steps after a warm-up and prints a RESULT line like the C executables.
Exit status: 0 ok, 2 a comparison failed, 1 other error.
numba_kmeans.py reuses run() (input, checks, timing) with its own step.
"""
import glob, os, sys, time

import numpy as np

CTOL = 1e-9


def kmeans_step(px, py, cx, cy):
    k = len(cx)
    d = (px[:, None] - cx) ** 2 + (py[:, None] - cy) ** 2      # n x k
    assign = d.argmin(axis=1)                                  # first on ties
    cnt = np.bincount(assign, minlength=k)
    sx = np.bincount(assign, weights=px, minlength=k)
    sy = np.bincount(assign, weights=py, minlength=k)
    has = cnt > 0
    div = np.where(has, cnt, 1)
    return assign, np.where(has, sx / div, cx), np.where(has, sy / div, cy)


def main():
    return run('numpy', kmeans_step, 'numpy %s' % np.__version__, 1, __doc__)


def run(impl, kmeans_step, info, threads, doc, prepare=None):
    """argv handling, check and timing for impl (the RESULT lines say
    impl and threads); prepare(px, py, cx, cy), if given, runs first (Numba:
    compiles) and is not timed."""
    if len(sys.argv) < 2:
        print(doc, file=sys.stderr)
        return 1
    d = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    raw = np.fromfile(os.path.join(d, 'input.bin'), dtype=np.float64)
    n, k = (int(v) for v in raw[:2].view(np.int64))
    px, py = raw[2:2 + n], raw[2 + n:2 + 2 * n]
    cx, cy = raw[2 + 2 * n:2 + 2 * n + k], raw[2 + 2 * n + k:2 + 2 * n + 2 * k]
    print('%s: n=%d k=%d' % (info, n, k))
    if prepare:
        t0 = time.perf_counter()
        prepare(px, py, cx, cy)
        print('  prepare (compile) %.0f ms' % (1e3 * (time.perf_counter() - t0)))

    t0 = time.perf_counter()
    a, ncx, ncy = kmeans_step(px, py, cx, cy)
    warm_ms = 1e3 * (time.perf_counter() - t0)
    ok = True
    outs = sorted(glob.glob(os.path.join(d, 'out_*.bin')))
    for path in outs:
        o = np.fromfile(path, dtype=np.int64)
        if o[0] != n or o[1] != k:
            print('  check vs %s: different n, k: FAILED' % path)
            ok = False
            continue
        oa = o[2:2 + n]
        oc = o[2 + n:].view(np.float64)
        bad = int(np.count_nonzero(oa != a))
        maxd = float(np.max(np.abs(np.concatenate([oc[:k] - ncx, oc[k:] - ncy]))))
        good = bad == 0 and maxd <= CTOL
        ok = ok and good
        print('  check vs %s: %d assignments differ, max centre diff %.3g (tol %.0e): %s'
              % (os.path.basename(path), bad, maxd, CTOL, 'ok' if good else 'FAILED'))
    if not outs:
        print('  check: no out_*.bin in %s to compare with' % d)
    if not ok:
        print('RESULT impl=%s threads=%d n=%d k=%d status=CHECK_FAILED' % (impl, threads, n, k))
        return 2
    if reps == 0:
        print('RESULT impl=%s threads=%d n=%d k=%d status=ok checked=%d'
              % (impl, threads, n, k, len(outs)))
        return 0

    ms = []
    for _ in range(reps):
        t0 = time.perf_counter()
        r = kmeans_step(px, py, cx, cy)
        ms.append(1e3 * (time.perf_counter() - t0))
    if not (np.array_equal(r[0], a) and np.array_equal(r[1], ncx) and np.array_equal(r[2], ncy)):
        print('  check: output changed between runs')
        return 2
    med = float(np.median(ms))
    print('  warm-up %.2f ms; timed (ms): %s' % (warm_ms, ' '.join('%.2f' % m for m in ms)))
    print('  median %.3f ms = %.3f ns/point, min %.3f ms' % (med, 1e6 * med / n, min(ms)))
    print('RESULT impl=%s threads=%d n=%d k=%d status=ok median_ms=%.4f min_ms=%.4f '
          'ns_per_point=%.4f' % (impl, threads, n, k, med, min(ms), 1e6 * med / n))
    return 0


if __name__ == '__main__':
    sys.exit(main())
