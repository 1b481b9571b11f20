import numpy as np
x = np.array([1.0, -2.0, 0.5, 4.0, 3.25])
for v in x * 2.0 + 0.5:
    print("%.17g" % v)
print("%.17g" % (np.sum(x) * 1.5 + 7.0))
