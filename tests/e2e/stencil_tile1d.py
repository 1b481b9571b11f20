"""Reference for stencil_tile1d: runStencil (spec section 7) in 1-D with
NumPy's vector indexing, one round at a time."""
import numpy as np

SIZES = [37, 1100, 2500, 45000]
ITS = [0, 4, 5, 66, 67, 130, 200]


def pr(a):
    a = np.asarray(a, dtype=np.float64)
    n = len(a)
    step = 1 if n <= 40 else 7 if n <= 10000 else 101
    for i in range(0, n, step):
        print('%.17g' % a[i])
    if step > 1:
        s = 0.0
        w = 0.0
        for i, e in enumerate(a.tolist()):
            s += e
            w += float(i % 13 + 1) * e
        print('%.17g' % s)
        print('%.17g' % w)


def fill(n, s):
    return np.array([((i * 7 + s * 3) % 17) / 16.0 - 0.25 for i in range(n)])


def one_round(dst, src, mode, offs, weights):
    n = len(src)
    idx = np.arange(n)
    lo, hi = min(offs), max(offs)
    inside = (idx + lo >= 0) & (idx + hi < n)
    val = None
    for w, o in zip(weights, offs):
        j = idx + o
        if mode == 'wrap':
            rd = src[j % n]
        elif mode == 'clamp':
            rd = src[np.clip(j, 0, n - 1)]
        elif mode == 'mirror':
            rd = src[np.where(j < 0, -j, np.where(j >= n, 2 * (n - 1) - j, j))]
        elif mode == 'src_zero':
            rd = np.where((j >= 0) & (j < n), src[np.clip(j, 0, n - 1)], src.dtype.type(0))
        else:
            rd = src[np.clip(j, 0, n - 1)]      # only the inside is kept
        term = w * rd
        val = term if val is None else val + term
    if mode == 'skip':
        dst[inside] = val[inside]
    elif mode == 'dst_zero':
        dst[:] = np.where(inside, val, dst.dtype.type(0))
    else:
        dst[:] = val


def run(first, second, it, mode, offs, weights):
    """first is written from second, then they swap (|b, a| ... return a, b);
    returns the buffer written in the last round (first with 0 rounds)"""
    cur = [first, second]
    for r in range(it):
        if r > 0:
            cur = [cur[1], cur[0]]
        one_round(cur[0], cur[1], mode, offs, weights)
    return cur[0]


ASYM = ([-1, 0, 1], [0.3, 0.45, 0.25])
for n in SIZES:
    for it in ITS:
        if n > 10000 and it not in (5, 67):
            continue
        for k, mode in enumerate(['skip', 'wrap', 'dst_zero', 'src_zero', 'clamp', 'mirror']):
            x = fill(n, k)
            r = run(x.copy(), x, it, mode, *ASYM)
            pr(r.copy())
            pr(x)
        x = fill(n, 6)
        r = run(x.copy(), x, it, 'clamp', [-2, -1, 0, 1], [0.2, 0.3, 0.4, 0.1])
        pr(r.copy())
        pr(x)
        # the written buffer second: q (v) from p (x); the value is p's buffer in the last round
        x = fill(n, 7)
        v = x.copy()
        cur = [x, v]
        for rnd in range(it):
            p, q = cur
            q[:] = 0.5 * (np.roll(p, 1) + np.roll(p, -1))
            if rnd < it - 1:
                cur = [q, p]
        pr(cur[0].copy())
        pr(x)
        f = np.float32
        xf = np.array([((i * 5) % 13) / 8.0 for i in range(n)], dtype=np.float32)
        r = run(xf.copy(), xf, it, 'skip', [-1, 0, 1], [f(0.25), f(0.5), f(0.25)])
        pr(r.copy())
        pr(xf)
