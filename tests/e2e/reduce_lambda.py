import numpy as np

N, H, W = 50, 5, 7


def pf(v):
    print('%.17g' % float(v))


i = np.arange(N)
x = 2.0 + ((i * 37) % 23).astype(np.float64) / 16.0
k = [((j * 7919) % 101 - 50) * 123456789 for j in range(N)]
k32 = [1 << ((j * 5) % 29) for j in range(N)]
m = 1.0 / (np.arange(H * W) + 1).astype(np.float64) + (np.arange(H * W) % 4).astype(np.float64)
pf(np.sum(x))
pf(max(-1e300, np.max(x)))
pf(min(1e300, np.min(m)))
pf(np.sum(m))
print(sum(k))
pf(np.prod(x[:20] * 0.5 + 0.75))
r = 0
for v in k32[:12]:
    r |= v
print(r)
x = -1e299 * (i + 1).astype(np.float64)
pf(max(-1e300, np.max(x)))
