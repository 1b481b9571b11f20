import numpy as np

N = 19


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i = np.arange(N).astype(np.float64)
x = (i - 9.0) * 0.375 + 0.0625
u = (i - 9.0) / 10.0
v = i * 0.25 + 1.125
pa(np.sin(x)); pa(np.cos(x)); pa(np.tan(x))
pa(np.arcsin(u)); pa(np.arccos(u)); pa(np.arctan(u))
pa(np.sinh(x)); pa(np.cosh(x)); pa(np.tanh(x))
pa(np.arcsinh(x)); pa(np.arccosh(v)); pa(np.arctanh(u))
s = 0.7
pa(np.sin(x) * np.sin(x) + np.cos(x) * np.cos(x))
pa(np.arctan(x * s) * np.cosh(x / 4.0))
