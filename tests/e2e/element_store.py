import numpy as np

N, H, W = 12, 3, 5


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


a = ((np.arange(N) * 7) % 5).astype(np.float64) * 0.5 - 0.75
m = (np.arange(H * W) % 7).astype(np.float64).reshape(H, W) - 2.5
v = 1.0 / (np.arange(W) + 2).astype(np.float64)

pa(a * np.arange(N).astype(np.float64))
acc, r = 0.0, []
for x in a:
    acc += x
    r.append(acc)
pa(r)
r = [a[0]]
for i in range(1, N):
    r.append(0.5 * r[-1] + a[i])
pa(r)
pa(m.T)
r = []
for i in range(H):
    s = 0.0
    for j in range(W):
        s += m[i, j] * v[j]
    r.append(s)
pa(r)
ri = [i * i - 3 for i in range(N)]
ri[0] = 42
ri[N - 1] += 1000
for x in ri:
    print(x)
pa([1.0, 7.0, 1.0, 1.0]); pa([5.0, 0.0, 0.0, 0.0])
pa(np.where(np.arange(N) % 2 == 0, a, 0.0) * 2.0 + 1.0)
