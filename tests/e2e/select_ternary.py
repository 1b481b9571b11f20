import numpy as np

N = 17


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pl(v):
    for e in v:
        print(int(e))


def cdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def cmod(a, b):
    return a - b * cdiv(a, b)


i = np.arange(N)
a = (i - 8).astype(np.float64) * 0.25
b = (i % 5).astype(np.float64) * 0.5 - 1.0
k = [(j * 7919) % 101 - 50 for j in range(N)]
a32 = [j * j for j in range(N)]
m = (i % 3) == 1

pa(np.where(a > b, a, b)); pa(np.where(a > 0.0, a * 2.0, -1.0))
t = 0.3
pa(np.where(a < t, a, b)); pl(np.where(b >= 0.0, 1, -1)); pa(np.where(a == b, 0.5, a - b))
pa(np.where(a < -1.0, -1.0, np.where(a > 1.0, 1.0, a)))
pl([cdiv(x, 2) if cmod(x, 2) == 0 else 3 * x + 1000 for x in k])
pa(a); pa(-a)
pl([x if mm else -x for x, mm in zip(a32, m)])
pl([x if mm else x + 100 for x, mm in zip(a32, m)])
