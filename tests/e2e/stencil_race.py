import numpy as np

def csum(a):
    s = 0.0
    for v in a:
        s += float(v)
    return s

N, M, REPS = 2000, 10007, 12
for rep in range(REPS):
    A = np.array([(i % 17) / 16.0 for i in range(N)])
    B = np.zeros(N)
    a, b = A, B                     # kernel parameters (b, a) bound to (B, A)
    for r in range(200):
        b[1:-1] = 0.33333 * (a[:-2] + a[1:-1] + a[2:])
        a, b = b, a                 # return a, b
    print(repr(csum(A)))
    print(repr(csum(B)))
for i in range(0, N, 250):
    print(repr(float(A[i + 1])))
for rep in range(REPS):
    x = np.array([float((i * 7) % 13) for i in range(M)])
    xp = np.concatenate(([x[0]], x, [x[-1]]))      # clamped reads
    y = 0.25 * xp[:-2] + 0.5 * xp[1:-1] + 0.25 * xp[2:]
    print(0)
    print(repr(csum(y)))
    print(repr(float(y[-1])))
N2 = 6000
for rep in range(4):
    C = np.array([(i % 19) / 8.0 for i in range(N2)])
    D = np.zeros(N2)
    a, b = C, D
    for r in range(51):
        b[1:-1] = 0.33333 * (a[:-2] + a[1:-1] + a[2:])
        a, b = b, a
    print(repr(csum(C))); print(repr(csum(D))); print(repr(float(C[N2 // 2]))); print(repr(float(D[N2 // 3])))
for k in (50, 51):
    x = np.array([(i % 23) / 4.0 for i in range(N2)])
    a, b = x * 2.0, x * 0.0
    for r in range(k):
        b[1:-1] = 0.33333 * (a[:-2] + a[1:-1] + a[2:])
        last = b
        a, b = b, a
    print(repr(csum(last))); print(repr(float(last[1]))); print(repr(float(last[N2 // 2])))
