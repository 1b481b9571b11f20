import numpy as np

N = 40


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


def step(px, py, cx, cy):
    d = (px[:, None] - cx[None, :]) ** 2 + (py[:, None] - cy[None, :]) ** 2
    a = np.argmin(d, axis=1)                   # first index on ties
    k = len(cx)
    cnt = np.bincount(a, minlength=k)
    sx = np.bincount(a, weights=px, minlength=k)
    sy = np.bincount(a, weights=py, minlength=k)
    nz = cnt > 0
    ncx = np.where(nz, sx / np.maximum(cnt, 1), cx)
    ncy = np.where(nz, sy / np.maximum(cnt, 1), cy)
    inertia = float(np.sum((px - cx[a]) ** 2 + (py - cy[a]) ** 2))
    return a, ncx, ncy, inertia


def iterate(n, k, px, py, cx, cy, steps):
    px, py = px[:n], py[:n]
    cx, cy = np.array(cx[:k]), np.array(cy[:k])
    if k == 0 and n > 0:
        print('error:')
        return
    for _ in range(steps):
        if n == 0:
            a, ncx, ncy, inertia = np.zeros(0, dtype=np.int64), cx, cy, 0.0
        else:
            a, ncx, ncy, inertia = step(px, py, cx, cy)
        pi(a); pa(ncx); pa(ncy); pa(inertia)
        cx, cy = ncx, ncy


g = np.arange(N) % 3
px = np.array([-3.0, 2.0, 2.5])[g] + ((np.arange(N) * 7) % 9 - 4) * 0.25
py = np.array([0.0, 2.5, -2.0])[g] + ((np.arange(N) * 5) % 11 - 5) * 0.25
cx = np.array([0.0, 0.25, -0.5, 50.0])
cy = np.array([0.0, 0.5, -0.25, 50.0])
iterate(N, 3, px, py, cx, cy, 4)
iterate(N, 4, px, py, cx, cy, 2)

tx = np.array([0.0, 1.0, 2.0, 1.0, 1.0, 3.0])
ty = np.array([0.0, 0.0, 0.0, 1.0, -1.0, 0.0])
iterate(6, 3, tx, ty, np.array([0.0, 2.0, 0.0]), np.array([0.0, 0.0, 0.0]), 2)

iterate(0, 3, px, py, cx, cy, 1)
iterate(5, 0, px, py, cx, cy, 1)
