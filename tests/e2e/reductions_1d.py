import numpy as np

N = 30
M = 25


def wrap(v, bits=64):
    m = 1 << bits
    v %= m
    return v - m if v >= m >> 1 else v


def pf(v):
    print('%.17g' % float(v))


i = np.arange(N)
x = 1.0 + (((i + 2) % 7) - 3).astype(np.float64) * 0.0625
y = 0.5 + (i % 11).astype(np.float64) / 8.0
for v in (x.sum(), x.prod(), x.min(), x.max(), x.mean()):
    pf(v)
print(int(np.argmin(x)))        # numpy returns the first occurrence
print(int(np.argmax(x)))

for a in ([((k * 7 + 3) % 5) + 1 for k in range(M)],
          [2000000000 - k for k in range(M)]):
    if a[0] == 2000000000:
        a[7] = -2147483648
        a[9] = -2147483648
    print(sum(a))
    p = 1
    for v in a:
        p = wrap(p * v)
    print(p)
    print(min(a)); print(max(a))
    print(a.index(min(a))); print(a.index(max(a)))

b = [1, 2**63 - 1, -5, 2, 1000, 3037000500, 2**63 - 1, -5]
print(wrap(sum(b)))
p = 1
for v in b:
    p = wrap(p * v)
print(p)
print(min(b)); print(max(b)); print(b.index(min(b))); print(b.index(max(b)))

for t in (1.1, 0.5):
    print(int(np.any(x > t))); print(int(np.all(x > -10.0)))
    print(int(np.count_nonzero(x > t)))
    print(int(np.any(x > 1000.0))); print(int(np.all(x > t)))

pf(np.dot(x, y))
pf(np.sum(x * y + 1.0) / np.mean(y))
pf(np.max(np.abs(x - y)) + np.min(x * 2.0))
