import numpy as np

N = 24


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i = np.arange(N).astype(np.float64)
a = (i - 11.0) * 0.4375 + 0.0625
b = ((i % 4) - 1.5) * 1.25
a[5] = 1.25
b[5] = 1.25
pa(np.minimum(a, b)); pa(np.maximum(a, b))
pa(np.power(np.abs(a) + 0.5, b))
pa(np.arctan2(a, b)); pa(np.hypot(a, b))
pa(np.fmod(a, b)); pa(np.copysign(a, b))
s = 0.75
pa(np.minimum(a, s)); pa(np.maximum(0.0, a)); pa(np.power(a * a + 1.0, 0.5)); pa(np.arctan2(s, a))
x, y = 7.5, 2.25
pa([np.hypot(x, y), np.fmod(x, y), np.power(x, y)])
