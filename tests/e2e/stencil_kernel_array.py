import numpy as np
for n in (1, 2, 7):
    x = np.array([((i * 5) % 7) - 2.5 for i in range(n)])
    for k in range(4):
        p, q = x.copy(), x.copy()       # (b, a) = copies; the kernel's (q, p) bound to (b, a)
        last = q
        for r in range(k):
            pm = np.concatenate(([p[0]], p[:-1]))     # p[-1], clamped
            pp = np.concatenate((p[1:], [p[-1]]))     # p[1], clamped
            s = pp * 0.0 + pp * 1.0 + pp * 2.0        # sum([p[1] * f64(i) for i in 0..3]) in order
            q[:] = 0.5 * pm + s * 0.125
            last = q
            p, q = q, p
        for v in last: print(repr(float(v)))
