import numpy as np
M, N, P, Q, R = 4, 5, 3, 2, 4
a = np.array([((i * 7) % 11) * 0.5 - 2.0 for i in range(M * N)]).reshape(M, N)
def pf(v):
    for t in np.ravel(v): print(repr(float(t)))
def pi(v):
    for t in np.ravel(v): print(int(t))
def seqsum(v, axis):     # left-to-right sums like the generated loops (exact here anyway)
    return np.sum(v, axis=axis)
pf(a.sum(1)); pf(a.sum(0)); pf(np.prod(a * 0.5, 1)); pf(a.min(0)); pf(a.max(1)); pf(a.mean(0))
pi(a.argmin(1)); pi(a.argmax(0)); pf(a.sum(1) / N); pf((a - 1.0).max(0) + 1.0)
pos = a > 0.0
pi(pos.sum(1)); pi(pos.sum(0)); pi(pos.any(1)); pi(pos.any(0)); pi(pos.all(1)); pi(pos.all(0))
print('error:')
b = np.array([(i * 5) % 9 - 3 for i in range(P * Q * R)], dtype=np.int64).reshape(P, Q, R)
pi(b.sum(0)); pi(b.sum(1)); pi(b.sum(2)); pi(b.argmax(2)); pi(np.prod(b, 0))
x = np.array([2.5, -1.0, 4.0, -1.0, 0.5], dtype=np.float32)
print('%.9g' % x.sum()); print(int(x.argmin())); print('%.9g' % (x.sum() / np.float32(5)))
s = (a * a).sum(1)
pf(a / np.sqrt(s + 1.0)[:, None])
