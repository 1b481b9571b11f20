import numpy as np
x = np.arange(1.0, 6.0)
print('evens', 6, 1, repr(float(np.sum(np.full(6, 2.0) * 1.5))))
print('table', 5, 3, repr(float(np.sum(np.full((5, 3), 1.0) + 0.5))))
print('wide', 5, 4, repr(float(np.sum(np.full((5, 4), 3.0)))))
print('same', 5, 1, repr(float(np.sum(x))))
print('error:')
print(1)
print('wrong-ok', 5, 3, repr(0.0))
