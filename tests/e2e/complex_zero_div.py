import numpy as np

re = [1, 1, -1, 1, 2, -3, 0.5, 1]
im = [2, 2, -2, 2, -1, 4, 0.25, 0]
bre = [0.0, -0.0, 0.0, -0.0, -0.0, 0.0, 2.0, -0.0]
bim = [0.0, 0.0, -0.0, -0.0, 0.0, -0.0, -1.0, -0.0]
a = np.array([complex(x, y) for x, y in zip(re, im)])
b = np.array([complex(x, y) for x, y in zip(bre, bim)])
with np.errstate(all='ignore'):
    q = a / b
    q32 = a.astype(np.complex64) / b.astype(np.complex64)
for z in q:
    print('%.17g %.17g' % (z.real, z.imag))
for z in q32:
    print('%.9g %.9g' % (float(z.real), float(z.imag)))
