import numpy as np


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in v:
        print(int(e))


a = np.array([[((i * 3 + j * 7) % 11) * 0.125 - 0.5 for j in range(5)] for i in range(4)])
sq = np.array([((i * 7) % 13) * 0.25 - 1.5 for i in range(16)]).reshape(4, 4)
x = np.array([(i - 5) * 0.75 for i in range(12)])
k = list(range(1, 12)) + [27]

pa(a.sum(axis=1))          # multiples of 1/8: exact in any order


def collatz(v):
    steps = 0
    while v != 1:
        v = v // 2 if v % 2 == 0 else 3 * v + 1
        steps += 1
    return steps


pi([collatz(v) for v in k])


def piece(y, i, lo, hi):
    if y < lo:
        y = lo - 0.5 * (lo - y)
    elif y > hi:
        y = hi
    else:
        y *= 2.0
    return y + float(i)


pa([piece(x[i], i, -1.0, 2.0) for i in range(12)])

t = 0.375
out = []
for i in range(6):
    s = x[i] * 2.0
    acc = s + t
    for j in range(3):
        acc += j * 0.25
    out.append(acc * acc + s)
pa(out)
pa([100.0, 3.0])
print(7)

d = np.abs(sq - sq.T)
pa(d * d + np.arange(16.0).reshape(4, 4))

pi([sum(1 for p in range(i + 1) for q in range(p, i + 1) if (p + q) % 3 == 0) for i in range(8)])
hs = []
for i in range(8):
    h = 0.0
    for kk in range(1, i + 2):
        h += 1.0 / kk
    hs.append(h)
pa(hs)
