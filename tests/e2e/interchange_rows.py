import numpy as np
def v(i): return ((i * 13) % 17) - 8.0
for m in (0, 1, 15, 16, 17, 40, 300):
    for n in (0, 3, 257):
        A = np.array([v(i) for i in range(m * n)], dtype=np.float64).reshape(m, n)
        x = np.array([(i % 5) - 2.0 for i in range(n)])
        print('m %d n %d' % (m, n))
        tmp = A @ x
        for s in A.T @ tmp: print(repr(float(s)))
        tmp1 = tmp - 1.0
        for s in A.T @ tmp1 + tmp1.sum(): print(repr(float(s)))
        for s in A.T @ tmp[::-1]: print(repr(float(s)))
        s = A * A - 2.0
        for r in s.sum(axis=1): print(repr(float(r)))
        for r in s.sum(axis=0): print(repr(float(r)))
