import numpy as np

N = 15


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def wrap(v, bits=64):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


i = np.arange(N)
x = (i - 7).astype(np.float64) * 0.25
y = 1.0 / (i + 1).astype(np.float64)
k = [j * 3 - 20 for j in range(N)]

pa(np.where(x < -0.5, -0.5, np.where(x > 0.75, 0.75, x)))
for v in (-0.5, 0.25, 1.0, 3.5):
    pa([0.0 if v < 0.0 else (1.0 if v > 1.0 else v)])


def leaky(x, s):
    return np.where(x > 0.0, x * s, 0.125 * x)


pa(leaky(x, 3.0) + leaky(-x, 0.5))
z = 2.0 * x + y
pa(z); pa([np.sqrt(np.sum(z * z))])
x2 = x * x
pa(x2 - np.sum(x2) / float(N))
pa([np.mean(y), np.max(y) - np.min(y)])
for v in k:
    print(v * v - 1)
print(wrap(3037000500 * 3037000500 - 1))
