import numpy as np
from stencil_ref import stencil

H, W = 11, 13
N = 10
f32 = np.float32


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)





img0 = np.array([[0.25 + ((i * 7 + j * 3) % 11) * 0.125 + 0.015625 * i * (j % 4)
                  for j in range(W)] for i in range(H)]).astype(np.float32)
BLUR = [(i, j) for i in range(-2, 3) for j in range(-2, 3)]
C = [f32(0.0030), f32(0.0133), f32(0.0219), f32(0.0596), f32(0.0983), f32(0.1621)]


def blur_k(rd):
    def a(i, j):
        return rd(1, (i, j))
    # the sample's operation order, in float32
    return (C[0] * (a(-2, -2) + a(-2, 2) + a(2, -2) + a(2, 2))
            + C[1] * (a(-2, -1) + a(-2, 1) + a(-1, -2) + a(-1, 2)
                      + a(1, -2) + a(1, 2) + a(2, -1) + a(2, 1))
            + C[2] * (a(-2, 0) + a(2, 0) + a(0, -2) + a(0, 2))
            + C[3] * (a(-1, -1) + a(-1, 1) + a(1, -1) + a(1, 1))
            + C[4] * (a(-1, 0) + a(1, 0) + a(0, -1) + a(0, 1))
            + C[5] * a(0, 0))


for mode, counts in (('skip', (0, 1, 2, 3, 4)), ('mirror', (0, 1, 2, 3))):
    for k in counts:
        img = img0.copy()          # the caller's array
        buf = img.copy()
        r = stencil([buf, img], k, mode, BLUR, blur_k, perm=[1, 0])
        assert r.dtype == np.float32
        pa(r)
        pa(img)

x = np.array([((i * 5) % 7 - 2) * 0.5 + 0.125 * i + 0.5 for i in range(N)])


def rk(rd):
    return 0.375 * rd(1, (-1,)) + 0.5 * rd(1, (0,)) + 0.125 * rd(1, (1,))


for mode, perm in (('skip', [1, 0]), ('dst_zero', [1, 0]), ('wrap', [1, 0]), ('clamp', [0, 1])):
    for k in (0, 1, 2, 3, 4, 5):
        u = x.copy()
        v = np.full(N, -3.0)
        r = stencil([v, u], k, mode, [(-1,), (0,), (1,)], rk, perm=perm)
        pa(r)
        pa(u)
        pa(v)
