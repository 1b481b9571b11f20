import numpy as np

N = 10


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


x = np.array([((i * 3) % 7) * 0.5 - 1.25 for i in range(N)])
k = np.array([((i * 5) % 11) - 4 for i in range(N)], dtype=np.int64)
a = np.array([((i * 7) % 9) * 0.25 - 1.0 for i in range(20)]).reshape(4, 5)
img = np.array([((i * 5) % 13) * 0.25 + (i // 8) * 0.5 for i in range(56)]).reshape(7, 8)
t = np.array([((i * 11) % 17) * 0.5 - 3.0 for i in range(60)]).reshape(3, 4, 5)

print(N - 1); pa(x[1:])
print(N - 1); pa(x[:-1])
pa([x[2:].sum(), (x[1:] - x[:-1]).sum()])
print(N - 2); print(N - 3); print(int(np.argmax(x[2:])))

for lo, hi in ((2, 5), (4, 4), (6, 2), (0, N), (N + 5, N + 2), (N + 1, N + 1), (-3, -5), (N - 2, N + 3), (-1, 3)):
    if hi > lo and (lo < 0 or hi > N):     # arr has no negative indices; an empty range is never out of bounds
        print('error:')
        continue
    s = x[lo:hi] if hi > lo else x[0:0]
    print(len(s)); pa([s.sum() if len(s) else 0.0]); print(int(np.count_nonzero(s > 0.0)))

d = x[1:] - x[:-1]
c = 0.25 * x[:-2] + 0.5 * x[1:-1] + 0.25 * x[2:]
print(len(d)); pa(d * 2.0)
print(len(c)); pa(c)
print(int(np.count_nonzero(x[1:] > x[:-1])))

s = x[1:]
tt = s[2:5]
pa([tt.sum(), tt[0], np.sqrt(np.dot(x[:4], x[:4])), s[-3:].min()])

i, j = 2, 3
pa(a[:, j]); pa(a[i, :])
pa([a[:, j].sum(), np.dot(a[i, :], a[i, :])])
print(3); pa(a[i, 1:4])
pa([a[1:, j].sum()]); print(2)

win = img[2:5, 2:6]
lap = img[0:5, 1:7] + img[2:7, 1:7] + img[1:6, 0:6] + img[1:6, 2:8] - 4.0 * img[1:6, 1:7]
print(3); print(4); pa(win * 2.0)
print(3); print(4); pa([win.sum()])
print(5); print(6); pa(lap)

print(int(k[1:].sum())); print(N - 2); pi(k[2:] - k[:-2]); print(int(k[:5].max()))

pa([t[1].sum()]); print(3); pa(t[:, 1, 2])
print(3); print(4); pa(t[:, 0, 1:])
