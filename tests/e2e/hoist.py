import numpy as np
for n in (0, 1, 5, 40):
    m = 3
    x = np.array([float((i * 7) % 11) - 3.0 for i in range(n)])
    k = np.array([(i * 5) % 9 for i in range(n)], dtype=np.int64)
    a = np.array([float((i * 3) % 7) for i in range(n * m)]).reshape(n, m)
    print('n %d' % n)
    for v in x / x.sum(): print(repr(float(v)))
    for v in (a * float(n * m) - a.sum()).reshape(-1): print(repr(float(v)))
    for r in (4, 0):
        s = 0.0
        for kk in range(r):
            s += float((x * (x.max() if n else 0.0)).sum()) + kk
        print(repr(s))
    y, s = x.copy(), 0.0
    for kk in range(n):
        y[kk] = 1.0
        s += float(y.sum())
    print(repr(s))
    for v in x + float((k // 2).sum()): print(repr(float(v)))
    if n: print('error:')          # may_fail with d = 0
    a = 0.0
    for kk in range(3):
        for v in x: a += float(v)
    print(repr(a))
