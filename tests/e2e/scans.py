import math
import numpy as np

N = 100000
M64 = 1 << 64


def wrap(v):
    v %= M64
    return v - M64 if v >= M64 >> 1 else v


def show_f(r):
    n = len(r)
    if n <= 8:
        sel = list(r)
    else:
        sel = list(r[:5]) + [r[n // 2 - 1], r[n // 2], r[n - 1]]
    for v in sel:
        print('%.17g' % v)
    print('%.17g' % math.fsum(r))


def show_i(r):
    n = len(r)
    if n <= 8:
        sel = list(r)
    else:
        sel = list(r[:5]) + [r[n // 2 - 1], r[n // 2], r[n - 1]]
    for v in sel:
        print(int(v))
    print(wrap(sum(int(v) * (i % 7 + 1) for i, v in enumerate(r))))


i = np.arange(N, dtype=np.int64)
x = ((i * 37) % 101).astype(np.float64) / 101.0 + 0.01
xd = ((i * 37) % 101).astype(np.float64) * 0.0078125
xm = ((i * 7919) % 1009).astype(np.float64) + i.astype(np.float64) * 0.01 - 600.0
k1 = np.where(i % 1000 == 7, np.int64(4611686018427387904), (i * 13) % 17 - 8).astype(np.int64)
k2 = np.where(i % 7 == 3, -3, 2 * (i % 5) + 1).astype(np.int64)
k3 = ((i * 7919) % 10007 - i // 2).astype(np.int64)


def cumsum_wrap(k):
    out, acc = [], 0
    for v in k.tolist():
        acc = wrap(acc + v)
        out.append(acc)
    return out


def cumprod_wrap(k):
    out, acc = [], 1
    for v in k.tolist():
        acc = wrap(acc * v)
        out.append(acc)
    return out


for n in (N, 1, 3, 0):
    print(n)
    show_f(np.cumsum(x[:n]))
    show_i(cumsum_wrap(k1[:n]))
    show_f(np.cumsum(xd[:n]))
    show_f(np.maximum.accumulate(xm[:n]) if n else xm[:0])
    show_i(cumprod_wrap(k2[:n]))
    show_i(np.minimum.accumulate(k3[:n]).tolist() if n else [])
    show_f(np.cumsum(x[:n] * 2.0) - x[:n])
    print('%.17g' % math.fsum(np.cumsum(x[:n])))
