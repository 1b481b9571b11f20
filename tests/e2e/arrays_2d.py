import numpy as np

H, W = 4, 5


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i, j = np.meshgrid(np.arange(H), np.arange(W), indexing='ij')
a = (i * W + j).astype(np.float64) * 0.125 - 1.0
b = (i - j).astype(np.float64) / 3.0
k = (i * 1000 - j * 77).astype(np.int64)
pa(a * 1.5 + b - 1.0)
pa(np.sqrt(a * a + 1.0))
for x in (a > 0.5).ravel():
    print(int(x))
pa([a[0, 0], a[H - 1, W - 1], a[1, 2]])
bt = b.ravel().reshape(W, H)
pa([bt[0, 0], bt[W - 1, H - 1], bt[1, 2]])
c = ((np.arange(18) % 5).astype(np.float64) + 0.5).reshape(3, 6)
v = np.arange(6).astype(np.float64) - 2.0
pa(c * v[None, :] + np.arange(3).astype(np.float64)[:, None])
for x in (k * k - 2 * k).ravel():
    print(int(x))
t = (np.arange(24).astype(np.float64) / 8.0).reshape(2, 3, 4)
pa(t * 2.0 + 1.0); pa([t[1, 0, 3]]); print(4)
pa([sum(float(x) for x in row) for row in a])
