"""Reference for stencil_point: runStencil (spec section 7) with a kernel
that reads only its own element, two buffers swapped every round."""
import numpy as np

SIZES = [0, 1, 5, 1000]
ITS = [0, 1, 6, 12]


def pr(a):
    a = np.asarray(a, dtype=np.float64).ravel()
    n = len(a)
    s = 0.0
    for i, e in enumerate(a.tolist()):
        s += float(i % 7 + 1) * e
    print('%d %.17g %.17g' % (n, a[0] if n else 0.0, s))


def run(x, it, f, skip_border):
    """v = copy(x) written from x, then swapped; returns the last written"""
    cur = [x.copy(), x]
    for r in range(it):
        if r > 0:
            cur = [cur[1], cur[0]]
        cur[0][...] = f(cur[1])
    return cur[0]


out = []
for z, n in enumerate(SIZES):
    for it in ITS:
        x = np.array([(i % 11) / 4.0 for i in range(n)])
        r = run(x, it, lambda a: 0.5 * a + 1.0, False)
        out += [r.copy(), x]
        m = 300 if n == 1000 else 3
        x = np.array([(i % 13) / 8.0 for i in range(n * m)]).reshape((n, m))
        r = run(x, it, lambda a: 0.75 * a - 0.5, False)
        out += [r.copy(), x]
for _ in range(2):
    for a in out:
        pr(a)
