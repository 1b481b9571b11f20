import numpy as np
N, M, K = 10, 3, 4
def pf(x):
    for t in np.ravel(x): print(repr(float(t)))
def pi(x):
    for t in np.ravel(x): print(int(t))
a = np.array([(i % 4) * 1.25 - 1.5 for i in range(N)])
b = np.array([2.0 - 0.375 * i for i in range(N)])
m = np.array([i % 3 == 1 for i in range(N)])
ia = np.array([10 * i - 37 for i in range(N)], dtype=np.int64)
idd = np.array([(i % 4) - 1 for i in range(N)], dtype=np.int64)
A = np.array([(i % 5) * 0.5 for i in range(M * K)]).reshape(M, K)
B = np.array([1.0 - (i % 3) * 0.25 for i in range(M * K)]).reshape(M, K)
p = a[a > 0.0]; print(len(p)); pf(p)
p = a[m]; print(len(p)); pf(p)
print('error:')                                   # pick with a mask of another extent
w = np.flatnonzero(A > 1.0); print(len(w)); pi(w)
g = A[A > B]; print(len(g)); print(len(g)); pf(g)
both = a[(a > 0.0) & (b < 1.0)]
print(len(a[a > 0.0])); print(len(np.flatnonzero(b < 1.0))); print(repr(float(sum(both))))
x = a.copy()
x[x < 0.0] = 0.0
x[b > 1.0] = b[b > 1.0]
x[b < 0.5] *= 2.0
sel = x > 3.0
x[sel] -= b[sel]
pf(x)
def cdiv(p, q):                                    # C's truncating division and remainder
    r = abs(p) // abs(q)
    return r if (p >= 0) == (q > 0) else -r
def cmod(p, q):
    return p - cdiv(p, q) * q
x = [int(t) for t in ia]
for i in range(N):
    if idd[i] != 0: x[i] = cdiv(x[i], int(idd[i]))
for i in range(N):
    if idd[i] == 0: x[i] = cmod(x[i], 7)
pi(x)
R = np.array([(i % 7) - 3.0 for i in range(M * K)]).reshape(M, K)
pf([sum(row[row > 0.0]) for row in R])
n = 100003
big = np.array([((i * 7919) % 1000) / 1000.0 - 0.5 for i in range(n)])
p = big[big > 0.25]
w = np.flatnonzero(big < -0.49)
print(len(p)); print(repr(float(np.sum(p)))); print(int(w[0])); print(int(w[-1]))
print(0); print(0)
b2 = b.copy(); b2[b2 > 1.0] = 1.0; pf(b2)
