# Independent NumPy reference for harris: Sobel gradients scaled by 1/12,
# 3 x 3 box sums of the products, R = det - k * trace^2, all in float32 in
# the kernel's operation order, with the border reflected without repeating
# the edge pixel (OpenCV's BORDER_REFLECT_101); then the corner mask.
import numpy as np

f32 = np.float32


def reflect(idx, n):
    """reflect-101 index mapping (period 2n - 2; n == 1 reads element 0)"""
    if n == 1:
        return np.zeros_like(idx)
    p = 2 * n - 2
    idx = np.mod(idx, p)
    return np.where(idx >= n, p - idx, idx)


def shifted(a, di, dj, mode):
    """a[i + di, j + dj] for every (i, j), outside reads by mode"""
    h, w = a.shape
    ii = np.arange(h)[:, None] + di
    jj = np.arange(w)[None, :] + dj
    if mode == 'mirror':
        return a[reflect(ii, h), reflect(jj, w)]
    inside = (ii >= 0) & (ii < h) & (jj >= 0) & (jj < w)
    return np.where(inside, a[np.clip(ii, 0, h - 1), np.clip(jj, 0, w - 1)], a.dtype.type(0))


def harris(img, k):
    s = lambda di, dj: shifted(img, di, dj, 'mirror')
    scale = f32(1.0) / f32(12.0)
    two = f32(2.0)
    ix = scale * ((s(-1, 1) + two * s(0, 1) + s(1, 1)) - (s(-1, -1) + two * s(0, -1) + s(1, -1)))
    iy = scale * ((s(1, -1) + two * s(1, 0) + s(1, 1)) - (s(-1, -1) + two * s(-1, 0) + s(-1, 1)))
    sums = []
    for p in (ix * ix, ix * iy, iy * iy):
        acc = None
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                t = shifted(p, di, dj, 'mirror')
                acc = t if acc is None else acc + t
        sums.append(acc)
    sxx, sxy, syy = sums
    tr = sxx + syy
    return sxx * syy - sxy * sxy - k * tr * tr


def corners(r, frac):
    t = frac * r.max()
    v = lambda di, dj: shifted(r, di, dj, 'zero')
    m = r > t
    for di, dj in ((-1, -1), (-1, 0), (-1, 1), (0, -1)):
        m &= r > v(di, dj)
    for di, dj in ((0, 1), (1, -1), (1, 0), (1, 1)):
        m &= r >= v(di, dj)
    return m


def pixel(i, j):
    v = ((i * 7 + j * 13 + (i * j) % 5) % 17) / 16.0
    v = v + np.where((i >= 5) & (i < 20) & (j >= 8) & (j < 30), 2.0, 0.0)
    v = v + np.where((i >= 24) & (i < 33) & (j >= 35) & (j < 48), 1.5, 0.0)
    return v.astype(f32)


for h, w in ((37, 53), (1, 1), (2, 5), (3, 3), (1, 7), (6, 1)):
    i = np.arange(h)[:, None]
    j = np.arange(w)[None, :]
    img = pixel(i + 0 * j, j + 0 * i)
    print(h, w)
    r = harris(img, f32(0.04))
    assert r.dtype == f32
    for x in r.ravel():
        print(repr(float(x)))
    m = corners(r, f32(0.01))
    print(int(m.sum()))
    for p in np.flatnonzero(m):
        print(p // w, p % w)
