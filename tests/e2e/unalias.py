import numpy as np
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
NX, NY, N = 300, 40, 50001
i, j = np.meshgrid(np.arange(NX), np.arange(NY), indexing='ij')
ex0 = (i * (j + 1)) / NX
ey0 = (i * (j + 2)) / NY
hz0 = (i * (j + 3)) / NX
x = np.array([(k % 41) * 0.125 - 2.0 for k in range(N)])

def fdtd(ex0, ey0, hz0, steps):
    ex, ey, hz = ex0.copy(), ey0.copy(), hz0.copy()
    for t in range(steps):
        ey[0, :] = float(t)
        ey[1:, :] -= 0.5 * (hz[1:, :] - hz[:-1, :])
        ex[:, 1:] -= 0.5 * (hz[:, 1:] - hz[:, :-1])
        hz[:-1, :-1] -= 0.7 * (ex[:-1, 1:] - ex[:-1, :-1] + ey[1:, :-1] - ey[:-1, :-1])
    return ex, ey, hz

for a in fdtd(ex0, ey0, hz0, 3): pf(a)
# the driver passes the first 140 elements of each buffer as 20 x 7 arrays
small = [a.ravel()[:140].reshape(20, 7) for a in (ex0, ey0, hz0)]
for a in fdtd(*small, 5): pf(a)
u = x.copy(); u[1:] -= 0.5 * u[:-1]; u[:-1] += 0.25 * u[1:]; pf(u)
u = x.copy(); u[u < 0.0] = 0.0; u[u > 1.0] *= 0.5; pf(u)
for k in (3, 0):
    u = x.copy()
    for t in range(k):
        u = u * 0.5 + 1.0
        u[1:] += u[:-1]
    pf(u)
for c in (True, False):
    u = x.copy()
    if c: u = x * 2.0
    u[:-1] -= u[1:]
    pf(u)
print('error:')   # fdtd with no rows: ey[0, ..] is out of bounds
