import numpy as np

N, R, C = 12, 4, 5


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def init(n, s):
    return np.array([((i * 3) % 7) * s - 1.25 for i in range(n)])


# NumPy's reshape of a contiguous slice is a view, as arr's is
a = init(N, 0.5)
r = a[2:8].reshape(2, 3)
r[0, 0] = 100.0
r[1, :] += 1.0
b = a[8:12].reshape(2, 2)
b[0, 0] += 10.0
pa(a.copy()); pa(a)

m = init(R * C, 0.25).reshape(R, C)
q = m[1:3, :].reshape(C, 2)
q[C - 1, 1] = -5.0
p = m[0, :].reshape(1, C)
p[0, 1] = 7.0
for i in range(R):
    row = m[i, 1:C].reshape(C - 1)
    row[0] += float(i)
pa(m.copy()); pa(m)

a = init(N, 0.5)
r = a[4:10].reshape(3, 2)
a[5] = 42.0
a[9] += 1.0
print('%.17g' % (r[0, 1] + r[2, 1])); pa(a)

a = init(N, 0.5)
r = a[0:12].reshape(3, 4)
s = r[1:3, :].reshape(8)
s[7] = 1.0
t = r.T
t[1, 2] = 2.0
u = r[:, 1]
u[0] = 3.0
w = a[1:N].reshape(N - 1)[2:5]
w[0] = 4.0
pa(a.copy()); pa(a)

a = init(N, 0.5)
m = init(R * C, 0.25).reshape(R, C)
v = a[1:7].reshape(2, 3)
pa(v * 2.0 + 1.0)
pa(np.array([[v[i, j] + float(10 * i + j) for j in range(3)] for i in range(2)]))
pa(m[:, 1:3].reshape(R, 2))
print('%.17g' % m[1:R, :].reshape((R - 1) * C).sum())
print('error:')
