import numpy as np

N = 15


def pb(v):
    for e in v:
        print(int(bool(e)))


i = np.arange(N)
a = (i % 5).astype(np.float64) - 2.0
b = (i % 3).astype(np.float64) - 1.0
k = (i % 7) - 1
m = (i % 4).astype(np.int32)

for r in (a < b, a <= b, a > b, a >= b, a == b, a != b):
    pb(r)
t = 0.0
p = a > t
q = b < t
pb(p & q); pb(p | ~q); pb(~(p & q) | (a == b))
r = (k >= m) & (k != 3)
pb(r)
print(int(np.count_nonzero(r)))
pb(0.5 < a)
for flag in (True, False):
    pb((flag & (a > 0.0)) | ((not flag) & (a <= -1.0)))
