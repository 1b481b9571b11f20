import numpy as np

H, W = 4, 6


def pf(v):
    print('%.17g' % float(v))


i, j = np.meshgrid(np.arange(H), np.arange(W), indexing='ij')
a = 1.0 + (((i * 5 + j * 3 + 4) % 7) - 3).astype(np.float64) * 0.0625
b = (i + 1).astype(np.float64) / (j + 2).astype(np.float64)
k = ((i * 11 + j * 5 + 3) % 9 - 4).astype(np.int32)


def red2(a):
    pf(a.sum()); pf(a.min()); pf(a.max()); pf(a.mean())
    print(int(np.argmin(a))); print(int(np.argmax(a)))   # flat, first occurrence
    pf(a.prod())


red2(a)
print(int(k.astype(np.int64).sum())); print(int(np.argmin(k))); print(int(np.argmax(k)))
print(int(np.count_nonzero(k > 0))); print(int(k.max()))
t = 1.1
print(int(np.any(a > t))); print(int(np.all(a > 0.9))); print(int(np.count_nonzero(a >= t)))
red2(a.reshape(W, H))
pf(np.sum(a * b - 0.25) / float(H * W))
