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
