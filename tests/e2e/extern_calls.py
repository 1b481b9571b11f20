import numpy as np
N = 37
i = np.arange(N)
x = (i - 18) * 0.25
f = (i * np.float32(0.75)).astype(np.float32)
v = i - 10
a = i.astype(np.int64) * i * 7919

def logistic(x, k):
    return 1.0 / (1.0 + np.exp(-k * x))

for y in logistic(x, 1.5) + 2.0 * logistic(x * 0.5, 1.5):
    print(repr(float(y)))
print(repr(float(np.sum(logistic(x, 0.75)))))
for y in np.clip(v, 0, 10):
    print(int(y))
for y in (np.float32(0.5) * f):
    print('%.9g' % y)
print(int(sum((int(a[k]) * 31 + k) % 1000003 for k in range(N))))
print(int(np.sum(a % 2 == 1)))
print(repr(float(logistic(0.3, 2.0))))
