#!/usr/bin/python3
"""NumPy matrix product for bench/matmul: np.matmul(a, b, out=c), which
hands the product to the BLAS NumPy is linked with (Debian: OpenBLAS, the
same library as the openblas rows, through libblas.so.3).

usage: numpy_mm.py DIR [R]
  reads DIR/input.bin (written by a C executable: int64 n, element size 8
  or 4, then a[n, n] and b[n, n] as float64 or float32), computes the
  product and compares it with every DIR/out_*.bin (int64 n, element size,
  then c[n, n]): every element within 2 k u * |a row i| * |b column j| (as
  bench.c checks OpenBLAS: u the unit roundoff of the type, 2-norms).  With
  R > 0 it then times R products after a warm-up and prints a RESULT line
  like the C executables; its maxrel= is the difference to out_hand.bin
  (the naive sums; to the largest of the others when there is none).
Threads: OpenBLAS reads OPENBLAS_NUM_THREADS when NumPy loads it (run.sh
sets it with OMP_NUM_THREADS); the RESULT line says OMP_NUM_THREADS, the
summary line what OpenBLAS reports when its library can be found.
Exit status: 0 ok, 2 a comparison failed, 1 other error.
"""
import ctypes
import glob
import os
import sys
import time

import numpy as np


def blas_info():
    """OpenBLAS's core and thread count, from the library NumPy loaded"""
    try:
        lib = ctypes.CDLL('libopenblas.so.0', mode=os.RTLD_NOLOAD)
        lib.openblas_get_corename.restype = ctypes.c_char_p
        return 'openblas core %s, %d thread(s)' % (lib.openblas_get_corename().decode(),
                                                  lib.openblas_get_num_threads())
    except (OSError, AttributeError):
        return 'BLAS: not OpenBLAS, or not found'


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 1
    d = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    threads = int(os.environ.get('OMP_NUM_THREADS', '1'))
    path = os.path.join(d, 'input.bin')
    n, size = (int(v) for v in np.fromfile(path, dtype=np.int64, count=2))
    dt = {8: np.float64, 4: np.float32}[size]
    dtype = 'f64' if size == 8 else 'f32'
    ab = np.fromfile(path, dtype=dt, offset=16)
    a, b = ab[:n * n].reshape(n, n), ab[n * n:2 * n * n].reshape(n, n)
    c = np.empty((n, n), dt)

    t0 = time.perf_counter()
    np.matmul(a, b, out=c)
    warm_ms = 1e3 * (time.perf_counter() - t0)
    print('numpy %s: n=%d dtype=%s threads=%d (%s)' % (np.__version__, n, dtype, threads,
                                                        blas_info()))
    tol = 2 * n * float(np.finfo(dt).eps) / 2      # 2 k u, u = eps / 2
    scale = np.outer(np.linalg.norm(a.astype(np.float64), axis=1),
                     np.linalg.norm(b.astype(np.float64), axis=0))
    ok, outs, maxrel = True, sorted(glob.glob(os.path.join(d, 'out_*.bin'))), 0.0
    names = [os.path.basename(p) for p in outs]
    for p in outs:
        hdr = np.fromfile(p, dtype=np.int64, count=2)
        if int(hdr[0]) != n or int(hdr[1]) != size:
            print('  check vs %s: different n or type: FAILED' % os.path.basename(p))
            ok = False
            continue
        o = np.fromfile(p, dtype=dt, offset=16).reshape(n, n)
        rel = float(np.max(np.abs(o.astype(np.float64) - c) / scale))
        if os.path.basename(p) == 'out_hand.bin' or 'out_hand.bin' not in names:
            maxrel = max(maxrel, rel)
        good = rel <= tol
        ok = ok and good
        print('  check vs %s: %d of %d elements differ, max |diff| / (|a_i| |b_j|) %.3g '
              '(tol 2ku = %.3g): %s' % (os.path.basename(p), int(np.count_nonzero(o != c)),
                                        n * n, rel, tol, 'ok' if good else 'FAILED'))
    if not outs:
        print('  check: no out_*.bin in %s to compare with' % d)
    if not ok:
        print('RESULT impl=numpy threads=%d n=%d dtype=%s status=CHECK_FAILED'
              % (threads, n, dtype))
        return 2
    if reps == 0:
        print('RESULT impl=numpy threads=%d n=%d dtype=%s status=ok checked=%d maxrel=%.3g'
              % (threads, n, dtype, len(outs), maxrel))
        return 0

    c0 = c.copy()
    ms = []
    for _ in range(reps):
        t0 = time.perf_counter()
        np.matmul(a, b, out=c)
        ms.append(1e3 * (time.perf_counter() - t0))
    if not np.array_equal(c, c0):
        print('  check: output changed between runs')
        return 2
    med = float(np.median(ms))
    gflops = 2.0 * n ** 3 / (med * 1e6)
    print('  warm-up %.2f ms; timed (ms): %s' % (warm_ms, ' '.join('%.2f' % m for m in ms)))
    print('  median %.3f ms = %.2f GFLOP/s, min %.3f ms' % (med, gflops, min(ms)))
    print('RESULT impl=numpy threads=%d n=%d dtype=%s status=ok median_ms=%.4f min_ms=%.4f '
          'gflops=%.3f maxrel=%.3g' % (threads, n, dtype, med, min(ms), gflops, maxrel))
    return 0


if __name__ == '__main__':
    sys.exit(main())
