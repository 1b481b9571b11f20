# Reference for stencil_param_names: each kernel is b[i] = (a[i-1] + a[i+1] + K) // d
# (truncating, as C), three rounds with rotation, the border (oob_skip,
# the default) keeping its values; d = 0 fails.
import numpy as np

N = 300000
names = ['v', 'k', 'trapped', 'trap_seen', 'at_untrapped', 'div_i64', 'stored', 'store_at']
x = (np.arange(N, dtype=np.int64) * 7) % 11


def tdiv(a, d):
    q = np.abs(a) // abs(d)
    return np.where((a < 0) != (d < 0), -q, q)


for K, nm in enumerate(names):
    for d in range(3):
        if d == 0:
            print("error:")
            continue
        a, b = x.copy(), x.copy()
        for r in range(3):
            b[1:-1] = tdiv(a[:-2] + a[2:] + K, d)
            a, b = b, a
        # after an odd number of rounds the last result is in the buffer
        # the kernel wrote last: runStencil(b, a, 3) rotates (a, b) each
        # round; the function returns b
        res = b if 3 % 2 == 0 else a
        s = int(np.sum(res * (np.arange(N) % 13 + 1)))
        print(nm, s, int(res[1]), int(res[N - 2]))
