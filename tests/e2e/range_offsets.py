import numpy as np
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
N, M, W = 100003, 7, 9
a0 = np.array([(i % 37) * 0.25 - 3.0 for i in range(N)])
b0 = np.array([i * 0.5 - 1.0 for i in range(M * W)]).reshape(M, W)
a = a0.copy(); a[1:] -= 0.75; a[2:] += a[2:] * 2.0; pf(a)
a = a0.copy(); a[1:] = a[:-1] * 2.0; b = a0.copy(); b[:-1] = b[1:] + 1.0; pf(a); pf(b)
b = b0.copy(); b[1:, 3:] *= 3.0; b[1:, 3:] = b[1:, 3:] - b[:-1, 3:]; pf(b)
# k past the columns: the ranges are empty (section 5), nothing is stored, as in NumPy
b = b0.copy(); b[1:, 10:] *= 3.0; b[1:, 10:] = b[1:, 10:] - b[:-1, 10:]; pf(b.ravel()[:1])
print('error:')
