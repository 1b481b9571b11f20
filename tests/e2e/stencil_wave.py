import numpy as np
from stencil_ref import stencil

N = 10
H, W = 5, 6


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)





u0 = np.array([0.125 * ((i * 3) % 5) + (1.0 if 3 <= i <= 5 else 0.0) for i in range(N)])
u1 = np.array([0.25 * ((i * 2) % 3) - 0.5 + (1.0 if 4 <= i <= 6 else 0.0) for i in range(N)])
c = 0.5
W3 = [(-1,), (0,), (1,)]
ROT = [2, 0, 1]          # return up, un, uc


def wave_k(c2):
    def k(rd):
        return 2.0 * rd(1, (0,)) - rd(2, (0,)) + c2 * (rd(1, (-1,)) - 2.0 * rd(1, (0,)) + rd(1, (1,)))
    return k


# wave
for steps in (0, 1, 2, 3, 4, 5, 7, -1):
    u_prev, u, u_next = u0.copy(), u1.copy(), np.zeros(N)
    r = stencil([u_next, u, u_prev], steps, 'dst_zero', W3, wave_k(c * c), perm=ROT)
    if r is None:
        print('error:')
    else:
        pa(r); pa(u_next); pa(u); pa(u_prev)

# wave_stmt
for steps in (0, 2, 4, 6, -2):
    p, q, z = u0.copy(), u1.copy(), np.full(N, 7.0)
    r = stencil([z, q, p], steps, 'dst_zero', W3, wave_k(0.125), perm=ROT)
    if r is None:
        print('error:')
    else:
        pa(z); pa(q); pa(p)

# wave2d on the caller's arrays
A0 = np.array([[0.125 * ((i * 5 + j * 3) % 7) for j in range(W)] for i in range(H)])
B0 = np.array([[0.25 * ((i * 2 + j) % 4) - 0.25 for j in range(W)] for i in range(H)])
C0 = np.array([[0.0625 * ((i + 3 * j) % 5) for j in range(W)] for i in range(H)])


def wave2_k(rd):
    def uc(i, j):
        return rd(1, (i, j))
    return (2.0 * uc(0, 0) - rd(2, (0, 0))
            + 0.2 * (uc(-1, 0) + uc(1, 0) + uc(0, -1) + uc(0, 1) - 4.0 * uc(0, 0)))


P5 = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)]
for steps in (0, 1, 3, 4, 5, -1):
    a, b, cc = A0.copy(), B0.copy(), C0.copy()
    r = stencil([a, b, cc], steps, 'dst_zero', P5, wave2_k, perm=ROT)
    if r is None:
        print('error:')
    else:
        pa(r); pa(a); pa(b); pa(cc)

# mismatch: n = m = 6 works, n = 6, m = 5 fails
x = np.array([0.5 * ((i * 3) % 4) - 0.25 * i for i in range(8)])
y = np.array([0.125 * ((i * 5) % 6) + 0.5 for i in range(8)])
o = x[:6].copy()
r = stencil([o, y[:6].copy()], 3, 'skip', [(-1,), (1,)],
            lambda rd: rd(1, (-1,)) + 0.5 * rd(1, (1,)), perm=[1, 0])
pa(r)
print('error:')

# mismatch2: (3, 4) and (3, 4) work (the caller's a is written), (2, 3) and (3, 2) fail
a = np.array([0.25 * ((k * 7) % 9) - 1.0 for k in range(12)]).reshape(3, 4)
b = np.array([0.125 * ((k * 5) % 11) for k in range(12)]).reshape(3, 4)
stencil([a, b], 1, 'clamp', [(0, 1), (1, 0)], lambda rd: rd(1, (0, 1)) - rd(1, (1, 0)))
pa([a.sum()])
pa(a)
print('error:')
