import numpy as np

N = 40
f = np.float32


def pf(v):
    for e in np.asarray(v, dtype=np.float32).ravel():
        print('%.17g' % float(e))


i = np.arange(N)
x = (i % 8).astype(np.float32) * f(0.125) + f(0.5)
y = f(1.0) / (i + 1).astype(np.float32)
pf(f(0.5) * x * y + f(1.5) - x / (y + f(2.0)))
pf(np.sqrt(x)); pf(np.exp(-x)); pf(np.sin(x) * f(0.25)); pf(np.log(x + f(1.0)))
s = np.sum(x, dtype=np.float32)
pf([s, np.max(x), s / f(N)])
print(int(np.argmax(x)))
pf([s])
pf(y * f(3.0) + f(0.1))
a, b = f(1.1), f(-2.5)
pf([a * b - f(0.75)])
print('%.17g' % (float(a) * 0.1))
for e in x > f(0.875):
    print(int(e))
print(int(np.count_nonzero(x <= f(0.5))))
