import numpy as np
N, M, K = 2, 3, 2
a = np.array([i * 0.5 - 1.0 for i in range(N * M)]).reshape(N, M)
b = np.array([0.25 * i for i in range(K * M)], dtype=np.float32).reshape(K, M)
v = np.array([10.0 + i for i in range(M)])
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
c = np.concatenate([a, b.astype(np.float64)])
print(c.shape[0], c.shape[1]); pf(c); pf(np.stack([v, v * 2.0, a[0]]))
cv = np.concatenate([v, [1.0, 2.0], v]); print(len(cv)); pf(cv)
print(repr(float(c[:, 0].sum())))
print('error:')
x = np.array([1, -2, 3, -4]); y = np.array([100, 200, 300])
j = np.concatenate([x, y, x]); print(len(j))
for t in j: print(int(t))
for t in np.ravel(np.stack([x, x * 2])): print(int(t))
print('error:')
