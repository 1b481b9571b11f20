import math
import numpy as np

NS = 5000
M64 = 1 << 64


def wrap(v):
    v %= M64
    return v - M64 if v >= M64 >> 1 else v


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


def pi(v):
    for e in np.asarray(v).ravel():
        print(int(e))


idx = np.array([(i * i + 3 * i) % 7 for i in range(50)], dtype=np.int64)
pi(np.bincount(idx, minlength=7))
pi(np.bincount(idx, minlength=9))
pi([0, 0, 0, 0])
print('error:')                  # idx[13] = -1
print('error:')                  # idx[13] = 7 with 7 bins
idx[13] = 7
pi(np.bincount(idx, minlength=8))

x = np.array([((i * 31) % 97) / 97.0 for i in range(200)])
h = np.bincount(np.floor(x * 10.0).astype(np.int64), minlength=10)
pi(h); print(int(h.sum()))

dest = np.array([i * 0.5 for i in range(10)])
vals = np.array([1.5, -2.25, 3.0, 4.75])
d = dest.copy(); d[[7, 0, 3, 9]] = vals
pa(d)
print('error:')
print('error:')
d = dest.copy(); d[[2, 5, 8]] = vals[:3] * 2.0
pa(d); pa([d.sum()])
print('error:')

a = np.array([((i * 3) % 7) * 0.25 - 0.5 for i in range(10)])
k = np.array([(i * 3) % 10 for i in range(10)], dtype=np.int64)
gidx = np.array([9, 0, 0, 3, 7, 3, 1, 9])
gidx32 = np.array([4, 4, 9, 0, 2, 8, 1, 5])
pa(a[gidx])
pa(a[gidx32])
pa(a[gidx] * 2.0 + 1.0); pi(k[gidx]); pa([a[gidx].sum()]); pa(a[k[gidx]]); pa(a[(gidx + 1) % 10])
print('error:'); print('error:'); print('error:'); print('error:')

keys = np.array([((i * 7919) % 37) * 0.5 - 9.0 for i in range(NS)])
perm = np.argsort(keys, kind='stable')
pi(perm[:30])
hh = 0
for p in perm.tolist():
    hh = (hh * 1000003 + p) % M64
print(wrap(hh))
srt = keys[perm]
pa([srt[0], srt[-1], srt.sum()])
print(0)
sub = keys[100:107]
p7 = np.argsort(sub, kind='stable')
pi(p7); pa(sub[p7])

ik = np.array([((i * 13) % 7) - 3 for i in range(40)], dtype=np.int64)
ik[5] = -2**63; ik[17] = 2**63 - 1; ik[30] = -2**63; ik[33] = 2**63 - 1
pi(np.argsort(ik, kind='stable'))
print(0)
