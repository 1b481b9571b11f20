import numpy as np
m = (0.25 * np.arange(12) - 1.0).reshape(3, 4)
for row in m:
    s = 0.0
    for v in row:
        s = s + v
    print(repr(float(s)))
print(repr(3.25)); print(repr(6.5))
x = 1.5 * np.arange(5) + 0.5
for v in x:
    print(repr(float(v)), repr(float(2.0 * v)))
