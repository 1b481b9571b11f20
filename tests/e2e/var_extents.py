# Independent reference for var_extents.c.
import numpy as np
N = 16
a = 0.25 * np.arange(N) - 1.0
b = 1.0 / (1 + np.arange(N))
x, y = a.copy(), b.copy()
for s in range(5):
    x = x + 0.5 * y
    y = y * 0.5 - 0.1 * x
z = a.copy()
for s in range(5):
    z = z[1:] + 1.0
for i in range(N):
    print('%.17g %.17g' % (x[i], y[i]))
print('%.17g' % z.sum())
print(len(z))
for k in range(5):
    v = a.copy()
    for s in range(k):
        m = len(v) // 2
        v = v[:m] + v[m:2 * m]
    print('%.17g' % v.sum())
    print(len(v))
print('%.17g' % (a + a).sum())
print('error:')
