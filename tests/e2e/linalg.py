import numpy as np
M, K, N = 3, 4, 5
a = np.array([(i % 7) * 0.5 - 1.25 for i in range(M * K)]).reshape(M, K)
b = np.array([((i * 3) % 5) - 2.0 for i in range(K * N)]).reshape(K, N)
v = np.array([i + 0.5 for i in range(K)])
w = np.array([2.0 - i for i in range(M)])
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
pf(a @ b); pf(a @ v); pf(w @ a); pf(np.outer(w, v)); pf(a.T); print(repr(float(np.sum(a.T @ w))))
ai = np.array([i - 6 for i in range(M * K)], dtype=np.int64).reshape(M, K)
bi = np.array([(i * 7) % 11 - 5 for i in range(K * N)], dtype=np.int64).reshape(K, N)
for t in np.ravel(ai @ bi): print(int(t))
af = np.array([(i % 5) - 1.5 for i in range(M * K)], dtype=np.float32).reshape(M, K)
xf = np.array([0.25 * i for i in range(K)], dtype=np.float32)
for r in range(M):
    acc = np.float32(0)
    for j in range(K): acc = np.float32(acc + np.float32(af[r, j] * xf[j]))
    print('%.9g' % np.float32(acc * np.float32(2.0)))
print('error:')
pf(a.T @ a)
pf(np.zeros(K)); print(repr(0.0))
