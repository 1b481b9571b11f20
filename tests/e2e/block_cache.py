# Reference for block_cache: the sums of the two scans in exact integer
# arithmetic (every partial sum is a multiple of 0.5 below 2^53), and 1
# for the two page-fault checks.
import numpy as np

N, THREADS = 4500000, 3


def twice(n, s):
    x = (np.arange(n, dtype=np.int64) * 7 + s) % 13
    c2 = np.cumsum(x)                   # 2 * c, exact
    d2 = np.cumsum(c2 - 2)              # 2 * d, exact
    return (int(d2[n - 1]) + int(c2[n // 2])) / 2.0


r = twice(N, 0)
for line in ['%.17g' % r, '%.17g' % r, '%.17g' % r, '1', '%.17g' % r, '1']:
    print(line)
for t in range(THREADS):
    v = twice(N // (t + 1) + t, t + 1)
    for k in range(3):
        print('%.17g' % v)
