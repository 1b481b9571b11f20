import numpy as np

OFFS = [(-1, 0, 1.0), (1, 1, 2.0), (0, -1, 3.0), (2, 0, 0.25), (0, 2, -1.0)]


def pd(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def idx(i, n, mode):
    """the index read for i in 0..n under mode, or None (src_zero: 0 is read)"""
    if 0 <= i < n:
        return i
    if mode == 'wraparound':
        return i % n
    if mode == 'clamp':
        return min(max(i, 0), n - 1)
    if mode == 'mirror':
        if n == 1:
            return 0
        p = 2 * (n - 1)
        j = i % p
        return j if j < n else p - j
    return None


def stencil(p, mode, offs):
    h, w = p.shape
    lo0 = min(o[0] for o in offs); hi0 = max(o[0] for o in offs)
    lo1 = min(o[1] for o in offs); hi1 = max(o[1] for o in offs)
    out = np.zeros((h, w))
    for i in range(h):
        for j in range(w):
            inside = i + lo0 >= 0 and i + hi0 < h and j + lo1 >= 0 and j + hi1 < w
            if not inside and mode in ('skip', 'dst_zero'):
                continue        # skip leaves the zeros of zeros_like, dst_zero writes 0
            s = 0.0
            for (a, b, c) in offs:
                ii, jj = idx(i + a, h, mode), idx(j + b, w, mode)
                v = 0.0 if ii is None or jj is None else p[ii, jj]
                s = s + c * v
            out[i, j] = s
    return out


def kernel_sum(p, mode):
    # the arr kernel's order: ((((p1 + 2 p2) + 3 p3) + 0.25 p4) - p5)
    h, w = p.shape
    return stencil(p, mode, OFFS)


for (h, w) in ((5, 6), (1, 1), (4, 3)):
    n = h * w
    i = np.arange(n)
    x = (((i * 7) % 11) * 0.25 - 1.0).reshape(h, w)
    y = (((i * 5) % 13) * 0.5).reshape(h, w)
    sq = x * x + 0.5 * y
    print('shape %d %d' % (h, w))
    for mode in ('skip', 'wraparound', 'dst_zero', 'src_zero', 'clamp', 'mirror'):
        pd(kernel_sum(sq, mode))
    pd(stencil(sq, 'mirror', [(-1, 0, 1.0), (1, 1, 2.0)]))
    pd(sq)
    pd(stencil(x * 1.0, 'mirror', [(2, 0, 1.0)]))
