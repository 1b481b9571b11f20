import numpy as np
N, M = 6, 3
a = np.array([0.75 * i - 2.0 for i in range(N)])
w = np.array([2, -1, 5])
def pf(v):
    for t in np.ravel(v): print(repr(float(t)))
pf(np.sqrt(np.abs(a)) + 1.0)
pf(np.array([[float(k) * x for x in a] for k in w]))
s = 0.0
for x in a[1:]: s += x * x
print(repr(s))
for k in w: print(int(k))
nested = []
for x in a:
    t = 0.0
    for q in a: t += x * q
    nested.append(t)
pf(nested)
print(repr(float(np.max(a * 2.0 - 1.0))))
print('error:')
