import numpy as np

N = 9


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pl(v):
    for e in np.asarray(v).ravel():
        print(int(e))


def linspace(lo, hi, n):        # the spec's operation order
    if n == 1:
        return [lo]
    return [lo + (hi - lo) * float(k) / float(n - 1) for k in range(n)]


pa(np.zeros(N)); pl(np.ones(N, dtype=np.int32)); pl(np.arange(N)); pa(linspace(-1.0, 2.0, N))
pa(np.full((3, 4), 2.5))
print('error:')
a = np.array([1.5, -2.0, 0.25, 8.0, 3.0, -0.5]).reshape(2, 3)
pa(np.zeros_like(a) + 1.0); pa(a.copy() * 2.0); pl([len(a), a.shape[1], a.shape[0]])
pa(linspace(0.1, 0.9, 7))
pa(linspace(-3.0, 5.0, N))
pa(linspace(2.75, 100.0, 1))
pa(np.arange(N).astype(np.float64) * 0.5 - 1.0)
pl([5, 5])
c = a.ravel().copy()
c[0] = -1.0
pa(c); pa([a.ravel()[0]])
pa(a)
pl(np.full(N, 7)); pl(np.ones((N, 2), dtype=np.int32) * 3)
