import numpy as np
N, M = 8, 5
x = np.array([(i * 7 % 5) - 1.5 for i in range(N)])
a = np.array([(i * 13 % 7) - 2.0 for i in range(M * N)]).reshape(M, N)
for t in (-10.0, 0.0, 1.0, 10.0):
    idx = [i for i in range(N) if x[i] > t]
    print(idx[0] if idx else -1)
for i in range(M):
    s = 0.0
    for j in range(N):
        if a[i, j] >= 0.0:
            s += a[i, j]
    print(repr(s))
def collatz(v):
    x, steps = v, 0
    while x != 1:
        steps += 1
        if steps > 50:
            break
        x = x // 2 if x % 2 == 0 else 3 * x + 1
    return steps
for i in range(N):
    print(collatz(1 + 5 * i))
for n in range(0, 12, 3):
    c = 0
    for i in range(n):
        for j in range(n):
            if j > i: break
            if (i + j) % 3 == 0: continue
            c += 1
        if c > 40: break
    print(c)
for mi in range(0, 30, 7):
    y = x.copy(); it = 0
    for k in range(mi):
        p = np.concatenate(([y[0]], y, [y[-1]]))
        z = (p[:-2] + 2.0 * p[1:-1] + p[2:]) * 0.25
        d = np.max(np.abs(z - y))
        y = z; it += 1
        if d < 0.05: break
    print(it)
    for v in y: print(repr(float(v)))
def clip_count(v):
    c = 0.0
    for k in range(10):
        if v * float(k) > 3.0: break
        c += 1.0
    return c
for i in range(N):
    print(repr(clip_count(x[i]) + x[(i + 1) % N]))
