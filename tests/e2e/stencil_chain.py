import numpy as np
from stencil_ref import stencil

SH = [(7, 6), (1, 5), (5, 1), (2, 2), (100, 9), (37, 3)]


def pr(a):
    for e in np.asarray(a, dtype=np.float64).ravel():
        print('%.17g' % e)


def fill(h, w, s):
    return np.array([((i * 7 + s * 5) % 13) / 8.0 - 0.75 for i in range(h * w)]).reshape(h, w)


def st(bufs, mode, offs, kern):
    stencil(bufs, 1, mode, offs, kern)
    return bufs[0]


for k, (h, w) in enumerate(SH):
    x = fill(h, w, k)
    c = fill(h, w, k + 3)
    z = lambda: np.zeros((h, w))
    gx = st([z(), x], 'mirror', [(0, 1), (0, -1)], lambda rd: rd(1, (0, 1)) - rd(1, (0, -1)))
    gy = st([z(), x], 'mirror', [(1, 0), (-1, 0)], lambda rd: rd(1, (1, 0)) - 0.5 * rd(1, (-1, 0)))
    pr(st([z(), gx, gy, c], 'mirror', [(-1, 0), (1, 1), (0, 0), (2, -1)],
          lambda rd: rd(1, (-1, 0)) * rd(2, (1, 1)) + rd(1, (0, 0)) * rd(1, (0, 0)) - rd(2, (2, -1)) + rd(3, (0, 0))))
    g = st([z(), x], 'wrap', [(-1, -1), (1, 0), (0, 2)], lambda rd: rd(1, (-1, -1)) + 2.0 * rd(1, (1, 0)) - rd(1, (0, 2)))
    pr(st([z(), g, g], 'clamp', [(-2, 0), (1, -1), (0, 1)], lambda rd: rd(1, (-2, 0)) - rd(2, (1, -1)) + 0.25 * rd(1, (0, 1))))
    g = st([z(), x], 'clamp', [(0, 0), (1, 1)], lambda rd: 1.5 * (rd(1, (0, 0)) + rd(1, (1, 1))))
    pr(st([z(), g], 'src_zero', [(-1, 0), (1, 0), (0, -1)], lambda rd: rd(1, (-1, 0)) + rd(1, (1, 0)) - rd(1, (0, -1))))
    g = st([z(), x], 'src_zero', [(-1, 0), (0, 1)], lambda rd: rd(1, (-1, 0)) - rd(1, (0, 1)))
    pr(st([np.full((h, w), 7.0), g], 'skip', [(-1, -1), (1, 1)], lambda rd: rd(1, (-1, -1)) * rd(1, (1, 1))))
    xf = np.array([((i * 3 + k) % 7) / 4.0 - 0.5 for i in range(h * w)], dtype=np.float32).reshape(h, w)
    zf = lambda: np.zeros((h, w), dtype=np.float32)
    g = st([zf(), xf], 'mirror', [(0, -1), (0, 1), (2, 0)], lambda rd: rd(1, (0, -1)) + rd(1, (0, 1)) - rd(1, (2, 0)))
    o = st([zf(), g], 'dst_zero', [(0, 0), (1, 0)], lambda rd: rd(1, (0, 0)) - rd(1, (1, 0)) * np.float32(0.5))
    for e in o.astype(np.float32).ravel():
        print('%.9g' % float(e))
    g = st([z(), x], 'mirror', [(1, 0), (0, 0)], lambda rd: rd(1, (1, 0)) - rd(1, (0, 0)))
    pr(st([z(), g], 'wrap', [(-1, 0), (1, 1)], lambda rd: rd(1, (-1, 0)) + rd(1, (1, 1))))
    g = st([z(), x], 'clamp', [(0, 1), (0, -1)], lambda rd: rd(1, (0, 1)) - rd(1, (0, -1)))
    o = st([z(), g], 'clamp', [(-1, 0), (1, 0)], lambda rd: rd(1, (-1, 0)) + rd(1, (1, 0)))
    pr(g + o)

for k, n in enumerate([1, 2, 5, 100, 70001]):
    x = np.array([((i * 7 + k * 5) % 13) / 8.0 - 0.75 for i in range(n)])
    g = st([np.zeros(n), x], 'clamp', [(-1,), (1,)], lambda rd: rd(1, (-1,)) - 2.0 * rd(1, (1,)))
    pr(st([np.zeros(n), g, x], 'mirror', [(-2,), (0,), (2,)],
          lambda rd: rd(1, (-2,)) * rd(2, (0,)) + rd(1, (2,)) - rd(1, (0,))))
for k, sh in enumerate([(3, 4, 5), (20, 2, 3), (1, 1, 1), (40, 3, 2)]):
    n = sh[0] * sh[1] * sh[2]
    x = np.array([((i * 7 + (k + 1) * 5) % 13) / 8.0 - 0.75 for i in range(n)]).reshape(sh)
    g = st([np.zeros(sh), x], 'mirror', [(-1, 0, 1), (0, 1, -1), (1, 1, 1)],
           lambda rd: rd(1, (-1, 0, 1)) - rd(1, (0, 1, -1)) + rd(1, (1, 1, 1)))
    pr(st([np.zeros(sh), g], 'clamp', [(1, -1, 0), (-1, 0, 1), (0, 0, 0)],
          lambda rd: rd(1, (1, -1, 0)) + 0.5 * rd(1, (-1, 0, 1)) - rd(1, (0, 0, 0))))
