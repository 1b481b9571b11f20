import math
import numpy as np

NP = 20


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in v:
        print(int(e))


a = np.array([[((i * 5 + j * 7) % 13) * 0.25 - 1.25 for j in range(6)] for i in range(5)])
re = np.array([(i % 4) - 1.5 + (i // 4) * 0.25 for i in range(12)])
im = np.array([((i * 5) % 7) * 0.5 - 1.0 for i in range(12)])
re[5] = 0.0
im[5] = 0.0
k = [i * i - 4 * i + 1 for i in range(9)]
x = [1.1 * (p % 5) + 0.18 * ((p * 13 + 7) % 23) / 23.0 for p in range(NP)]
y = [1.1 * (p // 5) + 0.18 * ((p * 7 + 13) % 23) / 23.0 for p in range(NP)]

pa(a.min(axis=1)); pa(a.max(axis=1))
for t in (0.1, 100.0):
    s = [sum(v for v in row if v > t) for row in a]      # multiples of 1/4: exact
    c = [sum(1 for v in row if v > t) for row in a]
    pa(s); pi(c); pa([s[i] / float(max(c[i], 1)) for i in range(5)])

fl = a.ravel()[:7]
print(6); print(6)
pa(fl[:-1] * 2.0); pa(fl[1:] - fl[:-1])

pa(np.hypot(re, im)); pa(np.arctan2(im, re))

pi([int(v % 2 == 0) for v in k]); pi([v * v for v in k]); pa([v * 0.5 for v in k])
print(sum(1 for v in k if v % 2 == 0))


def lj(x, y, rc):
    n = len(x)
    rc2 = rc * rc
    fx, fy, pe = [], [], []
    for i in range(n):
        ax = ay = e = 0.0
        for j in range(n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            r2 = dx * dx + dy * dy
            if j != i and r2 < rc2:
                s6 = 1.0 / (r2 * r2 * r2)
                f = 24.0 * (2.0 * s6 * s6 - s6) / r2
                ax += f * dx
                ay += f * dy
                e += 2.0 * (s6 * s6 - s6)
        fx.append(ax); fy.append(ay); pe.append(e)
    return fx, fy, math.fsum(pe)


for rc in (3.0, 1.2):
    fx, fy, e = lj(x, y, rc)
    pa(fx); pa(fy); pa([e])
