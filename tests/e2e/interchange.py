import numpy as np
def v(i): return ((i * 13) % 17) - 8.0
for m in (0, 1, 3, 255, 256, 257, 600, 4096, 4097):
    n = 37
    a = np.array([v(i) for i in range(n * m)], dtype=np.float64).reshape(n, m)
    x = np.array([(i % 5) - 2.0 for i in range(n)])
    y = np.array([float(j % 7) for j in range(m)])
    print('m %d' % m)
    for s in a.sum(axis=0): print(repr(float(s)))
    for s in y * 2.0 + x @ a - 1.0: print(repr(float(s)))
    t = a.astype(np.float32)[:, 2:].sum(axis=0) * np.float32(0.5)
    print(len(t))
    for s in t: print('%.9g' % s)
    mu = a.sum(axis=0) / n
    for s in mu * mu: print(repr(float(s)))
    xs = (x * (2.0 if m % 2 == 0 else 1.0)).astype(np.float32)
    for s in xs @ a.astype(np.float32): print(repr(float(s)))
