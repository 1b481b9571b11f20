import numpy as np
from stencil_ref import stencil

D, H, W = 4, 5, 6


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)





x = np.array([[[((i * 7 + j * 5 + k * 3) % 13 - 6) * 0.125 + 0.25 * ((i + k) % 3) * j
                for k in range(W)] for j in range(H)] for i in range(D)])
s = 0.375

P7 = [(0, 0, 0), (-1, 0, 0), (1, 0, 0), (0, -1, 0), (0, 1, 0), (0, 0, -1), (0, 0, 1)]
DIAG = [(1, -1, 2), (-1, 1, 0), (0, 0, 0)]


def p7(rd):
    return (0.5 * rd(1, (0, 0, 0)) + 2.0 * rd(1, (-1, 0, 0)) + 3.0 * rd(1, (1, 0, 0))
            + 5.0 * rd(1, (0, -1, 0)) + 7.0 * rd(1, (0, 1, 0))
            + 11.0 * rd(1, (0, 0, -1)) + 13.0 * rd(1, (0, 0, 1)))


def diag(rd):
    return rd(1, (1, -1, 2)) + 2.0 * rd(1, (-1, 1, 0)) + s * rd(1, (0, 0, 0))


for mode in ('skip', 'dst_zero', 'src_zero', 'wrap', 'clamp', 'mirror'):
    pa(stencil([x.copy(), x.copy()], 1, mode, P7, p7))
    pa(stencil([x.copy(), x.copy()], 1, mode, DIAG, diag))

pa(stencil([np.zeros_like(x), x.copy()], 2, 'skip', P7, p7))
# the input is only read
pa(x)
