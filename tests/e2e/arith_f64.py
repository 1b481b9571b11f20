import numpy as np

N = 11


def out(v):
    for x in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % x)


i = np.arange(N)
a = 0.75 * i.astype(np.float64) - 3.3
b = 1.0 / (i + 1).astype(np.float64) + (i % 3).astype(np.float64)

out(a + b); out(a - b)
out(a * b); out(a / b)
s = 1.7
out((-a) * s + 2.0 - s / a)
s = -0.6
out((a + s) * (b - 1.5) / (a * a + 1.0) - 0.25 * b)
out(3.0 - a / 4.0 - 1.0 / a)
out((a - b) - 1.0); out((a / b) / 3.0)
