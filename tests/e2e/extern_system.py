# Reference for extern_system: NumPy's fmax(x - y, 0) (C's fdim), cbrt and
# nextafter.
import numpy as np

x = np.array([-8.0, -1.0, 0.0, 0.5, 1.0, 2.0, 27.0])
for v in np.fmax(x - 0.75, 0.0):
    print(repr(float(v)))
for v in np.cbrt(x) + np.nextafter(x, 10.0) - x:
    print(repr(float(v)))
