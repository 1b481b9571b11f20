import numpy as np

N = 12


def pf(v):
    for e in np.asarray(v).ravel():
        print('%.17g' % float(e))


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


i = np.arange(N, dtype=np.int64)
a = ((i * 7919) % 101 - 50).astype(np.int32)
b = i * 1000000007 - 5000000000
y = (i - 5).astype(np.float32) * np.float32(0.375)
x = 1.0 / (i + 3).astype(np.float64)
a[3] = 2147483647
a[4] = 1000000000
a[5] = -2147483648

pi(a.astype(np.int64) + b)
pf(a.astype(np.float64) * x)
pf(b.astype(np.float32) * y)                    # i64 * f32 -> f32
pf(y.astype(np.float64) + x)
y = np.float32(1.0) / (i + 1).astype(np.float32)
pf(np.float32(0.1) * y + np.float32(3.0))       # all f32 operations
with np.errstate(over='ignore'):
    pi(a * np.int32(3) + np.int32(1))           # wraps in int32
pi(a.astype(np.int64) + 4000000000)
pf(b.astype(np.float64) + 0.25)

p, q, ys, xs = np.int32(-7), 9000000000, np.float32(0.3), 0.1
pi(int(p) + q)
pf(float(p) * xs)
pf(np.float32(q) * ys)
pf(float(ys) + xs)
