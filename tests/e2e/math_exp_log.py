import numpy as np

N = 27


def pa(v):
    for e in np.asarray(v, dtype=np.float64).ravel():
        print('%.17g' % e)


i = np.arange(N).astype(np.float64)
x = (i - 13.0) * 0.375 + 0.0625
y = i * 0.375 + 0.0625
pa(np.exp(x)); pa(np.exp2(x)); pa(np.power(10.0, x)); pa(np.expm1(x))
pa(np.log(y)); pa(np.log2(y)); pa(np.log10(y)); pa(np.log1p(y))
pa(np.sqrt(y)); pa(np.cbrt(x))
s = 2.5
pa(np.log(np.exp(x) + s) + np.sqrt(x * x + s) / np.cbrt(s))
v = 3.25
pa([np.exp(v), np.log(v), np.sqrt(v)])
