import numpy as np
N = 100003
x = np.array([((i * 37) % 101) / 7.0 - 5.0 for i in range(N)])
p = np.array([np.float32(((i * 13) % 17)) / np.float32(3.0) - np.float32(2.0) for i in range(N * 3)], dtype=np.float32).reshape(N, 3)
w = np.array([0.1, -0.25, 0.5, 0.75, -0.125])
f = sum(w[k] * x[k:N - 4 + k] for k in range(5))
wt = np.arange(N - 4) % 7
print(N - 4); print(repr(f[0])); print(repr(f[-1])); print(repr(float(np.sum(f * wt))))
print(repr(f[0])); print(repr(f[-1])); print(repr(float(np.sum(f * wt))))
print("error:")
r = np.sqrt((p[:, 0] * p[:, 0] + p[:, 1] * p[:, 1]) + p[:, 2] * p[:, 2])
print(repr(float(r[0]))); print(repr(float(r[-1]))); print(repr(float(np.sum(r.astype(np.float64)))))
