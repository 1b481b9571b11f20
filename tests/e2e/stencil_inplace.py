import numpy as np
from stencil_ref import stencil

N = 8
H, W = 4, 5


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)





U0 = np.array([0.5 * ((i * 3) % 5) - 0.75 + 0.125 * i for i in range(N)])
V0 = np.array([-0.25 * ((i * 7) % 4) + 2.0 for i in range(N)])
S1 = [(-1,), (0,), (1,)]

# smooth_inplace
for k in (0, 1, 2, 3):
    u, v = U0.copy(), V0.copy()
    stencil([v, u], k, 'clamp', S1,
            lambda rd: 0.25 * rd(1, (-1,)) + 0.5 * rd(1, (0,)) + 0.25 * rd(1, (1,)), perm=[1, 0])
    pa(u); pa(v)

# scale_inplace
A0 = np.array([[0.25 * ((i * 3 + j) % 5) - 0.5 for j in range(W)] for i in range(H)])
for k in (0, 1, 3):
    a = A0.copy()
    stencil([a], k, 'skip', [(0, 0)], lambda rd: rd(0, (0, 0)) * 0.5 + 1.0)
    pa(a)

# step_sum
u, v = U0.copy(), V0.copy()
stencil([v, u], 1, 'mirror', [(-1,), (1,)], lambda rd: rd(1, (-1,)) - rd(1, (1,)))
pa([v.sum()]); pa(u); pa(v)

# inplace_expr
for k in (0, 1, 2, 3):
    u, v = U0.copy(), V0.copy()
    r = stencil([v, u], k, 'wrap', S1,
                lambda rd: 0.5 * rd(1, (-1,)) + 0.25 * rd(1, (0,)) + 0.25 * rd(1, (1,)), perm=[1, 0])
    pa(r); pa(u); pa(v)

# skip_inplace
P0 = np.array([[0.125 * ((i * 5 + j * 2) % 9) - 0.5 for j in range(W)] for i in range(H)])
Q0 = np.array([[3.0 + 0.25 * ((i + j) % 3) for j in range(W)] for i in range(H)])
for k in (0, 1, 2, 3):
    u, v = P0.copy(), Q0.copy()
    stencil([v, u], k, 'skip', [(-1, 0), (0, 1), (1, -1)],
            lambda rd: rd(1, (-1, 0)) + 0.5 * rd(1, (0, 1)) - 0.25 * rd(1, (1, -1)), perm=[1, 0])
    pa(u); pa(v)
