"""Reference for rowfuse: the same updates with NumPy slices (each
right-hand side computed before its slice is updated)."""
import numpy as np


def pr(a):
    for e in np.asarray(a, dtype=np.float64).ravel():
        print('%.17g' % e)


def fill(n, s):
    return np.array([((i * 7 + s * 3) % 17) / 16.0 - 0.25 for i in range(n)])


fict = [0.1, -0.2, 0.3]
for nx, ny in [(1, 1), (2, 3), (5, 4), (17, 9), (40, 33), (70, 5)]:
    ex = fill(nx * ny, 1).reshape(nx, ny)
    ey = fill(nx * ny, 2).reshape(nx, ny)
    hz = fill(nx * ny, 3).reshape(nx, ny)
    for t in range(3):
        ey[0, :] = fict[t]
        ey[1:, :] -= 0.5 * (hz[1:, :] - hz[:-1, :])
        ex[:, 1:] -= 0.5 * (hz[:, 1:] - hz[:, :-1])
        hz[:-1, :-1] -= 0.7 * (ex[:-1, 1:] - ex[:-1, :-1] + ey[1:, :-1] - ey[:-1, :-1])
    pr(ex)
    pr(ey)
    pr(hz)
for n, m in [(2, 2), (3, 5), (19, 4), (50, 6)]:
    a = fill(n * m, 4).reshape(n, m)
    b = fill(n * m, 5).reshape(n, m)
    a[2:, :] += 0.5 * (b[2:, :] + b[:-2, :])
    b[:-2, :] -= 0.25 * (a[:-2, :] - a[2:, :])
    pr(a)
    pr(b)
    a = fill(n * m, 6).reshape(n, m)
    b = fill(n * m, 7).reshape(n, m)
    a[:-2, :] += 0.5 * b[2:, :]
    b[:-2, :] -= 0.25 * a[2:, :]
    pr(a)
    pr(b)
