import numpy as np

def wrap(x, bits):
    x &= (1 << bits) - 1
    return x - (1 << bits) if x >> (bits - 1) else x

def cmod(a, b):
    r = abs(a) % abs(b)
    return r if a >= 0 else -r

def pf(x):
    for v in x:
        print(repr(float(v)))

N = 7
a = np.array([1.5 * i - 2.0 for i in range(N)])
b = np.array([0.25 * i * i for i in range(N)])
k = [11 * i - 30 for i in range(N)]
pf(a + b)
x = a - b; x = x * 2.0; x = x / 4.0; x = x + 1.0
pf(x + a)
pf(a)
for v in k:
    x = v * 3
    x = cmod(x, 7); x &= 6; x |= 8; x ^= 5; x = wrap(x << 2, 64); x >>= 1
    print(x)
for t in range(-3, 4):
    x = t * 1234567
    x = cmod(x, 5); x = wrap(x << 3, 64); x |= 1; x ^= 6; x &= 61; x >>= 1
    y = t * 77
    y = wrap(y * 3, 32); y = wrap(y - 100, 32); y >>= 2; y = cmod(y, 9)
    print(x); print(y)
pf(a * 3.0 - 1.0)
x = a.copy()
x[1:] = x[1:] + x[:-1]
x[:-1] = x[:-1] - x[1:]
pf(x)
v = np.arange(N, dtype=float)
v = v + 1.0; v = v * 2.0
pf(v * 1.0); pf(v)
v = np.arange(N, dtype=float)
w = v + 1.0; w = w * 3.0; v = w - 2.0
pf(v + w); pf(v); pf(w)
x = np.zeros(N)
for i in range(5):
    x = x + a; x = x * 0.5
pf(x)
