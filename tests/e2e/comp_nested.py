import numpy as np

N = 9


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


a = np.array([((i * 7) % 11) * 0.25 - 1.0 for i in range(24)]).reshape(4, 6)
b = np.array([((i * 5) % 9) * 0.5 - 2.0 for i in range(18)]).reshape(6, 3)
v = np.array([(j % 4) * 0.5 - 0.25 for j in range(6)])
x = np.array([((i * 4) % 7) * 0.25 - 0.5 for i in range(N)])

pa(a @ v)
pa([np.max(np.abs(x[i] - x)) for i in range(N)])
pa([x[:i].sum() for i in range(N)])
pa([x[:i + 1].max() for i in range(N)])
order = np.argsort(x, kind='stable')
rk = np.empty(N, dtype=np.int64)
rk[order] = np.arange(N)
pi(rk)
pa(a @ b)
pa([np.sqrt(np.sum((row - row.mean()) * (row - row.mean())) / 6.0) for row in a])
wr = np.array([[a[i:i + 3, j:j + 3].max() - a[i:i + 3, j:j + 3].min() for j in range(4)] for i in range(2)])
print(2); print(4); pa(wr)
pi([int(np.count_nonzero(np.add.outer(x, x) < x[i])) for i in range(N)])
