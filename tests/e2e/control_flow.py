import numpy as np

N = 10


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


a = (np.arange(N) ** 2).astype(np.float64) / 7.0 - 3.0

x = a.copy()
for k in range(5):
    x = x * 0.5 + 1.0
pa(x)
for steps in (4, 0):
    x = a.copy()
    for k in range(steps):
        x = x + float(k) * a
    pa(x)

for v in (2.0, 1e6, 0.0625):
    x, it = v, 0
    while abs(x * x - v) > 1e-12 * v and it < 100:
        x = 0.5 * (x + v / x)
        it += 1
    pa([x]); print(it)

for k in (-2, 0, 1, 5):
    x = 1.25
    if k < 0:
        r = -x
    elif k == 0:
        r = x * x
    else:
        r = x
        for i in range(k):
            r *= 1.5
    r += 1.0
    r -= 0.25
    r /= 2.0
    pa([r])

for n in (0, 1, 100):
    print(sum(i * i for i in range(n)))
    t = 0.0
    j = n
    while j > 0:
        t += 1.0 / float(j)
        j -= 1
    pa([t])

for lo in (5, 1, 0, -3):
    print(len(range(lo, 3)) + 10 * len(range(2 * lo, lo + 1)))

pa(a * 2.0 + a)
pa((a - 1.0) + a)

x, steps = a.copy(), 0
while np.max(np.abs(x)) > 0.01:
    x = x * 0.5
    steps += 1
pa(x); print(steps)

acc = 0
m = 12
for i in range(m):
    for j in range(i, m):
        acc += i * j if (i + j) % 3 == 0 else -1
print(acc)
