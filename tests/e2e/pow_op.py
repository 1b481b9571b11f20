import numpy as np

N = 13
M = 16


def wrap(v, bits):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pl(v):
    for e in v:
        print(int(e))


i = np.arange(N).astype(np.float64)
x = 0.25 + i * 0.125
y = (i - 6.0) * 0.375
pa(np.power(x, y)); pa(np.power(x, 2.0)); pa(np.power(-x, 2.0)); pa(2.0 * np.power(x, 0.5))
v = 6.25
pa([2.0 ** 9.0, v ** 0.5 * 2.0, v ** -1.5])

a = [3, -3, 2, 7, 0, 0, 1, -1, -1, 10, 2, 3, -2, 123456789, 5, 2]
e = [5, 5, 62, 20, 0, 3, 1000, 7, 8, 18, 63, 70, 63, 3, 0, 64]
pl([wrap(p ** q, 64) for p, q in zip(a, e)])
a32 = [k * 3 - 5 for k in range(M)]
k32 = [k * 3 for k in range(M)]
a32[0] = 1291
pl([wrap(p ** 3, 32) for p in a32])
pl([wrap(2 ** q, 32) for q in k32])
print(wrap((-3) ** 39, 64))
print(wrap(3 ** 41, 64))
