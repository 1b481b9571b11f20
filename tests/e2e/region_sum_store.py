# Reference for region_sum_store (NumPy): one round of b[i] = a[i-1] - a[i+1]
# with mirrored borders, its sum; rounds of a[i-1] - a[i+1] + a[i] / 2 with
# clamped borders.  Every value is a multiple of 1/8 (1/32 after two rounds):
# sums are exact.
import numpy as np


def mirror(i, n):
    # LANGUAGE.md :oob_mirror: -1 -> 1, n -> n - 2
    if i < 0:
        return -i
    if i >= n:
        return 2 * (n - 1) - i
    return i


for n in (8, 1000, 100000, 200003):
    i = np.arange(n)
    u = 0.5 * ((i * 3) % 5) - 0.75 + 0.125 * (i % 8)
    v = np.empty(n)
    v[1:-1] = u[:-2] - u[2:]
    v[0] = u[mirror(-1, n)] - u[1]
    v[-1] = u[n - 2] - u[mirror(n, n)]
    print(repr(float(v.sum())))
    print(repr(float(v.sum())))
    for k in (1, 2):
        a = u.copy()
        for _ in range(k):
            p = np.concatenate(([a[0]], a, [a[-1]]))
            a = p[:-2] - p[2:] + 0.5 * a
        print(repr(float(a.sum())))
