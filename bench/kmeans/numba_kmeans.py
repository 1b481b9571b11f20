#!/usr/bin/python3
"""Numba k-means step for bench/kmeans: @njit(parallel=True), one pass over
the points as in hand.c: a prange over one chunk of points per thread; each
chunk finds every point's nearest centre (squared distance dx*dx + dy*dy,
the first centre on a tie), writes the assignment and adds the point to the
chunk's own row of partial sums and counts; the rows are then combined in
chunk order and each centre becomes the mean of its points (a centre without
points keeps its position).  No fastmath.

usage: numba_kmeans.py DIR [R]
  as numpy_kmeans.py (same input, checks against every DIR/out_*.bin and
  timing; its run()); the step is compiled on the input before the check.
  Threads: numba.set_num_threads(OMP_NUM_THREADS) when that is set (run.sh
  also sets NUMBA_NUM_THREADS).
"""
import os
import sys

import numba
import numpy as np
from numba import njit, prange

import numpy_kmeans


@njit(parallel=True)
def _step(px, py, cx, cy, nchunk, assign, ncx, ncy):
    n = px.shape[0]
    k = cx.shape[0]
    sx = np.zeros((nchunk, k))
    sy = np.zeros((nchunk, k))
    cnt = np.zeros((nchunk, k), dtype=np.int64)
    for t in prange(nchunk):
        lo = t * n // nchunk
        hi = (t + 1) * n // nchunk
        for i in range(lo, hi):
            x = px[i]
            y = py[i]
            best = np.inf
            bc = 0
            for c in range(k):
                dx = x - cx[c]
                dy = y - cy[c]
                d = dx * dx + dy * dy
                if d < best:
                    best = d
                    bc = c
            assign[i] = bc
            sx[t, bc] += x
            sy[t, bc] += y
            cnt[t, bc] += 1
    for c in range(k):
        tx = 0.0
        ty = 0.0
        tc = 0
        for t in range(nchunk):
            tx += sx[t, c]
            ty += sy[t, c]
            tc += cnt[t, c]
        ncx[c] = tx / tc if tc > 0 else cx[c]
        ncy[c] = ty / tc if tc > 0 else cy[c]


def kmeans_step(px, py, cx, cy):
    assign = np.empty(px.shape[0], dtype=np.int64)
    ncx = np.empty_like(cx)
    ncy = np.empty_like(cy)
    _step(px, py, cx, cy, numba.get_num_threads(), assign, ncx, ncy)
    return assign, ncx, ncy


def main():
    t = os.environ.get('OMP_NUM_THREADS')
    if t:
        numba.set_num_threads(int(t))
    threads = numba.get_num_threads()
    return numpy_kmeans.run('numba', kmeans_step,
                            'numba %s parallel, %d threads' % (numba.__version__, threads),
                            threads, __doc__, prepare=kmeans_step)


if __name__ == '__main__':
    sys.exit(main())
