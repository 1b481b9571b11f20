#!/usr/bin/python3
"""NumPy, OpenCV and Numba versions of the blur sample for bench/blur.

usage: py_blur.py numpy|opencv|numba|numba_stencil DIR [R [ROUNDS]]
  reads DIR/input.bin (written by a C executable: int64 h, w, rounds, then
  h*w float32), computes `rounds` rounds and compares the result on the
  interior (rows and columns 2 .. n-3) with every DIR/out_*.bin (same
  layout): max |difference| at most 1e-5.  With R > 0 it then times R calls
  of ROUNDS rounds each (default: the file's rounds) after a warm-up, each on
  a fresh copy of the input, and prints a RESULT line like the C executables.

Both keep the sample's semantics: buf = img.copy(); each round writes the
interior of b from a and keeps b's 2-pixel frame; the buffers swap; the
result is the last round's b.
  numpy:  slicing: the 25 neighbours are shifted views a[2+di:h-2+di,
          2+dj:w-2+dj]; the same sums and products in the same order as the
          .arr sample, in float32, into two preallocated scratch arrays
          (out=), the last addition straight into b's interior view.
          Single-threaded (NumPy's elementwise loops are).
  opencv: cv2.filter2D(a, -1, K, dst=b) with the 5 x 5 weights (float32,
          in place into b); filter2D also writes the frame (from its own
          border extrapolation), so the frame is then restored from the
          input, which is what :oob_skip leaves there.  Threads:
          cv2.setNumThreads(OMP_NUM_THREADS) when that is set.
  numba:  @njit(parallel=True): buf = img.copy(), then per round a prange
          loop over the interior rows with an inner loop over the columns,
          the sample's expression per pixel with float32 weights (the same
          sums and products in the same order, float32 arithmetic, no
          fastmath); the buffers swap.
  numba_stencil: the same with Numba's @stencil: the 5 x 5 kernel written
          with relative indices (a[-2, -2] ...), applied once per round with
          out=b (given an output array, the stencil leaves its border, the
          2-pixel frame, untouched, as :oob_skip does) inside an
          @njit(parallel=True) function, as Numba's documentation does.
  Numba threads: numba.set_num_threads(OMP_NUM_THREADS) when that is set
  (run.sh also sets NUMBA_NUM_THREADS); the first call compiles.
Exit status: 0 ok, 2 a comparison failed, 1 other error.
"""
import glob
import os
import sys
import time

import numpy as np

TOL = 1e-5
C = [np.float32(v) for v in (0.0030, 0.0133, 0.0219, 0.0596, 0.0983, 0.1621)]
# offsets of each weight group, in the order of the .arr sample
GROUPS = [
    [(-2, -2), (-2, 2), (2, -2), (2, 2)],
    [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)],
    [(-2, 0), (2, 0), (0, -2), (0, 2)],
    [(-1, -1), (-1, 1), (1, -1), (1, 1)],
    [(-1, 0), (1, 0), (0, -1), (0, 1)],
    [(0, 0)],
]


def kernel5x5():
    k = np.zeros((5, 5), np.float32)
    for c, group in zip(C, GROUPS):
        for di, dj in group:
            k[2 + di, 2 + dj] = c
    return k


def blur_numpy(img, rounds):
    h, w = img.shape
    buf = img.copy()
    b, a = buf, img
    s = np.empty((h - 4, w - 4), np.float32)
    acc = np.empty_like(s)
    for _ in range(rounds):
        def at(di, dj):
            return a[2 + di:h - 2 + di, 2 + dj:w - 2 + dj]
        for g, (c, group) in enumerate(zip(C, GROUPS)):
            if len(group) == 1:
                np.multiply(at(*group[0]), c, out=s)
            else:
                np.add(at(*group[0]), at(*group[1]), out=s)
                for d in group[2:]:
                    np.add(s, at(*d), out=s)
                np.multiply(s, c, out=s)
            if g == 0:
                acc, s = s, acc
            elif g < len(GROUPS) - 1:
                np.add(acc, s, out=acc)
            else:
                np.add(acc, s, out=b[2:h - 2, 2:w - 2])
        b, a = a, b
    return a if rounds > 0 else buf


def make_blur_opencv():
    import cv2
    t = os.environ.get('OMP_NUM_THREADS')
    if t:
        cv2.setNumThreads(int(t))
    k = kernel5x5()

    def blur_opencv(img, rounds):
        frame = (img[:2].copy(), img[-2:].copy(), img[:, :2].copy(), img[:, -2:].copy())
        buf = img.copy()
        b, a = buf, img
        for _ in range(rounds):
            cv2.filter2D(a, -1, k, dst=b, borderType=cv2.BORDER_REPLICATE)
            b[:2], b[-2:], b[:, :2], b[:, -2:] = frame
            b, a = a, b
        return a if rounds > 0 else buf
    threads = cv2.getNumThreads()
    return blur_opencv, 'cv2 %s, %d threads' % (cv2.__version__, threads), threads


