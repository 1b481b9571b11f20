import numpy as np
from stencil_ref import stencil

H, W, N = 13, 11, 23
ITS = [0, 1, 2, 4, 7, 10]


def pr(a):
    for e in np.asarray(a, dtype=np.float64).ravel():
        print('%.17g' % e)


def prf(a):
    for e in np.asarray(a, dtype=np.float32).ravel():
        print('%.9g' % float(e))


def fill(n, s):
    return np.array([((i * 7 + s * 3) % 17) / 16.0 - 0.25 for i in range(n)])


MODES = ['skip', 'wrap', 'dst_zero', 'src_zero', 'clamp', 'mirror']
OFFS = [(0, 0), (-1, 0), (1, 1), (0, -2), (2, 0)]


def heat(rd):
    return 0.5 * rd(1, (0, 0)) + 0.2 * rd(1, (-1, 0)) + 0.1 * rd(1, (1, 1)) + 0.15 * rd(1, (0, -2)) + 0.05 * rd(1, (2, 0))


for it in ITS:
    for k, m in enumerate(MODES):
        x = fill(H * W, k).reshape(H, W)
        v = x.copy()
        r = stencil([v, x], it, m, OFFS, heat, perm=[1, 0])
        pr(r.copy())
        pr(x)
    x = fill(H * W, 7).reshape(H, W)
    c = fill(H * W, 9).reshape(H, W) * 0.5
    v = x.copy()
    r = stencil([v, x, c], it, 'mirror', [(0, 0), (0, 1), (-1, -1), (-1, 0)],
                lambda rd: rd(2, (0, 0)) * rd(1, (0, 0)) + 0.3 * rd(1, (0, 1)) + 0.2 * rd(2, (-1, 0)) * rd(1, (-1, -1)),
                perm=[1, 0, 2])
    pr(r.copy())
    pr(x)
    y = fill(N, 8)
    v = y.copy()
    r = stencil([v, y], it, 'clamp', [(-1,), (0,), (1,), (2,)],
                lambda rd: 0.25 * rd(1, (-1,)) + 0.5 * rd(1, (0,)) + 0.125 * rd(1, (1,)) + 0.125 * rd(1, (2,)), perm=[1, 0])
    pr(r.copy())
    pr(y)
    xf = np.array([((i * 5) % 13) / 8.0 for i in range(H * W)], dtype=np.float32).reshape(H, W)
    v = xf.copy()
    f = np.float32
    r = stencil([v, xf], it, 'skip', [(-2, -2), (2, 2), (-2, 2), (2, -2), (-1, 0), (1, 0), (0, -1), (0, 1), (0, 0)],
                lambda rd: f(0.0625) * (rd(1, (-2, -2)) + rd(1, (2, 2)) + rd(1, (-2, 2)) + rd(1, (2, -2)))
                + f(0.125) * (rd(1, (-1, 0)) + rd(1, (1, 0)) + rd(1, (0, -1)) + rd(1, (0, 1))) + f(0.25) * rd(1, (0, 0)),
                perm=[1, 0])
    prf(r.copy())
    prf(xf)
    # the written buffer second: q (v) written from p (x), then swapped; the value is p's buffer in the last round
    x = fill(H * W, 11).reshape(H, W)
    v = x.copy()
    cur = [x, v]
    for rnd in range(it):
        p, q = cur
        q[:, :] = 0.25 * (np.roll(p, 1, 0) + np.roll(p, -1, 0) + np.roll(p, 1, 1) + np.roll(p, -1, 1))
        if rnd < it - 1:
            cur = [q, p]
    pr(cur[0].copy())
    pr(x)
