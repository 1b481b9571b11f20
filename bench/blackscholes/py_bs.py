#!/usr/bin/python3
"""NumPy and Numba versions of the Black-Scholes put for bench/blackscholes.

usage: py_bs.py numpy|numba REFFILE [R]
  REFFILE (written by a C executable, `bs_hand_fused_scalar N R REFFILE`):
  int64 n, then the n put prices of the scalar hand-written C.  The inputs
  are regenerated exactly as bench.c does (sptprice 42, strike 40 + i/n,
  rate 0.5, volatility 0.2, time 0.5).  The implementation runs once (for
  Numba after compiling it) and is checked against REFFILE: every value
  finite, max relative difference below 1e-10 (as the C driver's vector-math
  tolerance; the erf and exp of NumPy/SciPy and of Numba are not glibc's
  vector ones).  Then R timed calls (default 7) after that warm-up; every
  output must equal the first.  Prints a RESULT line like the C drivers.

  numpy: whole-array NumPy in the sample's operation order, one temporary
         per operation; erf is scipy.special.erf (NumPy has none).
         Single-threaded (NumPy's elementwise loops are); OMP_NUM_THREADS is
         passed on anyway.
  numba: @njit(parallel=True), one prange loop over the options with the
         sample's expression per element (math.log10, math.exp, math.erf,
         math.sqrt), into a preallocated output; no fastmath.  Threads:
         numba.set_num_threads(OMP_NUM_THREADS) (run.sh also sets
         NUMBA_NUM_THREADS).
Exit status: 0 ok, 2 check failed, 1 other error.
"""
import os
import sys
import time

import numpy as np

TOL = 1e-10


def inputs(n):
    i = np.arange(n, dtype=np.float64)
    return (np.full(n, 42.0), 40.0 + i / n, np.full(n, 0.5), np.full(n, 0.2),
            np.full(n, 0.5))


def make_numpy():
    from scipy.special import erf
    import scipy

    def cndf2(x):
        return 0.5 + 0.5 * erf(0.707106781 * x)

    def bs(sptprice, strike, rate, volatility, time_, out):
        logterm = np.log10(sptprice / strike)
        powterm = 0.5 * volatility * volatility
        den = volatility * np.sqrt(time_)
        d1 = ((rate + powterm) * time_ + logterm) / den
        d2 = d1 - den
        future = strike * np.exp(-rate * time_)
        call = sptprice * cndf2(d1) - future * cndf2(d2)
        out[:] = call - future + sptprice
        return out
    return bs, 'numpy %s + scipy.special.erf (scipy %s), single-threaded' % (
        np.__version__, scipy.__version__), 1


def make_numba():
    import math
    import numba
    from numba import njit, prange
    t = os.environ.get('OMP_NUM_THREADS')
    if t:
        numba.set_num_threads(int(t))

    @njit(inline='always')
    def cndf2(x):
        return 0.5 + 0.5 * math.erf(0.707106781 * x)

    @njit(parallel=True)
    def bs(sptprice, strike, rate, volatility, time_, out):
        for i in prange(out.shape[0]):
            logterm = math.log10(sptprice[i] / strike[i])
            powterm = 0.5 * volatility[i] * volatility[i]
            den = volatility[i] * math.sqrt(time_[i])
            d1 = ((rate[i] + powterm) * time_[i] + logterm) / den
            d2 = d1 - den
            future = strike[i] * math.exp(-rate[i] * time_[i])
            call = sptprice[i] * cndf2(d1) - future * cndf2(d2)
            out[i] = call - future + sptprice[i]
        return out
    threads = numba.get_num_threads()
    return bs, 'numba %s parallel, %d threads' % (numba.__version__, threads), threads


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ('numpy', 'numba'):
        print(__doc__, file=sys.stderr)
        return 1
    impl, reffile = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    with open(reffile, 'rb') as f:
        n = int(np.fromfile(f, dtype=np.int64, count=1)[0])
        ref = np.fromfile(f, dtype=np.float64)
    if ref.size != n:
        print('%s: %d values for n=%d' % (reffile, ref.size, n), file=sys.stderr)
        return 1
    fn, info, threads = make_numpy() if impl == 'numpy' else make_numba()
    args = inputs(n)
    out = np.empty(n)
    print('%s: n=%d, %s' % (impl, n, info))

    t0 = time.perf_counter()
    if impl == 'numba':   # compile on a small input first
        fn(*(a[:16].copy() for a in args), np.empty(16))
        import numba
        print('  numba threading layer: %s' % numba.threading_layer())
    compile_ms = 1e3 * (time.perf_counter() - t0)
    t0 = time.perf_counter()
    fn(*args, out)
    warm_ms = 1e3 * (time.perf_counter() - t0)
    nonfinite = int(np.count_nonzero(~np.isfinite(out)))
    rel = float(np.max(np.abs(out - ref) / np.maximum(np.abs(ref), 1e-300)))
    same = int(np.count_nonzero(out.view(np.uint64) == ref.view(np.uint64)))
    ok = nonfinite == 0 and rel < TOL
    print('  check vs hand_fused_scalar: max rel diff %.3e (tol %.0e), %d/%d bit-identical, '
          '%d non-finite -> %s' % (rel, TOL, same, n, nonfinite, 'ok' if ok else 'FAILED'))
    if not ok:
        print('RESULT impl=%s threads=%d n=%d status=CHECK_FAILED maxrel=%.3e'
              % (impl, threads, n, rel))
        return 2
    first = out.copy()
    ms = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(*args, out)
        ms.append(1e3 * (time.perf_counter() - t0))
    if not np.array_equal(out, first):
        print('  timed runs changed the output -> FAILED')
        print('RESULT impl=%s threads=%d n=%d status=CHECK_FAILED maxrel=nondeterministic'
              % (impl, threads, n))
        return 2
    med = float(np.median(ms))
    print('  compile %.0f ms, warm-up %.1f ms; timed (ms): %s'
          % (compile_ms, warm_ms, ' '.join('%.1f' % m for m in ms)))
    print('  median %.2f ms = %.3f ns/option, min %.2f ms' % (med, 1e6 * med / n, min(ms)))
    print('RESULT impl=%s threads=%d n=%d status=ok median_ms=%.3f min_ms=%.3f '
          'ns_per_option=%.4f maxrel=%.3e' % (impl, threads, n, med, min(ms), 1e6 * med / n, rel))
    return 0


if __name__ == '__main__':
    sys.exit(main())
