# Independent reference for padtail.arr: plain loops over the runs.
def make_runs(n):
    runs = []
    for L in range(0, min(20, n) + 1):
        runs.append((n - L, n))
        runs.append((0, L))
        lo = (L * 7) % (n - L + 1)
        runs.append((lo, lo + L))
    runs.append((0, n))
    return runs

def g(x):
    s = repr(float(x))
    return s[:-2] if s.endswith('.0') else s

for n in (0, 1, 7, 8, 9, 16, 37, 100):
    runs = make_runs(n)
    m = len(runs)
    a = [((i * 5) % 11) - 5.0 for i in range(n)]
    xs = [float((i * 3) % 13) for i in range(n)]
    f = [((i * 7) % 9) - 4.0 for i in range(n)]
    b = [((i * 11) % 23) - 11 for i in range(n)]
    ids = [i % 5 for i in range(n)]
    c = [float(i % 13) for i in range(m)]
    print('n %d m %d' % (n, m))
    for lo, hi in runs: print(g(sum(a[lo:hi])))
    for lo, hi in runs: print('%s %d' % (g(sum(f[lo:hi])), sum(b[lo:hi])))
    for i, (lo, hi) in enumerate(runs):
        p = q = 0.0
        for k in range(lo, hi):
            d = c[i] - xs[k]
            if ids[k] != i and d * d < 10.0:
                p += d * d
                q += d
        print('%s %s' % (g(p), g(q)))
    # arr's integer division truncates toward zero, as C's
    for lo, hi in runs: print(sum(int(x / 3) for x in b[lo:hi]))
