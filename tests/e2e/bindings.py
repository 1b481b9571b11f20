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
