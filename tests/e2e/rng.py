# An independent implementation of LANGUAGE.md section 14's formulas.
import math
M = (1 << 64) - 1
def splitmix64(x):
    z = (x + 0x9E3779B97F4A7C15) & M
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 31)
def uniform(seed, i):
    return float(splitmix64(splitmix64(seed & M) ^ (i & M)) >> 11) * 2.0 ** -53
def normal(seed, i):
    u1, u2 = uniform(seed, 2 * i), uniform(seed, 2 * i + 1)
    return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(6.283185307179586 * u2)
def pf(v):
    for t in v: print(repr(t))
N = 40
for s in (0, 1, -1, 123456789):
    pf([uniform(s, i) for i in range(N)])
    pf([normal(s, i * 3 - 5) for i in range(N)])
    print(repr(uniform(s, -1))); print(repr(normal(-s, 2 ** 63 - 1)))
    pf([uniform(s, k) for k in range(5)]); pf([uniform(s, k) for k in range(6)])
    pf([normal(s, k) for k in range(8)]); pf([normal(s + 1, k) for k in range(6)])
pf([uniform(s, 77) for s in (0, 1, -1, 123456789)])
n = 200000
inside = sum(1 for k in range(n) if (lambda x, y: x * x + y * y < 1.0)(uniform(42, k), uniform(43, k)))
print(repr(4.0 * inside / n))
