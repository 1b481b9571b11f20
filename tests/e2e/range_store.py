import numpy as np

N, H, W = 9, 5, 6


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


x = np.array([((i * 5) % 7) * 0.5 - 1.0 + 0.125 * i for i in range(N)])
a = np.array([((i * 7) % 11) * 0.25 - 1.0 for i in range(H * W)]).reshape(H, W)
b = np.array([0.5 * i + 100.0 for i in range(6)])


def smooth(v):
    y = v.copy()
    y[1:-1] = 0.25 * v[:-2] + 0.5 * v[1:-1] + 0.25 * v[2:]    # right side from the old values
    return y


pa(smooth(x))
y = x
for _ in range(3):
    y = smooth(y)
pa(y)
y = smooth(x)
pa(y); pa([y.sum()])

r = x.copy(); r[1:] = x[:-1]
l = x.copy(); l[:-1] = x[1:]
pa(r); pa(l)

z = a.copy()
z[:, 0] = 0.0
z[H - 1, :] = -1.0
z[1, 1:W - 1] = z[0, 0:W - 2] * 10.0
pa(z)

bb = b[:4].reshape(2, 2)
z = a.copy()
z[1:3, 2:4] = bb
z[0:2, 0:2] = bb * 10.0 + z[2:4, 2:4]
z[3:, 4:] = 7.5
pa(z)
print('error:')
print('error:')

for t, (lo, hi) in enumerate(((2, 5), (4, 4), (6, 2), (0, N))):
    z = x.copy()
    if hi > lo:
        z[lo:hi] = 3.5 - t
    pa(z)

z = a.copy()
for i in range(1, H):
    z[i, 1:] = z[i - 1, :-1] + z[i, 1:]
pa(z)

z = x.copy()
z[0:2] = 9.0
pa(x); pa(z); pa(x * 2.0); pa([x.sum(), z.sum()])
