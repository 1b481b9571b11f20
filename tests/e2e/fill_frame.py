# The reference: NumPy slicing. A stencil with the default boundary mode
# (:oob_skip) writes the elements whose whole footprint is inside the grid
# and leaves the others as they were (the fill).
import numpy as np

def val(i):
    return ((np.asarray(i, dtype=np.int64) * 7919 + 13) % 512) / 64.0 - 4.0

def csum(y):
    y = np.asarray(y, dtype=np.float64).ravel()
    return float(np.sum(y * (np.arange(y.size) % 17 + 1)))

for n in (1, 2, 3, 4, 10, 100001):
    x = val(np.arange(n))
    y = np.zeros(n)
    if n >= 4:      # offsets -2..1
        y[2:n - 1] = 0.5 * x[0:n - 3] + x[2:n - 1] - 0.25 * x[3:n]
    print('f1', n, repr(csum(y)), repr(float(y[0])), repr(float(y[-1])))
    for t in range(3):
        y = np.zeros(n)
        if t > 0 and n >= 3:
            y[1:n - 1] = x[0:n - 2] - x[2:n]
        print('frun', t, repr(csum(y)))
    y = np.ones(n)
    if n >= 2:
        y[1:] = x[:-1] + 1.0
    print('fself', repr(csum(y)))
for h, w in ((1, 1), (2, 3), (3, 4), (4, 5), (300, 257)):
    x = val(np.arange(h * w)).astype(np.float32).reshape(h, w)
    y = np.zeros((h, w), dtype=np.float32)
    if h >= 3 and w >= 4:   # rows -1..1, columns -1..2
        y[1:h - 1, 1:w - 2] = x[0:h - 2, 1:w - 2] + x[2:h, 1:w - 2] - x[1:h - 1, 0:w - 3] + np.float32(2.0) * x[1:h - 1, 3:w]
    print('f2', h, w, '%.9g' % csum(y))
for p, q, r in ((1, 1, 1), (2, 2, 2), (3, 4, 5), (20, 30, 40)):
    n = p * q * r
    x = val(np.arange(n)).reshape(p, q, r)
    y = np.full((p, q, r), 7.5)
    if p >= 2 and q >= 2 and r >= 2:    # offsets 0..1, -1..0, -1..0
        y[0:p - 1, 1:q, 1:r] = x[0:p - 1, 1:q, 0:r - 1] + x[1:p, 0:q - 1, 1:r] * 3.0
    print('f3', n, repr(csum(y)))
