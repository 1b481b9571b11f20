import numpy as np
from stencil_ref import stencil

N = 9


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))




x = np.array([((i * 5) % 7 - 3) * 0.375 + 0.125 * i + 0.5 * (i == 0) for i in range(N)])
xi = np.array([(i * 7) % 11 - 4 + 3 * (i == N - 1) for i in range(N)], dtype=np.int64)
s = 0.75

K3 = [(-1,), (0,), (1,)]


def k3(rd):
    return rd(1, (-1,)) + 2.0 * rd(1, (0,)) + 3.0 * rd(1, (1,))


def k3i(rd):
    return rd(1, (-1,)) + 2 * rd(1, (0,)) + 3 * rd(1, (1,))


def one(mode, kern=k3, offs=K3, init=None, src=x, iters=1):
    out = src.copy() if init is None else init.copy()
    r = stencil([out, src.copy()], iters, mode, offs, kern)
    return r


pa(one('skip'))                      # k_skip
pa(one('skip'))                      # k_default
pa(one('dst_zero'))
pa(one('src_zero'))
pa(one('wrap'))
pa(one('clamp'))
pa(one('mirror'))
r = one('mirror', init=np.zeros(N))  # k_mirror_anon
print(len(r)); pa(r)
pa(one('wrap', init=np.full(N, -5.0), iters=3))
pi(one('wrap', k3i, src=xi))
pi(one('clamp', k3i, src=xi))


def fwd(rd):
    return rd(1, (1,)) - s * rd(1, (2,))


def bwd(rd):
    return s * rd(1, (-2,)) + rd(1, (-1,))


pa(one('skip', fwd, [(1,), (2,)]))
pa(one('dst_zero', fwd, [(1,), (2,)]))
pa(one('skip', bwd, [(-2,), (-1,)], init=np.full(N, 100.0)))
pa(one('dst_zero', bwd, [(-2,), (-1,)], init=np.full(N, 100.0)))
# the input arrays are read only
pa(x)
pi(xi)
