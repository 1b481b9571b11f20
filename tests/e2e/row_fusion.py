import numpy as np
M, N = 301, 77
i = np.arange(M * N)
a = ((i * 7919) % 1009) / 50.0 - 10.0
f = (((i * 31) % 97).astype(np.float32) / np.float32(8.0) - np.float32(6.0)).astype(np.float32)
a = a.reshape(M, N); f = f.reshape(M, N)
a[5, 3] = np.nan
a[7, :] = 2.5
a[9, :] = 0.0
a[11, 4] = 700.0
w = (np.arange(M * N) % 13 + 1).astype(np.float64)

def sum_of(x):
    x = x.reshape(-1)
    ok = ~np.isnan(x)
    s = 0.0
    for v, k in zip(x[ok], w[ok]): s += float(v) * float(k)
    print(repr(s), int(np.sum(~ok)))

with np.errstate(all="ignore"):
    e = np.exp(a - np.max(a, axis=1)[:, None])
    sm = e / np.sum(e, axis=1)[:, None]
    sum_of(sm)
    print(repr(float(sm[7, 0])), repr(float(sm[11, 4])))
    un = a / np.sqrt(np.sum(a * a, axis=1))[:, None]
    sum_of(un)
c = f - np.mean(f, axis=1, dtype=np.float32)[:, None]
s = 0.0
for v, k in zip(c.reshape(-1), w): s += float(v) * float(k)
print(repr(s), repr(float(c[0, 0])))
print("empty ok")
print("error:")
