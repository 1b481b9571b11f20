import numpy as np
from stencil_ref import stencil

H, W, N = 7, 6, 9
K = 0.04


def pr(a):
    for e in np.asarray(a, dtype=np.float64).ravel():
        print('%.17g' % e)


def fill(n, s):
    return np.array([((i * 5 + s * 3) % 11) / 8.0 - 0.5 for i in range(n)]).reshape(H, W)


OFFS = [(-1, 0), (0, 0), (1, 1), (0, -1), (0, 1), (-1, -1)]


def ka(rd):
    return rd(1, (-1, 0)) + 2.0 * rd(1, (0, 0)) + rd(1, (1, 1))


def kb(rd):
    return rd(1, (0, -1)) * rd(1, (0, 1)) - rd(1, (-1, -1))


x = fill(H * W, 0)
for mode in ['mirror', 'wrap', 'clamp', 'src_zero', 'skip', 'dst_zero']:
    sa = np.zeros((H, W))
    sb = np.full((H, W), 0.5) if mode == 'skip' else np.zeros((H, W))
    stencil([sa, x], 1, mode, OFFS, ka)
    stencil([sb, x], 1, mode, OFFS, kb)
    tr = sa + sb
    pr(sa * sb - K * tr * tr)

c = fill(H * W, 4)
s = np.zeros((H, W))
stencil([s, x], 1, 'clamp', [(0, 1), (1, 0), (-1, -1)],
        lambda rd: 0.5 * rd(1, (0, 1)) - 0.25 * rd(1, (1, 0)) + rd(1, (-1, -1)))
t = s * c + 1.0
pr(s)
pr(t)
pr(t * t - s)

xf = np.array([((i * 3) % 7) / 4.0 - 0.75 for i in range(N)], dtype=np.float32)
sf = np.zeros(N, dtype=np.float32)
stencil([sf, xf], 1, 'src_zero', [(-2,), (1,)], lambda rd: rd(1, (-2,)) + rd(1, (1,)) * np.float32(0.5))
for e in (np.abs(sf) + sf * sf).astype(np.float32):
    print('%.9g' % float(e))

m = np.zeros((H, W), dtype=bool)
stencil([m, x], 1, 'wrap', [(0, 0), (0, 1), (1, 0)], lambda rd: rd(1, (0, 0)) > rd(1, (0, 1)) and rd(1, (0, 0)) >= rd(1, (1, 0)))
pr(np.where(m, x, -1.0))

y = fill(H * W, 2)
stencil([y, x], 1, 'mirror', [(1, 1), (-1, 0)], lambda rd: rd(1, (1, 1)) - rd(1, (-1, 0)))
pr(y * 3.0)
pr(y)

# the sums are exact in any order: multiples of 2^-10 (f64) and 2^-4 (f32)
# far below 2^53 and 2^24
for h, w in [(7, 6), (300, 301)]:
    a = np.array([((i * 7) % 13) / 8.0 for i in range(h * w)]).reshape(h, w)
    n = np.zeros((h, w))
    stencil([n, a], 1, 'clamp', [(-1, 0), (1, 0), (0, -1), (0, 1)],
            lambda rd: 0.25 * (rd(1, (-1, 0)) + rd(1, (1, 0)) + rd(1, (0, -1)) + rd(1, (0, 1))))
    pr(n)
    d = n - a
    print('%.17g' % float(np.sum(d * d)))
    af = np.array([((i * 3) % 5) / 4.0 for i in range(h * w)], dtype=np.float32).reshape(h, w)
    sf = np.zeros((h, w), dtype=np.float32)
    stencil([sf, af], 1, 'mirror', [(-1, 1), (1, -1)], lambda rd: rd(1, (-1, 1)) - rd(1, (1, -1)))
    print('%.9g' % float(np.sum((sf * sf).astype(np.float64))))

s = np.zeros((H, W))
stencil([s, x], 1, 'clamp', [(-1, 0), (1, 0)], lambda rd: rd(1, (-1, 0)) + rd(1, (1, 0)))
pr(3.0 * s)
