import numpy as np
from stencil_ref import stencil

H, W = 6, 7


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)





x = np.array([[((i * 5 + j * 3) % 11 - 5) * 0.25 + 0.0625 * i * j for j in range(W)] for i in range(H)])
s = -1.5

P5 = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)]
FAR = [(-2, 1), (1, -2), (2, 0), (0, 0)]


def p5(rd):
    return (0.5 * rd(1, (0, 0)) + 2.0 * rd(1, (-1, 0)) + 3.0 * rd(1, (1, 0))
            + 5.0 * rd(1, (0, -1)) + 7.0 * rd(1, (0, 1)))


def far(rd):
    return rd(1, (-2, 1)) + 2.0 * rd(1, (1, -2)) + 3.0 * rd(1, (2, 0)) + s * rd(1, (0, 0))


def one(mode, kern, offs, init=None):
    out = x.copy() if init is None else init.copy()
    return stencil([out, x.copy()], 1, mode, offs, kern)


for mode in ('skip', 'dst_zero', 'src_zero', 'wrap', 'clamp', 'mirror'):
    pa(one(mode, p5, P5))
    pa(one(mode, far, FAR))

r = one('skip', p5, P5, init=np.full((H, W), -1.0))
print(H); print(W); pa(r)


def row(rd):
    return rd(1, (0, -1)) + 2.0 * rd(1, (0, 1))


def col(rd):
    return rd(1, (0, 0)) - 3.0 * rd(1, (2, 0))


pa(one('skip', row, [(0, -1), (0, 1)]))
pa(one('dst_zero', row, [(0, -1), (0, 1)]))
pa(one('skip', col, [(0, 0), (2, 0)]))
pa(one('dst_zero', col, [(0, 0), (2, 0)]))
# the input is only read
pa(x)
