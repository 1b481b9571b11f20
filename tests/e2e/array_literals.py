import numpy as np
f32 = np.float32
x = np.array([1.5, -2.0, 4.25], dtype=f32)
m = np.array([0.5 * i - 1.0 for i in range(6)]).reshape(2, 3)
N = 6
a = np.array([(i * 5 % 7) * 0.25 for i in range(N)])
k = np.array([0.25, 0.5, 0.25], dtype=f32)
for v in x * k: print('%.9g' % v)
for v in (m + np.array([[0.5, 1.5, 2.5], [3.0, 4.0, 5.0]]) * 6.0).ravel(): print(repr(float(v)))
print(repr(1.5 + 2.5 + 0.1))
for v in [2, 4, 6, 8]: print(v)
p = x * np.array([0.1, 0.2, 0.3], dtype=f32)
print('%.9g' % f32(f32(p[0] + p[1]) + p[2]))
taps = [0.25, 0.5, 0.25]
for i in range(N):
    acc = 0.0
    for j in range(3):
        acc += taps[j] * a[min(max(i + j - 1, 0), N - 1)]
    print(repr(float(acc + a[N - 1] * 2.0)))
for v in range(1, 9): print(v)
for t in range(-1, 3):
    p = t * 0.75
    print(repr(p * 2.0)); print(int(p > 0.0)); print(1); print(int(not (p > 1.0)))
    print(repr(p)); print(repr(-p))
