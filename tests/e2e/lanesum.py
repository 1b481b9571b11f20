# Independent reference for lanesum.arr: plain loops over the runs.
def make_runs(n):
    runs = []
    for L in range(0, min(20, n) + 1):
        runs.append((n - L, n))
        runs.append((0, L))
        lo = (L * 7) % (n - L + 1)
        runs.append((lo, lo + L))
    runs.append((0, n))
    return runs

def poly(x):
    return ((((((x - 1.0) * x + 2.0) * x - 3.0) * x + 1.0) * x - 2.0) * x + 3.0) * x

def g(x):
    s = repr(float(x))
    return s[:-2] if s.endswith('.0') else s

for n in (0, 1, 7, 8, 9, 16, 17, 37, 100):
    runs = make_runs(n)
    m = len(runs)
    a = [((i * 5) % 11) - 5.0 for i in range(n)]
    xs = [float((i * 3) % 13) for i in range(n)]
    f = [((i * 7) % 9) - 4.0 for i in range(n)]
    ids = [i % 5 for i in range(n)]
    idx = [(i * 13) % n for i in range(n)]
    c = [float(i % 13) for i in range(m)]
    print('n %d m %d' % (n, m))
    for k in (0, 5):
        for i in range(m):
            print(g(sum(sum(map(poly, a[runs[(i + r) % m][0]:runs[(i + r) % m][1]])) for r in range(k))))
        for i in range(m):
            print(g(sum(sum(map(poly, f[runs[(i + r) % m][0]:runs[(i + r) % m][1]])) for r in range(k))))
        for i in range(m):
            s = 0.0
            for r in range(k):
                lo, hi = runs[(i + r) % m]
                s += sum(poly(a[idx[j]]) for j in range(lo, hi))
            print(g(s))
        for i in range(m):
            print(g(sum(sum(a[runs[(i + r) % m][0]:runs[(i + r) % m][1]]) for r in range(k))))
    for i in range(m):
        p = q = e = 0.0
        for s in range(3):
            for t in range(2):
                lo, hi = runs[(i + 2 * s + t) % m]
                ci = c[i] - t
                for k in range(lo, hi):
                    d = ci - xs[k]
                    if ids[k] != i and d * d < 10.0:
                        p += d * d
                        q += d
                        e += 1.0
        print('%s %s %s' % (g(p), g(q), g(0.5 * e)))
    for i in range(m):
        u = sum(2 * sum(a[lo:hi]) for lo, hi in runs)
        lo_i, hi_i = runs[i]
        v = sum(sum(a[lo:hi]) * sum(a[lo_i:hi_i]) for lo, hi in runs)
        print('%s %s' % (g(u), g(v)))
    sums = [sum(a[lo:hi]) for lo, hi in runs]
    print('%s %s' % (g(sum(sum(map(poly, a[lo:hi])) for lo, hi in runs)), g(sum(sum(map(poly, f[lo:hi])) for lo, hi in runs))))
    P = Q = E = 0.0
    for r, (lo, hi) in enumerate(runs):
        for k in range(lo, hi):
            d = c[r] - xs[k]
            if ids[k] != r and d * d < 10.0:
                P += d * d
                Q += d
                E += 1.0
    print('%s %s %s' % (g(P), g(Q), g(0.5 * E)))
    print('%s %d' % (g(sum(sums)), min(range(m), key=lambda r: (sums[r], r))))
