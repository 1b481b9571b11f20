import numpy as np
N = 5
x = np.array([0.75 * i - 1.0 for i in range(N)])
def pf(v):
    for t in v: print(repr(float(t)))
for k in range(3):
    a, b = x * 1.0, x + 1.0
    lo, hi = x.min(), x.max()
    for i in range(k):
        a = a + b; b = b * 0.5; lo -= 1.0; hi += lo
    p, q = x * 2.0, x - 2.0
    p = p + q
    pf(a + p); pf(b); print(repr(float(lo))); print(repr(float(hi)))
f = 1.5
print(repr(f * 2.0 + f))
pf(x * 3.0)
print(sum(range(N)) + 3)
print(4)
t = np.zeros(N); t[0] = 5.0; t[1:] += x[1:]
pf(t)
xp = np.concatenate(([x[0]], x, [x[-1]]))
pf(0.5 * (xp[:-2] + xp[2:]))
print(N, 2, repr(float(x.sum() + sum(0.25 * i for i in range(2 * N)))))
