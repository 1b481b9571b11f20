#!/usr/bin/env python3
"""Harris benchmark, Python side (bench/harris).

  py_harris.py check BUILD       compares BUILD/out_*.bin (written by the C
                                 versions with R = 0) with NumPy and OpenCV
                                 on BUILD/input.bin, every pair
  py_harris.py numpy  R BUILD    times R calls (after a warm-up) on
  py_harris.py opencv R BUILD    BUILD/input.bin; OpenCV uses OMP_NUM_THREADS
                                 threads (cv2.setNumThreads)

The NumPy version is what a NumPy user writes: np.pad(mode='reflect') (which
is OpenCV's BORDER_REFLECT_101: the edge pixel is not repeated) and shifted
slices, in float32.  The OpenCV version is
    cv2.cornerHarris(img, blockSize=3, ksize=3, k=0.04,
                     borderType=cv2.BORDER_REFLECT_101)
Both print a `RESULT ... median_ms=... status=ok` line like the C drivers.

Errors: R = det - k * trace^2 cancels, so near-zero responses carry no
relative precision in f32.  The check prints, per pair, the largest absolute
difference divided by max |R| ("abs/max"; must be below 1e-5) and the
largest relative difference over the pixels with |R| > 1e-3 max |R|
("rel"; informational).
"""
import os
import sys
import time

import numpy as np

K = np.float32(0.04)


def load(path):
    with open(path, 'rb') as f:
        h, w = np.frombuffer(f.read(16), dtype=np.int64)
        a = np.frombuffer(f.read(), dtype=np.float32)
    return a.reshape(int(h), int(w))


def harris_numpy(img, k=K):
    scale = np.float32(1.0 / 12.0)
    p = np.pad(img, 1, mode='reflect')
    ix = ((p[:-2, 2:] + 2 * p[1:-1, 2:] + p[2:, 2:])
          - (p[:-2, :-2] + 2 * p[1:-1, :-2] + p[2:, :-2])) * scale
    iy = ((p[2:, :-2] + 2 * p[2:, 1:-1] + p[2:, 2:])
          - (p[:-2, :-2] + 2 * p[:-2, 1:-1] + p[:-2, 2:])) * scale

    def box3(a):
        q = np.pad(a, 1, mode='reflect')
        h, w = a.shape
        s = q[0:h, 0:w].copy()
        for di in range(3):
            for dj in range(3):
                if di or dj:
                    s += q[di:di + h, dj:dj + w]
        return s

    a = box3(ix * ix)
    b = box3(ix * iy)
    c = box3(iy * iy)
    tr = a + c
    return a * c - b * b - k * tr * tr


def harris_opencv(img, k=K):
    import cv2
    return cv2.cornerHarris(img, 3, 3, float(k), borderType=cv2.BORDER_REFLECT_101)


def check(build):
    img = load(os.path.join(build, 'input.bin'))
    outs = {}
    for f in sorted(os.listdir(build)):
        if f.startswith('out_') and f.endswith('.bin'):
            outs[f[4:-4]] = load(os.path.join(build, f)).astype(np.float64)
    outs['numpy'] = harris_numpy(img).astype(np.float64)
    try:
        outs['opencv'] = harris_opencv(img).astype(np.float64)
    except ImportError:
        print('  check: no cv2; the opencv row is skipped')
    names = list(outs)
    ok = True
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            a, b = outs[x], outs[y]
            big = max(np.abs(a).max(), np.abs(b).max(), 1e-30)
            absmax = np.abs(a - b).max() / big
            sel = np.abs(b) > 1e-3 * big
            rel = (np.abs(a - b)[sel] / np.abs(b)[sel]).max() if sel.any() else 0.0
            bad = not absmax < 1e-5
            ok = ok and not bad
            print('  check %-6s vs %-6s abs/max %.2e  rel %.2e  (max |R| %.4g)%s'
                  % (x, y, absmax, rel, big, '  TOO LARGE' if bad else ''))
    print('RESULT check status=%s' % ('ok' if ok else 'MISMATCH'))
    return 0 if ok else 2


def timing(which, reps, build):
    img = load(os.path.join(build, 'input.bin')).copy()
    if which == 'opencv':
        import cv2
        cv2.setNumThreads(int(os.environ.get('OMP_NUM_THREADS', '1')))
        fn = harris_opencv
    else:
        fn = harris_numpy
    fn(img)
    t = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn(img)
        t.append(time.perf_counter() - t0)
    t.sort()
    print('  times (ms): ' + ' '.join('%.2f' % (1e3 * x) for x in t))
    print('  median %.3f ms, min %.3f ms' % (1e3 * t[reps // 2], 1e3 * t[0]))
    print('RESULT impl=%s h=%d w=%d median_ms=%.4f min_ms=%.4f status=ok'
          % (which, img.shape[0], img.shape[1], 1e3 * t[reps // 2], 1e3 * t[0]))
    return 0


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'check':
        sys.exit(check(sys.argv[2]))
    if len(sys.argv) == 4 and sys.argv[1] in ('numpy', 'opencv'):
        sys.exit(timing(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
    sys.exit(__doc__)
