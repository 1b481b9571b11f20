import numpy as np

x = np.array([1.5, -2.0, 3.25, 4.0, -0.5, 7.0])
n = len(x)


def pd(v):
    for e in v:
        print('%.17g' % e)


pd([x[max(i - 1, 0)] + x[min(i + 1, n - 1)] for i in range(n)])            # clamp
y = x * 2.0
mir = lambda i: -i if i < 0 else (2 * (n - 1) - i if i >= n else i)     # reflect without repeating the edge
pd([y[mir(i - 1)] - y[mir(i + 1)] for i in range(n)])

m = np.array([((i * 5) % 7) - 2.5 for i in range(12)]).reshape(3, 4)
pd([x[max(i - 1, 0)] + x[min(i + 1, n - 1)] for i in range(n)])            # clamp
t = m.T                                                                  # 4 x 3
R, C = t.shape
pd([t[i, (j + 1) % C] - t[(i + 1) % R, j] for i in range(R) for j in range(C)])
o3 = [2.0 * x[min(i + 1, n - 1)] for i in range(n)]
x = x.copy()
x[0] = 100.0
pd([x[0] + sum(o3)])
pd(x)
