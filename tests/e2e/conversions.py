import math
import numpy as np

N = 14


def g(v):
    return '%.17g' % float(v)


xs = [-3.7, 2.99, -0.5, 0.5, 0.0, 1e9 + 0.5, -2147483647.9,
      2147483647.25, 7.0, -7.0, 1e-300, -123.456, 65535.99999, 3.5]
big = [1e15 + 0.5, -3e12 - 0.9, 9.0e18, -9.2e18, 4503599627370495.5]
As = [0, 1, -1, 16777216, 16777217, 123456789, -123456789,
      9007199254740993, -9007199254740993, 2147483647,
      -2147483648, 1099511627777, 33554435, -33554435]

for v in xs:
    print(math.trunc(v), math.trunc(v))        # truncation toward zero
for v in big:
    print(math.trunc(v))
for v in As:
    print(g(float(v)), g(np.float32(np.int64(v))))   # round to nearest
i = np.arange(N)
x = 1.0 / (i + 3).astype(np.float64) + i.astype(np.float64) * 1000.0
for v in x:
    print(g(np.float32(v)))
y = np.float32(1.0) / (i + 3).astype(np.float32) - np.float32(2.0)
for v in y:
    print(g(float(v) * 0.1))
for v in y:
    print(math.trunc(float(v * np.float32(2.0))))
a = ((i * 7919) % 101 - 50) * 40000000
for v in a:
    print(int(v))
a32 = i * 150000000 - 1000000000
for v in a32:
    print(int(v) * 1000000000)

sx = [-9.99, 123456.75, 0.1]
sk = [5, -3, 1000000]
for k in range(3):
    print(math.trunc(sx[k]) + sk[k], g(sk[k] / 4.0), g(np.float32(sx[k])), sk[k] * 2)
