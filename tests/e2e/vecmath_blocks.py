import numpy as np
from math import erf


def pd(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def xin(i):
    return ((i * 37) % 101 - 50).astype(np.float64) * 0.0625


for n in (0, 1, 7, 255, 256, 257, 1000):
    i = np.arange(n, dtype=np.int64)
    x = xin(i)
    y = xin(i + 13) + 0.03125
    print('n %d' % n)
    e = np.array([erf(v * 0.5) for v in x])
    t = x * x
    pd(np.exp(e) + t * np.log1p(t) - x)
    pd(np.power(np.abs(x) + 0.25, y * 0.5))
    pd(np.arctan2(x, y) + np.hypot(x, y))
    print('%.17g' % np.sum(np.exp(x * 0.1)))
    pd(np.cbrt(x) * np.exp2(x * 0.125))
    if n > 0:
        m = np.max(x)
        print('%.17g' % (m + np.log(np.sum(np.exp(x - m)))))
        print('%.17g' % np.max(np.sinh(x * 0.5)))
for m, k in ((3, 300), (2, 0), (1, 1), (5, 256)):
    a = xin(np.arange(m * k, dtype=np.int64) * 3 + 1).reshape(m, k)
    ii, jj = np.meshgrid(np.arange(m), np.arange(k), indexing='ij')
    print('grid %d %d' % (m, k))
    pd(np.sin(a) * np.cos(a * 0.5) + np.tanh((ii - jj).astype(np.float64)))
