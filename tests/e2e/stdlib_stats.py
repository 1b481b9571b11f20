import numpy as np
N = 41
i = np.arange(N)
x = np.sin(0.37 * i) * 1.7 + 0.1 * i
y = 1.0 + 0.5 * np.cos(0.21 * i) + 0.05 * i
print(repr(float(np.var(x))))
print(repr(float(np.std(x))))
print(repr(float(np.cov(x, y, bias=True)[0, 1])))
print(repr(float(np.corrcoef(x, y)[0, 1])))
print(repr(float(np.average(x, weights=y))))
for v in (x - x.mean()) / x.std():
    print(repr(float(v)))
for v in np.clip(x, -1.0, 1.0):
    print(repr(float(v)))
