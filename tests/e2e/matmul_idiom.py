import numpy as np
def va(i): return (i % 19) - 9.0
def vb(i): return ((i * 7) % 29) - 14.0
def seq(a, b):
    acc = np.zeros((a.shape[0], b.shape[1]), dtype=a.dtype)
    for p in range(a.shape[1]):
        acc = acc + np.outer(a[:, p], b[p, :]).astype(a.dtype)
    return acc
M, K, N = 130, 270, 75
fa = np.array([va(i) for i in range(M * K)]); fb = np.array([vb(i) for i in range(K * N)])
print('gemm')
for x in np.ravel(seq(fa.reshape(M, K), fb.reshape(K, N))): print(repr(float(x)))
print('gemm32')
for x in np.ravel(seq(fa.astype(np.float32).reshape(M, K), fb.astype(np.float32).reshape(K, N))): print('%.9g' % x)
print('gemm_t')
for x in np.ravel(seq(fa.reshape(K, M).T, fb.reshape(N, K).T)): print(repr(float(x)))
print('plus1')
for x in np.ravel(seq(fa[:35].reshape(7, 5), fb[:15].reshape(5, 3)) + 1.0): print(repr(float(x)))
print('gemm_ab')
c0 = np.array([float(i % 11) for i in range(M * N)]).reshape(M, N)
for x in np.ravel(2.0 * seq(fa.reshape(M, K), fb.reshape(K, N)) + (-3.0) * c0): print(repr(float(x)))
print('cov')
d = fa.reshape(K, M)
for x in np.ravel(seq(d.T, d) / (K - 1.0)): print(repr(float(x)))
print('offdiag')
o = seq(fa[:60 * 90].reshape(60, 90), fb[:90 * 60].reshape(90, 60))
np.fill_diagonal(o, -1.0)
for x in np.ravel(o): print(repr(float(x)))
