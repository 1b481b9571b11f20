import numpy as np
x = np.array([3.0, -1.0, np.nan, 2.0, 7.0, -4.0])
print('nan nan nan %g' % max(3.0, -1.0))
y = np.array([3.0, -1.0, 5.0, 2.0, 7.0, -4.0])
print('%g %g %g %g' % (np.min(y), np.max(y), np.min(np.abs(y)), max(y[0], y[1])))
def c_div(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q
for k in (0, 5, 20):
    a = k != 0 and c_div(10, k) > 1
    b = k == 0 or c_div(10, k) > 1
    c = -1 if k == 0 else c_div(100, k)
    print('%d %d %d' % (a, b, c))
print(' '.join(str(7 + i) for i in range(10)))
print('42.5')
print('error:')
