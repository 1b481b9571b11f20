import numpy as np

N, R, C = 8, 4, 5


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def init(n, s):
    return np.array([((i * 3) % 7) * s - 1.25 for i in range(n)])


# NumPy's basic slices and transposes are views, as a var bound to one is in arr
a = init(N, 0.5)
v = a[1:N - 1]
v[0] = 9.0
v[1:3] += 1.0
pa(a.copy()); pa(a)

m = init(R * C, 0.25).reshape(R, C)
row = m[1, :]
row[:] = row * 2.0
col = m[:, 2]
col[0] = -1.0
box = m[1:3, 1:3]
box[1, 1] = 100.0
t = m.T
t[3, 0] = 7.0
pa(m.copy()); pa(m)

a = init(N, 0.5)
v = a[2:]
a[2] = 42.0
a[3] += 1.0
print('%.17g' % (v[0] + v[1])); pa(a)


def bump(x):
    x[0] += 10.0


a = init(N, 0.5)
v = a[1:]
w = v[1:N - 1]
w[0] = 5.0
bump(a[4:])
u = a[5:]
bump(u)
pa(a.copy()); pa(a)

m = init(R * C, 0.25).reshape(R, C)
for i in range(R):
    row = m[i, :]
    row[:] = row + float(i)
pa(m.copy()); pa(m)

a = init(N, 0.5)
b = a.copy()
v = b[0:2]
b = b * 2.0
v[1] = 3.0
pa(b); print('%.17g' % (v[0] + v[1])); pa(a)

a = init(N, 0.5)
a[1] = 2.0
pa(a)