def make_blur_numba(kind):
    import numba
    from numba import njit, prange, stencil
    t = os.environ.get('OMP_NUM_THREADS')
    if t:
        numba.set_num_threads(int(t))
    c0, c1, c2, c3, c4, c5 = C   # float32 constants, frozen by Numba

    if kind == 'numba':
        @njit(parallel=True)
        def blur(img, rounds):
            h, w = img.shape
            buf = img.copy()
            b, a = buf, img
            for _ in range(rounds):
                for i in prange(2, h - 2):
                    for j in range(2, w - 2):
                        b[i, j] = (c0 * (a[i - 2, j - 2] + a[i - 2, j + 2] + a[i + 2, j - 2]
                                         + a[i + 2, j + 2])
                                   + c1 * (a[i - 2, j - 1] + a[i - 2, j + 1] + a[i - 1, j - 2]
                                           + a[i - 1, j + 2] + a[i + 1, j - 2] + a[i + 1, j + 2]
                                           + a[i + 2, j - 1] + a[i + 2, j + 1])
                                   + c2 * (a[i - 2, j] + a[i + 2, j] + a[i, j - 2] + a[i, j + 2])
                                   + c3 * (a[i - 1, j - 1] + a[i - 1, j + 1] + a[i + 1, j - 1]
                                           + a[i + 1, j + 1])
                                   + c4 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
                                   + c5 * a[i, j])
                b, a = a, b
            return a
    else:
        @stencil(neighborhood=((-2, 2), (-2, 2)))
        def kernel(a):
            return (c0 * (a[-2, -2] + a[-2, 2] + a[2, -2] + a[2, 2])
                    + c1 * (a[-2, -1] + a[-2, 1] + a[-1, -2] + a[-1, 2]
                            + a[1, -2] + a[1, 2] + a[2, -1] + a[2, 1])
                    + c2 * (a[-2, 0] + a[2, 0] + a[0, -2] + a[0, 2])
                    + c3 * (a[-1, -1] + a[-1, 1] + a[1, -1] + a[1, 1])
                    + c4 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                    + c5 * a[0, 0])

        # one round per call: Numba 0.56's stencil-to-parfor pass cannot
        # follow the buffer swap inside one parallel function (it loses the
        # arrays' shapes), so the rounds loop (the copy and the swaps, nothing
        # for parallel=True to do) calls this one
        @njit(parallel=True)
        def one_round(a, b):
            kernel(a, out=b)

        @njit
        def blur(img, rounds):
            buf = img.copy()
            b, a = buf, img
            for _ in range(rounds):
                one_round(a, b)
                b, a = a, b
            return a
    threads = numba.get_num_threads()
    return blur, 'numba %s, %d threads' % (numba.__version__, threads), threads


def read_bin(path):
    with open(path, 'rb') as f:
        h, w, rounds = (int(v) for v in np.fromfile(f, dtype=np.int64, count=3))
        v = np.fromfile(f, dtype=np.float32)
    if v.size != h * w:
        raise ValueError('%s: %d values for %d x %d' % (path, v.size, h, w))
    return h, w, rounds, v.reshape(h, w)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ('numpy', 'opencv', 'numba', 'numba_stencil'):
        print(__doc__, file=sys.stderr)
        return 1
    impl, d = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    h, w, rounds, orig = read_bin(os.path.join(d, 'input.bin'))
    if impl == 'numpy':
        fn, info, threads = blur_numpy, 'numpy %s, 1 thread' % np.__version__, 1
    elif impl == 'opencv':
        fn, info, threads = make_blur_opencv()
    else:
        fn, info, threads = make_blur_numba(impl)
    trounds = int(sys.argv[4]) if len(sys.argv) > 4 else rounds
    print('%s: %d x %d f32, %s' % (impl, h, w, info))

    if reps == 0:
        t0 = time.perf_counter()
        res = fn(orig.copy(), rounds)
        ms = 1e3 * (time.perf_counter() - t0)
        ok = True
        outs = sorted(glob.glob(os.path.join(d, 'out_*.bin')))
        for path in outs:
            oh, ow, orounds, o = read_bin(path)
            if (oh, ow, orounds) != (h, w, rounds):
                print('  check vs %s: different h, w or rounds: FAILED' % os.path.basename(path))
                ok = False
                continue
            x, y = res[2:h - 2, 2:w - 2], o[2:h - 2, 2:w - 2]
            maxd = float(np.max(np.abs(x.astype(np.float64) - y)))
            same = int(np.count_nonzero(x.view(np.uint32) == y.view(np.uint32)))
            good = maxd <= TOL       # NaN fails
            ok = ok and good
            print('  check vs %s (%d rounds, %.0f ms): interior max |diff| %.3g (tol %.0e), '
                  '%d/%d bit-identical: %s' % (os.path.basename(path), rounds, ms, maxd, TOL,
                                               same, x.size, 'ok' if good else 'FAILED'))
        if not outs:
            print('  check: no out_*.bin in %s to compare with' % d)
        print('RESULT impl=%s threads=%d status=%s checked=%d'
              % (impl, threads, 'ok' if ok else 'CHECK_FAILED', len(outs)))
        return 0 if ok else 2

    img = orig.copy()
    t0 = time.perf_counter()
    first = fn(img, trounds).copy()
    warm_ms = 1e3 * (time.perf_counter() - t0)
    ms = []
    for _ in range(reps):
        img = orig.copy()
        t0 = time.perf_counter()
        r = fn(img, trounds)
        ms.append(1e3 * (time.perf_counter() - t0))
        if not np.array_equal(r, first):
            print('  check: the output changed between runs -> FAILED')
            print('RESULT impl=%s threads=%d status=CHECK_FAILED' % (impl, threads))
            return 2
    med = float(np.median(ms))
    print('  warm-up %.1f ms; timed (ms): %s' % (warm_ms, ' '.join('%.1f' % m for m in ms)))
    print('  median %.2f ms per call = %.3f ms per round (%d rounds), min %.2f ms'
          % (med, med / trounds, trounds, min(ms)))
    print('RESULT impl=%s threads=%d status=ok rounds=%d median_ms=%.4f min_ms=%.4f '
          'ms_per_round=%.4f' % (impl, threads, trounds, med, min(ms), med / trounds))
    return 0


if __name__ == '__main__':
    sys.exit(main())
