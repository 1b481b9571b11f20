import numpy as np

N = 8


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i = np.arange(N)
a = (i * 3 % 8).astype(np.float64) * 0.25 - 0.5
b = 1.0 / (i + 2).astype(np.float64)
ia = [j - 3 for j in range(N)]
pa(a * 2.0); pa([a.sum()])
pa(a + b); pa(a - b); print(N)
pa([-3.5 * 2.0]); print(42)
pa([b.max() - b.min()]); pa((b * 0.5) * (b - b * 0.5))
for x in ia:
    print(x * 2)
pa(a + 1.0)
print(int(sum(ia) > 10))
for x in a > 0.0:
    print(int(x))
