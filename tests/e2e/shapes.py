import numpy as np


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i = np.arange(8).astype(np.float64)
a = i * 0.5 - 1.0
b = 3.0 - i * 0.25
pa(a[:6] * b[:6] + 1.0)
pa(a[:5] + b[:5])
print('error:')                 # n = 5, m = 4
print('error:')                 # n = 3, m = 5
pa([a[:3].sum() + b[:5].sum() * 2.0]); print(3 - 5)
print(0)                        # strlen(last_error()) after a success
pa(a[:6] - b[:6])
print('error:')                 # (2, 3) vs (3, 2)
print('error:')                 # dot of 4 and 3 elements
pa([np.dot(a[:4], b[:4])])
print(0)
