import numpy as np
M, N, P, Q, R = 3, 4, 2, 3, 4
a = np.array([(i % 5) * 0.75 - 1.0 for i in range(M * N)]).reshape(M, N)
v = np.array([0.5 * i - 0.25 for i in range(N)])
s = np.array([1.5 - i for i in range(N)]).reshape(1, N)
c = np.array([i + 0.5 for i in range(M)]).reshape(M, 1)
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
pf(a + v); pf(a * c); pf(v + c); pf(np.maximum(s, a) - v); pf(2.0 * v + a)
for t in np.ravel(a > v): print(int(t))
pf(np.where(a > v, a, v))
tot = 0.0
for t in np.ravel(a * v): tot += t
print(repr(tot))
colmean = np.array([sum(a[:, j]) / M for j in range(N)])
cen = a - colmean
rows = []
for i in range(M):
    acc = 0.0
    for t in cen[i] * cen[i]: acc += t
    rows.append(acc)
pf(rows)
x = np.arange(P * Q * R, dtype=np.int64).reshape(P, Q, R) - 7
w = np.array([3 - i for i in range(R)], dtype=np.int64)
z = np.array([100 * i for i in range(Q)], dtype=np.int64).reshape(Q, 1)
for t in np.ravel(x * w + z): print(int(t))
print('error:')
pf(a + v)
