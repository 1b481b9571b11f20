import numpy as np

N, H, W = 10, 3, 4


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


x = np.array([((i * 5) % 7 - 3) * 0.375 + 0.125 * i for i in range(N)])
a = np.array([[((i * 4 + j * 3) % 9) * 0.25 - 1.0 for j in range(W)] for i in range(H)])
b = np.array([0.5 * j - 0.75 for j in range(W)])

pa([float(i * i - 3 * i) * 0.5 + float(i) / 4.0 for i in range(N)])
# C truncating division; all i >= 0 here
pi([i * i * i - 7 * (i // 3) + i % 4 for i in range(N)])

d = x[1:] - x[:-1]
print(len(d)); pa(d)
y = np.array([x[i] * 2.0 + x[i - 1] for i in range(1, N - 1)])
print(len(y)); print(len(y)); pa(y)
for n in (N, 7):
    e = x[:n][0::2]
    print(len(e)); pa(e)

for lo, hi in ((2, 6), (5, 5), (7, 3), (0, 0), (0, N)):
    e = np.array([x[i] * 2.0 + 1.0 for i in range(lo, hi)])
    pa([e.sum() if len(e) else 0.0])
    print(len(e)); print(len(e)); pa(e)

pa(a * b[None, :])
pa([[float(i * 10 + j) - float(i) * float(j) * 0.5 for j in range(5)] for i in range(3)])
g = np.array([[a[i + 1, j] - a[i, j - 1] for j in range(1, W)] for i in range(H - 1)])
print(g.shape[0]); print(g.shape[1]); pa(g)
pa([[[float(100 * i + 10 * j) + x[k] for k in range(4)] for j in range(3)] for i in range(2)])
pi([i * 1000 + j * 100 + k * 10 + l for i in (5, 6) for j in range(3) for k in range(2) for l in range(2)])

pa([np.sum(x * x)])
pa([np.max(x * np.arange(N))])
print(int(np.argmin(x - x[::-1])))
print(int(np.count_nonzero(x[1:] > x[:-1])))
pa([np.sum(np.outer(x, x))])
print(sum(i * i - j for i in range(N) for j in range(2, 5)))

r = x[::-1]
pa(r * 2.0 + x - np.sqrt(np.abs(r)))
pi(((x > 0.0) & (r < 1.0)).astype(int))
