# Independent reference for loop_memory.c (the last line: memory stayed low).
import numpy as np
N = 100000
a = (np.arange(N) % 100) * 0.01
x = a.copy()
for r in range(1000):
    t = x * 0.5
    x = t + 0.25 * np.sqrt(t * t + 1.0)
y = a.copy()
for k in range(1000):
    y = 0.5 * (y + x / (1.0 + y * y))
print('%.17g' % (x.sum() + y.sum()))
print(1)
