import numpy as np
M, N, P = 4, 5, 3
B = np.array([0.5 * i - 3.0 for i in range(M * N)]).reshape(M, N)
q = np.array([3 * i - 20 for i in range(M * N)], dtype=np.int64).reshape(M, N)
C = np.array([100 + i for i in range(P * M * N)], dtype=np.int64).reshape(P, M, N)
v = np.array([10.0 + j for j in range(N)])
c = np.array([[-1.25], [2.5]])
def pf(a):
    for t in a.ravel(): print(repr(float(t)))
o = B.copy(); o[0:2, :] = v; o[M - 1, 1:N] = v[0:N - 1]; pf(o)
o = B.copy(); o[1:3, :] = c; pf(o)
print("error:")
o = B.copy(); o[1:M, :] = o[0, :].copy(); pf(o)
o = B.copy(); o[:, 1:N] = np.array([[-7.5]]); pf(o)
o = B.copy(); o[0:2, :] = v; pf(o)
print("error:")
o = C.copy(); o[1:P] = q
for t in o.ravel(): print(int(t))
